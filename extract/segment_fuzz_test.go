package extract

import (
	"strings"
	"testing"
	"unicode"

	"github.com/quals-dev/quals/internal/watchdog"
)

// FuzzSegment checks the segment stage on any text: every block stands on
// a line of the input, in order, trimmed and on one line, and no line with
// a letter or digit is dropped.
func FuzzSegment(f *testing.F) {
	for _, s := range []string{
		"Qualifications:- A Bachelor's degree- 5+ years of Go",
		"Ideal Candidates Will Have:      8+ years of C++ • Node.js • .NET",
		"About us\nWe build things.reliabilityQualifications: Python\n\n• SQL",
		"Nice-to-haves\n1) Rust 2) Kafka",
	} {
		f.Add(s)
	}
	f.Fuzz(watchdog.Guard(func(t *testing.T, s string) {
		// A lone carriage return ends a line too, as old Mac files have it.
		lines := strings.Split(strings.NewReplacer("\r\n", "\n", "\r", "\n").Replace(s), "\n")
		items := segment(s)
		seen := map[int]bool{}
		last := 0
		for _, it := range items {
			if it.line < 1 || it.line > len(lines) || it.line < last {
				t.Fatalf("block %q on line %d (after %d, of %d)", it.text, it.line, last, len(lines))
			}
			if it.text == "" || strings.ContainsRune(it.text, '\n') || strings.TrimSpace(it.text) != it.text {
				t.Fatalf("block %q is not one trimmed line", it.text)
			}
			last = it.line
			seen[it.line] = true
		}
		for i, l := range lines {
			if strings.IndexFunc(l, isLetterOrDigit) >= 0 && !seen[i+1] {
				t.Fatalf("line %d %q dropped", i+1, l)
			}
		}
	}))
}

func isLetterOrDigit(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
