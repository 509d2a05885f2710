package profile_test

import (
	"errors"
	"io/fs"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/quals-dev/quals/diag"
	"github.com/quals-dev/quals/internal/dates"
	"github.com/quals-dev/quals/internal/decode"
	"github.com/quals-dev/quals/internal/index"
	"github.com/quals-dev/quals/knowledge"
	"github.com/quals-dev/quals/profile"
)

const fullResume = "testdata/full-resume.json"

func load(t *testing.T, path string, opts ...profile.Option) *profile.Profile {
	t.Helper()
	p, err := profile.LoadFile(path, opts...)
	require.NoError(t, err)
	require.NotNil(t, p)
	return p
}

func parse(t *testing.T, doc string, opts ...profile.Option) *profile.Profile {
	t.Helper()
	p, err := profile.Parse("r.json", []byte(doc), opts...)
	require.NoError(t, err)
	require.NotNil(t, p)
	return p
}

// problems returns every problem of a failed load, one line each.
func problems(t *testing.T, err error) []string {
	t.Helper()
	require.Error(t, err)
	var ps diag.Problems
	require.True(t, errors.As(err, &ps), "the error is a Problems: %T %v", err, err)
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = p.Error()
	}
	return out
}

func TestLoadFullResumeReadsEverySection(t *testing.T) {
	p := load(t, fullResume)
	assert.Empty(t, p.Warnings(), "every key of the fixture is in the schema")
	r := p.Resume()

	assert.Equal(t, "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json", r.Schema)

	b := r.Basics
	assert.Equal(t, "Rosa Kafka-Python", b.Name)
	assert.Equal(t, "Backend Engineer", b.Label)
	assert.Equal(t, "https://img.example.com/rust-spark-portrait.jpg", b.Image)
	assert.Equal(t, "go.kubernetes@example.com", b.Email)
	assert.Equal(t, "+1 415 555 0100 Java", b.Phone)
	assert.Equal(t, "https://tensorflow-pytorch.example.com", b.URL)
	assert.Equal(t, "Backend engineer; the go-to person for on-call incidents.", b.Summary)
	assert.Equal(t, profile.Location{Address: "1 Scala Street", PostalCode: "94110", City: "San Francisco", CountryCode: "United States", Region: "California"}, b.Location)
	assert.Equal(t, []profile.SocialProfile{{Network: "GitHub", Username: "haskell-fan", URL: "https://github.example.com/haskell-fan"}}, b.Profiles)

	require.Len(t, r.Work, 2)
	assert.Equal(t, "Acme Corp", r.Work[0].Name)
	assert.Equal(t, "Remote", r.Work[0].Location)
	assert.Equal(t, "Payments company.", r.Work[0].Description)
	assert.Equal(t, "Senior Engineer", r.Work[0].Position)
	assert.Equal(t, "https://acme.example.com", r.Work[0].URL)
	assert.Equal(t, "Owns the ledger services.", r.Work[0].Summary)
	assert.Len(t, r.Work[0].Highlights, 2)
	assert.Len(t, r.Work[1].Highlights, 3)

	require.Len(t, r.Volunteer, 1)
	assert.Equal(t, profile.Volunteer{Organization: "Code Club", Position: "Mentor", URL: "https://codeclub.example.org",
		StartDate: r.Volunteer[0].StartDate, EndDate: r.Volunteer[0].EndDate,
		Summary: "Taught Python to teenagers.", Highlights: []string{"Ran weekly workshops."}}, r.Volunteer[0])

	require.Len(t, r.Education, 3)
	assert.Equal(t, "State University", r.Education[0].Institution)
	assert.Equal(t, "https://state.example.edu", r.Education[0].URL)
	assert.Equal(t, "Computer Science", r.Education[0].Area)
	assert.Equal(t, "Ph.D.", r.Education[0].StudyType)
	assert.Equal(t, "4.0", r.Education[0].Score)
	assert.Equal(t, []string{"Distributed Systems"}, r.Education[0].Courses)

	require.Len(t, r.Awards, 1)
	assert.Equal(t, "Engineer of the Year", r.Awards[0].Title)
	assert.Equal(t, "2022", r.Awards[0].Date.String())
	assert.Equal(t, "Acme Corp", r.Awards[0].Awarder)
	assert.Equal(t, "For the ledger migration.", r.Awards[0].Summary)

	require.Len(t, r.Certificates, 1)
	assert.Equal(t, "Certified Kubernetes Administrator", r.Certificates[0].Name)
	assert.Equal(t, "2023-02", r.Certificates[0].Date.String())
	assert.Equal(t, "CNCF", r.Certificates[0].Issuer)
	assert.Equal(t, "https://cert.example.org/1", r.Certificates[0].URL)

	require.Len(t, r.Publications, 1)
	assert.Equal(t, "Ledgers at Scale", r.Publications[0].Name)
	assert.Equal(t, "Systems Journal", r.Publications[0].Publisher)
	assert.Equal(t, "2023-05-01", r.Publications[0].ReleaseDate.String())
	assert.Equal(t, 2023, r.Publications[0].ReleaseDate.Year())
	assert.Equal(t, "https://journal.example.org/ledgers", r.Publications[0].URL)
	assert.Equal(t, "How we sharded a payments ledger.", r.Publications[0].Summary)

	assert.Equal(t, []profile.SkillEntry{{Name: "Languages", Level: "Expert", Keywords: []string{"Go", "R", "Python"}}}, r.Skills)
	assert.Equal(t, []profile.LanguageEntry{{Language: "English", Fluency: "Native speaker"}, {Language: "German", Fluency: "B2"}}, r.Languages)
	assert.Equal(t, []profile.Interest{{Name: "Cycling", Keywords: []string{"touring"}}}, r.Interests)
	assert.Equal(t, []profile.Reference{{Name: "Jane Boss", Reference: "Rosa knows Haskell and Elixir better than anyone."}}, r.References)

	require.Len(t, r.Projects, 2)
	pr := r.Projects[0]
	assert.Equal(t, "ledgerkit", pr.Name)
	assert.Equal(t, "Open-source double-entry ledger library.", pr.Description)
	assert.Equal(t, []string{"Used by three companies."}, pr.Highlights)
	assert.Equal(t, []string{"Go", "PostgreSQL"}, pr.Keywords)
	assert.Equal(t, []string{"Maintainer"}, pr.Roles)
	assert.Equal(t, "https://github.example.com/ledgerkit", pr.URL)
	assert.Equal(t, "Personal", pr.Entity)
	assert.Equal(t, "application", pr.Type)

	assert.Equal(t, profile.Meta{Canonical: "https://example.com/resume.json", Version: "v1.0.0", LastModified: "2025-01-01T10:00:00"}, r.Meta)
	assert.Equal(t, []profile.WorkAuthorization{{Country: "US"}, {Country: "Germany", Sponsorship: true}}, r.WorkAuthorization)
	require.Len(t, r.Availability, 2)
	assert.Equal(t, "2026-05", r.Availability[0].Start.String())
	assert.Equal(t, "2026-09-11", r.Availability[0].End.String())
	assert.Equal(t, "2027", r.Availability[1].Start.String())
	assert.True(t, r.Availability[1].End.IsZero(), "an open-ended availability has no end")
}

