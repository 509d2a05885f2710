package cli

import (
	"bytes"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/quals-dev/quals/diag"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// reported is one problem as printed: its heading, then the source line and
// the caret under it.
type reported struct {
	file         string
	line, column int
	field, msg   string
	source       string // the echoed line, "" when none
	caret        int    // the caret's column, 0 when none
}

var (
	problemHeading = regexp.MustCompile(`^(.+?):(\d+)(?::(\d+))?: (?:([A-Za-z_][\w.\[\]-]*): )?(.+)$`)
	sourceEcho     = regexp.MustCompile(`^  +(\d+) \| (.*)$`)
	caretEcho      = regexp.MustCompile(`^        \| ([ \t]*)\^$`)
)

// parseProblems reads stderr as printed by printProblems. Every line must
// belong to a problem.
func parseProblems(t *testing.T, stderr string) []reported {
	t.Helper()
	var out []reported
	lines := strings.Split(strings.TrimSuffix(stderr, "\n"), "\n")
	for i := 0; i < len(lines); i++ {
		m := problemHeading.FindStringSubmatch(lines[i])
		require.NotNil(t, m, "line %d of stderr is not a problem heading: %q\n%s", i+1, lines[i], stderr)
		r := reported{file: m[1], field: m[4], msg: m[5]}
		r.line, _ = strconv.Atoi(m[2])
		r.column, _ = strconv.Atoi(m[3])
		if i+1 < len(lines) {
			if s := sourceEcho.FindStringSubmatch(lines[i+1]); s != nil {
				n, _ := strconv.Atoi(s[1])
				assert.Equal(t, r.line, n, "the echoed line is the problem's")
				r.source = s[2]
				i++
				if i+1 < len(lines) {
					if c := caretEcho.FindStringSubmatch(lines[i+1]); c != nil {
						r.caret = utf8.RuneCountInString(c[1]) + 1
						i++
					}
				}
			}
		}
		out = append(out, r)
	}
	return out
}

// sourceLineOf returns line n of a file, for comparing with the echo.
func sourceLineOf(t *testing.T, path string, n int) string {
	t.Helper()
	lines := strings.Split(readFile(t, path), "\n")
	require.Less(t, n-1, len(lines))
	return lines[n-1]
}

// A malformed posting gets one message per problem, each with file:line
// (and column where known) and the field, then the source line and a caret.
func TestMalformedPostingProblems(t *testing.T) {
	type want struct {
		line, column int
		field, msg   string // msg: a part of the message
		caret        int    // where the caret stands when there is no column
	}
	tests := []struct {
		name, file string
		want       []want
	}{
		{"unknown country, wrong type, unknown predicate", "testdata/malformed-posting.yaml", []want{
			{6, 31, "locations[0].country", `unknown country "XX"`, 0},
			{9, 13, "required[0].weight", `must be a number, not the text "heavy"`, 0},
			{12, 5, "required[1].telepathy", `unknown key "telepathy"`, 0},
		}},
		{"bad indentation", "testdata/bad-indentation.yaml", []want{
			{6, 0, "", "invalid YAML", 4}, // the parser gives no column: the caret marks where the line starts
		}},
	}
	for _, tt := range tests {
		for _, command := range [][]string{
			{"check", tt.file},
			{"match", "--posting", tt.file, "--profile", exampleProfile("chen-wei"), "--as-of", asOf},
			{"rank", "--posting", tt.file, "--as-of", asOf, exampleProfiles},
		} {
			t.Run(tt.name+"/"+command[0], func(t *testing.T) {
				got := run(t, "", command...)
				assert.Equal(t, exitInput, got.code)
				assert.Empty(t, got.stdout)
				ps := parseProblems(t, got.stderr)
				require.Len(t, ps, len(tt.want), "one message per problem:\n%s", got.stderr)
				for i, w := range tt.want {
					p := ps[i]
					assert.Equal(t, tt.file, p.file)
					assert.Equal(t, w.line, p.line)
					assert.Equal(t, w.column, p.column)
					assert.Equal(t, w.field, p.field)
					assert.Contains(t, p.msg, w.msg)
					assert.Equal(t, sourceLineOf(t, tt.file, w.line), p.source, "the offending line is shown")
					caret := w.column
					if caret == 0 {
						caret = w.caret
					}
					assert.Equal(t, caret, p.caret, "the caret is under the column")
				}
			})
		}
	}
}

// Each kind of problem, alone in a posting, is found with its field.
func TestPostingProblemKinds(t *testing.T) {
	tests := []struct {
		name, yaml   string
		line, column int
		field        string
	}{
		{"wrong type", "id: x\nrequired:\n  - weight: [1, 2]\n    skill: {any: [Go]}\n", 3, 13, "required[0].weight"},
		{"unknown predicate", "id: x\nrequired:\n  - id: a\n    sorcery: {any: [Go]}\n", 4, 5, "required[0].sorcery"},
		{"unknown country", "id: x\nlocations:\n  - {country: Narnia}\nrequired:\n  - skill: {any: [Go]}\n", 3, 15, "locations[0].country"},
		{"zero weight", "id: x\nrequired:\n  - weight: 0\n    skill: {any: [Go]}\n", 3, 13, "required[0].weight"},
		{"two predicates", "id: x\nrequired:\n  - skill: {any: [Go]}\n    degree: {level: bachelor}\n", 3, 5, "required[0]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := writeFile(t, t.TempDir(), "posting.yaml", tt.yaml)
			got := run(t, "", "check", path)
			assert.Equal(t, exitInput, got.code)
			ps := parseProblems(t, got.stderr)
			require.NotEmpty(t, ps, got.stderr)
			p := ps[0]
			assert.Equal(t, path, p.file)
			assert.Equal(t, tt.line, p.line, got.stderr)
			assert.Equal(t, tt.column, p.column, got.stderr)
			assert.True(t, strings.HasPrefix(p.field, tt.field), "field %q, want %q", p.field, tt.field)
			assert.Equal(t, tt.column, p.caret)
		})
	}
}

