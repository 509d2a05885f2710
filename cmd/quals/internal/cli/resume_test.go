package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The three fixtures are one résumé written for the tests (the software
// engineer of match/testdata/kinds) as PDF, DOCX and Markdown.
var resumeFixtures = []string{"testdata/resume-software-engineer.pdf", "testdata/resume-software-engineer.docx", "testdata/resume-software-engineer.md"}

func TestResumeReadsEachFormat(t *testing.T) {
	for _, path := range resumeFixtures {
		t.Run(filepath.Ext(path), func(t *testing.T) {
			got := run(t, "", "resume", path)
			require.Equal(t, exitOK, got.code, got.stderr)
			var doc struct {
				Basics struct{ Name, Label string }
				Work   []struct{ Name, Position, StartDate string }
				Skills []struct{ Keywords []string }
			}
			require.NoError(t, json.Unmarshal([]byte(got.stdout), &doc), got.stdout)
			assert.Equal(t, "Rafael Ortiz", doc.Basics.Name)
			require.NotEmpty(t, doc.Work)
			assert.NotEmpty(t, doc.Work[0].StartDate)
			assert.NotEmpty(t, doc.Skills)
			assert.Contains(t, got.stderr, path+": read as ")
			assert.Contains(t, got.stderr, "LINE  SECTION")
		})
	}
}

func TestResumeOutputFeedsMatch(t *testing.T) {
	doc := run(t, "", "resume", "--format", "yaml", resumeFixtures[0])
	require.Equal(t, exitOK, doc.code, doc.stderr)
	assert.True(t, strings.HasPrefix(doc.stdout, "basics:\n  name: Rafael Ortiz\n"), doc.stdout)
	js := run(t, "", "resume", resumeFixtures[0])
	viaJSON := run(t, js.stdout, "match", "--posting", examplePosting, "--as-of", asOf, "--format", "json", "--profile", "-")
	require.Equal(t, exitOK, viaJSON.code, viaJSON.stderr)
	direct := run(t, "", "match", "--posting", examplePosting, "--as-of", asOf, "--format", "json", "--profile", resumeFixtures[0])
	require.Equal(t, exitOK, direct.code, direct.stderr)
	assert.Contains(t, direct.stderr, "read from a PDF résumé")
	var a, b map[string]any
	require.NoError(t, json.Unmarshal([]byte(viaJSON.stdout), &a))
	require.NoError(t, json.Unmarshal([]byte(direct.stdout), &b))
	delete(a, "candidate")
	delete(b, "candidate")
	assert.Equal(t, a, b, "the same match from the document and from its JSON Resume")
}

func TestRankReadsAFolderOfDocuments(t *testing.T) {
	dir := t.TempDir()
	for _, f := range resumeFixtures {
		copyFile(t, f, filepath.Join(dir, filepath.Base(f)))
	}
	copyFile(t, exampleProfile("chen-wei"), filepath.Join(dir, "chen-wei.json"))
	got := run(t, "", "rank", "--posting", examplePosting, "--as-of", asOf, "--format", "json", dir)
	require.Equal(t, exitOK, got.code, got.stderr)
	assert.ElementsMatch(t, []string{"chen-wei", "resume-software-engineer", "resume-software-engineer", "resume-software-engineer"}, candidates(parseRankJSON(t, got.stdout)))
	assert.Contains(t, got.stderr, "3 candidates were read from résumé documents")
	assert.Contains(t, got.stderr, "(PDF)")
	assert.Contains(t, got.stderr, "(DOCX)")
	assert.Contains(t, got.stderr, "(Markdown)")
}

func TestResumeRefusesWhatItCannotRead(t *testing.T) {
	dir := t.TempDir()
	for name, content := range map[string]string{
		"old.doc":     "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1rest",
		"scan.pdf":    "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n",
		"bomb.docx":   "PK\x03\x04 word/document.xml not really a zip",
		"binary.txt":  "\x00\x01\x02\x03garbage",
		"notes.md":    "# Notes\nnothing here",
		"resume.json": `{"basics": "not an object"}`,
	} {
		path := filepath.Join(dir, name)
		require.NoError(t, os.WriteFile(path, []byte(content), 0o644))
		got := run(t, "", "resume", path)
		assert.Equal(t, exitInput, got.code, name)
		assert.Contains(t, got.stderr, path, "%s: the message names the file", name)
		assert.NotContains(t, got.stderr, "panic", name)
	}
}
