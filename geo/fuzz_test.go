package geo_test

import (
	"testing"

	"github.com/quals-dev/quals/internal/watchdog"

	"github.com/quals-dev/quals/geo"
)

// FuzzLookup: any text resolves or not, without panicking, and Resolve
// agrees with Lookup.
func FuzzLookup(f *testing.F) {
	for _, s := range []string{"Palo Alto, CA", "NYC", "Greater Boston Area", "CA 94301", ", ,", "São Paulo (SP) - Brasil", "a\u0301", "Bay Area", "\xff"} {
		f.Add(s)
	}
	g := geo.Default()
	f.Fuzz(watchdog.Guard(func(t *testing.T, s string) {
		ps := g.Lookup(s)
		p, ok := g.Resolve(s)
		if ok != (len(ps) > 0) || ok && p != ps[0] {
			t.Fatalf("Resolve(%q) = %v, %v; Lookup gives %v", s, p, ok, ps)
		}
		g.Locate(s, s, s)
	}))
}

// FuzzParse: any file parses or reports errors, without panicking.
func FuzzParse(f *testing.F) {
	f.Add("US\tCA\tPalo Alto\t66853\t37.44\t-122.14\tPAO\n")
	f.Add("XX\t\t\t\t\t\t\n\t\t\n#\n")
	f.Fuzz(watchdog.Guard(func(t *testing.T, s string) {
		entries, err := geo.Parse("f.tsv", []byte(s))
		if err == nil {
			if _, err := geo.New(entries...); err != nil {
				t.Fatalf("parsed entries do not build: %v", err)
			}
		}
	}))
}
