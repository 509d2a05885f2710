package match_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/quals-dev/quals/extract"
	"github.com/quals-dev/quals/match"
)

// The seed posting, extracted as a recruiter would paste it, keeps its
// ideal candidates eligible: a free-text line they do not echo word for
// word ("strong communicator") weighs in their fit, never in their
// eligibility, and stream processing done with Flink counts as such.
func TestExtractedSeedKeepsItsIdealCandidatesEligible(t *testing.T) {
	src, err := os.ReadFile(filepath.Join("..", "..", "shared", "seed", "ml-intern-posting.txt"))
	if err != nil {
		t.Skipf("the seed posting is not here (%v): it lives in ../shared beside the repository", err)
	}
	x, err := extract.Description(string(src))
	require.NoError(t, err)
	post, err := x.Document.Load("seed")
	require.NoError(t, err)
	for _, id := range []string{"ada-lovelace-example", "fatima-haddad"} {
		r := match.Match(exampleProfile(t, id), post, match.AsOf(asOf))
		assert.Equal(t, match.Eligible, r.Verdict, "%s: %v", id, r.Gaps())
		assert.Greater(t, r.Score, 90.0, id)
	}
	for _, id := range []string{"eli-novak", "sam-stuffer"} {
		r := match.Match(exampleProfile(t, id), post, match.AsOf(asOf))
		assert.Equal(t, match.Ineligible, r.Verdict, id)
		assert.Less(t, r.Score, 60.0, id)
	}
}
