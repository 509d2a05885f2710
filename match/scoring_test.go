package match_test

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/quals-dev/quals/match"
)

// assertScoreAddsUp checks the scoring contract of one result: every
// finding's points are whole tenths, they add up to the score exactly, a
// finding without credit has none, and each is 100 × weight × credit /
// Σ weights up to the rounding to tenths.
func assertScoreAddsUp(t *testing.T, r match.Result) {
	t.Helper()
	total := 0.0
	for _, f := range r.Findings {
		total += f.Weight
	}
	require.Positive(t, total)
	for _, f := range r.Findings {
		assert.InDelta(t, float64(tenths(f.Points)), f.Points*10, 1e-6, "%s: points %v are not whole tenths", f.ID, f.Points)
		assert.GreaterOrEqual(t, f.Credit, 0.0, f.ID)
		assert.LessOrEqual(t, f.Credit, 1.0, f.ID)
		if f.Credit == 0 {
			assert.Zero(t, f.Points, "%s has no credit but points", f.ID)
		}
		// the share is rounded to a tenth (off by < 0.1) and then the
		// points to a tenth (off by ≤ 0.05)
		exact := 100 * f.Weight * f.Credit / total
		assert.InDelta(t, exact, f.Points, 0.1*f.Credit+0.05+1e-9, "%s: points %v, exact %v", f.ID, f.Points, exact)
	}
	assert.Equal(t, tenths(r.Score), pointsTenths(r), "Σ points must equal the score exactly")
	assert.InDelta(t, float64(tenths(r.Score)), r.Score*10, 1e-6, "score %v is not whole tenths", r.Score)
	assert.GreaterOrEqual(t, r.Score, 0.0)
	assert.LessOrEqual(t, r.Score, 100.0)
}

func TestPointsAddUpForEveryExample(t *testing.T) {
	post := examplePosting(t)
	for _, p := range exampleProfiles(t) {
		t.Run(p.ID(), func(t *testing.T) {
			assertScoreAddsUp(t, match.Match(p, post, match.AsOf(asOf)))
		})
	}
}

// randomPosting builds a posting of n evidence and availability
// requirements with random weights, and a profile earning a random credit on
// each. It returns both documents and whether the profile meets everything.
func randomPosting(rng *rand.Rand, n int, allMet bool) (posting, profile string) {
	var required, preferred, summary strings.Builder
	var avail []string
	words := []string{"alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel"}
	for i := range n {
		// weights 0.01 .. 1000 with up to two decimals
		weight := float64(1+rng.IntN(100000)) / 100
		post := &required
		if i > 0 && rng.IntN(3) == 0 {
			post = &preferred
		}
		fmt.Fprintf(post, "  - id: r%d\n    weight: %v\n", i, weight)
		if rng.IntN(2) == 0 {
			// evidence: k of m distinct words, credit k / m
			m := 1 + rng.IntN(len(words))
			var terms []string
			for j := range m {
				terms = append(terms, fmt.Sprintf("%s%d", words[j], i))
			}
			k := rng.IntN(m + 1)
			if allMet {
				k = m
			}
			for _, w := range terms[:k] {
				summary.WriteString(w + ". ")
			}
			fmt.Fprintf(post, "    evidence: {terms: [%s], min: %d}\n", strings.Join(terms, ", "), m)
		} else {
			// availability: a window of random length, the candidate
			// available for a random part of it; windows of different
			// requirements are years apart
			base := time.Date(2030+2*i, 1, 1, 0, 0, 0, 0, time.UTC)
			days := 1 + rng.IntN(400)
			from, to := base, base.AddDate(0, 0, days-1)
			covered := rng.IntN(days + 1)
			if allMet {
				covered = days
			}
			if covered > 0 {
				avail = append(avail, fmt.Sprintf(`{"start": "%s", "end": "%s"}`,
					from.Format(time.DateOnly), from.AddDate(0, 0, covered-1).Format(time.DateOnly)))
			} else {
				avail = append(avail, fmt.Sprintf(`{"start": "%s", "end": "%s"}`,
					to.AddDate(0, 0, 1).Format(time.DateOnly), to.AddDate(0, 0, 1).Format(time.DateOnly)))
			}
			fmt.Fprintf(post, "    availability: {windows: [{from: %s, to: %s}]}\n", from.Format(time.DateOnly), to.Format(time.DateOnly))
		}
	}
	posting = "id: random\nrequired:\n" + required.String()
	if preferred.Len() > 0 {
		posting += "preferred:\n" + preferred.String()
	}
	profile = fmt.Sprintf(`{"basics": {"summary": %q}, "availability": [%s]}`, summary.String(), strings.Join(avail, ", "))
	return posting, profile
}

