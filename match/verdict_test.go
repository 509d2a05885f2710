package match_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/quals-dev/quals/match"
)

func TestStatus(t *testing.T) {
	tests := []struct {
		name      string
		predicate string
		profile   string
		status    match.Status
		credit    float64
	}{
		{"met at credit 1", "skill: {any: [Python]}", skillsProfile, match.Met, 1},
		{"partial between 0 and 1", "skill: {all: [Python, Rust]}", skillsProfile, match.Partial, 0.5},
		{"missing at 0 when the profile has the category", "skill: {any: [Rust]}", skillsProfile, match.Missing, 0},
		{"unknown at 0 when the profile says nothing about it", "skill: {any: [Rust]}", `{"basics": {"name": "Pat"}}`, match.Unknown, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := onlyFinding(t, tc.predicate, tc.profile)
			assert.Equal(t, tc.status, f.Status)
			assert.Equal(t, tc.credit, f.Credit)
			if tc.status == match.Met {
				assert.Empty(t, f.Gap, "a met finding has no gap")
			} else {
				assert.NotEmpty(t, f.Gap, "a finding that is not met says why")
			}
		})
	}
}

// verdictPosting has two required findings and one preferred.
const verdictPosting = `id: verdicts
required:
  - id: python
    skill: {any: [Python]}
  - id: us
    location: {countries: [US]}
preferred:
  - id: mentoring
    evidence: {terms: [mentoring]}
`

func TestVerdict(t *testing.T) {
	tests := []struct {
		name    string
		profile string
		verdict match.Verdict
	}{
		{"eligible: every required finding met",
			`{"basics": {"location": {"countryCode": "US"}}, "skills": [{"name": "Python"}]}`, match.Eligible},
		{"needs-info: none missing, one unknown",
			`{"skills": [{"name": "Python"}]}`, match.NeedsInfo},
		{"ineligible: one missing",
			`{"basics": {"location": {"countryCode": "DE"}}, "skills": [{"name": "Python"}]}`, match.Ineligible},
		{"ineligible: missing wins over unknown",
			`{"skills": [{"name": "Rust"}]}`, match.Ineligible},
		{"needs-info: everything unknown",
			`{}`, match.NeedsInfo},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.verdict, matchOne(t, verdictPosting, tc.profile).Verdict)
		})
	}
	t.Run("ineligible: one partial", func(t *testing.T) {
		r := matchOne(t, "id: v\nrequired:\n  - id: langs\n    skill: {all: [Python, Rust]}\n", `{"skills": [{"name": "Python"}]}`)
		require.Equal(t, match.Partial, r.Findings[0].Status)
		assert.Equal(t, match.Ineligible, r.Verdict)
	})
}

func TestPreferredNeverChangesVerdict(t *testing.T) {
	required := []struct {
		name    string
		profile string // without mentoring
		verdict match.Verdict
	}{
		{"eligible", `"basics": {"location": {"countryCode": "US"}}, "skills": [{"name": "Python"}]`, match.Eligible},
		{"needs-info", `"skills": [{"name": "Python"}]`, match.NeedsInfo},
		{"ineligible", `"basics": {"location": {"countryCode": "DE"}}, "skills": [{"name": "Python"}]`, match.Ineligible},
	}
	preferred := []struct {
		name   string
		extra  string
		status match.Status
	}{
		{"preferred met", `, "interests": [{"name": "mentoring"}]`, match.Met},
		{"preferred missing", `, "interests": [{"name": "chess"}]`, match.Missing},
		{"preferred missing, no interests", ``, match.Missing},
	}
	for _, req := range required {
		for _, pref := range preferred {
			t.Run(req.name+"/"+pref.name, func(t *testing.T) {
				r := matchOne(t, verdictPosting, "{"+req.profile+pref.extra+"}")
				require.Equal(t, pref.status, findingByID(t, r, "mentoring").Status)
				assert.Equal(t, req.verdict, r.Verdict)
			})
		}
	}
	t.Run("preferred unknown", func(t *testing.T) {
		// a preferred publications finding is unknown without a publications section
		r := matchOne(t, verdictPosting+"  - id: papers\n    publications: {min: 1}\n",
			`{"basics": {"location": {"countryCode": "US"}}, "skills": [{"name": "Python"}]}`)
		require.Equal(t, match.Unknown, findingByID(t, r, "papers").Status)
		assert.Equal(t, match.Eligible, r.Verdict)
	})
	t.Run("preferred findings still add to the score", func(t *testing.T) {
		without := matchOne(t, verdictPosting, `{"basics": {"location": {"countryCode": "US"}}, "skills": [{"name": "Python"}]}`)
		with := matchOne(t, verdictPosting, `{"basics": {"location": {"countryCode": "US"}}, "skills": [{"name": "Python"}], "interests": [{"name": "mentoring"}]}`)
		assert.Equal(t, 66.7, without.Score)
		assert.Equal(t, 100.0, with.Score)
	})
}

