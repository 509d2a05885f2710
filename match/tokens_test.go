package match_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/quals-dev/quals/match"
)

// summary is a profile whose only text is basics.summary.
func summary(s string) string { return `{"basics": {"summary": "` + s + `"}}` }

// Names are matched through the vocabulary and normalization, never by raw
// substring: these run end to end, from the posting's YAML and
// the profile's JSON to the finding.
func TestTokenizationTraps(t *testing.T) {
	tests := []struct {
		name      string
		predicate string
		profile   string
		status    match.Status
		evidence  []string
	}{
		// Go, the language, and go, the verb
		{"go-to person is not Go", "skill: {any: [Go]}",
			summary("I am the go-to person for the team and I go to meetups every week."), match.Missing, nil},
		{"Go-to at a sentence start is not Go", "skill: {any: [Go]}",
			summary("Go-to person for visitor questions."), match.Missing, nil},
		{"Go as a verb at a sentence start is not Go", "skill: {any: [Go]}",
			summary("Go to the museum on Sundays."), match.Missing, nil},
		{"Go next to Python is Go", "skill: {any: [Go]}",
			summary("Built services in Go and Python."), match.Met, []string{"basics.summary"}},
		{"written in Go", "skill: {any: [Go]}",
			summary("The scheduler is written in Go."), match.Met, []string{"basics.summary"}},
		{"golang is Go", "skill: {any: [Go]}",
			summary("Five years of golang microservices."), match.Met, []string{"basics.summary"}},
		{"Go in a skills list", "skill: {any: [Go]}",
			`{"skills": [{"name": "Languages", "keywords": ["Go"]}]}`, match.Met, []string{"skills[0].keywords[0]"}},

		// names with symbols
		{"C++", "skill: {any: [C++]}", summary("Wrote a simulator in C++ for the lab."), match.Met, []string{"basics.summary"}},
		{"C#", "skill: {any: [C#]}", summary("Built desktop tools in C# with WPF."), match.Met, []string{"basics.summary"}},
		{".NET", "skill: {any: [.NET]}", summary("Maintained .NET services on Azure."), match.Met, []string{"basics.summary"}},
		{"Node.js", "skill: {any: [Node.js]}", summary("REST APIs with Node.js and Express."), match.Met, []string{"basics.summary"}},
		{"C++ is not C", "skill: {any: [C]}", summary("Wrote a simulator in C++ for the lab."), match.Missing, nil},
		{"C# is not C", "skill: {any: [C]}", summary("Built desktop tools in C# with WPF."), match.Missing, nil},
		{"C is not C++", "skill: {any: [C++]}", summary("Firmware written in C for microcontrollers."), match.Missing, nil},
		{"a sentence ending in .NET is .NET, not NET", "skill: {any: [.NET]}", summary("Ten years of .NET."), match.Met, []string{"basics.summary"}},

		// substrings are not names
		{"JavaScript is not Java", "skill: {any: [Java]}", summary("Front ends in JavaScript and TypeScript."), match.Missing, nil},
		{"Java is not JavaScript", "skill: {any: [JavaScript]}", summary("Back ends in Java and Kotlin."), match.Missing, nil},
		{"R in a word is not R", "skill: {any: [R]}", summary("Research and R&D on rivers."), match.Missing, nil},
		{"using R is R", "skill: {any: [R]}", summary("Modelled river flows using R."), match.Met, []string{"basics.summary"}},
		{"spark of curiosity is not Spark", "skill: {any: [Spark]}", summary("A spark of curiosity drives my work."), match.Missing, nil},

		// aliases and stems
		{"ML is machine learning", "skill: {any: [machine learning]}", summary("Three years of applied ML."), match.Met, []string{"basics.summary"}},
		{"k8s is Kubernetes", "skill: {any: [Kubernetes]}", summary("Ran k8s clusters."), match.Met, []string{"basics.summary"}},
		{"stems: mentored is mentoring", "evidence: {terms: [mentoring]}", summary("Mentored three juniors."), match.Met, []string{"basics.summary"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := onlyFinding(t, tc.predicate, tc.profile)
			assert.Equal(t, tc.status, f.Status, "gap: %s", f.Gap)
			assert.Equal(t, tc.evidence, sources(f))
		})
	}
}

func TestTokenizationTrapsExampleProfiles(t *testing.T) {
	// Eli's profile says "Go-to person" and "where to go first", "how to go
	// from a page of notes": none of it is Go. Fatima writes golang.
	const posting = "id: go\nrequired:\n  - id: go\n    skill: {any: [Go]}\n"
	eli := matchOne(t, posting, string(readExample(t, "profiles/eli-novak.json")))
	assert.Equal(t, match.Missing, eli.Findings[0].Status)
	fatima := matchOne(t, posting, string(readExample(t, "profiles/fatima-haddad.json")))
	assert.Equal(t, match.Met, fatima.Findings[0].Status)
}

// An ambiguous spelling (Go, R, Rust, Spark) counts in prose only with
// technical context (vocab.ScanSkills). A soft skill or a research topic
// nearby is not technical context: "Spark joy and teamwork" says nothing
// about Apache Spark.
func TestSoftSkillsAndTopicsAreNotTechnicalContext(t *testing.T) {
	tests := []struct{ predicate, text string }{
		{"skill: {any: [Spark]}", "Spark joy and teamwork in every project."},
		{"skill: {any: [Rust]}", "Rust and corrosion research on old bridges."},
		{"skill: {any: [Go]}", "Go hiking builds teamwork."},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			f := onlyFinding(t, tc.predicate, summary(tc.text))
			assert.Equal(t, match.Missing, f.Status, "evidence: %v", f.Evidence)
		})
	}
}

// A word is not found inside a longer name the vocabulary knows: "learn"
// is not in "machine learning", "science" not in "computer science".
func TestWordsAreNotFoundInsideLongerNames(t *testing.T) {
	post := parsePosting(t, "id: p\nrequired:\n  - evidence: {terms: [learn]}\n")
	inside := match.Match(parseProfile(t, summary("Five years of machine learning in production.")), post, match.AsOf(asOf))
	assert.Equal(t, match.Missing, inside.Findings[0].Status, "learn inside machine learning")
	alone := match.Match(parseProfile(t, summary("I learn fast and like continuous learning.")), post, match.AsOf(asOf))
	assert.Equal(t, match.Met, alone.Findings[0].Status)
}
