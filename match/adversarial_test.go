package match_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/quals-dev/quals/match"
)

// stuffedTerms are what a keyword stuffer repeats.
var stuffedTerms = []string{"Python", "PyTorch", "Kafka", "Spark", "research", "machine learning"}

// profileWith is a modest profile whose skills list and summary hold the
// stuffed terms, each repeated n times.
func profileWith(n int) string {
	var skills []string
	for i := 0; i < n*len(stuffedTerms); i++ {
		skills = append(skills, fmt.Sprintf(`{"name": %q}`, stuffedTerms[i%len(stuffedTerms)]))
	}
	summary := strings.Repeat(strings.Join(stuffedTerms, " ")+" communication teamwork. ", n)
	return `{"basics": {"summary": "` + summary + `"},
  "work": [{"name": "Acme", "position": "ML engineer", "startDate": "2023-01", "endDate": "2025-12",
    "highlights": ["Trained PyTorch models and ran Kafka pipelines; mentoring and presenting to the team."]}],
  "skills": [` + strings.Join(skills, ",") + `]}`
}

// Keyword stuffing — a skills list of thousands of entries, a summary
// repeating the same terms — earns nothing over saying each term once.
func TestStuffingEarnsNothing(t *testing.T) {
	post := examplePosting(t)
	honest := match.Match(parseProfile(t, profileWith(1)), post, match.AsOf(asOf))
	for _, n := range []int{2, 50, 800} { // 800 × 6 = 4,800 skills entries
		t.Run(fmt.Sprintf("repeated %d times", n), func(t *testing.T) {
			r := match.Match(parseProfile(t, profileWith(n)), post, match.AsOf(asOf))
			assert.Equal(t, honest.Score, r.Score)
			assert.Equal(t, honest.Verdict, r.Verdict)
			for i, f := range r.Findings {
				assert.Equal(t, honest.Findings[i].Credit, f.Credit, f.ID)
				assert.LessOrEqual(t, len(f.Evidence), match.DefaultEvidenceLimit, "%s: evidence is capped", f.ID)
			}
		})
	}
	t.Run("the cap is visible", func(t *testing.T) {
		r := match.Match(parseProfile(t, profileWith(50)), post, match.AsOf(asOf))
		f := findingByID(t, r, "language-or-framework")
		require.NotEmpty(t, f.Children)
		assert.Positive(t, f.Children[0].More, "the evidence left out is counted in more_evidence")
	})
}