func TestLoadReadsPartialDates(t *testing.T) {
	p := load(t, fullResume)
	r := p.Resume()
	ix := index.Of(p, nil, nil)
	tests := []struct {
		name        string
		date        profile.Date
		written     string
		year        int
		first, last dates.Day
	}{
		{"year: work[0].startDate", r.Work[0].StartDate, "2021", 2021, dates.DayOf(2021, 1, 1), dates.DayOf(2021, 12, 31)},
		{"year and month: work[1].startDate", r.Work[1].StartDate, "2019-06", 2019, dates.DayOf(2019, 6, 1), dates.DayOf(2019, 6, 30)},
		{"full date: work[1].endDate", r.Work[1].EndDate, "2020-12-31", 2020, dates.DayOf(2020, 12, 31), dates.DayOf(2020, 12, 31)},
		{"full date: volunteer[0].startDate", r.Volunteer[0].StartDate, "2021-06-30", 2021, dates.DayOf(2021, 6, 30), dates.DayOf(2021, 6, 30)},
		{"year and month: volunteer[0].endDate", r.Volunteer[0].EndDate, "2022-06", 2022, dates.DayOf(2022, 6, 1), dates.DayOf(2022, 6, 30)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.False(t, tt.date.IsZero())
			assert.Equal(t, tt.written, tt.date.String(), "the date keeps its precision")
			assert.Equal(t, tt.year, tt.date.Year())
		})
	}
	assert.True(t, r.Work[0].EndDate.IsZero(), "an absent endDate is the zero Date")
	assert.Equal(t, 0, r.Work[0].EndDate.Year())
	assert.Equal(t, "", r.Work[0].EndDate.String())

	// The index's entries carry the same dates, and a partial date covers its whole period.
	require.GreaterOrEqual(t, len(ix.Entries), 3)
	for i, tt := range tests {
		var e index.Entry
		var d dates.Date
		switch i {
		case 0:
			e, d = ix.Entries[0], ix.Entries[0].Start
		case 1:
			e, d = ix.Entries[1], ix.Entries[1].Start
		case 2:
			e, d = ix.Entries[1], ix.Entries[1].End
		case 3:
			e, d = ix.Entries[2], ix.Entries[2].Start
		case 4:
			e, d = ix.Entries[2], ix.Entries[2].End
		}
		assert.Equal(t, tt.written, d.String(), "%s of %s", tt.name, e.Path)
		assert.Equal(t, tt.first, d.First(), "%s: first day", tt.name)
		assert.Equal(t, tt.last, d.Last(), "%s: last day", tt.name)
	}
}

