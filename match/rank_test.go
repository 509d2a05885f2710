package match_test

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/quals-dev/quals/match"
	"github.com/quals-dev/quals/profile"
	"github.com/quals-dev/quals/requirements"
)

// rankProfiles are matched against verdictPosting (python and us required,
// mentoring preferred), listed in no particular order.
var rankProfiles = []struct {
	id, src string
	verdict match.Verdict
	score   float64
}{
	{"isa", `{"basics": {"location": {"countryCode": "DE"}}, "skills": [{"name": "Rust"}]}`, match.Ineligible, 0},
	{"bob", `{"basics": {"location": {"countryCode": "US"}}, "skills": [{"name": "Python"}]}`, match.Eligible, 66.7},
	{"ned", `{"skills": [{"name": "Python"}]}`, match.NeedsInfo, 33.4}, // python's share of 100 holds the leftover tenth
	{"ivy", `{"basics": {"location": {"countryCode": "DE"}}, "skills": [{"name": "Python"}, {"name": "mentoring"}]}`, match.Ineligible, 66.7},
	{"eve", `{"basics": {"location": {"countryCode": "US"}}, "skills": [{"name": "Python"}, {"name": "mentoring"}]}`, match.Eligible, 100},
	{"ian", `{}`, match.NeedsInfo, 0},
	{"nia", `{"skills": [{"name": "Python"}, {"name": "mentoring"}]}`, match.NeedsInfo, 66.7},
	{"ann", `{"basics": {"location": {"countryCode": "US"}}, "skills": [{"name": "Python"}]}`, match.Eligible, 66.7},
}

func TestRankOrder(t *testing.T) {
	post := parsePosting(t, verdictPosting)
	var profiles []*profile.Profile
	for _, p := range rankProfiles {
		profiles = append(profiles, parseProfile(t, p.src, profile.WithID(p.id)))
	}
	// by score, the fit; then eligible, needs-info, ineligible among equal
	// scores; ann before bob on the candidate id
	wantOrder := []string{"eve", "ann", "bob", "nia", "ivy", "ned", "ian", "isa"}
	for _, workers := range []int{1, 2, 3, 16} {
		t.Run(fmt.Sprintf("workers=%d", workers), func(t *testing.T) {
			results := match.Rank(profiles, post, match.AsOf(asOf), match.WithWorkers(workers))
			require.Len(t, results, len(profiles))
			var order []string
			for i, r := range results {
				order = append(order, r.Candidate)
				assert.Equal(t, i+1, r.Rank, "ranks are 1..n")
			}
			assert.Equal(t, wantOrder, order)
			for _, p := range rankProfiles {
				for _, r := range results {
					if r.Candidate == p.id {
						assert.Equal(t, p.verdict, r.Verdict, p.id)
						assert.Equal(t, p.score, r.Score, p.id)
					}
				}
			}
		})
	}
}

func TestRankIsStable(t *testing.T) {
	post := parsePosting(t, verdictPosting)
	// same id, verdict and score: only the input order tells them apart
	first := parseProfile(t, `{"basics": {"name": "First"}, "skills": [{"name": "Python"}]}`, profile.WithID("same"))
	second := parseProfile(t, `{"basics": {"name": "Second"}, "skills": [{"name": "Python"}]}`, profile.WithID("same"))
	third := parseProfile(t, `{"basics": {"name": "Third"}, "skills": [{"name": "Python"}]}`, profile.WithID("same"))
	for _, workers := range []int{1, 4} {
		for _, in := range [][]*profile.Profile{{first, second, third}, {third, first, second}} {
			var names []string
			for _, p := range in {
				names = append(names, p.Name())
			}
			t.Run(fmt.Sprintf("workers=%d/%v", workers, names), func(t *testing.T) {
				results := match.Rank(in, post, match.AsOf(asOf), match.WithWorkers(workers))
				var got []string
				for _, r := range results {
					got = append(got, r.Name)
				}
				assert.Equal(t, names, got)
			})
		}
	}
}

func TestRankEmpty(t *testing.T) {
	assert.Empty(t, match.Rank(nil, parsePosting(t, verdictPosting), match.AsOf(asOf)))
}

