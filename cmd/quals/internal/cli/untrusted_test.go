package cli

import (
	"encoding/json"
	"strings"
	"testing"
	"unicode"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/quals-dev/quals/match"
)

// Profiles come from candidates, so their text is untrusted. These tests
// feed text meant to attack the recruiter's terminal, spreadsheet or
// Markdown viewer and check that it comes out harmless.

// hostileProfile has terminal escape sequences in the name and summary
// (legal in JSON as \u001b), and words the posting looks for, so the
// summary is quoted as evidence.
const hostileProfile = `{
  "basics": {
    "name": "Eve\u001b[2J\u001b[H",
    "summary": "research \u001b]0;pwned\u0007 machine learning \u001b[8mhidden\u001b[0m"
  }
}
`

func controlChars(s string) []rune {
	var out []rune
	for _, r := range s {
		if unicode.IsControl(r) && r != '\n' && r != '\t' {
			out = append(out, r)
		}
	}
	return out
}

func TestHostileProfileTextHasNoControlCharacters(t *testing.T) {
	path := writeFile(t, t.TempDir(), "eve.json", hostileProfile)
	tests := []struct {
		name string
		args []string
	}{
		{"match text", []string{"match", "--posting", examplePosting, "--profile", path, "--as-of", asOf, "--color", "never"}},
		{"rank table", []string{"rank", "--posting", examplePosting, "--as-of", asOf, path}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := run(t, "", tt.args...)
			require.Equal(t, exitOK, got.code, got.stderr)
			assert.Contains(t, got.stdout, "Eve", "the candidate is shown")
			assert.Empty(t, controlChars(got.stdout), "control characters from the profile reach the terminal:\n%q", got.stdout)
		})
	}
}

// JSON output keeps the text exactly (escaped by JSON itself).
func TestHostileProfileJSONKeepsTheText(t *testing.T) {
	path := writeFile(t, t.TempDir(), "eve.json", hostileProfile)
	got := run(t, "", "match", "--posting", examplePosting, "--profile", path, "--as-of", asOf, "--format", "json")
	require.Equal(t, exitOK, got.code, got.stderr)
	assert.Empty(t, controlChars(got.stdout), "JSON escapes control characters")
	var r match.Result
	require.NoError(t, json.Unmarshal([]byte(got.stdout), &r))
	assert.Equal(t, "Eve\x1b[2J\x1b[H", r.Name)
}

// A name starting with =, +, - or @ is a formula to a spreadsheet; the CSV a
// recruiter opens must not run it (OWASP "CSV injection").
func TestRankCSVNeutralizesFormulas(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{`=HYPERLINK(\"http://evil.example\",\"CV\")`, `+1+cmd|' /C calc'!A0`, `-2+3`, `@SUM(1)`} {
		t.Run(name, func(t *testing.T) {
			path := writeFile(t, dir, "formula.json", `{"basics": {"name": "`+name+`", "summary": "Data analyst"}}`)
			got := run(t, "", "rank", "--posting", examplePosting, "--as-of", asOf, "--format", "csv", path)
			require.Equal(t, exitOK, got.code, got.stderr)
			rows := parseCSV(t, got.stdout)
			require.Len(t, rows, 2)
			for _, cell := range rows[1] {
				assert.False(t, cell != "" && strings.ContainsRune("=+-@", rune(cell[0])), "cell %q would be a formula", cell)
			}
		})
	}
}

// The candidate's name is profile text like any other: in Markdown it must
// stay on the heading's line and not open HTML.
func TestMatchMarkdownEscapesTheName(t *testing.T) {
	path := writeFile(t, t.TempDir(), "mallory.json", `{"basics": {"name": "Mallory\n# Hired! <img src=x onerror=alert(1)>", "summary": "Data analyst"}}`)
	got := run(t, "", "match", "--posting", examplePosting, "--profile", path, "--as-of", asOf, "--format", "markdown")
	require.Equal(t, exitOK, got.code, got.stderr)
	first, _, _ := strings.Cut(got.stdout, "\n")
	assert.Contains(t, first, "Mallory")
	assert.Contains(t, first, "`mallory`", "the heading holds the whole name and the id")
	assert.NotContains(t, got.stdout, "<img", "HTML in the name is escaped")
	assert.NotRegexp(t, `(?m)^# Hired!`, got.stdout, "the name opens no heading of its own")
}
