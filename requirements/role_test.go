package requirements_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/quals-dev/quals/requirements"
	"github.com/quals-dev/quals/roles"
)

func TestRoleSeniorityAndCoverageLoad(t *testing.T) {
	p := parse(t, `id: x
required:
  - id: role
    role: {title: "Staff Software Engineer, Machine Learning"}
  - id: named
    role: {family: Frontend}
  - id: level
    seniority: {level: staff}
  - id: years
    seniority: {min_years: 3}
  - id: stack
    skill: {coverage: [PostgreSQL, Kafka, algorithms]}
`)
	reqs := p.Requirements()
	require.Len(t, reqs, 5)
	assert.Equal(t, &requirements.Role{Title: "Staff Software Engineer, Machine Learning", Family: "machine-learning"}, reqs[0].Predicate())
	assert.Equal(t, &requirements.Role{Family: "frontend"}, reqs[1].Predicate())
	assert.Equal(t, &requirements.Seniority{Level: roles.Staff, MinYears: 8}, reqs[2].Predicate())
	assert.Equal(t, &requirements.Seniority{MinYears: 3}, reqs[3].Predicate())
	stack := reqs[4].Predicate().(*requirements.Skill)
	assert.Equal(t, requirements.Coverage, stack.Mode)
	assert.Equal(t, []float64{1, 1, 0.5}, stack.Weights)

	assert.Equal(t, `a role in machine-learning ("Staff Software Engineer, Machine Learning")`, reqs[0].Predicate().String())
	assert.Equal(t, "seniority: staff, 8 years or more of work experience", reqs[2].Predicate().String())
	assert.Equal(t, "skills: as many as possible of PostgreSQL, Kafka and algorithms", reqs[4].Predicate().String())
}

func TestRoleSeniorityAndCoverageProblems(t *testing.T) {
	for _, c := range []struct{ doc, want string }{
		{req("role: {family: wizardry}"), `p.yaml:4:20: required[0].role.family: unknown role family "wizardry"; the families are software, backend,`},
		{req("role: {title: Rockstar Ninja}"), `p.yaml:4:19: required[0].role.title: no role family is known for the title "Rockstar Ninja"; give one with family:`},
		{req("role: {}"), "p.yaml:4:11: required[0].role.family: a role needs a title or a family"},
		{req("seniority: {level: wizard}"), `p.yaml:4:24: required[0].seniority.level: unknown level "wizard"; give intern, junior, mid, senior, staff, principal or director`},
		{req("seniority: {level: intern}"), "p.yaml:4:16: required[0].seniority.min_years: seniority needs min_years, or a level that implies years"},
		{req("seniority: {min_years: 99}"), "p.yaml:4:28: required[0].seniority.min_years: must be between 0 and 60, not 99"},
		{req("skill: {any: [Go], coverage: [Kafka]}"), "p.yaml:4:12: required[0].skill: give one of any:, all: or coverage:"},
		{req("certification: {coverage: [PMP]}"), `p.yaml:4:21: required[0].certification.coverage: unknown key "coverage"`},
	} {
		_, err := requirements.Parse("p.yaml", []byte(c.doc))
		ps := problems(t, err)
		require.NotEmpty(t, ps, c.doc)
		assert.Contains(t, ps[0], c.want, c.doc)
	}
}