// The example ranking, checked by reading the profiles against the posting
// (weights: phd 3; language-or-framework, big-data-and-streaming, research
// 2; the rest 1; 14 in all). The scores below are the exact weighted means;
// the result's points are rounded to tenths per finding:
//   - Ada (PhD CS in progress; Kafka and Spark at work; available all
//     summer, in San Francisco) and Fatima (PhD Computer Engineering, a
//     field related to CS, with related: true; Flink and PySpark at work; in
//     New York, available for the second window) meet everything: eligible,
//     100, tied, and ordered by id.
//   - Ben meets every qualification but gives no location or availability:
//     needs-info, 12/14 = 85.7.
//   - Chen has no streaming experience (big data 1 of 2) and is available
//     for 68 of the 82 days of the first window: 11.83/14 = 84.5.
//   - Dana's PhD is finished (status mismatch, 0.5) and she lives in
//     Toronto: 11.5/14 = 82.1.
//   - Eli has a master's in history, Java, communication, the US, the
//     summer, and an off-topic publication: 5.25/14 = 37.5.
//   - Sam (the keyword stuffer) has a bachelor's, Python and PyTorch,
//     research only listed (0.5 of research's 1 of 2), the US, and the
//     research interest: 4.5/14 = 32.1.
var exampleRanking = []struct {
	id      string
	verdict match.Verdict
	exact   float64 // 100 × Σ weight × credit / Σ weights
}{
	{"ada-lovelace-example", match.Eligible, 100},
	{"fatima-haddad", match.Eligible, 100},
	{"ben-okafor", match.NeedsInfo, 100 * 12.0 / 14},
	{"chen-wei", match.Ineligible, 100 * (11 + 0.829) / 14},
	{"dana-reyes", match.Ineligible, 100 * 11.5 / 14},
	{"eli-novak", match.Ineligible, 100 * 5.25 / 14},
	{"sam-stuffer", match.Ineligible, 100 * 4.5 / 14},
}

func TestRankExamples(t *testing.T) {
	results := match.Rank(exampleProfiles(t), examplePosting(t), match.AsOf(asOf))
	require.Len(t, results, len(exampleRanking))
	for i, w := range exampleRanking {
		r := results[i]
		assert.Equal(t, w.id, r.Candidate, "rank %d", i+1)
		assert.Equal(t, i+1, r.Rank)
		assert.Equal(t, w.verdict, r.Verdict, w.id)
		// each finding's points are rounded to tenths, so the score may be
		// off the exact weighted mean by a few tenths at most
		assert.InDelta(t, w.exact, r.Score, 0.2, w.id)
	}
}

func TestRankPostings(t *testing.T) {
	prof := parseProfile(t, `{"basics": {"location": {"countryCode": "US"}}, "skills": [{"name": "x", "keywords": ["Python", "SQL"]}]}`,
		profile.WithID("cand"))
	postings := map[string]string{
		"zz-eligible":   "id: zz-eligible\nrequired:\n  - {id: a, skill: {any: [Python]}}\n",
		"aa-ineligible": "id: aa-ineligible\nrequired:\n  - {id: a, skill: {any: [Rust]}}\n",
		"mm-needs-info": "id: mm-needs-info\nrequired:\n  - {id: a, skill: {any: [SQL]}}\n  - {id: b, availability: {windows: [{from: 2026-06-01, to: 2026-06-30}]}}\n",
		"bb-eligible":   "id: bb-eligible\nrequired:\n  - {id: a, skill: {any: [Python]}}\npreferred:\n  - {id: b, skill: {any: [Go]}}\n",
		"cc-eligible":   "id: cc-eligible\nrequired:\n  - {id: a, location: {countries: [US]}}\n",
	}
	var posts []*requirements.Posting
	for _, id := range []string{"aa-ineligible", "bb-eligible", "cc-eligible", "mm-needs-info", "zz-eligible"} {
		posts = append(posts, parsePosting(t, postings[id]))
	}
	results := match.RankPostings(prof, posts, match.AsOf(asOf), match.WithWorkers(3))
	var order []string
	for i, r := range results {
		order = append(order, r.Posting)
		assert.Equal(t, i+1, r.Rank)
		assert.Equal(t, "cand", r.Candidate)
	}
	// eligible at 100 by posting id, eligible at 50, needs-info, ineligible
	assert.Equal(t, []string{"cc-eligible", "zz-eligible", "bb-eligible", "mm-needs-info", "aa-ineligible"}, order)
}
