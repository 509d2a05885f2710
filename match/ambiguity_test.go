package match_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/quals-dev/quals/match"
)

// An ambiguous name spelled exactly as the vocabulary spells it counts in
// a résumé that is technical as a whole, with nothing near it.
func TestAmbiguousNamesReadByTheWholeDocument(t *testing.T) {
	const technical = `{"work": [{"name": "A", "position": "Engineer", "startDate": "2020-01", "highlights": [
		"Go services handle the checkout flow.",
		"Moved the ledger from MySQL to PostgreSQL and put Kafka in front of it, deployed with Docker."]}]}`
	f := onlyFinding(t, `skill: {any: [Go]}`, technical)
	assert.Equal(t, match.Met, f.Status)
	assert.Equal(t, []string{"work[0].highlights[0]"}, sources(f))

	for name, profile := range map[string]string{
		"a résumé that names no technology": `{"work": [{"name": "A", "position": "Coach", "startDate": "2020-01", "highlights": [
			"Go teams won the regional cup twice."]}]}`,
		"a go-to person, in a technical résumé": `{"work": [{"name": "A", "position": "Engineer", "startDate": "2020-01", "highlights": [
			"The go-to person for PostgreSQL, Kafka and Docker upgrades."]}]}`,
		"go in lower case, in a technical résumé": `{"work": [{"name": "A", "position": "Engineer", "startDate": "2020-01", "highlights": [
			"Ready to go live with PostgreSQL, Kafka and Docker."]}]}`,
	} {
		f := onlyFinding(t, `skill: {any: [Go]}`, profile)
		assert.Equal(t, match.Missing, f.Status, name)
	}
}