func TestApportionProperty(t *testing.T) {
	rng := rand.New(rand.NewPCG(2026, 215))
	for i := range 300 {
		n := 1 + rng.IntN(12)
		allMet := i%5 == 0
		post, prof := randomPosting(rng, n, allMet)
		t.Run(fmt.Sprintf("%d-n%d", i, n), func(t *testing.T) {
			r := matchOne(t, post, prof)
			require.Len(t, r.Findings, n)
			assertScoreAddsUp(t, r)
			if allMet {
				for _, f := range r.Findings {
					require.Equal(t, match.Met, f.Status, f.ID)
				}
				assert.Equal(t, 100.0, r.Score, "a profile meeting everything scores 100")
				assert.Equal(t, match.Eligible, r.Verdict)
			}
			if t.Failed() {
				t.Logf("posting:\n%s\nprofile: %s", post, prof)
			}
		})
	}
}

func TestScoreEqualWeights(t *testing.T) {
	// three equal weights: shares of 33.4, 33.3 and 33.3 (the leftover
	// tenth to the earliest), all met is exactly 100
	const posting = `id: thirds
required:
  - {id: a, skill: {any: [Python]}}
  - {id: b, skill: {any: [SQL]}}
  - {id: c, skill: {any: [Rust]}}
`
	r := matchOne(t, posting, `{"skills": [{"name": "x", "keywords": ["Python", "SQL", "Rust"]}]}`)
	assert.Equal(t, 100.0, r.Score)
	var pts []float64
	for _, f := range r.Findings {
		pts = append(pts, f.Points)
	}
	assert.Equal(t, []float64{33.4, 33.3, 33.3}, pts)

	r = matchOne(t, posting, skillsProfile) // Python and SQL
	assert.Equal(t, 66.7, r.Score)
	assertScoreAddsUp(t, r)
}

func TestScoreWeights(t *testing.T) {
	// weights 3, 2, 1: points 50, 33.3, 16.7
	const posting = `id: weights
required:
  - {id: a, weight: 3, skill: {any: [Python]}}
  - {id: b, weight: 2, skill: {all: [SQL, Rust]}}
preferred:
  - {id: c, weight: 1, skill: {any: [Rust]}}
`
	r := matchOne(t, posting, skillsProfile)
	assert.Equal(t, 50.0, findingByID(t, r, "a").Points)
	assert.Equal(t, 16.7, findingByID(t, r, "b").Points, "half of a 33.3 share")
	assert.Equal(t, 0.0, findingByID(t, r, "c").Points)
	assert.Equal(t, 66.7, r.Score)
	assertScoreAddsUp(t, r)
}

// stuffingPosting asks for machine learning every way a posting can.
const stuffingPosting = `id: ml
required:
  - id: skill
    skill: {any: [machine learning]}
  - id: experience
    experience: {any: [machine learning], min_years: 2}
  - id: evidence
    evidence: {terms: [machine learning, statistics, teamwork], min: 3}
preferred:
  - id: interest
    evidence: {terms: [research, machine learning], min: 2}
`

