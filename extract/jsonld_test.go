package extract_test

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/quals-dev/quals/diag"
	"github.com/quals-dev/quals/extract"
	"github.com/quals-dev/quals/knowledge"
	"github.com/quals-dev/quals/requirements"
)

// These tests hold for any line reader: what the structured JobPosting
// fields give is checked exactly; what a line of text gives (read by the
// text extractor's line reader) is checked only for where it lands.

// extractLD extracts a JobPosting and checks what every extraction must
// satisfy: the document loads, every requirement is named by a report line,
// and every line names a requirement that exists.
func extractLD(t *testing.T, src []byte) *extract.Extraction {
	t.Helper()
	x, err := extract.JobPosting(src)
	require.NoError(t, err)
	require.NotNil(t, x)
	checkExtraction(t, x)
	return x
}

func checkExtraction(t *testing.T, x *extract.Extraction) {
	t.Helper()
	_, err := x.Document.Load("extracted.yaml")
	require.NoError(t, err, "the extracted document must load")
	ids := map[string]bool{}
	for _, r := range append(append([]requirements.RequirementDoc{}, x.Document.Required...), x.Document.Preferred...) {
		assert.False(t, ids[r.ID], "id %q twice", r.ID)
		ids[r.ID] = true
	}
	named := map[string]bool{}
	for _, l := range x.Lines {
		assert.NotEmpty(t, l.Section, "line %+v has no section", l)
		assert.NotEmpty(t, l.Reading, "line %+v has no reading", l)
		if l.Requirement != "" {
			assert.True(t, ids[l.Requirement], "line %+v names a requirement that does not exist", l)
			named[l.Requirement] = true
		}
	}
	for id := range ids {
		assert.True(t, named[id], "no report line names requirement %q", id)
	}
}

func fixture(t *testing.T, name string) []byte {
	t.Helper()
	src, err := os.ReadFile(filepath.Join("testdata", "jsonld", name))
	require.NoError(t, err)
	return src
}

// reqByID finds a requirement in either list.
func reqByID(x *extract.Extraction, id string) (requirements.RequirementDoc, bool) {
	for _, r := range append(append([]requirements.RequirementDoc{}, x.Document.Required...), x.Document.Preferred...) {
		if r.ID == id {
			return r, true
		}
	}
	return requirements.RequirementDoc{}, false
}

// firstOfKey finds the first requirement holding a predicate of a kind.
func firstOfKey(x *extract.Extraction, key string) (requirements.RequirementDoc, bool) {
	if rs := reqByKey(x, key); len(rs) > 0 {
		return rs[0], true
	}
	return requirements.RequirementDoc{}, false
}

// reqByText finds the requirements whose text is text, in required and preferred.
func reqByText(x *extract.Extraction, text string) (required, preferred []requirements.RequirementDoc) {
	for _, r := range x.Document.Required {
		if r.Text == text {
			required = append(required, r)
		}
	}
	for _, r := range x.Document.Preferred {
		if r.Text == text {
			preferred = append(preferred, r)
		}
	}
	return required, preferred
}

// reqByKey returns the requirements holding a predicate of the given key.
func reqByKey(x *extract.Extraction, key string) []requirements.RequirementDoc {
	var out []requirements.RequirementDoc
	for _, r := range append(append([]requirements.RequirementDoc{}, x.Document.Required...), x.Document.Preferred...) {
		if r.Key() == key {
			out = append(out, r)
		}
	}
	return out
}

func linesOf(x *extract.Extraction, section string) []extract.LineReport {
	var out []extract.LineReport
	for _, l := range x.Lines {
		if l.Section == section {
			out = append(out, l)
		}
	}
	return out
}

