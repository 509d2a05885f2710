package cli

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// hostileCase is one input built to be as costly as the limits allow, and
// the command that reads it.
type hostileCase struct {
	name string
	file string // written by build into the temporary folder
	args func(path string) []string
	body func() string
}

var hostileCases = []hostileCase{
	{"posting of 8,000 requirements each with an unknown key", "many.yaml",
		func(p string) []string { return []string{"check", p} },
		func() string {
			var b strings.Builder
			b.WriteString("id: x\nrequired:\n")
			for i := range 8000 {
				fmt.Fprintf(&b, "  - id: r%d\n    skill: {any: [Go]}\n    bogus%d: 1\n", i, i)
			}
			return b.String()
		}},
	{"profile of 9,900 unknown keys on one line", "keys.json",
		func(p string) []string {
			return []string{"match", "--posting", examplePosting, "--as-of", asOf, "--profile", p}
		},
		func() string {
			var b strings.Builder
			b.WriteString(`{"basics": {"label": "Engineer"}, "skills": [{"name": "Go"}]`)
			for i := range 9900 {
				fmt.Fprintf(&b, `, "unknown-key-number-%d": "%s"`, i, strings.Repeat("v", 300))
			}
			return b.String() + "}"
		}},
	{"4 MiB posting broken on its last line", "late.yaml",
		func(p string) []string { return []string{"check", p} },
		func() string {
			var b strings.Builder
			b.WriteString("id: x\nrequired:\n")
			for i := 0; b.Len() < 4<<20-200; i++ {
				fmt.Fprintf(&b, "  - id: r%d\n    text: \"%s\"\n    skill: {any: [Go]}\n", i, strings.Repeat("a", 80))
			}
			return b.String() + "  - id: broken\n    skill: {any: [Go]\n"
		}},
	{"3 MB job description", "job.txt",
		func(p string) []string { return []string{"extract", p} },
		func() string {
			var b strings.Builder
			b.WriteString("Requirements:\n")
			for i := 0; b.Len() < 3_000_000; i++ {
				fmt.Fprintf(&b, "- %d years of Go, Kafka and PostgreSQL; a bachelor's degree in computer science.\n", i%12)
			}
			return b.String()
		}},
	{"3 MB résumé of one long line", "cv.txt",
		func(p string) []string { return []string{"resume", p} },
		func() string {
			return "Experience " + strings.Repeat("Engineer at Acme 2019 – 2021 built Go services. ", 60000)
		}},
}

func writeHostile(t testing.TB, c hostileCase) string {
	p := filepath.Join(t.TempDir(), c.file)
	require.NoError(t, os.WriteFile(p, []byte(c.body()), 0o644))
	return p
}

// Every hostile case ends with at most 256 KiB of messages, none raw.
func TestHostileInputsHaveBoundedMessages(t *testing.T) {
	for _, c := range hostileCases {
		t.Run(c.name, func(t *testing.T) {
			got := run(t, "", c.args(writeHostile(t, c))...)
			assert.LessOrEqual(t, len(got.stderr), 256<<10, "messages")
			assert.NotContains(t, got.stderr, "\x1b")
		})
	}
}

// BenchmarkHostile runs each hostile case through the command line (its
// output discarded): what a recruiter waits for.
func BenchmarkHostile(b *testing.B) {
	for _, c := range hostileCases {
		b.Run(c.name, func(b *testing.B) {
			args := c.args(writeHostile(b, c))
			for b.Loop() {
				Run(args, strings.NewReader(""), io.Discard, io.Discard)
			}
		})
	}
}
