package requirements_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/quals-dev/quals/requirements"
	"github.com/quals-dev/quals/vocab"
)

func TestPredicateStringsBuiltInCode(t *testing.T) {
	tests := []struct {
		name string
		pred requirements.Predicate
		key  string
		want string
	}{
		{"skill of one year", &requirements.Skill{Mode: requirements.AnyOf, Terms: []vocab.Term{{Text: "Go"}}, MinYears: 1}, "skill", "skill: Go, 1 year or more"},
		{"degree with no options", &requirements.Degree{Level: vocab.Doctorate}, "degree", "a doctorate"},
		{"degree in progress without related", &requirements.Degree{Level: vocab.Associate, Status: requirements.InProgress, Fields: []vocab.Term{{Text: "nursing"}}}, "degree", "an associate degree in progress in nursing"},
		{"related is only said with fields", &requirements.Degree{Level: vocab.HighSchool, Related: true}, "degree", "a high-school diploma"},
		{"work experience of any kind", &requirements.Experience{MinYears: 5}, "experience", "5 years or more of work experience"},
		{"one publication", &requirements.Publications{Min: 1}, "publications", "at least 1 publication"},
		{"location by region", &requirements.Location{Regions: []requirements.RegionRef{{Country: "CA", Code: "ON"}}}, "location", "located in ON, CA"},
		{"window", &requirements.Availability{Windows: []requirements.Window{{From: day(2026, time.January, 1), To: day(2026, time.January, 31)}}}, "availability", "available 2026-01-01 to 2026-01-31"},
		{"language", &requirements.Language{Name: "Spanish", Level: vocab.B1}, "language", "Spanish at B1 or above"},
		{"at least", &requirements.AtLeast{N: 1, Of: []requirements.Predicate{&requirements.Evidence{Terms: []vocab.Term{{Text: "Go"}}, Min: 1}}}, "at_least", "at least 1 of (mentions Go)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.key, tt.pred.Key())
			assert.Equal(t, tt.want, tt.pred.String())
		})
	}
}

func TestPlaceString(t *testing.T) {
	assert.Equal(t, "San Francisco, CA, US", requirements.Place{City: "San Francisco", Region: "CA", Country: "US"}.String())
	assert.Equal(t, "Berlin, DE", requirements.Place{City: "Berlin", Country: "DE"}.String())
	assert.Equal(t, "US", requirements.Place{Country: "US"}.String())
	assert.Equal(t, "", requirements.Place{}.String())
}

// A document describes its predicate as the loaded posting will, names as
// written: the extraction report reads the same as check and the gaps.
func TestPredicateDocDescribe(t *testing.T) {
	for _, c := range []struct {
		doc  requirements.PredicateDoc
		want string
	}{
		{requirements.PredicateDoc{Any: []requirements.PredicateDoc{{Degree: &requirements.DegreeDoc{Level: "bachelor"}}, {Experience: &requirements.NamesDoc{MinYears: 4}}}},
			"any of (a bachelor's degree), (4 years or more of work experience)"},
		{requirements.PredicateDoc{Experience: &requirements.NamesDoc{Any: requirements.List{"Hadoop", "Spark"}, MinYears: 3}}, "experience with Hadoop or Spark, 3 years or more"},
		{requirements.PredicateDoc{Degree: &requirements.DegreeDoc{Level: "doctorate", Status: "in-progress", Fields: requirements.List{"statistics"}, Related: true}},
			"a doctorate in progress in statistics or a related field"},
		{requirements.PredicateDoc{Location: &requirements.LocationDoc{Countries: requirements.List{"US"}, Cities: requirements.List{"Seattle"}, Remote: true}}, "located in Seattle or US (remote allowed)"},
		{requirements.PredicateDoc{Authorization: &requirements.AuthorizationDoc{Countries: requirements.List{"CA"}}}, "authorized to work in CA without sponsorship"},
		{requirements.PredicateDoc{Availability: &requirements.AvailabilityDoc{Windows: []requirements.WindowDoc{{From: "2026-05-18", To: "2026-08-07"}}}}, "available 2026-05-18 to 2026-08-07"},
		{requirements.PredicateDoc{Language: &requirements.LanguageDoc{Name: "English", Level: "C1"}}, "English at C1 or above"},
		{requirements.PredicateDoc{Evidence: &requirements.EvidenceDoc{Terms: requirements.List{"a", "b"}, Min: 1}}, "mentions a or b"},
		{requirements.PredicateDoc{AtLeast: &requirements.AtLeastDoc{N: 1, Of: []requirements.PredicateDoc{{Certification: &requirements.NamesDoc{Any: requirements.List{"PMP"}}}}}}, "at least 1 of (certification: PMP)"},
		{requirements.PredicateDoc{}, "no predicate"},
	} {
		assert.Equal(t, c.want, c.doc.Describe())
	}
}