func TestExtractJobPostingEveryField(t *testing.T) {
	src := fixture(t, "backend-engineer.jsonld")
	x := extractLD(t, src)
	d := x.Document

	assert.Equal(t, "Senior Backend Engineer, Routing Platform", d.Title)
	assert.Equal(t, "senior-backend-engineer-routing-platform", d.ID)
	assert.Equal(t, "Fernhill Logistics", d.Organization)
	assert.Equal(t, []requirements.PlaceDoc{{City: "Portland", Region: "OR", Country: "US"}}, d.Locations)
	assert.Equal(t, requirements.List{"onsite", "remote"}, d.Workplace, "TELECOMMUTE with a jobLocation: onsite or remote")

	// educationRequirements + experienceRequirements + experienceInPlaceOfEducation: one any.
	r, ok := reqByID(x, "degree-or-experience")
	require.True(t, ok)
	require.Len(t, r.Any, 2)
	require.NotNil(t, r.Any[0].Degree)
	assert.Equal(t, "bachelor", r.Any[0].Degree.Level)
	require.NotNil(t, r.Any[1].Experience)
	assert.Equal(t, 4.0, r.Any[1].Experience.MinYears, "48 months")
	assert.Equal(t, requirements.List{"Backend Engineer"}, r.Any[1].Experience.Any, "experience in the title's role")
	assert.Empty(t, reqByKey(x, "degree"), "the degree stands only inside the any")
	for _, key := range []string{"educationRequirements", "experienceRequirements", "experienceInPlaceOfEducation"} {
		for _, l := range linesOf(x, key) {
			assert.Equal(t, "degree-or-experience", l.Requirement, "%s stands only inside the any", key)
		}
	}

	// skills (DefinedTerms): one requirement, all of them.
	r, ok = firstOfKey(x, "skill")
	require.True(t, ok)
	assert.Equal(t, requirements.List{"Go", "PostgreSQL", "Kubernetes"}, r.Skill.Coverage)

	// qualifications (HTML): bullets required, after "Preferred:" preferred.
	req, pref := reqByText(x, "Experience designing and operating distributed systems in production")
	assert.Len(t, req, 1, "a qualification the description repeats is one requirement")
	assert.Empty(t, pref)
	req, _ = reqByText(x, "Comfortable with on-call rotations")
	assert.Len(t, req, 1)
	_, pref = reqByText(x, "Experience with Kafka or another event streaming platform")
	assert.Len(t, pref, 1)

	// eligibilityToWorkRequirement: read by the line reader (authorization, or evidence until it can).
	req, _ = reqByText(x, "Must be authorized to work in the United States or Canada without visa sponsorship.")
	require.Len(t, req, 1)
	assert.Contains(t, []string{"authorization", "evidence"}, req[0].Key())
	require.Len(t, linesOf(x, "eligibilityToWorkRequirement"), 1)

	// applicantLocationRequirements: a country and a region of another country, remote.
	r, ok = firstOfKey(x, "location")
	require.True(t, ok)
	assert.Equal(t, &requirements.LocationDoc{Countries: requirements.List{"US"}, Regions: requirements.List{"ON, CA"}, Remote: true}, r.Location)

	// jobStartDate: available on that day.
	r, ok = firstOfKey(x, "availability")
	require.True(t, ok)
	assert.Equal(t, []requirements.WindowDoc{{From: "2026-06-01", To: "2026-06-01"}}, r.Availability.Windows)

	// description: read by Extract; its sections land where they stand.
	_, pref = reqByText(x, "Familiarity with Terraform")
	assert.Len(t, pref, 1, "the description's nice-to-have is preferred")
	var fromDescription int
	for _, l := range x.Lines {
		if l.Line > 0 {
			fromDescription++
			assert.NotContains(t, l.Text, "<", "markup is removed")
		}
	}
	assert.Greater(t, fromDescription, 10)
	for _, l := range x.Lines {
		if l.Text == "Bachelor’s degree in Computer Science or a related field" {
			assert.Equal(t, "degree-or-experience", l.Requirement, "the description's degree line is the structured degree")
		}
		if l.Text == "Medical, dental and vision coverage & a home-office stipend." {
			assert.Equal(t, extract.SectionBenefits, l.Section, "entities decoded")
		}
	}

	// Every field of the JobPosting has a line in the report.
	var fields map[string]any
	require.NoError(t, json.Unmarshal(src, &fields))
	for key := range fields {
		if strings.HasPrefix(key, "@") {
			continue
		}
		assert.NotEmpty(t, linesOf(x, key), "field %s is not in the report", key)
	}
	for _, key := range []string{"baseSalary", "datePosted", "validThrough", "employmentType", "physicalRequirement", "x-requisition"} {
		ls := linesOf(x, key)
		require.Len(t, ls, 1, key)
		assert.True(t, strings.HasPrefix(ls[0].Reading, "not read: "), "%s: %s", key, ls[0].Reading)
		assert.Empty(t, ls[0].Requirement)
	}
	assert.Contains(t, linesOf(x, "x-requisition")[0].Reading, "does not know")
	for _, l := range x.Lines {
		if l.Line == 0 {
			assert.NotContains(t, []string{extract.SectionRequired, extract.SectionPreferred}, l.Section, "a field's line names its field: %+v", l)
		}
	}
}

