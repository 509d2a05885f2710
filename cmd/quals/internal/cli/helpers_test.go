package cli

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite golden files")

// The bundled example, relative to this package's folder (where go test runs).
const (
	exampleDir      = "../../../../examples/ml-intern"
	examplePosting  = exampleDir + "/posting.yaml"
	exampleProfiles = exampleDir + "/profiles"
	asOf            = "2026-02-15"
)

// exampleProfile is the path of one bundled profile, by candidate id.
func exampleProfile(id string) string {
	return exampleProfiles + "/" + id + ".json"
}

// exampleIDs lists the bundled candidates in file-name order.
func exampleIDs(t testing.TB) []string {
	t.Helper()
	matches, err := filepath.Glob(exampleProfiles + "/*.json")
	require.NoError(t, err)
	require.NotEmpty(t, matches, "no example profiles in %s", exampleProfiles)
	ids := make([]string, len(matches))
	for i, m := range matches {
		ids[i] = strings.TrimSuffix(filepath.Base(m), ".json")
	}
	return ids
}

// outcome is what one run of the command line produced.
type outcome struct {
	code           int
	stdout, stderr string
}

// run drives Run with args and stdin, capturing both outputs.
func run(t testing.TB, stdin string, args ...string) outcome {
	t.Helper()
	var stdout, stderr bytes.Buffer
	code := Run(args, strings.NewReader(stdin), &stdout, &stderr)
	return outcome{code: code, stdout: stdout.String(), stderr: stderr.String()}
}

// golden compares got with testdata/name, or rewrites the file with -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		require.NoError(t, os.WriteFile(path, []byte(got), 0o644))
		return
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "run go test ./cmd/quals/internal/cli -update to create %s", path)
	assert.Equal(t, string(want), got, "%s differs; if the change is intended, run go test ./cmd/quals/internal/cli -update", path)
}

// copyFile copies src to dst, creating dst's folder.
func copyFile(t testing.TB, src, dst string) {
	t.Helper()
	data, err := os.ReadFile(src)
	require.NoError(t, err)
	require.NoError(t, os.MkdirAll(filepath.Dir(dst), 0o755))
	require.NoError(t, os.WriteFile(dst, data, 0o644))
}

// writeFile writes content to name under dir and returns its path.
func writeFile(t testing.TB, dir, name, content string) string {
	t.Helper()
	path := filepath.Join(dir, name)
	require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
	require.NoError(t, os.WriteFile(path, []byte(content), 0o644))
	return path
}

// readFile returns a file's content as a string.
func readFile(t testing.TB, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	return string(data)
}