func TestKeywordStuffingEarnsNothing(t *testing.T) {
	profile := func(times int) string {
		phrase := strings.TrimSpace(strings.Repeat("machine learning ", times))
		var highlights []string
		for range times {
			highlights = append(highlights, `"Applied machine learning to sales data."`)
		}
		return `{"basics": {"summary": "I like ` + phrase + `."},
			"work": [{"name": "Acme", "startDate": "2025-01", "endDate": "2025-06",
				"highlights": [` + strings.Join(highlights, ", ") + `]}],
			"skills": [{"name": "ML", "keywords": ["statistics"]}]}`
	}
	once := matchOne(t, stuffingPosting, profile(1))
	stuffed := matchOne(t, stuffingPosting, profile(50))
	require.NotZero(t, once.Score)
	assert.Equal(t, once.Score, stuffed.Score, "repeating machine learning 50 times changed the score")
	require.Len(t, stuffed.Findings, len(once.Findings))
	for i := range once.Findings {
		assert.Equal(t, once.Findings[i].Status, stuffed.Findings[i].Status, once.Findings[i].ID)
		assert.Equal(t, once.Findings[i].Credit, stuffed.Findings[i].Credit, once.Findings[i].ID)
		assert.Equal(t, once.Findings[i].Points, stuffed.Findings[i].Points, once.Findings[i].ID)
	}
}

func TestStufferScoresBelowAda(t *testing.T) {
	post := examplePosting(t)
	ada := match.Match(exampleProfile(t, "ada-lovelace-example"), post, match.AsOf(asOf))
	sam := match.Match(exampleProfile(t, "sam-stuffer"), post, match.AsOf(asOf))
	assert.Less(t, sam.Score, ada.Score)
	assert.Equal(t, match.Ineligible, sam.Verdict)
	// the words Sam repeats earn no more than once each
	interest := findingByID(t, sam, "research-interest")
	assert.Equal(t, match.Met, interest.Status)
	assert.LessOrEqual(t, len(interest.Evidence), 2, "one quote per distinct term")
	assert.Equal(t, match.Partial, findingByID(t, sam, "research").Status, "research is only listed, never in a dated entry")
}

// More evidence never lowers a score (docs/result-format.md): adding a text to a profile
// never lowers any finding's credit.
func TestMoreEvidenceNeverLowersScore(t *testing.T) {
	post := examplePosting(t)
	base := `"basics": {"location": {"countryCode": "US"}},
		"education": [{"studyType": "PhD", "area": "Statistics", "startDate": "2024-09", "endDate": "2028-06"}],
		"availability": [{"start": "2026-06-20", "end": "2026-08-01"}]`
	additions := []string{
		`"skills": [{"name": "Data", "keywords": ["Spark", "Kafka", "Python", "research"]}]`,
		`"work": [{"name": "A", "startDate": "2025-10", "highlights": ["Spark and Kafka research with Python."]}]`,
		`"work": [{"name": "A", "highlights": ["Spark and Kafka research with Python."]}]`,
		`"publications": [{"name": "Medieval trade"}]`,
		`"publications": [{"name": "Machine learning for trade"}]`,
		`"projects": [{"name": "p", "startDate": "2020-01", "endDate": "2020-03", "keywords": ["Flink", "teamwork", "mentoring"]}]`,
	}
	without := match.Match(parseProfile(t, "{"+base+"}"), post, match.AsOf(asOf))
	for _, add := range additions {
		t.Run(add, func(t *testing.T) {
			with := match.Match(parseProfile(t, "{"+base+", "+add+"}"), post, match.AsOf(asOf))
			assert.GreaterOrEqual(t, with.Score, without.Score)
			for i := range with.Findings {
				assert.GreaterOrEqual(t, with.Findings[i].Credit, without.Findings[i].Credit, with.Findings[i].ID)
			}
		})
	}
}

func TestCreditHasThreeDecimals(t *testing.T) {
	// 68 of 82 days is 0.82926…: the finding shows and scores 0.829
	f := onlyFinding(t, "availability: {windows: [{from: 2026-05-18, to: 2026-08-07}]}",
		`{"availability": [{"start": "2026-06-01", "end": "2026-09-30"}]}`)
	assert.Equal(t, 0.829, f.Credit)
	assert.Equal(t, math.Round(f.Credit*1000)/1000, f.Credit)
	assert.Equal(t, 82.9, f.Points)
}