func TestExtractJobPostingHTMLPageWithGraph(t *testing.T) {
	x := extractLD(t, fixture(t, "graph-page.html"))
	d := x.Document
	assert.Equal(t, "Clinical Data Analyst", d.Title, "not the commented-out draft")
	assert.Equal(t, "Maple Ridge Health", d.Organization, "hiringOrganization by @id reference into the @graph")
	assert.Equal(t, []requirements.PlaceDoc{
		{City: "Halifax", Region: "NS", Country: "CA"},
		{City: "Moncton", Region: "NB", Country: "CA"},
	}, d.Locations)
	assert.Empty(t, d.Workplace, "no jobLocationType: the workplace is not guessed")

	r, ok := firstOfKey(x, "degree")
	require.True(t, ok)
	assert.Equal(t, "master", r.Degree.Level, "a postgraduate degree is a master's")
	assert.Equal(t, "Master's degree in Statistics, Epidemiology or Biostatistics", r.Text)

	r, ok = firstOfKey(x, "experience")
	require.True(t, ok)
	assert.Equal(t, 1.5, r.Experience.MinYears, `"18" months`)

	r, ok = firstOfKey(x, "skill")
	require.True(t, ok)
	assert.Equal(t, requirements.List{"SQL", "R", "Tableau"}, r.Skill.Coverage, "a text list of names")

	r, ok = firstOfKey(x, "availability")
	require.True(t, ok)
	assert.Equal(t, []requirements.WindowDoc{{From: "2026-09", To: "2026-09"}}, r.Availability.Windows, "a month as written")

	// The description's tags were escaped ("&lt;li&gt;"): unescaped, then read.
	req, _ := reqByText(x, "Fluent in English and French")
	assert.Len(t, req, 1)
	req, _ = reqByText(x, "Experience with electronic health records")
	assert.Len(t, req, 1)
}

