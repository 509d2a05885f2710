package cli

import (
	"bytes"
	"encoding/json"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/quals-dev/quals/match"
	"github.com/quals-dev/quals/profile"
	"github.com/quals-dev/quals/requirements"
)

// asOfTime is asOf as the library takes it.
var asOfTime = time.Date(2026, 2, 15, 0, 0, 0, 0, time.UTC)

// libraryMatch matches a bundled profile with the library directly.
func libraryMatch(t *testing.T, id string) match.Result {
	t.Helper()
	post, err := requirements.LoadFile(examplePosting)
	require.NoError(t, err)
	p, err := profile.LoadFile(exampleProfile(id))
	require.NoError(t, err)
	return match.Match(p, post, match.AsOf(asOfTime))
}

func TestMatchFormats(t *testing.T) {
	chen := exampleProfile("chen-wei")
	tests := []struct {
		format string
		check  func(t *testing.T, out string)
	}{
		{"text", func(t *testing.T, out string) {
			assert.True(t, strings.HasPrefix(out, "Chen Wei (chen-wei) — ml-intern-2026, as of 2026-02-15\n"), out)
			assert.Contains(t, out, "INELIGIBLE, score 84.6 / 100")
			assert.Contains(t, out, "\nRequired\n")
			assert.Contains(t, out, "\nPreferred\n")
		}},
		{"json", func(t *testing.T, out string) {
			assert.True(t, json.Valid([]byte(out)), "not JSON:\n%s", out)
		}},
		{"markdown", func(t *testing.T, out string) {
			assert.True(t, strings.HasPrefix(out, "## Chen Wei (`chen-wei`) — `ml-intern-2026`\n"), out)
			assert.Contains(t, out, "| | Requirement | Kind | Status | Points | Evidence |")
			assert.Contains(t, out, "**Verdict:** ineligible")
		}},
	}
	for _, tt := range tests {
		t.Run(tt.format, func(t *testing.T) {
			got := run(t, "", "match", "--posting", examplePosting, "--profile", chen, "--as-of", asOf, "--format", tt.format, "--color", "never")
			require.Equal(t, exitOK, got.code, got.stderr)
			assert.Empty(t, got.stderr)
			assert.NotContains(t, got.stdout, "\x1b", "no colour with --color never")
			tt.check(t, got.stdout)
		})
	}
}

// The default format is text.
func TestMatchDefaultFormatIsText(t *testing.T) {
	args := []string{"match", "--posting", examplePosting, "--profile", exampleProfile("chen-wei"), "--as-of", asOf}
	def := run(t, "", args...)
	text := run(t, "", append(args, "--format", "text")...)
	require.Equal(t, exitOK, def.code, def.stderr)
	assert.Equal(t, text.stdout, def.stdout)
}

// quals match --format json is the library's Result document.
func TestMatchJSONIsAResult(t *testing.T) {
	for _, id := range exampleIDs(t) {
		t.Run(id, func(t *testing.T) {
			got := run(t, "", "match", "--posting", examplePosting, "--profile", exampleProfile(id), "--as-of", asOf, "--format", "json")
			require.Equal(t, exitOK, got.code, got.stderr)

			var r match.Result
			dec := json.NewDecoder(strings.NewReader(got.stdout))
			dec.DisallowUnknownFields()
			require.NoError(t, dec.Decode(&r), got.stdout)
			assert.False(t, dec.More(), "one document")

			want := libraryMatch(t, id)
			assert.Equal(t, "ml-intern-2026", r.Posting)
			assert.Equal(t, id, r.Candidate, "the id is the file name without .json")
			assert.Equal(t, asOf, r.AsOf)
			assert.Zero(t, r.Rank, "match sets no rank")
			assert.Equal(t, want.Verdict, r.Verdict)
			assert.Equal(t, want.Score, r.Score)
			require.Len(t, r.Findings, 9, "one finding per requirement of the posting")

			var sum float64
			for _, f := range r.Findings {
				sum += f.Points
				assert.NotEmpty(t, f.ID)
				assert.Contains(t, []string{"required", "preferred"}, f.Kind)
				assert.GreaterOrEqual(t, f.Credit, 0.0)
				assert.LessOrEqual(t, f.Credit, 1.0)
			}
			assert.InDelta(t, r.Score, math.Round(sum*10)/10, 1e-9, "the points add up to the score")
			assert.Equal(t, want, r, "the CLI prints the library's result")
		})
	}
}

