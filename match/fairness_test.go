package match_test

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/quals-dev/quals/match"
	"github.com/quals-dev/quals/profile"
)

// personalPosting asks for the words the personal fields below are filled
// with, so reading any of those fields would change a finding.
const personalPosting = `id: personal
required:
  - id: skills
    skill: {any: [Python, Kafka, machine learning]}
  - id: experience
    experience: {any: [Kafka], min_years: 1}
  - id: role
    role: {family: backend}
  - id: level
    seniority: {level: senior}
  - id: stack
    skill: {coverage: [Python, Kafka, machine learning, Go]}
preferred:
  - id: words
    evidence: {terms: [mentoring, research, teamwork, communication], min: 2}
`

// withPersonal rewrites a profile's personal fields: name, email, phone,
// url, image and profiles; adds references; and adds the fields some
// résumé tools put beside them — birth date, gender, pronouns, nationality,
// marital status — which the schema lacks and matching must not read.
func withPersonal(t *testing.T, src []byte, name string) []byte {
	t.Helper()
	var doc map[string]any
	require.NoError(t, json.Unmarshal(src, &doc))
	basics, _ := doc["basics"].(map[string]any)
	if basics == nil {
		basics = map[string]any{}
		doc["basics"] = basics
	}
	basics["name"] = name
	basics["email"] = "python.kafka.research@machine-learning.example.com"
	basics["phone"] = "+1 555 0100 Kafka"
	basics["url"] = "https://mentoring-teamwork.example.com/python"
	basics["image"] = "https://example.com/machine-learning-research.png"
	basics["birthDate"] = "1961-04-12"
	basics["gender"] = "Python Kafka machine learning"
	basics["pronouns"] = "research/mentoring"
	basics["nationality"] = "teamwork, Senior Backend Engineer"
	basics["maritalStatus"] = "communication"
	basics["profiles"] = []any{map[string]any{
		"network": "Kafka Python Research", "username": "machine-learning-mentoring", "url": "https://teamwork.example.com"}}
	doc["references"] = []any{map[string]any{
		"name":      "Dr Python, Staff Backend Engineer",
		"reference": "A machine learning research star: Kafka, Go, teamwork, communication and mentoring; a senior backend engineer."}}
	out, err := json.Marshal(doc)
	require.NoError(t, err)
	return out
}

func TestMatchingNeverReadsPersonalFields(t *testing.T) {
	posts := map[string]string{"personal": personalPosting, "example": string(readExample(t, "posting.yaml"))}
	for _, id := range exampleIDs {
		src := readExample(t, "profiles/"+id+".json")
		for postName, postSrc := range posts {
			t.Run(id+"/"+postName, func(t *testing.T) {
				post := parsePosting(t, postSrc)
				orig, err := profile.Parse(id, src, profile.WithID(id))
				require.NoError(t, err)
				changed, err := profile.Parse(id, withPersonal(t, src, "Somebody Else"), profile.WithID(id))
				require.NoError(t, err)

				a := match.Match(orig, post, match.AsOf(asOf))
				b := match.Match(changed, post, match.AsOf(asOf))
				assert.Equal(t, "Somebody Else", b.Name)
				assert.NotEqual(t, a.Name, b.Name)
				b.Name = a.Name
				assert.Equal(t, a, b, "changing personal fields changed the result")
			})
		}
	}
	t.Run("a profile of personal fields alone says nothing", func(t *testing.T) {
		r := matchOne(t, personalPosting, string(withPersonal(t, []byte(`{}`), "Python Kafka")))
		assert.Equal(t, 0.0, r.Score)
		for _, f := range r.Findings {
			assert.Equal(t, match.Unknown, f.Status, f.ID)
		}
	})
}

// Ranking is blind too: personal fields never change the order.
func TestRankNeverReadsPersonalFields(t *testing.T) {
	post := examplePosting(t)
	var orig, changed []*profile.Profile
	for i, id := range exampleIDs {
		src := readExample(t, "profiles/"+id+".json")
		p, err := profile.Parse(id, src, profile.WithID(id))
		require.NoError(t, err)
		orig = append(orig, p)
		q, err := profile.Parse(id, withPersonal(t, src, string(rune('A'+i))+" Person"), profile.WithID(id))
		require.NoError(t, err)
		changed = append(changed, q)
	}
	a := match.Rank(orig, post, match.AsOf(asOf))
	b := match.Rank(changed, post, match.AsOf(asOf))
	require.Len(t, b, len(a))
	for i := range a {
		assert.Equal(t, a[i].Candidate, b[i].Candidate, "rank %d", i+1)
		assert.Equal(t, a[i].Score, b[i].Score)
		assert.Equal(t, a[i].Verdict, b[i].Verdict)
	}
}
