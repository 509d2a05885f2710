package profile_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/quals-dev/quals/profile"
)

func warnings(p *profile.Profile) []string {
	var out []string
	for _, w := range p.Warnings() {
		out = append(out, w.Error())
	}
	return out
}

func TestPresentEndDatesReadAsOngoing(t *testing.T) {
	for _, word := range []string{"Present", "present", "Current", "now", "Ongoing", "to date"} {
		p := parse(t, `{"work": [{"name": "A", "position": "Engineer", "startDate": "2020-01", "endDate": "`+word+`"}]}`)
		r := p.Resume()
		require.Len(t, r.Work, 1, word)
		assert.True(t, r.Work[0].EndDate.IsZero(), "%s is no end", word)
		assert.Equal(t, "2020-01", r.Work[0].StartDate.String())
		assert.Equal(t, []string{`r.json:1:84: work[0].endDate: warning: "` + word + `" is read as ongoing; leave the date out for an entry that runs on`}, warnings(p), word)
	}
}

func TestOlderSchemaKeysWarnOnce(t *testing.T) {
	p := parse(t, `{"basics": {"name": "Jo", "website": "https://jo.example", "picture": "jo.png"},
 "work": [{"company": "Acme", "website": "https://acme.example", "position": "Engineer", "startDate": "2019"},
          {"company": "Beta", "position": "Intern", "startDate": "2018"}],
 "education": [{"institution": "U", "studyType": "BSc", "area": "Physics", "gpa": "3.8"}],
 "languages": [{"name": "German", "level": "Native"}]}`)
	r := p.Resume()
	assert.Equal(t, "Acme", r.Work[0].Name)
	assert.Equal(t, "Beta", r.Work[1].Name)
	assert.Equal(t, "https://acme.example", r.Work[0].URL)
	assert.Equal(t, "https://jo.example", r.Basics.URL)
	assert.Equal(t, "jo.png", r.Basics.Image)
	assert.Equal(t, "3.8", r.Education[0].Score)
	assert.Equal(t, profile.LanguageEntry{Language: "German", Fluency: "Native"}, r.Languages[0])
	assert.Equal(t, []string{"r.json:1:27: warning: keys of the older JSON Resume schema (company, gpa, level, name, picture, website) are read as today's (name, score, fluency, language, image, url)"}, warnings(p))

	// Today's key wins where both are given; the old one stays unknown.
	p = parse(t, `{"work": [{"name": "Now", "company": "Then", "position": "x"}]}`)
	assert.Equal(t, "Now", p.Resume().Work[0].Name)
	require.Len(t, warnings(p), 1)
	assert.Contains(t, warnings(p)[0], `unknown key "company"`)
}

func TestFRESHDocumentsAreRead(t *testing.T) {
	p := parse(t, `{"name": "Kim Park", "meta": {"format": "FRESH@0.6.0"},
 "info": {"label": "Backend Engineer", "brief": "Builds payment systems."},
 "contact": {"email": "kim@example.com", "website": "https://kim.example"},
 "location": {"city": "Denver", "region": "CO", "country": "US"},
 "employment": {"history": [{"employer": "Ledgerly", "position": "Backend Engineer", "start": "2019-03", "end": "Present",
    "highlights": ["Moved settlement to Go and PostgreSQL."], "keywords": ["Go"]}]},
 "education": {"level": "degree", "history": [{"institution": "CU Boulder", "title": "BS", "area": "Computer Science", "start": "2012", "end": "2016"}]},
 "skills": {"sets": [{"name": "Backend", "skills": ["Go", "PostgreSQL", "Kafka"]}], "list": [{"name": "Terraform", "level": "intermediate"}]},
 "writing": [{"title": "Idempotent payments", "date": "2023", "publisher": {"name": "ACM Queue"}}],
 "languages": [{"language": "Korean", "level": "Native"}],
 "speaking": [{"title": "A talk"}]}`)
	r := p.Resume()
	assert.Equal(t, "Kim Park", r.Basics.Name)
	assert.Equal(t, "Backend Engineer", r.Basics.Label)
	assert.Equal(t, "Builds payment systems.", r.Basics.Summary)
	assert.Equal(t, "https://kim.example", r.Basics.URL)
	assert.Equal(t, profile.Location{City: "Denver", Region: "CO", CountryCode: "US"}, r.Basics.Location)
	require.Len(t, r.Work, 1)
	assert.Equal(t, "Ledgerly", r.Work[0].Name)
	assert.Equal(t, "2019-03", r.Work[0].StartDate.String())
	assert.True(t, r.Work[0].EndDate.IsZero())
	assert.Equal(t, "BS", r.Education[0].StudyType)
	require.Len(t, r.Skills, 2)
	assert.Equal(t, []string{"Go", "PostgreSQL", "Kafka"}, r.Skills[0].Keywords)
	assert.Equal(t, "Terraform", r.Skills[1].Name)
	assert.Equal(t, "ACM Queue", r.Publications[0].Publisher)
	assert.Equal(t, "Native", r.Languages[0].Fluency)
	ws := warnings(p)
	assert.Contains(t, ws, `r.json:1:1: warning: a FRESH résumé, read as JSON Resume; not read: education.level, employment.history.keywords, speaking`)
	assert.Contains(t, ws, `r.json:5:113: work[0].endDate: warning: "Present" is read as ongoing; leave the date out for an entry that runs on`)
	assert.True(t, p.HoldsResume())
}

// The FRESH project's own test résumés: each valid one reads.
func TestFRESHTestResumes(t *testing.T) {
	dir := filepath.Join("..", "..", "shared", "data", "fresh-test-resumes")
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("real-data corpus not available (%s): %v", dir, err)
	}
	for _, name := range []string{"fresh/jane-fullstacker.json", "fresh/johnny-trouble.json", "fresh/starter-resume.json", "fresh/empty.json", "fresh/short.json",
		"jrs/jane-fullstacker.json", "jrs/john-doe.json", "jrs/richard-hendriks.json", "jrs/jane-incomplete.json", "jrs/empty.json"} {
		p, err := profile.LoadFile(filepath.Join(dir, name))
		require.NoError(t, err, name)
		if name == "fresh/jane-fullstacker.json" || name == "jrs/jane-fullstacker.json" {
			assert.NotEmpty(t, p.Resume().Work, name)
			assert.NotEmpty(t, p.Resume().Skills, name)
		}
	}
	_, err := profile.LoadFile(filepath.Join(dir, "fresh", "johnny-trouble.broken.json"))
	assert.ErrorContains(t, err, "invalid JSON")
}
