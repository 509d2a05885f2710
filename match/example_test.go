package match_test

import (
	"fmt"
	"time"

	"github.com/quals-dev/quals/match"
	"github.com/quals-dev/quals/profile"
	"github.com/quals-dev/quals/requirements"
)

const examplePostingYAML = `
id: data-intern
required:
  - id: python
    weight: 2
    skill: {any: [Python]}
  - id: us-based
    location: {countries: [US]}
preferred:
  - id: streaming
    experience: {any: [Kafka, Flink]}
`

func ExampleMatch() {
	posting, err := requirements.Parse("posting.yaml", []byte(examplePostingYAML))
	if err != nil {
		panic(err)
	}
	candidate, err := profile.Parse("ada.json", []byte(`{
		"basics": {"name": "Ada", "location": {"city": "Seattle", "countryCode": "US"}},
		"work": [{"name": "Acme", "startDate": "2024-01", "highlights": ["Built Kafka consumers in Python."]}]
	}`), profile.WithID("ada"))
	if err != nil {
		panic(err)
	}

	r := match.Match(candidate, posting, match.AsOf(time.Date(2026, 2, 15, 0, 0, 0, 0, time.UTC)))
	fmt.Println(r.Verdict, r.Score)
	for _, f := range r.Findings {
		fmt.Printf("%s: %s, %.1f points\n", f.ID, f.Status, f.Points)
	}
	// Output:
	// eligible 100
	// python: met, 50.0 points
	// us-based: met, 25.0 points
	// streaming: met, 25.0 points
}

func ExampleRank() {
	posting, err := requirements.Parse("posting.yaml", []byte(examplePostingYAML))
	if err != nil {
		panic(err)
	}
	var candidates []*profile.Profile
	for _, c := range []struct{ id, json string }{
		{"bob", `{"basics": {"location": {"countryCode": "DE"}}, "skills": [{"name": "Python"}]}`},
		{"cy", `{"skills": [{"name": "Python"}]}`},
		{"ada", `{"basics": {"location": {"countryCode": "US"}}, "skills": [{"name": "Python"}, {"name": "Kafka"}]}`},
	} {
		p, err := profile.Parse(c.id+".json", []byte(c.json), profile.WithID(c.id))
		if err != nil {
			panic(err)
		}
		candidates = append(candidates, p)
	}

	for _, r := range match.Rank(candidates, posting, match.AsOf(time.Date(2026, 2, 15, 0, 0, 0, 0, time.UTC))) {
		fmt.Println(r.Rank, r.Candidate, r.Verdict, r.Score)
	}
	// Output:
	// 1 ada eligible 87.5
	// 2 cy needs-info 50
	// 3 bob ineligible 50
}

func Example_loadPosting() {
	posting, err := requirements.Parse("posting.yaml", []byte(`
id: ml-intern
title: Machine Learning Intern
required:
  - id: phd
    weight: 3
    degree: {level: doctorate, status: in-progress, fields: [computer science], related: true}
  - id: language
    skill: {any: [Java, C++, Python]}
preferred:
  - id: publications
    publications: {min: 1, topics: [machine learning]}
`))
	if err != nil {
		panic(err)
	}
	fmt.Println(posting.ID(), "—", posting.Title())
	for _, req := range posting.Requirements() {
		fmt.Printf("%s %s (weight %v): %s\n", req.Kind(), req.ID(), req.Weight(), req.Predicate())
	}
	// Output:
	// ml-intern — Machine Learning Intern
	// required phd (weight 3): a doctorate in progress in computer science or a related field
	// required language (weight 1): skill: Java, C++ or Python
	// preferred publications (weight 1): at least 1 publication on machine learning
}
