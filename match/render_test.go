package match_test

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/quals-dev/quals/match"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// golden compares got with testdata/name, or rewrites it with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		require.NoError(t, os.MkdirAll("testdata", 0o755))
		require.NoError(t, os.WriteFile(path, got, 0o644))
		return
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "run go test ./match -update to create it")
	assert.Equal(t, string(want), string(got), "%s differs; if the change is intended, run go test ./match -update", path)
}

func TestRenderGolden(t *testing.T) {
	results := match.Rank(exampleProfiles(t), examplePosting(t), match.AsOf(asOf))
	for _, r := range results {
		t.Run("text/"+r.Candidate, func(t *testing.T) {
			var buf bytes.Buffer
			require.NoError(t, match.WriteText(&buf, r))
			golden(t, "text-"+r.Candidate+".golden", buf.Bytes())
		})
		t.Run("markdown/"+r.Candidate, func(t *testing.T) {
			var buf bytes.Buffer
			require.NoError(t, match.WriteMarkdown(&buf, r))
			golden(t, "markdown-"+r.Candidate+".golden", buf.Bytes())
		})
	}
	t.Run("table", func(t *testing.T) {
		var buf bytes.Buffer
		require.NoError(t, match.WriteTable(&buf, results))
		golden(t, "table.golden", buf.Bytes())
	})
}

func TestWriteText(t *testing.T) {
	r := matchOne(t, verdictPosting, `{"basics": {"name": "Pat"}, "skills": [{"name": "Python"}]}`)
	var buf bytes.Buffer
	require.NoError(t, match.WriteText(&buf, r))
	out := buf.String()
	assert.True(t, strings.HasPrefix(out, "Pat (test) — verdicts, as of 2026-02-15\nNEEDS-INFO, score 33.4 / 100\n"), out)
	for _, want := range []string{
		match.Mark(match.Met) + " python — met",
		match.Mark(match.Unknown) + " us — unknown",
		"↳ skills[0].name: Python",
		"gap: The profile gives no location; the posting asks for US.",
	} {
		assert.Contains(t, out, want)
	}
}

func TestWriteMarkdownEscapes(t *testing.T) {
	r := matchOne(t, `id: md
required:
  - id: langs
    text: "Java | C++ <b>or</b> *Python*"
    skill: {any: [Rust]}
`, `{"basics": {"name": "Pat"}, "skills": [{"name": "Python"}]}`)
	var buf bytes.Buffer
	require.NoError(t, match.WriteMarkdown(&buf, r))
	out := buf.String()
	assert.Contains(t, out, `Java \| C++ &lt;b&gt;or&lt;/b&gt; \*Python\*`)
	for _, line := range strings.Split(out, "\n") {
		if strings.HasPrefix(line, "| ✗") {
			// the row keeps its seven cell borders: no unescaped | got in
			assert.Equal(t, 7, strings.Count(line, "|")-strings.Count(line, `\|`), line)
		}
	}
}

func TestMarks(t *testing.T) {
	seen := map[string]bool{}
	for _, s := range []match.Status{match.Met, match.Partial, match.Missing, match.Unknown} {
		m := match.Mark(s)
		assert.NotEmpty(t, m, s)
		assert.False(t, seen[m], "two statuses share the mark %q", m)
		seen[m] = true
	}
}

// The Markdown table shows the evidence behind every met requirement,
// combinators included: a recruiter reading "met" sees why.
func TestWriteMarkdownShowsCombinatorEvidence(t *testing.T) {
	r := matchOne(t, "id: md\nrequired:\n  - id: langs\n    any: [{skill: {any: [Java]}}, {skill: {any: [Python]}}]\n",
		`{"skills": [{"name": "Languages", "keywords": ["Python"]}]}`)
	require.Equal(t, match.Met, r.Findings[0].Status)
	var buf bytes.Buffer
	require.NoError(t, match.WriteMarkdown(&buf, r))
	var row string
	for _, line := range strings.Split(buf.String(), "\n") {
		if strings.Contains(line, "`langs`") {
			row = line
		}
	}
	assert.Contains(t, row, "skills[0].keywords[0]", "the row of a met any shows no evidence:\n%s", buf.String())
}

// A bar in an id would split a Markdown table's cell, and a backslash
// before brackets would make a profile's text a working link.
func TestMarkdownKeepsTheTableAndNoLinks(t *testing.T) {
	r := matchOne(t, "id: p\nrequired:\n  - id: \"e|x\"\n    evidence: {terms: [verified]}\n",
		`{"work": [{"name": "X", "position": "Dev", "startDate": "2020", "highlights": ["\\[Verified by HR\\](https://evil.example) verified"]}]}`)
	var buf bytes.Buffer
	require.NoError(t, match.WriteMarkdown(&buf, r))
	out := buf.String()
	assert.Contains(t, out, "`e\\|x`")
	assert.Contains(t, out, `\\[Verified by HR\\]`)
	for _, l := range strings.Split(out, "\n") {
		if strings.HasPrefix(l, "| ✓") {
			assert.Equal(t, 7, strings.Count(l, "|")-strings.Count(l, `\|`), "six cells: %s", l)
		}
	}
}