func TestExtractJobPostingArray(t *testing.T) {
	x := extractLD(t, fixture(t, "array.jsonld"))
	d := x.Document
	assert.Equal(t, "Warehouse Shift Lead", d.Title, "the first JobPosting of the array")
	assert.Equal(t, "Brightwater Supply Co.", d.Organization, "an organization given as text")
	assert.Equal(t, []requirements.PlaceDoc{{City: "Reno", Region: "NV", Country: "US"}}, d.Locations, "region and country by name")

	more := linesOf(x, "json-ld")
	require.Len(t, more, 1)
	assert.Contains(t, more[0].Reading, "only the first JobPosting")

	req, _ := reqByText(x, "High school diploma or GED")
	require.Len(t, req, 1)
	assert.Equal(t, "high-school", req[0].Degree.Level, "educationRequirements as text")

	req, _ = reqByText(x, "2+ years of experience supervising a warehouse team")
	assert.Len(t, req, 1, "experienceRequirements as text, read by the line reader")

	r, ok := firstOfKey(x, "skill")
	require.True(t, ok)
	assert.Equal(t, requirements.List{"Forklift operation", "inventory control", "scheduling"}, r.Skill.Coverage)

	for _, q := range []string{"Able to work weekend shifts.", "Valid forklift certification."} {
		req, _ = reqByText(x, q)
		assert.Len(t, req, 1, q)
	}
	assert.Empty(t, reqByKey(x, "availability"), "no date, no window")
	for _, key := range []string{"jobStartDate", "jobImmediateStart"} {
		ls := linesOf(x, key)
		require.Len(t, ls, 1)
		assert.True(t, strings.HasPrefix(ls[0].Reading, "not read: "), ls[0].Reading)
	}
}

func TestExtractJobPostingCredentialsAndRemote(t *testing.T) {
	x := extractLD(t, fixture(t, "credentials.jsonld"))
	d := x.Document
	assert.Equal(t, requirements.List{"remote"}, d.Workplace)
	assert.Empty(t, d.Locations)

	require.NotEmpty(t, d.Required)
	r := d.Required[0]
	assert.Equal(t, "associate degree, or CompTIA Network+", r.Text)
	require.Len(t, r.Any, 2, "several credentials are alternatives")
	assert.Equal(t, "associate", r.Any[0].Degree.Level)
	assert.Equal(t, requirements.List{"CompTIA Network+"}, r.Any[1].Certification.Any)

	exp := reqByKey(x, "experience")
	require.Len(t, exp, 1)
	assert.Equal(t, 2.5, exp[0].Experience.MinYears)
	assert.Equal(t, "Experience installing and troubleshooting Cisco switches", exp[0].Text)

	req, _ := reqByText(x, "Ability to obtain a Public Trust clearance")
	assert.Len(t, req, 1, "securityClearanceRequirement read as a line")

	r, ok := firstOfKey(x, "location")
	require.True(t, ok)
	assert.Equal(t, requirements.List{"TX, US"}, r.Location.Regions, "an AdministrativeArea that is a US state")

	r, ok = firstOfKey(x, "availability")
	require.True(t, ok)
	assert.Equal(t, []requirements.WindowDoc{{From: "2026-07-15", To: "2026-07-15"}}, r.Availability.Windows, "the date of a date-time")
}

// posting wraps JobPosting fields (JSON object members) into a JobPosting.
func posting(fields string) []byte {
	return []byte(`{"@context": "https://schema.org", "@type": "JobPosting", "title": "Data Engineer"` + fields + `}`)
}