func TestUnknownKeysAreWarnings(t *testing.T) {
	doc := `{
  "basics": {"name": "A", "pronouns": "she/her"},
  "x-extra": 1,
  "work": [{"name": "W", "team": "core"}],
  "education": [{"studyType": "PhD", "studytype": "x"}]
}`
	p, err := profile.Parse("r.json", []byte(doc))
	require.NoError(t, err, "unknown keys do not stop a profile from loading")
	require.NotNil(t, p)
	assert.Equal(t, "A", p.Name())
	assert.Len(t, p.Resume().Work, 1)

	var got []string
	for _, w := range p.Warnings() {
		assert.Equal(t, decode.Warning, w.Severity, "a warning, not an error")
		got = append(got, w.Error())
	}
	assert.Equal(t, []string{
		`r.json:2:27: basics.pronouns: warning: unknown key "pronouns"; known keys are email, image, label, location, name, phone, profiles, summary, url`,
		`r.json:3:3: x-extra: warning: unknown key "x-extra"; known keys are $schema, availability, awards, basics, certificates, education, interests, languages, meta, projects, publications, references, skills, volunteer, work, workAuthorization`,
		`r.json:4:26: work[0].team: warning: unknown key "team"; known keys are description, endDate, highlights, location, name, position, startDate, summary, url`,
		`r.json:5:38: education[0].studytype: warning: unknown key "studytype" (did you mean "studyType"?)`,
	}, got)
	assert.Empty(t, p.Warnings().Errors())
}

func TestParseRejectsMalformedProfiles(t *testing.T) {
	tests := []struct {
		name string
		doc  string
		want []string
	}{
		{"highlights is a string instead of a list",
			"{\n  \"work\": [\n    {\"name\": \"W\", \"highlights\": \"did things\"}\n  ]\n}",
			[]string{`r.json:3:33: work[0].highlights: must be a list, not the text "did things"`}},
		{"startDate is not a date",
			"{\n  \"work\": [\n    {\"name\": \"W\", \"startDate\": \"June 2021\"}\n  ]\n}",
			[]string{`r.json:3:32: work[0].startDate: "June 2021" is not a date; write YYYY, YYYY-MM or YYYY-MM-DD`}},
		{"month out of range",
			`{"education": [{"endDate": "2021-13"}]}`,
			[]string{`r.json:1:28: education[0].endDate: "2021-13" has no month 13`}},
		{"day out of range",
			`{"volunteer": [{"startDate": "2021-02-30"}]}`,
			[]string{`r.json:1:30: volunteer[0].startDate: "2021-02-30" has no day 30 in that month`}},
		{"availability start is not a date",
			`{"availability": [{"start": "soon"}]}`,
			[]string{`r.json:1:29: availability[0].start: "soon" is not a date; write YYYY, YYYY-MM or YYYY-MM-DD`}},
		{"sponsorship is text",
			`{"workAuthorization": [{"country": "US", "sponsorship": "no"}]}`,
			[]string{`r.json:1:57: workAuthorization[0].sponsorship: must be true or false, not the text "no"`}},
		{"location is a list",
			`{"basics": {"location": []}}`,
			[]string{"r.json:1:25: basics.location: must be a mapping of keys to values, not a list"}},
		{"a keyword is a list",
			`{"skills": [{"name": "Go", "keywords": ["Go", ["x"]]}]}`,
			[]string{"r.json:1:47: skills[0].keywords[1]: must be text, not a list"}},
		{"key appears twice",
			`{"basics": {"name": "A"}, "basics": {"name": "B"}}`,
			[]string{"r.json:1:27: basics: key appears twice"}},
		{"document is a list",
			`[]`,
			[]string{"r.json:1:1: must be a mapping of keys to values, not a list"}},
		{"invalid JSON: trailing comma",
			"{\n  \"basics\": {\n    \"name\": \"A\",\n  }\n}",
			[]string{"r.json:4:3: invalid JSON: invalid character '}' looking for beginning of object key string"}},
		{"invalid JSON: missing comma",
			"{\n  \"basics\": {\"name\": \"A\"}\n  \"work\": []\n}",
			[]string{`r.json:3:3: invalid JSON: invalid character '"' after object key:value pair`}},
		{"invalid JSON: unterminated",
			`{"basics": {"name": "A"}`,
			[]string{"r.json:1:25: invalid JSON: unexpected end of document"}},
		{"YAML is not JSON",
			"basics:\n  name: A\n",
			[]string{"r.json:1:1: invalid JSON: invalid character 'b' looking for beginning of value"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := profile.Parse("r.json", []byte(tt.doc))
			assert.Nil(t, p)
			assert.Equal(t, tt.want, problems(t, err))
		})
	}
}

