package profile

import (
	"fmt"
	"testing"
)

func TestZZBad(t *testing.T) {
	docs := []string{
		`{"basics": {"name": "A", "pronouns": "she/her"}, "x-extra": 1, "work": [{"name": "W", "team": "core"}]}`,
		"{\n  \"work\": [\n    {\"name\": \"W\", \"highlights\": \"did things\"}\n  ]\n}",
		"{\n  \"work\": [\n    {\"name\": \"W\", \"startDate\": \"June 2021\"}\n  ]\n}",
		"{\n  \"work\": [\n    {\"name\": \"W\", \"startDate\": \"June 2021\", \"highlights\": \"x\"}\n  ],\n  \"basics\": {\"name\": 5, \"location\": []},\n  \"oops\": true\n}",
		"{\n  \"basics\": {\n    \"name\": \"A\",\n  }\n}",
		"{\"basics\": {\"name\": \"A\"}",
		"",
		"[]",
		"null",
		`{"work": [{"startDate": "2021-13"}]}`,
		`{"work": [{"startDate": "2021-02-30"}]}`,
		`{"work": [{"startDate": 2021}]}`,
		`{"workAuthorization": [{"country": "US", "sponsorship": "no"}]}`,
		`{"availability": [{"start": "soon"}]}`,
		`{"basics": {"name": "A"}, "basics": {"name": "B"}}`,
		`{"skills": [{"name": "Go", "keywords": ["Go", 3, null, ["x"]]}]}`,
		`{"education": [{"studyType": "PhD", "gpa": 4}]}`,
		`{"education": [{"studyType": "PhD", "studytype": "x"}]}`,
	}
	for i, d := range docs {
		p, err := Parse("r.json", []byte(d))
		fmt.Printf("--- %d %q\n", i, d)
		if err != nil {
			for _, x := range err.(Problems) {
				fmt.Printf("   %q sev=%d\n", x.Error(), x.Severity)
			}
			continue
		}
		fmt.Printf("   OK id=%s name=%q\n", p.ID(), p.Name())
		for _, w := range p.Warnings() {
			fmt.Printf("   W %q sev=%d\n", w.Error(), w.Severity)
		}
	}
}
