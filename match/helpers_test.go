package match_test

import (
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/quals-dev/quals/match"
	"github.com/quals-dev/quals/profile"
	"github.com/quals-dev/quals/requirements"
)

// asOf is the date every test matches as of: before the example
// internship starts, as in examples/ml-intern.
var asOf = time.Date(2026, 2, 15, 0, 0, 0, 0, time.UTC)

// exampleDir holds the ML-intern posting and its candidate profiles.
const exampleDir = "../examples/ml-intern"

// exampleIDs are the example candidates, by file name.
var exampleIDs = []string{
	"ada-lovelace-example", "ben-okafor", "chen-wei", "dana-reyes",
	"eli-novak", "fatima-haddad", "sam-stuffer",
}

// parsePosting loads a posting from inline YAML (or JSON).
func parsePosting(t testing.TB, src string) *requirements.Posting {
	t.Helper()
	p, err := requirements.Parse("test.yaml", []byte(src))
	require.NoError(t, err)
	return p
}

// parseProfile loads a profile from inline JSON with the candidate id "candidate".
func parseProfile(t testing.TB, src string, opts ...profile.Option) *profile.Profile {
	t.Helper()
	p, err := profile.Parse("test.json", []byte(src), opts...)
	require.NoError(t, err)
	return p
}

// matchOne matches an inline profile against an inline posting as of asOf.
func matchOne(t testing.TB, postingYAML, profileJSON string, opts ...match.Option) match.Result {
	t.Helper()
	opts = append([]match.Option{match.AsOf(asOf)}, opts...)
	return match.Match(parseProfile(t, profileJSON), parsePosting(t, postingYAML), opts...)
}

// single wraps one predicate (YAML flow or block text, indented for the
// requirement) in a posting whose only requirement is "req".
func single(predicate string) string {
	return "id: test-posting\nrequired:\n  - id: req\n" + indent(predicate, "    ") + "\n"
}

func indent(s, prefix string) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	for i, l := range lines {
		lines[i] = prefix + l
	}
	return strings.Join(lines, "\n")
}

// onlyFinding matches profileJSON against a posting holding one predicate
// and returns its finding.
func onlyFinding(t testing.TB, predicate, profileJSON string, opts ...match.Option) match.Finding {
	t.Helper()
	r := matchOne(t, single(predicate), profileJSON, opts...)
	require.Len(t, r.Findings, 1)
	return r.Findings[0]
}

// findingByID returns the top-level finding with the given id.
func findingByID(t testing.TB, r match.Result, id string) match.Finding {
	t.Helper()
	for _, f := range r.Findings {
		if f.ID == id {
			return f
		}
	}
	require.FailNowf(t, "no finding", "result has no finding %q", id)
	return match.Finding{}
}

// sources lists the evidence sources of a finding, in order.
func sources(f match.Finding) []string {
	var out []string
	for _, e := range f.Evidence {
		out = append(out, e.Source)
	}
	return out
}

// tenths converts points or a score to whole tenths.
func tenths(x float64) int { return int(math.Round(x * 10)) }

// pointsTenths sums the findings' points as whole tenths.
func pointsTenths(r match.Result) int {
	sum := 0
	for _, f := range r.Findings {
		sum += tenths(f.Points)
	}
	return sum
}

func readExample(t testing.TB, name string) []byte {
	t.Helper()
	src, err := os.ReadFile(filepath.Join(exampleDir, name))
	require.NoError(t, err)
	return src
}

// examplePosting loads examples/ml-intern/posting.yaml.
func examplePosting(t testing.TB) *requirements.Posting {
	t.Helper()
	p, err := requirements.Parse("posting.yaml", readExample(t, "posting.yaml"))
	require.NoError(t, err)
	return p
}

// exampleProfile loads one example profile, its id the file name.
func exampleProfile(t testing.TB, id string) *profile.Profile {
	t.Helper()
	p, err := profile.LoadFile(filepath.Join(exampleDir, "profiles", id+".json"))
	require.NoError(t, err)
	require.Equal(t, id, p.ID())
	return p
}

// exampleProfiles loads every example profile, in exampleIDs order.
func exampleProfiles(t testing.TB) []*profile.Profile {
	t.Helper()
	matches, err := filepath.Glob(filepath.Join(exampleDir, "profiles", "*.json"))
	require.NoError(t, err)
	require.Len(t, matches, len(exampleIDs), "the example profiles changed; update exampleIDs")
	out := make([]*profile.Profile, len(exampleIDs))
	for i, id := range exampleIDs {
		out[i] = exampleProfile(t, id)
	}
	return out
}