func TestParseReportsEveryProblem(t *testing.T) {
	doc := `{
  "work": [
    {"name": "W", "startDate": "June 2021", "highlights": "x"}
  ],
  "basics": {"name": "A", "location": []},
  "oops": true,
  "education": [{"endDate": "later"}]
}`
	_, err := profile.Parse("r.json", []byte(doc))
	got := problems(t, err)
	assert.Equal(t, []string{
		`r.json:3:32: work[0].startDate: "June 2021" is not a date; write YYYY, YYYY-MM or YYYY-MM-DD`,
		`r.json:3:59: work[0].highlights: must be a list, not the text "x"`,
		"r.json:5:39: basics.location: must be a mapping of keys to values, not a list",
		`r.json:6:3: oops: warning: unknown key "oops"; known keys are $schema, availability, awards, basics, certificates, education, interests, languages, meta, projects, publications, references, skills, volunteer, work, workAuthorization`,
		`r.json:7:29: education[0].endDate: "later" is not a date; write YYYY, YYYY-MM or YYYY-MM-DD`,
	}, got, "every error, and the warnings with them, in document order")

	var ps diag.Problems
	require.True(t, errors.As(err, &ps))
	assert.Len(t, ps.Errors(), 4)
	assert.Len(t, ps.Warnings(), 1)
	assert.Equal(t, `r.json:3:32: work[0].startDate: "June 2021" is not a date; write YYYY, YYYY-MM or YYYY-MM-DD (and 3 more problems)`, err.Error())
}

func TestProfileIdentity(t *testing.T) {
	t.Run("LoadFile takes the id from the file name", func(t *testing.T) {
		p := load(t, fullResume)
		assert.Equal(t, "full-resume", p.ID())
		assert.Equal(t, "Rosa Kafka-Python", p.Name(), "Name is basics.name")
	})
	t.Run("WithID overrides the file name", func(t *testing.T) {
		assert.Equal(t, "cand-42", load(t, fullResume, profile.WithID("cand-42")).ID())
	})
	t.Run("only the last extension is dropped", func(t *testing.T) {
		assert.Equal(t, "ada-lovelace-example", load(t, filepath.Join("..", "examples", "ml-intern", "profiles", "ada-lovelace-example.json")).ID())
	})
	t.Run("Parse takes its id from the file it names", func(t *testing.T) {
		p := parse(t, `{"basics": {"name": "Pat"}}`)
		assert.Equal(t, "r", p.ID())
		assert.Equal(t, "Pat", p.Name())
	})
	t.Run("Parse without a file names a profile after its content", func(t *testing.T) {
		a, err := profile.Parse("", []byte(`{"basics": {"name": "Pat"}}`))
		require.NoError(t, err)
		b, err := profile.Parse("", []byte(`{"basics": {"name": "Sam"}}`))
		require.NoError(t, err)
		again, err := profile.Parse("", []byte(`{"basics": {"name": "Pat"}}`))
		require.NoError(t, err)
		assert.Regexp(t, `^candidate-[0-9a-f]{8}$`, a.ID())
		assert.NotEqual(t, a.ID(), b.ID(), "no shared default")
		assert.Equal(t, a.ID(), again.ID(), "the same content, the same id")
	})
	t.Run("Parse with WithID", func(t *testing.T) {
		assert.Equal(t, "x", parse(t, `{}`, profile.WithID("x")).ID())
	})
	t.Run("New names a profile after its content", func(t *testing.T) {
		p := profile.New(profile.Resume{Basics: profile.Basics{Name: "Code Built"}})
		assert.Regexp(t, `^candidate-[0-9a-f]{8}$`, p.ID())
		assert.NotEqual(t, p.ID(), profile.New(profile.Resume{Basics: profile.Basics{Name: "Other"}}).ID())
		assert.Equal(t, "Code Built", p.Name())
		assert.Equal(t, "y", profile.New(profile.Resume{}, profile.WithID("y")).ID())
	})
	t.Run("a profile without a name has an empty Name", func(t *testing.T) {
		assert.Equal(t, "", parse(t, `{"basics": {"label": "Engineer"}}`).Name())
	})
}