func TestMatchJSONOfChenWei(t *testing.T) {
	got := run(t, "", "match", "--posting", examplePosting, "--profile", exampleProfile("chen-wei"), "--as-of", asOf, "--format", "json")
	require.Equal(t, exitOK, got.code, got.stderr)
	var r match.Result
	require.NoError(t, json.Unmarshal([]byte(got.stdout), &r))
	assert.Equal(t, "Chen Wei", r.Name)
	assert.Equal(t, match.Verdict("ineligible"), r.Verdict)
	assert.Equal(t, 84.6, r.Score)
	ids := make([]string, len(r.Findings))
	for i, f := range r.Findings {
		ids[i] = f.ID
	}
	assert.Equal(t, []string{"phd", "language-or-framework", "big-data-and-streaming", "research", "communication", "us-based", "start-date", "publications", "research-interest"}, ids)

	// The same document as the library's writer gives.
	var want bytes.Buffer
	require.NoError(t, match.WriteJSON(&want, libraryMatch(t, "chen-wei")))
	assert.Equal(t, want.String(), got.stdout)
}

// --as-of decides the result: the same profile a year later is another match.
func TestMatchAsOf(t *testing.T) {
	args := []string{"match", "--posting", examplePosting, "--profile", exampleProfile("chen-wei"), "--format", "json"}
	a := run(t, "", append(args, "--as-of", asOf)...)
	b := run(t, "", append(args, "--as-of", asOf)...)
	later := run(t, "", append(args, "--as-of", "2030-01-01")...)
	require.Equal(t, exitOK, a.code)
	require.Equal(t, exitOK, later.code)
	assert.Equal(t, a.stdout, b.stdout, "the same inputs give the same bytes")
	var r match.Result
	require.NoError(t, json.Unmarshal([]byte(later.stdout), &r))
	assert.Equal(t, "2030-01-01", r.AsOf)
}

func TestMatchProfileFromStdin(t *testing.T) {
	src := readFile(t, exampleProfile("chen-wei"))
	for _, format := range []string{"text", "json", "markdown"} {
		t.Run(format, func(t *testing.T) {
			fromFile := run(t, "", "match", "--posting", examplePosting, "--profile", exampleProfile("chen-wei"), "--as-of", asOf, "--format", format)
			fromStdin := run(t, src, "match", "--posting", examplePosting, "--profile", "-", "--as-of", asOf, "--format", format)
			require.Equal(t, exitOK, fromStdin.code, fromStdin.stderr)
			assert.Empty(t, fromStdin.stderr)
			// Only the candidate id differs: standard input has no file name.
			assert.Equal(t, fromFile.stdout, strings.ReplaceAll(fromStdin.stdout, "stdin", "chen-wei"))
		})
	}
	t.Run("id", func(t *testing.T) {
		got := run(t, src, "match", "--posting", examplePosting, "--profile", "-", "--as-of", asOf, "--format", "json")
		var r match.Result
		require.NoError(t, json.Unmarshal([]byte(got.stdout), &r))
		assert.Equal(t, "stdin", r.Candidate)
	})
	t.Run("malformed", func(t *testing.T) {
		got := run(t, readFile(t, "testdata/malformed-profile.json"), "match", "--posting", examplePosting, "--profile", "-", "--as-of", asOf)
		assert.Equal(t, exitInput, got.code)
		assert.Empty(t, got.stdout)
		assert.Contains(t, got.stderr, "<stdin profile>:3:11: work: must be a list")
		assert.Contains(t, got.stderr, `      3 |   "work": "none"`)
	})
}

func TestMatchPostingFromStdin(t *testing.T) {
	got := run(t, readFile(t, examplePosting), "match", "--posting", "-", "--profile", exampleProfile("chen-wei"), "--as-of", asOf, "--format", "json")
	require.Equal(t, exitOK, got.code, got.stderr)
	var r match.Result
	require.NoError(t, json.Unmarshal([]byte(got.stdout), &r))
	assert.Equal(t, "ml-intern-2026", r.Posting)

	bad := run(t, readFile(t, "testdata/malformed-posting.yaml"), "match", "--posting", "-", "--profile", exampleProfile("chen-wei"), "--as-of", asOf)
	assert.Equal(t, exitInput, bad.code)
	assert.Contains(t, bad.stderr, "<stdin posting>:9:13: required[0].weight:")
}

// Standard input can feed one document only; naming it twice is a usage
// error, not a misleading "the profile is empty".
func TestMatchStdinForBothDocumentsIsAUsageError(t *testing.T) {
	got := run(t, readFile(t, examplePosting), "match", "--posting", "-", "--profile", "-", "--as-of", asOf)
	assert.Equal(t, exitUsage, got.code, "stderr:\n%s", got.stderr)
	assert.NotContains(t, got.stderr, "the profile is empty")
}

