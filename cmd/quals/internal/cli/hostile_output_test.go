package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Escape sequences, bell, carriage returns, C1 controls and bidirectional
// overrides go in through every document and file name; no command, in
// any format, lets one out raw on standard output or standard error.
func TestNoRawControlCharacterReachesAnyOutput(t *testing.T) {
	const hostile = "\x1b[2J\x1b]0;pwned\x07\r\u009b31m\u202e"
	dir := t.TempDir()
	evil := filepath.Join(dir, "evil"+hostile+"name")
	require.NoError(t, os.MkdirAll(evil, 0o755))
	write := func(name, content string) string {
		p := filepath.Join(evil, name)
		require.NoError(t, os.WriteFile(p, []byte(content), 0o644))
		return p
	}
	esc := `\e[2J\e]0;pwned\a\r\u009b31m\u202e` // the same, as YAML escapes
	posting := write("posting.yaml", `id: "p`+esc+`"
title: "T`+esc+`"
organization: "O`+esc+`"
required:
  - id: "r`+esc+`"
    text: "T`+esc+`"
    skill: {any: ["Go`+esc+`"]}
  - id: "e|x"
    evidence: {terms: ["\\[Verified\\](https://evil.example)`+esc+`"]}
`)
	jsonEsc := `\u001b[2J\u001b]0;pwned\u0007\r\u009b31m\u202e`
	profile := write("ada.json", `{"basics": {"name": "Ada`+jsonEsc+`", "label": "Engineer`+jsonEsc+`",
 "location": {"city": "Paris`+jsonEsc+`"}},
 "work": [{"name": "Acme`+jsonEsc+`", "position": "Go developer", "startDate": "2020-01", "highlights": ["Go`+jsonEsc+`"]}],
 "unknown`+jsonEsc+`": 1}`)
	description := write("job.txt", "Engineer"+hostile+"\nRequirements:\n- 3 years of Go"+hostile+"\n- Fluent in English"+hostile+"\n")
	resume := write("cv.md", "# Kim"+hostile+"\n## Experience\nEngineer — Acme"+hostile+"\n2019 – 2021\n- Go"+hostile+"\n## Skills\nGo, Kafka"+hostile+"\n"+
		strings.Repeat("- Built and ran services for payments and ledgers, in Go and PostgreSQL, for six years.\n", 20))
	results := write("results.json", run(t, "", "rank", "--posting", posting, "--as-of", asOf, "--format", "json", profile, resume).stdout)
	groups := write("groups.csv", "candidate,sex,race_ethnicity\nada,Female"+hostile+",Asian\ncv,Male,White"+hostile+"\n")

	for _, args := range [][]string{
		{"check", posting}, {"check", "--format", "json", posting}, {"check", filepath.Join(evil, "missing.yaml")},
		{"extract", description}, {"extract", "--format", "json", description},
		{"resume", resume}, {"resume", "--format", "yaml", resume},
		{"match", "--posting", posting, "--profile", profile, "--as-of", asOf},
		{"match", "--posting", posting, "--profile", profile, "--as-of", asOf, "--format", "json"},
		{"match", "--posting", posting, "--profile", profile, "--as-of", asOf, "--format", "markdown"},
		{"match", "--posting", posting, "--profile", resume, "--as-of", asOf},
		{"rank", "--posting", posting, "--as-of", asOf, evil},
		{"rank", "--posting", posting, "--as-of", asOf, "--format", "csv", evil},
		{"rank", "--posting", posting, "--as-of", asOf, "--format", "json", evil},
		{"audit", "--groups", groups, results}, {"audit", "--groups", groups, "--format", "csv", results},
		{"audit", "--groups", groups, "--format", "json", results},
	} {
		got := run(t, "", args...)
		if i := slices.Index(args, "--format"); i >= 0 && args[i+1] == "json" && got.code == exitOK {
			assert.True(t, json.Valid([]byte(got.stdout)), "%v: the escapes keep JSON valid", args)
		}
		for name, out := range map[string]string{"stdout": got.stdout, "stderr": got.stderr} {
			for _, bad := range []string{"\x1b", "\x07", "\r", "\u009b", "\u202e"} {
				assert.NotContains(t, out, bad, "%s of %s", name, strings.Join(args[:1], " "))
			}
		}
	}
}