func TestExtractJobPostingMapping(t *testing.T) {
	cred := func(category string) string {
		return `, "educationRequirements": {"@type": "EducationalOccupationalCredential", "credentialCategory": "` + category + `"}`
	}
	for _, tc := range []struct {
		name   string
		fields string
		want   requirements.PredicateDoc // of the first requirement; zero for none
		key    string                    // or only its key
	}{
		{"high school", cred("high school"), requirements.PredicateDoc{Degree: &requirements.DegreeDoc{Level: "high-school"}}, ""},
		{"associate degree", cred("associate degree"), requirements.PredicateDoc{Degree: &requirements.DegreeDoc{Level: "associate"}}, ""},
		{"bachelor degree", cred("bachelor degree"), requirements.PredicateDoc{Degree: &requirements.DegreeDoc{Level: "bachelor"}}, ""},
		{"postgraduate degree", cred("postgraduate degree"), requirements.PredicateDoc{Degree: &requirements.DegreeDoc{Level: "master"}}, ""},
		{"category as a DefinedTerm", `, "educationRequirements": {"@type": "EducationalOccupationalCredential", "credentialCategory": {"@type": "DefinedTerm", "name": "Bachelor's Degree"}}`,
			requirements.PredicateDoc{Degree: &requirements.DegreeDoc{Level: "bachelor"}}, ""},
		{"educationalLevel without a category", `, "educationRequirements": {"@type": "EducationalOccupationalCredential", "educationalLevel": "Doctorate"}`,
			requirements.PredicateDoc{Degree: &requirements.DegreeDoc{Level: "doctorate"}}, ""},
		{"professional certificate, none named", cred("professional certificate"),
			requirements.PredicateDoc{Evidence: &requirements.EvidenceDoc{Terms: requirements.List{"certificate", "certification", "certified"}, Min: 1}}, ""},
		{"professional certificate, named", `, "educationRequirements": {"@type": "EducationalOccupationalCredential", "credentialCategory": "professional certificate", "name": "AWS Certified Data Engineer"}`,
			requirements.PredicateDoc{}, "certification"},
		{"no requirements", cred("no requirements"), requirements.PredicateDoc{}, ""},
		{"education as text", `, "educationRequirements": "Bachelor's degree"`, requirements.PredicateDoc{Degree: &requirements.DegreeDoc{Level: "bachelor"}}, ""},
		{"months as a string", `, "experienceRequirements": {"@type": "OccupationalExperienceRequirements", "monthsOfExperience": "60"}`,
			requirements.PredicateDoc{Experience: &requirements.NamesDoc{Any: requirements.List{"Data Engineer"}, MinYears: 5}}, ""},
		{"months not whole years", `, "experienceRequirements": {"@type": "OccupationalExperienceRequirements", "monthsOfExperience": 8}`,
			requirements.PredicateDoc{Experience: &requirements.NamesDoc{Any: requirements.List{"Data Engineer"}, MinYears: 0.67}}, ""},
		{"no months", `, "experienceRequirements": {"@type": "OccupationalExperienceRequirements", "monthsOfExperience": 0}`, requirements.PredicateDoc{}, ""},
		{"too many months", `, "experienceRequirements": {"@type": "OccupationalExperienceRequirements", "monthsOfExperience": 900}`, requirements.PredicateDoc{}, ""},
		{"experience not in place of education", cred("bachelor degree") + `, "experienceRequirements": {"@type": "OccupationalExperienceRequirements", "monthsOfExperience": 24}, "experienceInPlaceOfEducation": false`,
			requirements.PredicateDoc{Degree: &requirements.DegreeDoc{Level: "bachelor"}}, ""},
		{"experience in place of education", cred("associate degree") + `, "experienceRequirements": {"@type": "OccupationalExperienceRequirements", "monthsOfExperience": 24}, "experienceInPlaceOfEducation": "true"`,
			requirements.PredicateDoc{Any: []requirements.PredicateDoc{
				{Degree: &requirements.DegreeDoc{Level: "associate"}},
				{Experience: &requirements.NamesDoc{Any: requirements.List{"Data Engineer"}, MinYears: 2}},
			}}, ""},
		{"skills as text names", `, "skills": "Python; Airflow, dbt"`, requirements.PredicateDoc{Skill: &requirements.NamesDoc{Coverage: requirements.List{"Python", "Airflow", "dbt"}}}, ""},
		{"skills as a list of strings", `, "skills": ["Spark", "Scala"]`, requirements.PredicateDoc{Skill: &requirements.NamesDoc{All: requirements.List{"Spark", "Scala"}}}, ""},
		{"skills as a sentence", `, "skills": "Strong experience building batch and streaming pipelines."`, requirements.PredicateDoc{}, "line"},
		{"applicant country by code", `, "applicantLocationRequirements": {"@type": "Country", "name": "DE"}`,
			requirements.PredicateDoc{Location: &requirements.LocationDoc{Countries: requirements.List{"DE"}, Remote: true}}, ""},
		{"a state named like a country", `, "applicantLocationRequirements": {"@type": "State", "name": "Georgia"}`,
			requirements.PredicateDoc{Location: &requirements.LocationDoc{Regions: requirements.List{"GA, US"}, Remote: true}}, ""},
		{"the country of that name", `, "applicantLocationRequirements": {"@type": "Country", "name": "Georgia"}`,
			requirements.PredicateDoc{Location: &requirements.LocationDoc{Countries: requirements.List{"GE"}, Remote: true}}, ""},
		{"a city", `, "applicantLocationRequirements": {"@type": "City", "name": "Lisbon"}`,
			requirements.PredicateDoc{Location: &requirements.LocationDoc{Cities: requirements.List{"Lisbon"}, Remote: true}}, ""},
		{"an area quals does not know", `, "applicantLocationRequirements": {"@type": "AdministrativeArea", "name": "EMEA"}`, requirements.PredicateDoc{}, ""},
		{"a known and an unknown area: no requirement narrower than the posting", `, "applicantLocationRequirements": [{"@type": "Country", "name": "US"}, {"@type": "AdministrativeArea", "name": "EMEA"}]`, requirements.PredicateDoc{}, ""},
		{"start date", `, "jobStartDate": "2026-10-05"`,
			requirements.PredicateDoc{Availability: &requirements.AvailabilityDoc{Windows: []requirements.WindowDoc{{From: "2026-10-05", To: "2026-10-05"}}}}, ""},
		{"prefixed keys and @value", `, "schema:skills": {"@value": "Terraform", "@language": "en"}`,
			requirements.PredicateDoc{Skill: &requirements.NamesDoc{All: requirements.List{"Terraform"}}}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			x, err := extract.JobPosting(posting(tc.fields))
			require.NotNil(t, x)
			if tc.want.Key() == "" && tc.key == "" {
				require.Error(t, err, "nothing to require")
				assert.Empty(t, x.Document.Required)
				var fieldLines int
				for _, l := range x.Lines {
					if l.Section != "title" {
						fieldLines++
						assert.Empty(t, l.Requirement)
					}
				}
				assert.Positive(t, fieldLines, "the field is still reported")
				return
			}
			require.NoError(t, err)
			checkExtraction(t, x)
			require.NotEmpty(t, x.Document.Required)
			got := x.Document.Required[0]
			switch tc.key {
			case "":
				assert.Equal(t, tc.want, got.PredicateDoc)
			case "line":
				assert.NotEqual(t, "skill", got.Key(), "a sentence is not a skill name")
				assert.Equal(t, "Strong experience building batch and streaming pipelines.", got.Text)
			default:
				assert.Equal(t, tc.key, got.Key())
			}
		})
	}
}

