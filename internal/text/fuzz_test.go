package text

import (
	"strings"
	"testing"

	"github.com/quals-dev/quals/internal/watchdog"
)

func FuzzTokens(f *testing.F) {
	for _, s := range []string{
		"",
		"Skills: Go, Python, R, C++, C#, .NET, Node.js",
		"I go to the gym. Go is fun.",
		"Ph.D. in U.S. e.g. B.Sc. 3.10 R&D AT&T bachelor’s don't",
		"Zürich — naïve café nai\u0308ve",
		"- go-to\n* real‐time\n• C+++ A+B #x .NET..NET",
		"\x00\xff\xc3(\xe2\x80 '.'&+#",
		strings.Repeat("Ab.", 100),
	} {
		f.Add(s)
	}
	analyzers := make([]*Analyzer, len(languages))
	for i, l := range languages {
		analyzers[i] = l.get()
	}
	f.Fuzz(watchdog.Guard(func(t *testing.T, s string) {
		for _, a := range analyzers {
			toks := a.Tokens(nil, s)
			prevEnd := 0
			for i, tk := range toks {
				if tk.Start < prevEnd || tk.Start >= tk.End || tk.End > len(s) {
					t.Fatalf("%s: token %d [%d:%d] out of order or bounds (prev end %d, len %d)", a.lang, i, tk.Start, tk.End, prevEnd, len(s))
				}
				if tk.Term == "" {
					t.Fatalf("%s: token %d %q has an empty term", a.lang, i, s[tk.Start:tk.End])
				}
				if tk.HyphenNext && i == len(toks)-1 {
					t.Fatalf("%s: last token %q has HyphenNext", a.lang, s[tk.Start:tk.End])
				}
				// A token's surface, analyzed alone, gives the same term.
				if got := a.Term(s[tk.Start:tk.End]); got != tk.Term {
					t.Fatalf("%s: Term(%q) = %q, token term %q", a.lang, s[tk.Start:tk.End], got, tk.Term)
				}
				prevEnd = tk.End
			}
		}
	}))
}
