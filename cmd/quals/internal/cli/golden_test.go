package cli

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// The text and Markdown outputs, compared byte for byte with
// testdata/*.golden; run go test ./cmd/quals/internal/cli -update to rewrite them.
func TestGolden(t *testing.T) {
	tests := []struct {
		golden string
		args   []string
		stdout bool // compare stdout; else stderr
		code   int
	}{
		{"match-text-chen-wei.golden", []string{"match", "--posting", examplePosting, "--profile", exampleProfile("chen-wei"), "--as-of", asOf, "--color", "never"}, true, exitOK},
		{"match-text-ben-okafor.golden", []string{"match", "--posting", examplePosting, "--profile", exampleProfile("ben-okafor"), "--as-of", asOf, "--color", "never"}, true, exitOK},
		{"match-markdown-dana-reyes.golden", []string{"match", "--posting", examplePosting, "--profile", exampleProfile("dana-reyes"), "--as-of", asOf, "--format", "markdown"}, true, exitOK},
		{"rank-text.golden", []string{"rank", "--posting", examplePosting, "--as-of", asOf, exampleProfiles}, true, exitOK},
		{"check-text.golden", []string{"check", examplePosting}, true, exitOK},
		{"check-malformed-stderr.golden", []string{"check", "testdata/malformed-posting.yaml"}, false, exitInput},
		{"check-bad-indentation-stderr.golden", []string{"check", "testdata/bad-indentation.yaml"}, false, exitInput},
	}
	for _, tt := range tests {
		t.Run(tt.golden, func(t *testing.T) {
			got := run(t, "", tt.args...)
			require.Equal(t, tt.code, got.code, got.stderr)
			if tt.stdout {
				require.Empty(t, got.stderr)
				golden(t, tt.golden, got.stdout)
			} else {
				require.Empty(t, got.stdout)
				golden(t, tt.golden, got.stderr)
			}
		})
	}
}
