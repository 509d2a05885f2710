package cli

import (
	"bytes"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// odd inputs: an empty file, a binary file and a 5 MB file (over the 4 MiB
// limit of a document), each both as a file and on standard input.
func oddInputs(t *testing.T) map[string][]byte {
	t.Helper()
	rng := rand.New(rand.NewPCG(1, 2))
	binary := make([]byte, 64<<10)
	for i := range binary {
		binary[i] = byte(rng.UintN(256))
	}
	var big bytes.Buffer
	big.WriteString("id: big\nrequired:\n")
	for big.Len() < 5<<20 {
		big.WriteString("  - skill: {any: [Python, Go, Rust]}\n")
	}
	var bigJSON bytes.Buffer
	bigJSON.WriteString(`{"basics": {"name": "Big", "summary": "`)
	for bigJSON.Len() < 5<<20 {
		bigJSON.WriteString("research machine learning ")
	}
	bigJSON.WriteString(`"}}`)
	return map[string][]byte{
		"empty":           nil,
		"blank":           []byte("\n  \n\t\n"),
		"binary":          binary,
		"NUL bytes":       []byte("id: x\x00\x00\nrequired: []\n"),
		"5 MB YAML":       big.Bytes(),
		"5 MB JSON":       bigJSON.Bytes(),
		"5 MB of zeroes":  make([]byte, 5<<20),
		"just null":       []byte("null\n"),
		"a list":          []byte("[1, 2, 3]\n"),
		"a string":        []byte("\"hello\"\n"),
		"deep nesting":    []byte(strings.Repeat("[", 10000) + strings.Repeat("]", 10000)),
		"unclosed object": []byte("{\"basics\": {\"name\": \"x\"\n"),
	}
}

// The CLI never panics on a posting or profile that is empty, binary or
// 5 MB; it reports bad input with exit status 1.
func TestOddInputsNeverPanic(t *testing.T) {
	dir := t.TempDir()
	chen := exampleProfile("chen-wei")
	for name, data := range oddInputs(t) {
		path := filepath.Join(dir, strings.ReplaceAll(name, " ", "-")+".json")
		require.NoError(t, os.WriteFile(path, data, 0o644))
		cases := []struct {
			role  string
			stdin []byte
			args  []string
		}{
			{"check", nil, []string{"check", path}},
			{"check json", nil, []string{"check", "--format", "json", path}},
			{"check stdin", data, []string{"check", "-"}},
			{"match posting", nil, []string{"match", "--posting", path, "--profile", chen, "--as-of", asOf}},
			{"match posting stdin", data, []string{"match", "--posting", "-", "--profile", chen, "--as-of", asOf}},
			{"match profile", nil, []string{"match", "--posting", examplePosting, "--profile", path, "--as-of", asOf}},
			{"match profile stdin", data, []string{"match", "--posting", examplePosting, "--profile", "-", "--as-of", asOf}},
			{"rank posting", nil, []string{"rank", "--posting", path, "--as-of", asOf, chen}},
			{"rank profile", nil, []string{"rank", "--posting", examplePosting, "--as-of", asOf, path}},
			{"rank profile stdin", data, []string{"rank", "--posting", examplePosting, "--as-of", asOf, "-"}},
		}
		for _, c := range cases {
			t.Run(name+"/"+c.role, func(t *testing.T) {
				var stdout, stderr bytes.Buffer
				var code int
				require.NotPanics(t, func() {
					code = Run(c.args, bytes.NewReader(c.stdin), &stdout, &stderr)
				})
				assert.Equal(t, exitInput, code, "stderr:\n%.2000s", stderr.String())
				assert.NotEmpty(t, stderr.String()+stdout.String(), "the problem is reported")
				assert.Less(t, stderr.Len(), 64<<10, "the report stays short")
				if strings.HasPrefix(c.role, "check json") {
					assert.Contains(t, stdout.String(), `"valid": false`)
				}
			})
		}
	}
}

// A 5 MB file is refused with a message that names it and the limit.
func TestFiveMegabyteFileIsRefused(t *testing.T) {
	path := writeFile(t, t.TempDir(), "huge.yaml", "id: huge\n"+strings.Repeat("# padding padding padding padding\n", 5<<20/34+1))
	got := run(t, "", "check", path)
	assert.Equal(t, exitInput, got.code)
	assert.Contains(t, got.stderr, path)
	assert.Contains(t, got.stderr, "is larger than 4 MiB, the most quals reads")

	t.Run("stdin", func(t *testing.T) {
		got := run(t, readFile(t, path), "check", "-")
		assert.Equal(t, exitInput, got.code)
		assert.Contains(t, got.stderr, "<stdin posting>")
		assert.Contains(t, got.stderr, "is larger than 4 MiB, the most quals reads")
	})
}

// A folder given where a file is expected is an input error, not a panic.
func TestFolderWhereAFileIsExpected(t *testing.T) {
	dir := t.TempDir()
	tests := [][]string{
		{"check", dir},
		{"match", "--posting", dir, "--profile", exampleProfile("chen-wei"), "--as-of", asOf},
		{"match", "--posting", examplePosting, "--profile", dir, "--as-of", asOf},
		{"rank", "--posting", dir, "--as-of", asOf, exampleProfiles},
	}
	for _, args := range tests {
		t.Run(strings.Join(args[:2], " "), func(t *testing.T) {
			got := run(t, "", args...)
			assert.Equal(t, exitInput, got.code)
			assert.Contains(t, got.stderr, dir)
		})
	}
}

// failingWriter fails every write, like a closed pipe.
type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, os.ErrClosed }

