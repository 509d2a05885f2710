package requirements_test

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/quals-dev/quals/internal/watchdog"

	"github.com/quals-dev/quals/diag"
	"github.com/quals-dev/quals/requirements"
)

// FuzzParse checks that no input panics, and that Parse returns either a
// posting or a Problems error holding at least one error, never both.
func FuzzParse(f *testing.F) {
	for _, name := range []string{"every-predicate.yaml", "every-predicate.json"} {
		f.Add(mustReadF(f, filepath.Join("testdata", name)))
	}
	for _, s := range []string{
		"",
		"{}",
		"id: x\nrequired:\n  - skill: {any: [Go]}\n",
		"id: x\nrequired:\n  - at_least: {n: 2, of: [{any: [{skill: {any: Go}}]}, {evidence: {terms: [a]}}]}\n",
		"id: x\nrequired:\n  - availability: {windows: [{from: 2026, to: 2025}]}\n",
		"a: &a [x]\nb: *a\nrequired: *a\n",
		"id: x\nrequired:\n  - <<: {skill: {any: [Go]}}\n",
		`{"id": "x", "required": [{"location": {"regions": ["CA, US"]}}]}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(watchdog.Guard(func(t *testing.T, src []byte) {
		p, err := requirements.Parse("fuzz.yaml", src)
		if err == nil {
			if p == nil {
				t.Fatal("nil posting without an error")
			}
			sum := 0.0
			for _, r := range p.Requirements() {
				if r.Predicate() == nil {
					t.Fatalf("requirement %s has no predicate", r.ID())
				}
				_ = r.Predicate().String()
				sum += r.Weight()
			}
			if len(p.Requirements()) == 0 {
				t.Fatal("a posting without requirements loaded")
			}
			if sum != p.TotalWeight() {
				t.Fatalf("TotalWeight %v, sum of weights %v", p.TotalWeight(), sum)
			}
			return
		}
		if p != nil {
			t.Fatal("a posting and an error")
		}
		var ps diag.Problems
		if !errors.As(err, &ps) || len(ps.Errors()) == 0 {
			t.Fatalf("error is not Problems with an error: %T %v", err, err)
		}
	}))
}

func mustReadF(f *testing.F, path string) []byte {
	f.Helper()
	src, err := os.ReadFile(path)
	if err != nil {
		f.Fatal(err)
	}
	return src
}