func TestMatchColor(t *testing.T) {
	args := []string{"match", "--posting", examplePosting, "--profile", exampleProfile("chen-wei"), "--as-of", asOf}
	plain := run(t, "", append(args, "--color", "never")...)
	require.Equal(t, exitOK, plain.code)
	tests := []struct {
		name, color, noColor string // noColor "-" leaves NO_COLOR unset
		want                 bool
	}{
		{"always", "always", "-", true},
		{"always despite NO_COLOR", "always", "1", true},
		{"never", "never", "-", false},
		{"auto on a buffer", "auto", "-", false},
		{"auto with NO_COLOR", "auto", "1", false},
		{"auto with an empty NO_COLOR", "auto", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.noColor != "-" {
				t.Setenv("NO_COLOR", tt.noColor)
			}
			got := run(t, "", append(args, "--color", tt.color)...)
			require.Equal(t, exitOK, got.code, got.stderr)
			if tt.want {
				assert.Contains(t, got.stdout, "\x1b[", "ANSI codes expected")
				assert.Equal(t, plain.stdout, stripANSI(got.stdout), "colour changes nothing but the colour")
			} else {
				assert.NotContains(t, got.stdout, "\x1b")
				assert.Equal(t, plain.stdout, got.stdout)
			}
		})
	}
	t.Run("default is auto", func(t *testing.T) {
		got := run(t, "", args...)
		assert.Equal(t, plain.stdout, got.stdout)
	})
}

// --color touches only the text format.
func TestMatchColorAlwaysOnlyColoursText(t *testing.T) {
	for _, format := range []string{"json", "markdown"} {
		t.Run(format, func(t *testing.T) {
			got := run(t, "", "match", "--posting", examplePosting, "--profile", exampleProfile("chen-wei"), "--as-of", asOf, "--format", format, "--color", "always")
			require.Equal(t, exitOK, got.code)
			assert.NotContains(t, got.stdout, "\x1b")
		})
	}
}

// stripANSI removes SGR sequences (ESC [ ... m).
func stripANSI(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == 0x1b && i+1 < len(s) && s[i+1] == '[' {
			j := i + 2
			for j < len(s) && s[j] != 'm' {
				j++
			}
			i = j
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// A key the schema lacks is a warning: reported on standard error with its
// line, and the profile is still matched.
func TestMatchProfileWarnings(t *testing.T) {
	dir := t.TempDir()
	path := writeFile(t, dir, "typo.json", "{\n  \"basics\": {\"name\": \"Tai Po\", \"summary\": \"Data analyst\"},\n  \"skils\": [{\"name\": \"Python\"}]\n}\n")
	got := run(t, "", "match", "--posting", examplePosting, "--profile", path, "--as-of", asOf)
	assert.Equal(t, exitOK, got.code)
	assert.Contains(t, got.stdout, "Tai Po (typo)")
	assert.Contains(t, got.stderr, path+`:3:3: skils: warning: unknown key "skils"`)
	assert.Contains(t, got.stderr, `did you mean "skills"?`)
	assert.Contains(t, got.stderr, "      3 |   \"skils\": [{\"name\": \"Python\"}]\n        |   ^\n")
}

func TestQuietHoldsBackWarnings(t *testing.T) {
	const withUnknown = `{"basics": {"label": "Engineer", "hobby": "chess"}, "work": [{"name": "A", "position": "Engineer", "startDate": "2020-01", "endDate": "Present"}]}`
	for _, cmd := range [][]string{
		{"match", "--posting", examplePosting, "--as-of", "2026-02-15", "--profile", "-"},
		{"rank", "--posting", examplePosting, "--as-of", "2026-02-15", "-"},
	} {
		loud := run(t, withUnknown, cmd...)
		assert.Equal(t, 0, loud.code, loud.stderr)
		assert.Contains(t, loud.stderr, `unknown key "hobby"`)
		assert.Contains(t, loud.stderr, `"Present" is read as ongoing`)
		quiet := run(t, withUnknown, append(cmd[:1:1], append([]string{"--quiet"}, cmd[1:]...)...)...)
		assert.Equal(t, 0, quiet.code, quiet.stderr)
		assert.Empty(t, quiet.stderr)
		assert.Equal(t, loud.stdout, quiet.stdout)
	}
	bad := run(t, `{"work": [{"startDate": "someday"}]}`, "match", "--quiet", "--posting", examplePosting, "--profile", "-")
	assert.Equal(t, 1, bad.code)
	assert.Contains(t, bad.stderr, "startDate", "errors still print")
}