func TestLoadFileMissing(t *testing.T) {
	_, err := profile.LoadFile(filepath.Join("testdata", "nobody.json"))
	require.Error(t, err)
	assert.True(t, errors.Is(err, fs.ErrNotExist))
	assert.Equal(t, "reading profile: open testdata/nobody.json: no such file or directory", err.Error())
}

func TestWithMaxBytes(t *testing.T) {
	doc := `{"basics": {"summary": "` + strings.Repeat("a", 100) + `"}}`
	_, err := profile.Parse("big.json", []byte(doc), profile.WithKnowledge(knowledge.New(knowledge.WithMaxBytes(64))))
	assert.Equal(t, []string{"big.json: document is over the size limit of 64 bytes"}, problems(t, err))

	_, err = profile.Parse("big.json", []byte(doc), profile.WithKnowledge(knowledge.New(knowledge.WithMaxBytes(127))))
	assert.NoError(t, err, "a document at the limit loads")
}

// An empty file or a bare null is not a résumé. The posting loader says "the
// posting is empty"; profile.Parse instead returns an empty profile (its
// `if root != nil` skips the walk), so a truncated upload silently becomes a
// candidate about whom everything is unknown.
func TestParseEmptyDocumentIsAnError(t *testing.T) {
	for _, tt := range []struct{ name, doc string }{
		{"empty file", ""},
		{"only white space", "  \n"},
		{"null", "null"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			p, err := profile.Parse("r.json", []byte(tt.doc))
			require.Error(t, err, "an empty document loads as a profile")
			assert.Nil(t, p)
			assert.Equal(t, []string{"r.json: the profile is empty"}, problems(t, err))
		})
	}
}

func TestParseChecksPeriodsAndCountries(t *testing.T) {
	doc := `{"basics": {"location": {"city": "X", "countryCode": "Narnia"}},
 "work": [{"startDate": "2022-03", "endDate": "2021-01"}],
 "workAuthorization": [{"country": "Atlantis"}, {"sponsorship": true}],
 "availability": [{"start": "2026-09-01", "end": "2026-05-01"}]}`
	_, err := profile.Parse("r.json", []byte(doc))
	assert.Equal(t, []string{
		`r.json:1:54: basics.location.countryCode: warning: unknown country "Narnia"; write its ISO code (US, DE) or name`,
		"r.json:2:47: work[0].endDate: ends (2021-01) before it starts (2022-03)",
		`r.json:3:36: workAuthorization[0].country: warning: unknown country "Atlantis"; write its ISO code (US, DE) or name`,
		"r.json:3:49: workAuthorization[1]: needs the country the candidate may work in",
		"r.json:4:50: availability[0].end: ends (2026-05-01) before it starts (2026-09-01)",
	}, problemsWithWarnings(t, err))

	p, err := profile.Parse("r.json", []byte(`{"basics": {"location": {"countryCode": "Narnia"}}, "work": [{"startDate": "2021", "endDate": "2021"}]}`))
	require.NoError(t, err, "a one-year entry ending the year it starts is fine; an unknown country only warns")
	assert.Len(t, p.Warnings(), 1)
}

// problemsWithWarnings lists every problem, errors and warnings, as text.
func problemsWithWarnings(t *testing.T, err error) []string {
	t.Helper()
	var ps diag.Problems
	require.ErrorAs(t, err, &ps)
	var out []string
	for _, p := range ps {
		out = append(out, p.Error())
	}
	return out
}

// A document with nothing a résumé is made of is no résumé; one thin
// section is enough.
func TestHoldsResume(t *testing.T) {
	for doc, want := range map[string]bool{
		`{}`: false,
		`{"basics": {"name": "Pat", "email": "p@example.com", "location": {"city": "Oslo"}}}`:   false,
		`{"basics": {"name": "Pat", "summary": "Nurse, twelve years on wards"}}`:                true,
		`{"skills": [{"name": "Excel"}]}`:                                                       true,
		`{"work": [{"name": "Acme"}]}`:                                                          true,
		`{"workAuthorization": [{"country": "US"}], "availability": [{"start": "2026-05-01"}]}`: false,
	} {
		assert.Equal(t, want, parse(t, doc).HoldsResume(), doc)
	}
}