func TestExtractJobPostingLocations(t *testing.T) {
	for _, tc := range []struct {
		name, location string
		want           []requirements.PlaceDoc
	}{
		{"address as text", `"Austin, TX, USA"`, []requirements.PlaceDoc{{City: "Austin", Region: "TX", Country: "US"}}},
		{"city and state", `"Seattle, WA"`, []requirements.PlaceDoc{{City: "Seattle", Region: "WA", Country: "US"}}},
		{"city and country", `{"@type": "Place", "address": "Berlin, Germany"}`, []requirements.PlaceDoc{{City: "Berlin", Country: "DE"}}},
		{"unknown country left out", `{"@type": "Place", "address": {"@type": "PostalAddress", "addressLocality": "Springfield", "addressCountry": "Freedonia"}}`,
			[]requirements.PlaceDoc{{City: "Springfield"}}},
		{"unknown region left out", `{"@type": "Place", "address": {"@type": "PostalAddress", "addressLocality": "Leeds", "addressRegion": "Yorkshire Dales", "addressCountry": "GB"}}`,
			[]requirements.PlaceDoc{{City: "Leeds", Country: "GB"}}},
		{"two places, one twice", `[{"@type": "Place", "address": {"addressLocality": "Toronto", "addressRegion": "Ontario", "addressCountry": "CA"}}, {"@type": "Place", "address": {"addressLocality": "Toronto", "addressRegion": "ON", "addressCountry": "Canada"}}]`,
			[]requirements.PlaceDoc{{City: "Toronto", Region: "ON", Country: "CA"}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			x, err := extract.JobPosting(posting(`, "jobLocation": ` + tc.location + `, "skills": "SQL"`))
			require.NoError(t, err)
			checkExtraction(t, x)
			assert.Equal(t, tc.want, x.Document.Locations)
			assert.NotEmpty(t, linesOf(x, "jobLocation"))
		})
	}
}