func TestFindingsInPostingOrderRequiredFirst(t *testing.T) {
	r := matchOne(t, `id: order
preferred:
  - id: p1
    skill: {any: [Go]}
  - id: p2
    skill: {any: [Rust]}
required:
  - id: r1
    skill: {any: [Python]}
  - id: r2
    skill: {any: [Java]}
`, skillsProfile)
	var ids, kinds []string
	for _, f := range r.Findings {
		ids = append(ids, f.ID)
		kinds = append(kinds, f.Kind)
	}
	assert.Equal(t, []string{"r1", "r2", "p1", "p2"}, ids)
	assert.Equal(t, []string{"required", "required", "preferred", "preferred"}, kinds)
}

// everyPredicate holds each predicate kind once, and each combinator.
const everyPredicate = `id: every-predicate
required:
  - id: skill
    skill: {any: [Python], min_years: 1}
  - id: experience
    experience: {all: [Kafka, Spark], min_years: 1}
  - id: degree
    degree: {level: bachelor, fields: [computer science]}
  - id: publications
    publications: {min: 1, topics: [machine learning]}
  - id: location
    location: {countries: [US]}
  - id: authorization
    authorization: {countries: [US]}
  - id: availability
    availability: {windows: [{from: 2026-06-01, to: 2026-08-31}]}
  - id: language
    language: {name: English, level: C1}
  - id: certification
    certification: {any: [PMP]}
  - id: evidence
    evidence: {terms: [teamwork, communication], min: 2}
  - id: any
    any: [{skill: {any: [Java]}}, {location: {countries: [DE]}}]
  - id: all
    all: [{experience: {any: [Hadoop]}}, {language: {name: German}}]
  - id: at-least
    at_least: {n: 2, of: [{skill: {any: [Go]}}, {certification: {all: [CKA]}}, {publications: {min: 2}}]}
preferred:
  - id: preferred
    evidence: {terms: [mentoring]}
`

func TestEmptyProfile(t *testing.T) {
	for _, src := range []string{`{}`, `{"basics": {"name": "Pat Empty"}}`} {
		t.Run(src, func(t *testing.T) {
			r := matchOne(t, everyPredicate, src)
			assert.Equal(t, match.NeedsInfo, r.Verdict)
			assert.Equal(t, 0.0, r.Score)
			require.Len(t, r.Findings, 14)
			var walk func(fs []match.Finding)
			walk = func(fs []match.Finding) {
				for _, f := range fs {
					assert.Equal(t, match.Unknown, f.Status, "status of %s", f.ID)
					assert.Zero(t, f.Credit, f.ID)
					assert.Zero(t, f.Points, f.ID)
					assert.Empty(t, f.Evidence, f.ID)
					assert.NotEmpty(t, f.Gap, f.ID)
					walk(f.Children)
				}
			}
			walk(r.Findings)
		})
	}
	t.Run("the example posting", func(t *testing.T) {
		r := match.Match(parseProfile(t, `{}`), examplePosting(t), match.AsOf(asOf))
		assert.Equal(t, match.NeedsInfo, r.Verdict)
		assert.Equal(t, 0.0, r.Score)
		for _, f := range r.Findings {
			assert.Equal(t, match.Unknown, f.Status, f.ID)
		}
	})
}

func TestNoLocationIsUnknownElsewhereIsMissing(t *testing.T) {
	const posting = "id: p\nrequired:\n  - id: us\n    location: {countries: [US]}\n"
	none := matchOne(t, posting, skillsProfile)
	elsewhere := matchOne(t, posting, place("Berlin", "", "DE"))
	assert.Equal(t, match.Unknown, none.Findings[0].Status)
	assert.Equal(t, match.NeedsInfo, none.Verdict)
	assert.Equal(t, match.Missing, elsewhere.Findings[0].Status)
	assert.Equal(t, match.Ineligible, elsewhere.Verdict)
}

// A profile that names the very city the posting names, without a country,
// does not fall short of the location: it is met, or at worst unknown, never
// "missing" with a gap that quotes the city back.
func TestLocationCityNamedWithoutCountryIsNotMissing(t *testing.T) {
	f := onlyFinding(t, "location: {cities: [Seattle], countries: [US]}", `{"basics": {"location": {"city": "Seattle"}}}`)
	assert.NotEqual(t, match.Missing, f.Status, "gap: %s", f.Gap)
}

func TestNoAvailabilityIsUnknown(t *testing.T) {
	r := matchOne(t, "id: p\nrequired:\n  - id: summer\n    availability: {windows: [{from: 2026-06-01, to: 2026-08-31}]}\n", skillsProfile)
	assert.Equal(t, match.Unknown, r.Findings[0].Status)
	assert.Equal(t, match.NeedsInfo, r.Verdict)
	assert.Equal(t, "The profile gives no availability; the posting asks for 2026-06-01 to 2026-08-31.", r.Findings[0].Gap)
}

