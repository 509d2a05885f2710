package profile_test

import (
	"fmt"

	"github.com/quals-dev/quals/profile"
)

func ExampleParse() {
	p, err := profile.Parse("ada.json", []byte(`{
		"basics": {"name": "Ada Example", "location": {"city": "Seattle", "countryCode": "US"}},
		"work": [{"name": "Acme", "position": "Data Engineer", "startDate": "2021-03", "highlights": ["Kafka pipelines in Go"]}],
		"hobbies": ["chess"]
	}`), profile.WithID("ada"))
	if err != nil {
		panic(err)
	}
	fmt.Println(p.ID(), "—", p.Name())
	fmt.Println(p.Resume().Work[0].Position, "since", p.Resume().Work[0].StartDate)
	for _, w := range p.Warnings() {
		fmt.Println(w)
	}
	// Output:
	// ada — Ada Example
	// Data Engineer since 2021-03
	// ada.json:4:3: hobbies: warning: unknown key "hobbies"; known keys are $schema, availability, awards, basics, certificates, education, interests, languages, meta, projects, publications, references, skills, volunteer, work, workAuthorization
}