// A failed write of the output is reported, not ignored.
func TestOutputWriteFailure(t *testing.T) {
	tests := map[string][]string{
		"match text":     {"match", "--posting", examplePosting, "--profile", exampleProfile("chen-wei"), "--as-of", asOf},
		"match json":     {"match", "--posting", examplePosting, "--profile", exampleProfile("chen-wei"), "--as-of", asOf, "--format", "json"},
		"match markdown": {"match", "--posting", examplePosting, "--profile", exampleProfile("chen-wei"), "--as-of", asOf, "--format", "markdown"},
		"rank text":      {"rank", "--posting", examplePosting, "--as-of", asOf, exampleProfiles},
		"rank json":      {"rank", "--posting", examplePosting, "--as-of", asOf, "--format", "json", exampleProfiles},
		"rank csv":       {"rank", "--posting", examplePosting, "--as-of", asOf, "--format", "csv", exampleProfiles},
		"check text":     {"check", examplePosting},
		"check json":     {"check", "--format", "json", examplePosting},
	}
	for name, args := range tests {
		t.Run(name, func(t *testing.T) {
			var stderr bytes.Buffer
			code := Run(args, strings.NewReader(""), failingWriter{}, &stderr)
			assert.NotEqual(t, exitOK, code, "a run whose output was lost does not succeed")
			assert.Contains(t, stderr.String(), os.ErrClosed.Error())
		})
	}
}

// Round two of hostile input: the smaller cases.
func TestHostileSmallerCases(t *testing.T) {
	dir := t.TempDir()
	t.Run("a folder named through a symlink is walked; a linked subfolder is skipped with a note", func(t *testing.T) {
		real := filepath.Join(dir, "real")
		copyFile(t, exampleProfile("chen-wei"), filepath.Join(real, "chen-wei.json"))
		require.NoError(t, os.Symlink(real, filepath.Join(dir, "link")))
		require.NoError(t, os.Symlink(real, filepath.Join(real, "loop")))
		got := run(t, "", "rank", "--posting", examplePosting, "--as-of", asOf, "--format", "json", filepath.Join(dir, "link"))
		require.Equal(t, exitOK, got.code, got.stderr)
		assert.Equal(t, []string{"chen-wei"}, candidates(parseRankJSON(t, got.stdout)))
		assert.Contains(t, got.stderr, "skipped 1 links to folders")
	})
	t.Run("a byte-order mark before a JSON profile", func(t *testing.T) {
		src, err := os.ReadFile(exampleProfile("chen-wei"))
		require.NoError(t, err)
		got := run(t, "\xef\xbb\xbf"+string(src), "match", "--posting", examplePosting, "--as-of", asOf, "--profile", "-")
		assert.Equal(t, exitOK, got.code, got.stderr)
	})
	t.Run("--as-of takes a date and nothing after it", func(t *testing.T) {
		for _, d := range []string{"2026-02-15 lol", "2026-02-15Tgarbage", "2026-02-15T00:00:00Z"} {
			got := run(t, "", "match", "--posting", examplePosting, "--profile", exampleProfile("chen-wei"), "--as-of", d)
			assert.Equal(t, exitUsage, got.code, d)
		}
	})
	t.Run("YAML tags are refused", func(t *testing.T) {
		p := writeFile(t, dir, "tag.yaml", "id: x\nrequired:\n  - id: a\n    skill: {any: [!!python/object:os.system Go]}\n")
		got := run(t, "", "check", p)
		assert.Equal(t, exitInput, got.code)
		assert.Contains(t, got.stderr, "the YAML tag")
	})
	t.Run("a report is never written over its own input", func(t *testing.T) {
		p := writeFile(t, dir, "job.txt", "Requirements:\n- 3 years of Go\n")
		got := run(t, "", "extract", "--report", p, p)
		assert.Equal(t, exitUsage, got.code)
		kept, err := os.ReadFile(p)
		require.NoError(t, err)
		assert.Equal(t, "Requirements:\n- 3 years of Go\n", string(kept))
	})
	t.Run("an audit whose groups match no candidate warns", func(t *testing.T) {
		results := writeFile(t, dir, "results.json", run(t, "", "rank", "--posting", examplePosting, "--as-of", asOf, "--format", "json", exampleProfile("chen-wei")).stdout)
		groups := writeFile(t, dir, "groups.csv", "candidate,sex,race_ethnicity\nnobody,Female,Asian\n")
		got := run(t, "", "audit", "--groups", groups, results)
		assert.Contains(t, got.stderr, "none of the 1 candidates in the results has a row")
	})
}