func TestAsOfIsRecordedAndDecides(t *testing.T) {
	const posting = "id: p\nrequired:\n  - id: phd\n    degree: {level: doctorate, status: in-progress}\n"
	prof := parseProfile(t, education("PhD", "Physics", "2021-09", "2026-06"))
	post := parsePosting(t, posting)

	before := match.Match(prof, post, match.AsOf(asOf))
	assert.Equal(t, "2026-02-15", before.AsOf)
	assert.Equal(t, match.Met, before.Findings[0].Status, "in progress on 2026-02-15")

	after := match.Match(prof, post, match.AsOf(asOf.AddDate(1, 0, 0)))
	assert.Equal(t, "2027-02-15", after.AsOf)
	assert.Equal(t, match.Partial, after.Findings[0].Status, "completed by 2027-02-15")
}

func TestEvidenceLimit(t *testing.T) {
	var highlights string
	for i := range 7 {
		if i > 0 {
			highlights += ", "
		}
		highlights += `"Python task ` + string(rune('A'+i)) + `"`
	}
	profile := `{"work": [{"name": "Acme", "startDate": "2020-01", "highlights": [` + highlights + `]}]}`
	t.Run("default", func(t *testing.T) {
		f := onlyFinding(t, "skill: {any: [Python]}", profile)
		assert.Len(t, f.Evidence, match.DefaultEvidenceLimit)
		assert.Equal(t, 7-match.DefaultEvidenceLimit, f.More)
		assert.Equal(t, "work[0].highlights[0]", f.Evidence[0].Source)
	})
	t.Run("WithEvidenceLimit", func(t *testing.T) {
		f := onlyFinding(t, "skill: {any: [Python]}", profile, match.WithEvidenceLimit(2))
		assert.Equal(t, []string{"work[0].highlights[0]", "work[0].highlights[1]"}, sources(f))
		assert.Equal(t, 5, f.More)
	})
}

func TestWithPolicy(t *testing.T) {
	p := match.DefaultPolicy()
	p.ListedOnly = 0.2
	f := onlyFinding(t, "experience: {any: [Kafka]}", `{"skills": [{"name": "Kafka"}]}`, match.WithPolicy(p))
	assert.Equal(t, match.Partial, f.Status)
	assert.Equal(t, 0.2, f.Credit)
	assert.Equal(t, 20.0, f.Points)
}

func TestAsOfUsesTheCalendarDateOfItsLocation(t *testing.T) {
	// 23:00 on 2026-02-15 in UTC-8 is already 2026-02-16 in UTC
	late := time.Date(2026, 2, 15, 23, 0, 0, 0, time.FixedZone("UTC-8", -8*3600))
	r := match.Match(parseProfile(t, skillsProfile), parsePosting(t, verdictPosting), match.AsOf(late))
	assert.Equal(t, "2026-02-15", r.AsOf)
}

func TestGaps(t *testing.T) {
	r := matchOne(t, `id: gaps
preferred:
  - id: p-missing
    skill: {any: [Rust]}
  - id: p-met
    skill: {any: [SQL]}
required:
  - id: r-met
    skill: {any: [Python]}
  - id: r-unknown
    location: {countries: [US]}
  - id: r-partial
    skill: {all: [Python, Java]}
`, skillsProfile)
	assert.Equal(t, []string{
		"r-unknown: The profile gives no location; the posting asks for US.",
		"r-partial: No Java in the profile.",
		"p-missing: No Rust in the profile.",
	}, r.Gaps())
}

// The verdict comes from the required gates alone: free text and
// publications, and combinators that could be met through them, weigh in
// the score but never make a candidate ineligible.
func TestVerdictReadsGatesOnly(t *testing.T) {
	post := parsePosting(t, `
id: gates
required:
  - id: python
    skill: {any: [Python]}
  - id: communicator
    evidence: {terms: [communication, teamwork], min: 1}
  - id: published
    publications: {min: 1}
  - id: research
    all: [{experience: {any: [research]}}, {evidence: {terms: [analytical]}}]
  - id: cloud
    any: [{skill: {any: [AWS]}}, {skill: {any: [GCP]}}]
`)
	gates := map[string]bool{"python": true, "communicator": false, "published": false, "research": false, "cloud": true}
	r := match.Match(parseProfile(t, `{"skills": [{"name": "Python"}, {"name": "AWS"}]}`), post, match.AsOf(asOf))
	for _, f := range r.Findings {
		assert.Equal(t, gates[f.ID], f.Gate, f.ID)
	}
	assert.Equal(t, match.Eligible, r.Verdict, "the free-text, publication and research lines are not met, and no gate is missed")
	assert.Less(t, r.Score, 100.0, "they still cost points")

	r = match.Match(parseProfile(t, `{"skills": [{"name": "Rust"}, {"name": "communication"}]}`), post, match.AsOf(asOf))
	assert.Equal(t, match.Ineligible, r.Verdict, "a missing gate still decides")
}