func TestPrintProblemsPlainError(t *testing.T) {
	var b bytes.Buffer
	printProblems(&b, assert.AnError, nil)
	assert.Equal(t, "quals: "+assert.AnError.Error()+"\n", b.String())
}

// A problem without a line, or past the end of the source, prints only its
// heading.
func TestPrintProblemsWithoutPosition(t *testing.T) {
	var b bytes.Buffer
	printProblems(&b, diag.Problems{
		{File: "p.yaml", Message: "the posting is empty"},
		{File: "p.yaml", Line: 9, Column: 2, Field: "id", Message: "beyond the end"},
	}, []byte("id: x\n"))
	assert.Equal(t, "p.yaml: the posting is empty\np.yaml:9:2: id: beyond the end\n", b.String())
}

// The echoed line comes from the user's file, which may hold control
// characters (ESC sequences) or bytes that are not UTF-8. Printed raw they
// would drive the recruiter's terminal; they must come out escaped.
func TestProblemEchoEscapesControlCharacters(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name, content string
	}{
		{"escape sequence in a JSON key", "{\"basics\": {\"name\": \"x\"},\n \"\x1b]0;pwned\x07\x1b[2J\": 1, \"work\": 3}\n"},
		{"binary", "\xff\xfe\x1b[31m\x00garbage\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := writeFile(t, dir, "profile.json", tt.content)
			got := run(t, "", "match", "--posting", examplePosting, "--profile", path, "--as-of", asOf)
			require.Equal(t, exitInput, got.code)
			assert.NotContains(t, got.stderr, "\x1b", "no raw ESC on the terminal")
			assert.NotContains(t, got.stderr, "\x07")
			assert.True(t, utf8.ValidString(got.stderr), "stderr is valid UTF-8: %q", got.stderr)
		})
	}
}
