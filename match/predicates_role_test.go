package match_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/quals-dev/quals/match"
)

func TestRole(t *testing.T) {
	const asked = `a role in backend ("Senior Backend Engineer")`
	runPredicateCases(t, `role: {title: Senior Backend Engineer}`, []predicateCase{
		{"the same family, in other words", `{"work": [{"name": "Acme", "position": "Server-Side Developer", "startDate": "2020-01"}]}`,
			want{status: match.Met, credit: 1, evidence: []string{"work[0].position"}}},
		{"any title counts, the best quoted", `{"basics": {"label": "Data Analyst"}, "work": [
			{"name": "A", "position": "Barista", "startDate": "2015-01", "endDate": "2016-01"},
			{"name": "B", "position": "Back-end Engineer", "startDate": "2016-02"}]}`,
			want{status: match.Met, credit: 1, evidence: []string{"work[1].position"}}},
		{"the general family of the group", `{"work": [{"name": "Acme", "position": "Software Engineer", "startDate": "2020-01"}]}`,
			want{status: match.Partial, credit: 0.75, evidence: []string{"work[0].position"},
				gap: `The closest title, "Software Engineer", is software (the same field, without or with a specialty); the posting asks for ` + asked + "."}},
		{"another specialty of the group", `{"basics": {"label": "iOS Developer"}}`,
			want{status: match.Partial, credit: 0.5, evidence: []string{"basics.label"},
				gap: `The closest title, "iOS Developer", is mobile (another specialty of the same field); the posting asks for ` + asked + "."}},
		{"an unrelated field", `{"work": [{"name": "Acme", "position": "Account Executive", "startDate": "2020-01"}]}`,
			want{status: match.Missing, credit: 0,
				gap: `The titles are "Account Executive" (sales); the posting asks for ` + asked + "."}},
		{"titles no family is known for", `{"work": [{"name": "Acme", "position": "Rockstar Ninja", "startDate": "2020-01"}]}`,
			want{status: match.Unknown, credit: 0,
				gap: `No role family is known for the titles "Rockstar Ninja"; the posting asks for ` + asked + "."}},
		{"no titles", `{"skills": [{"name": "Go"}]}`,
			want{status: match.Unknown, credit: 0, gap: "The profile gives no job titles; the posting asks for " + asked + "."}},
	})
}

func TestRoleNearFamilies(t *testing.T) {
	f := onlyFinding(t, `role: {family: sales}`, `{"basics": {"label": "Product Marketing Manager"}}`)
	assert.Equal(t, match.Partial, f.Status)
	assert.InDelta(t, 0.35, f.Credit, 1e-9)
	assert.Contains(t, f.Gap, "a neighbouring field")
}

func TestSeniority(t *testing.T) {
	runPredicateCases(t, `seniority: {level: senior}`, []predicateCase{
		{"five years of work or more", `{"work": [{"name": "A", "position": "Engineer", "startDate": "2018-01", "endDate": "2024-01"}]}`,
			want{status: match.Met, credit: 1, evidence: []string{"work[0]"}}},
		{"fewer years earn their share", `{"work": [{"name": "A", "position": "Engineer", "startDate": "2024-01", "endDate": "2025-12"}]}`,
			want{status: match.Partial, credit: 0.4, delta: 0.01, evidence: []string{"work[0]"},
				gap: "Dated work entries cover 2 years, 5 years asked."}},
		{"no dated work", `{"skills": [{"name": "Go"}]}`,
			want{status: match.Missing, credit: 0, gap: "No dated work entry in the profile."}},
	})
}

func TestCoverageWeighsSpecificNamesAboveTopics(t *testing.T) {
	const stack = `skill: {coverage: [PostgreSQL, Kafka, algorithms]}`
	// PostgreSQL and Kafka are technologies (1 each), algorithms a topic
	// (at most 0.5): having the two tools is most of the stack.
	f := onlyFinding(t, stack, `{"skills": [{"name": "Data", "keywords": ["PostgreSQL", "Kafka"]}]}`)
	assert.Equal(t, match.Partial, f.Status)
	assert.InDelta(t, 2/2.5, f.Credit, 1e-9)
	assert.Equal(t, "No algorithms in the profile.", f.Gap)
	g := onlyFinding(t, stack, `{"skills": [{"name": "CS", "keywords": ["algorithms"]}]}`)
	assert.InDelta(t, 0.5/2.5, g.Credit, 1e-9)
	assert.Equal(t, "No PostgreSQL or Kafka in the profile.", g.Gap)
	all := onlyFinding(t, stack, `{"skills": [{"name": "x", "keywords": ["PostgreSQL", "Kafka", "algorithms"]}]}`)
	assert.Equal(t, match.Met, all.Status)
}

func TestNewPredicatesAreNoGates(t *testing.T) {
	posting := `id: p
required:
  - id: role
    role: {family: backend}
  - id: level
    seniority: {level: staff}
  - id: stack
    skill: {coverage: [Go, Kafka]}
  - id: go
    skill: {any: [Go]}
`
	r := matchOne(t, posting, `{"work": [{"name": "A", "position": "Designer", "startDate": "2024-01", "highlights": ["Built Go services"]}]}`)
	gates := map[string]bool{}
	for _, f := range r.Findings {
		gates[f.ID] = f.Gate
	}
	assert.Equal(t, map[string]bool{"role": false, "level": false, "stack": false, "go": true}, gates)
	assert.Equal(t, match.Eligible, r.Verdict, "only the named skill is a gate, and it is met")
}