func TestExtractJobPostingErrors(t *testing.T) {
	for _, tc := range []struct {
		name string
		src  []byte
		want string // the error's text
	}{
		{"invalid JSON", []byte("{\n  \"@type\": \"JobPosting\",\n  \"title\": ,\n}"), "3:12: invalid JSON: invalid character ',' looking for beginning of value"},
		{"unclosed JSON", []byte(`{"@type": "JobPosting"`), "1:23: invalid JSON: unexpected end of document"},
		{"invalid JSON in a page", fixture(t, "broken.html"), "8:29: in a JSON-LD script block: invalid JSON: invalid character ']' looking for beginning of value"},
		{"a page without a JobPosting", fixture(t, "no-jobposting.html"), "no schema.org JobPosting in the page's JSON-LD (it holds Organization, WebSite)"},
		{"a page without JSON-LD", []byte("<html><body><h1>Jobs</h1></body></html>"), `no schema.org JobPosting: the page has no <script type="application/ld+json"> block; save the posting's text and extract that`},
		{"a page with microdata", []byte(`<html><body><div itemscope itemtype="https://schema.org/JobPosting"><h1 itemprop="title">Baker</h1></div></body></html>`), "microdata or RDFa"},
		{"JSON-LD without a JobPosting", []byte(`{"@context": "https://schema.org", "@type": "Organization", "name": "Acme"}`), "1:1: no schema.org JobPosting in the JSON-LD (it holds Organization)"},
		{"JSON without a type", []byte(`[1, 2, 3]`), "no schema.org JobPosting in the JSON-LD (it holds no @type)"},
		{"empty", nil, `no schema.org JobPosting: the page has no <script type="application/ld+json"> block`},
		{"too large", append(posting(`, "description": "`), []byte(strings.Repeat("x", 4<<20)+`"}`)...), "the job posting is over the size limit of 4194304 bytes"},
		{"not UTF-8", []byte("{\"@type\": \"JobPosting\", \"title\": \"\xff\"}"), "1:35: document is not valid UTF-8"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			x, err := extract.JobPosting(tc.src)
			require.Error(t, err)
			assert.Nil(t, x)
			assert.Contains(t, err.Error(), tc.want)
			var ps diag.Problems
			assert.True(t, errors.As(err, &ps), "a Problems error")
		})
	}
}

func TestExtractJobPostingMaxBytes(t *testing.T) {
	src := fixture(t, "credentials.jsonld")
	_, err := extract.JobPosting(src, extract.WithKnowledge(knowledge.New(knowledge.WithMaxBytes(100))))
	assert.EqualError(t, err, "the job posting is over the size limit of 100 bytes")
	_, err = extract.JobPosting(src, extract.WithKnowledge(knowledge.New(knowledge.WithMaxBytes(len(src)))))
	assert.NoError(t, err)
}

func TestIsJobPosting(t *testing.T) {
	for src, want := range map[string]bool{
		`{"@type": "JobPosting"}`:                                  true,
		"\ufeff  {\"@type\": \"JobPosting\"}":                      true,
		`[{"@type": "JobPosting"}]`:                                true,
		"[Remote] Senior Engineer\nWe are hiring":                  false,
		"<!DOCTYPE html><html></html>":                             true,
		"<html lang=en>":                                           true,
		"  <script type=\"application/ld+json\">":                  true,
		"<p>Qualifications</p>":                                    true,
		"Software Engineer\n\nRequirements:\n- Go":                 false,
		"<3 years of experience is fine":                           false,
		"":                                                         false,
		"Job page\n<script type='application/ld+json'>{}</script>": true,
	} {
		assert.Equal(t, want, extract.IsJobPosting([]byte(src)), "%q", src)
	}
}

