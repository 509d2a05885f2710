package match_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/quals-dev/quals/match"
)

// A technology implied by another counts fully (Django is Python); a topic
// shown only through tools filed under it counts in part, and with years
// never in full.
func TestTypedRelations(t *testing.T) {
	const django = `{"work": [{"name": "A", "position": "Developer", "startDate": "2019-01", "endDate": "2025-01",
		"highlights": ["Built the booking site in Django."]}]}`
	f := onlyFinding(t, `skill: {any: [Python]}`, django)
	assert.Equal(t, match.Met, f.Status, "Django implies Python")

	const openAI = `{"work": [{"name": "A", "position": "Web Developer", "startDate": "2016-01", "endDate": "2025-01",
		"highlights": ["Added a chat assistant to the help pages with the OpenAI API."]}]}`
	f = onlyFinding(t, `skill: {any: [machine learning]}`, openAI)
	assert.Equal(t, match.Partial, f.Status)
	assert.InDelta(t, 0.5, f.Credit, 1e-9)
	assert.Equal(t, "Machine learning not named, only tools or subjects filed under it (quoted).", f.Gap)
	assert.Equal(t, []string{"work[0].highlights[0]"}, sources(f))

	f = onlyFinding(t, `experience: {any: [machine learning], min_years: 3}`, openAI)
	assert.Equal(t, match.Partial, f.Status, "nine years of a web developer using an API are no years of machine learning")
	assert.InDelta(t, 0.5, f.Credit, 1e-9)

	const named = `{"work": [{"name": "A", "position": "ML Engineer", "startDate": "2016-01", "endDate": "2025-01",
		"highlights": ["Trained machine learning models for fraud in PyTorch."]}]}`
	f = onlyFinding(t, `experience: {any: [machine learning], min_years: 3}`, named)
	assert.Equal(t, match.Met, f.Status, "named in a dated entry")
}

// A course is weaker evidence of a skill than work, a project or a skills
// list: "Proficient in Java" is not met by an introductory course.
func TestCourseIsWeakerEvidence(t *testing.T) {
	const course = `{"education": [{"institution": "U", "studyType": "Bachelor", "area": "Biology",
		"courses": ["Introduction to Programming in Java"]}]}`
	f := onlyFinding(t, `skill: {any: [Java]}`, course)
	assert.Equal(t, match.Partial, f.Status)
	assert.InDelta(t, 0.5, f.Credit, 1e-9)
	assert.Equal(t, "Java only in courses or interests, in no work, project or skills list.", f.Gap)

	f = onlyFinding(t, `skill: {any: [Java]}`, `{"skills": [{"name": "Languages", "keywords": ["Java"]}]}`)
	assert.Equal(t, match.Met, f.Status, "a skills list states the skill")
}
