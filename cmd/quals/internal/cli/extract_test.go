package cli

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/quals-dev/quals/extract"
	"github.com/quals-dev/quals/requirements"
)

// A job description written for the tests, in the shape of the seed posting.
const extractFixture = "../../../../extract/testdata/extract_line_posting.txt"

func TestExtractPlainText(t *testing.T) {
	got := run(t, "", "extract", extractFixture)
	require.Equal(t, exitOK, got.code, got.stderr)
	golden(t, "extract-posting.yaml.golden", got.stdout)
	golden(t, "extract-report.txt.golden", got.stderr)

	// The document feeds check and match unchanged.
	dir := t.TempDir()
	path := writeFile(t, dir, "posting.yaml", got.stdout)
	check := run(t, "", "check", path)
	assert.Equal(t, exitOK, check.code, check.stderr)
	m := run(t, "", "match", "--posting", path, "--profile", exampleProfile("ada-lovelace-example"), "--as-of", asOf)
	assert.Equal(t, exitOK, m.code, m.stderr)
}

func TestExtractJSONAndReportFile(t *testing.T) {
	report := filepath.Join(t.TempDir(), "report.json")
	got := run(t, "", "extract", "--format", "json", "--report", report, extractFixture)
	require.Equal(t, exitOK, got.code, got.stderr)
	assert.Empty(t, got.stderr, "the report went to the file")

	var doc requirements.Document
	require.NoError(t, json.Unmarshal([]byte(got.stdout), &doc))
	_, err := doc.Load("doc.json")
	require.NoError(t, err)
	assert.NotEmpty(t, doc.Required)

	var rep struct {
		File          string               `json:"file"`
		Required      int                  `json:"required"`
		Lines         []extract.LineReport `json:"lines"`
		Uninterpreted []extract.LineReport `json:"uninterpreted"`
	}
	require.NoError(t, json.Unmarshal([]byte(readFile(t, report)), &rep))
	assert.Equal(t, len(doc.Required), rep.Required)
	assert.Equal(t, strings.Count(readFile(t, extractFixture), "\n"), rep.Lines[len(rep.Lines)-1].Line,
		"every line of the description is in the report, the last one too")
	for _, l := range rep.Uninterpreted {
		assert.True(t, l.FreeText)
	}
}

func TestExtractJobPostingJSONLD(t *testing.T) {
	matches, err := filepath.Glob("../../../../extract/testdata/jsonld/*")
	require.NoError(t, err)
	require.NotEmpty(t, matches)
	for _, path := range matches {
		t.Run(filepath.Base(path), func(t *testing.T) {
			got := run(t, "", "extract", path)
			if got.code != exitOK {
				assert.Equal(t, exitInput, got.code, "a fixture without a JobPosting is bad input, not a crash")
				assert.NotEmpty(t, got.stderr)
				return
			}
			dir := t.TempDir()
			check := run(t, "", "check", writeFile(t, dir, "posting.yaml", got.stdout))
			assert.Equal(t, exitOK, check.code, check.stderr)
		})
	}
}

func TestExtractUsageAndInput(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name string
		args []string
		code int
		err  string
	}{
		{"no file", []string{"extract"}, exitUsage, "quals extract: give exactly one job description file (or - for standard input)\n"},
		{"bad format", []string{"extract", "--format", "xml", extractFixture}, exitUsage, "quals extract: --format must be yaml or json, not \"xml\"\n"},
		{"missing file", []string{"extract", filepath.Join(dir, "nope.txt")}, exitInput, "quals: cannot read the description " + filepath.Join(dir, "nope.txt") + ": no such file or directory\n"},
		{"nothing to read", []string{"extract", writeFile(t, dir, "empty.txt", "Just a sentence about us.\n")}, exitInput, "quals: no qualification or constraint found in the description\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := run(t, "", tt.args...)
			assert.Equal(t, tt.code, got.code)
			assert.True(t, strings.HasPrefix(got.stderr, tt.err), "stderr: %q", got.stderr)
		})
	}
}

func TestExtractStandardInput(t *testing.T) {
	got := run(t, readFile(t, extractFixture), "extract", "-")
	require.Equal(t, exitOK, got.code, got.stderr)
	assert.Equal(t, run(t, "", "extract", extractFixture).stdout, got.stdout)
}