func TestExtractJobPostingFixturesLoadConcurrently(t *testing.T) {
	names := []string{"backend-engineer.jsonld", "graph-page.html", "array.jsonld", "credentials.jsonld"}
	want := map[string][]byte{}
	for _, n := range names {
		x := extractLD(t, fixture(t, n))
		y, err := x.Document.YAML()
		require.NoError(t, err)
		want[n] = y
	}
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		for _, n := range names {
			wg.Add(1)
			go func() {
				defer wg.Done()
				x, err := extract.JobPosting(fixture(t, n))
				if !assert.NoError(t, err) {
					return
				}
				y, err := x.Document.YAML()
				assert.NoError(t, err)
				assert.Equal(t, string(want[n]), string(y), "the same input gives the same document")
			}()
		}
	}
	wg.Wait()
}

func TestExtractJobPostingSkipsABrokenBlock(t *testing.T) {
	page := []byte(`<html><head>
<script type="application/ld+json">{"@type": "Organization", "name": "Oak & Ash",}</script>
<script type="application/ld+json">{"@type": "JobPosting", "title": "Cabinet Maker", "skills": ["Joinery", "CNC routing"]}</script>
</head></html>`)
	x := extractLD(t, page)
	assert.Equal(t, "Cabinet Maker", x.Document.Title)
	ls := linesOf(x, "json-ld")
	require.Len(t, ls, 1, "the broken block is reported")
	assert.Contains(t, ls[0].Text, "2:")
	assert.Contains(t, ls[0].Reading, "not valid JSON")
}

func TestExtractJobPostingFromTheDescriptionAlone(t *testing.T) {
	src := posting(`, "hiringOrganization": {"@type": "Organization", "name": "Lumen Bakery"},
		"description": "We bake bread for the whole valley.\n\nRequirements:\n- 2+ years of experience as a baker\n- Food handler certification\n\nNice to have:\n- Experience with sourdough"`)
	x := extractLD(t, src)
	req, _ := reqByText(x, "2+ years of experience as a baker")
	assert.Len(t, req, 1)
	req, _ = reqByText(x, "Food handler certification")
	assert.Len(t, req, 1)
	_, pref := reqByText(x, "Experience with sourdough")
	assert.Len(t, pref, 1)
	for _, l := range x.Lines {
		if l.Text == "2+ years of experience as a baker" {
			assert.Equal(t, 4, l.Line, "a description line keeps its line in the description's text")
			assert.Equal(t, extract.SectionRequired, l.Section)
		}
	}
}

func TestExtractJobPostingNoRequirement(t *testing.T) {
	x, err := extract.JobPosting(posting(`, "baseSalary": 50000, "description": "<p>About us: we make tea.</p>"`))
	require.Error(t, err)
	assert.Contains(t, err.Error(), "no qualification or constraint found in the JobPosting")
	require.NotNil(t, x, "the extraction comes back with its report")
	assert.Equal(t, "Data Engineer", x.Document.Title)
	assert.NotEmpty(t, linesOf(x, "baseSalary"))
	assert.NotEmpty(t, linesOf(x, "description"))
}

func BenchmarkExtractJobPosting(b *testing.B) {
	for _, name := range []string{"backend-engineer.jsonld", "graph-page.html"} {
		src, err := os.ReadFile(filepath.Join("testdata", "jsonld", name))
		if err != nil {
			b.Fatal(err)
		}
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(src)))
			for b.Loop() {
				if _, err := extract.JobPosting(src); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
