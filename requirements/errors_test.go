package requirements_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/quals-dev/quals/diag"
	"github.com/quals-dev/quals/knowledge"
	"github.com/quals-dev/quals/requirements"
)

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

const predicateList = "skill, experience, degree, publications, location, authorization, availability, language, certification, evidence, role, seniority, any, all, at_least"

// req wraps requirement lines (indented by 4) into a posting.
func req(lines ...string) string {
	return "id: x\nrequired:\n  - id: a\n" + "    " + strings.Join(lines, "\n    ") + "\n"
}

func TestParseRejectsBadDocuments(t *testing.T) {
	tests := []struct {
		name string
		file string // default p.yaml
		doc  string
		want []string
	}{
		// weights
		{name: "weight zero", doc: req("weight: 0", "skill: {any: [Go]}"),
			want: []string{"p.yaml:4:13: required[0].weight: must be greater than 0, not 0"}},
		{name: "weight negative", doc: req("weight: -2", "skill: {any: [Go]}"),
			want: []string{"p.yaml:4:13: required[0].weight: must be greater than 0, not -2"}},
		{name: "weight too large", doc: req("weight: 2000", "skill: {any: [Go]}"),
			want: []string{"p.yaml:4:13: required[0].weight: must be at most 1000, not 2000"}},
		{name: "weight is text", doc: req("weight: heavy", "skill: {any: [Go]}"),
			want: []string{`p.yaml:4:13: required[0].weight: must be a number, not the text "heavy"`}},

		// ids
		{name: "duplicate id across required and preferred",
			doc:  "id: x\nrequired:\n  - id: a\n    skill: {any: [Go]}\npreferred:\n  - id: a\n    skill: {any: [Rust]}\n",
			want: []string{`p.yaml:6:9: preferred[0].id: id "a" is already used by required[0]`}},
		{name: "duplicate id within required",
			doc:  "id: x\nrequired:\n  - id: a\n    skill: {any: [Go]}\n  - id: a\n    skill: {any: [Rust]}\n",
			want: []string{`p.yaml:5:9: required[1].id: id "a" is already used by required[0]`}},
		{name: "explicit id collides with an automatic one",
			doc:  "id: x\nrequired:\n  - skill: {any: [Go]}\n  - id: required-1\n    skill: {any: [Rust]}\n",
			want: []string{`p.yaml:4:9: required[1].id: id "required-1" is already used by required[0]`}},
		{name: "posting without id",
			doc:  "required:\n  - skill: {any: [Go]}\n",
			want: []string{"p.yaml:1:1: id: the posting needs an id"}},

		// predicates
		{name: "requirement with two predicates", doc: req("skill: {any: [Go]}", "degree: {level: master}"),
			want: []string{"p.yaml:3:5: required[0]: a requirement holds exactly one predicate, and this one has skill and degree; combine them with all or any"}},
		{name: "requirement with no predicate", doc: req("text: nothing to check"),
			want: []string{"p.yaml:3:5: required[0]: a requirement needs one predicate (" + predicateList + ")"}},
		{name: "misspelled predicate key gets a did-you-mean hint", doc: req("skills: {any: [Go]}"),
			want: []string{
				`p.yaml:4:5: required[0].skills: unknown key "skills" (did you mean "skill"?)`,
			}},
		{name: "misspelled predicate key inside a combinator", doc: req("any: [{skils: {any: [Go]}}]"),
			want: []string{
				`p.yaml:4:12: required[0].any[0].skils: unknown key "skils" (did you mean "skill"?)`,
			}},
		{name: "combinator item with two predicates", doc: req("any: [{skill: {any: [Go]}, degree: {level: master}}]"),
			want: []string{"p.yaml:4:11: required[0].any[0]: each item holds exactly one predicate, and this one has skill and degree"}},
		{name: "unknown top-level key close to a known one", doc: "id: x\ntitel: T\nrequired:\n  - skill: {any: [Go]}\n",
			want: []string{`p.yaml:2:1: titel: unknown key "titel" (did you mean "title"?)`}},
		{name: "unknown top-level key", doc: "id: x\nsalary: 1\nrequired:\n  - skill: {any: [Go]}\n",
			want: []string{`p.yaml:2:1: salary: unknown key "salary"; known keys are id, language, locations, organization, preferred, required, title, workplace`}},
		{name: "any is a mapping instead of a list", doc: req("any: {a: b}"),
			want: []string{"p.yaml:4:10: required[0].any: must be a list, not a mapping"}},
		{name: "any is empty", doc: req("any: []"),
			want: []string{"p.yaml:4:10: required[0].any: needs at least 1 predicate"}},
		{name: "any has no value", doc: req("any:"),
			want: []string{"p.yaml:4:9: required[0].any: needs a list of predicates"}},
		{name: "skill is a bare name", doc: req("skill: Go"),
			want: []string{`p.yaml:4:12: required[0].skill: must be a mapping of keys to values, not the text "Go"`}},
		{name: "skill with both any and all", doc: req("skill: {any: Go, all: Rust}"),
			want: []string{"p.yaml:4:12: required[0].skill: give any: or all:, not both"}},
		{name: "skill with neither any nor all", doc: req("skill: {one: [Go]}"),
			want: []string{
				`p.yaml:4:13: required[0].skill.one: unknown key "one" (did you mean "any"?)`,
			}},
		{name: "skill list empty", doc: req("skill: {any: []}"),
			want: []string{"p.yaml:4:18: required[0].skill.any: the list is empty"}},
		{name: "skill name blank", doc: req(`skill: {any: [Go, " "]}`),
			want: []string{"p.yaml:4:18: required[0].skill.any: a name is empty"}},
		{name: "min_years out of range", doc: req("skill: {any: [Go], min_years: 100}"),
			want: []string{"p.yaml:4:35: required[0].skill.min_years: must be between 0 and 60, not 100"}},
		{name: "experience names nothing and asks no years", doc: req("experience: {min_years: 0}"),
			want: []string{`p.yaml:4:17: required[0].experience: needs any: or all: with a list of names`}},
		{name: "min_years is text", doc: req("experience: {any: [Go], min_years: two}"),
			want: []string{`p.yaml:4:40: required[0].experience.min_years: must be a number, not the text "two"`}},
		{name: "combinators nested too deep",
			doc:  "id: x\nrequired:\n  - any: [" + strings.Repeat("{any: [", 9) + "{skill: {any: [Go]}}" + strings.Repeat("]}", 9) + "]\n",
			want: []string{"p.yaml:3:73: required[0]" + strings.Repeat(".any[0]", 9) + ".any: combinators nest deeper than 8 levels"}},

		// degree
		{name: "unknown degree level", doc: req("degree: {level: postdoc}"),
			want: []string{`p.yaml:4:21: required[0].degree.level: unknown degree level "postdoc"; use one of high-school, associate, bachelor, master, doctorate`}},
		{name: "degree without level", doc: req("degree: {fields: [CS]}"),
			want: []string{"p.yaml:4:13: required[0].degree.level: a degree needs a level (high-school, associate, bachelor, master or doctorate)"}},
		{name: "unknown degree status", doc: req("degree: {level: master, status: done}"),
			want: []string{`p.yaml:4:37: required[0].degree.status: unknown status "done"; use in-progress, completed or any`}},
		{name: "degree by is not a date", doc: req("degree: {level: master, by: June}"),
			want: []string{`p.yaml:4:33: required[0].degree.by: "June" is not a date; write YYYY, YYYY-MM or YYYY-MM-DD`}},

		// publications
		{name: "publications min zero", doc: req("publications: {min: 0}"),
			want: []string{"p.yaml:4:25: required[0].publications.min: must be between 1 and 1000, not 0"}},
		{name: "publications since is not a year", doc: req("publications: {since: 99}"),
			want: []string{"p.yaml:4:27: required[0].publications.since: must be a year, not 99"}},

		// location and authorization
		{name: "within_km must be positive", doc: req("location: {cities: [Berlin], within_km: -50}"),
			want: []string{"p.yaml:4:45: required[0].location.within_km: must be greater than 0 and at most 20040 (half the Earth's circumference), not -50"}},
		{name: "a region two countries have", doc: req("location: {regions: [Punjab]}"),
			want: []string{`p.yaml:4:25: required[0].location.regions: region "Punjab" is in PK and IN; write it with its country ("Punjab, PK") or list the country under countries`}},
		{name: "a region no country has", doc: req("location: {regions: [Narnia]}"),
			want: []string{`p.yaml:4:25: required[0].location.regions: unknown region "Narnia"; write it with its country ("Name, CC") or list its country under countries`}},
		{name: "remote is not a boolean", doc: req("location: {countries: [US], remote: yes}"),
			want: []string{`p.yaml:4:41: required[0].location.remote: must be true or false, not the text "yes"`}},
		{name: "authorization without countries", doc: req("authorization: {sponsorship: true}"),
			want: []string{"p.yaml:4:20: required[0].authorization.countries: authorization needs the countries the candidate must be allowed to work in"}},
		{name: "unknown country of a posting's place", doc: "id: x\nlocations:\n  - {city: Paris, country: Atlantis}\nrequired:\n  - skill: {any: [Go]}\n",
			want: []string{`p.yaml:3:28: locations[0].country: unknown country "Atlantis"; write its name or ISO code (US, DE)`}},
		{name: "unknown region of a posting's place", doc: "id: x\nlocations:\n  - {region: Narnia, country: US}\nrequired:\n  - skill: {any: [Go]}\n",
			want: []string{`p.yaml:3:14: locations[0].region: unknown region "Narnia" of US`}},
		{name: "posting's region without country", doc: "id: x\nlocations:\n  - {city: Portland, region: OR}\nrequired:\n  - skill: {any: [Go]}\n",
			want: []string{"p.yaml:3:30: locations[0].region: a region needs the country it is in"}},
		{name: "unknown workplace", doc: "id: x\nworkplace: [office]\nrequired:\n  - skill: {any: [Go]}\n",
			want: []string{`p.yaml:2:12: workplace: unknown workplace "office"; use onsite, hybrid or remote`}},

		// availability
		{name: "availability with no windows", doc: req("availability: {windows: []}"),
			want: []string{"p.yaml:4:19: required[0].availability.windows: availability needs at least one window {from, to}"}},

		// language
		{name: "unknown language and level", doc: req("language: {name: Klingon, level: Z9}"),
			want: []string{
				`p.yaml:4:22: required[0].language.name: unknown language "Klingon"`,
				`p.yaml:4:38: required[0].language.level: unknown language level "Z9"; use A1, A2, B1, B2, C1, C2 or native`,
			}},
		{name: "unsupported posting language", doc: "id: x\nlanguage: klingon\nrequired:\n  - skill: {any: [Go]}\n",
			want: []string{`p.yaml:2:11: language: text: unsupported language "klingon" (supported: english, spanish, french, russian, swedish, norwegian, hungarian)`}},

		// at_least and evidence counts
		{name: "at_least n above the number of predicates", doc: req("at_least: {n: 3, of: [{skill: {any: [Go]}}, {skill: {any: [Rust]}}]}"),
			want: []string{"p.yaml:4:19: required[0].at_least.n: must be between 1 and the 2 predicates listed, not 3"}},
		{name: "at_least n zero", doc: req("at_least: {n: 0, of: [{skill: {any: [Go]}}, {skill: {any: [Rust]}}]}"),
			want: []string{"p.yaml:4:19: required[0].at_least.n: must be between 1 and the 2 predicates listed, not 0"}},
		{name: "at_least without of", doc: req("at_least: {n: 1}"),
			want: []string{"p.yaml:4:15: required[0].at_least.of: at_least needs of: a list of predicates"}},
		{name: "evidence min above the number of terms", doc: req("evidence: {terms: [a, b], min: 3}"),
			want: []string{"p.yaml:4:36: required[0].evidence.min: must be between 1 and the 2 terms listed, not 3"}},
		{name: "evidence min zero", doc: req("evidence: {terms: [a, b], min: 0}"),
			want: []string{"p.yaml:4:36: required[0].evidence.min: must be between 1 and the 2 terms listed, not 0"}},

		// document shape
		{name: "empty document", doc: "",
			want: []string{"p.yaml: the posting is empty"}},
		{name: "document of only comments", doc: "# nothing here\n",
			want: []string{"p.yaml: the posting is empty"}},
		{name: "posting without requirements", doc: "id: x\ntitle: Engineer\n",
			want: []string{"p.yaml:1:1: required: the posting has no requirements; list them under required or preferred"}},
		{name: "posting with empty requirement lists", doc: "id: x\nrequired: []\npreferred: []\n",
			want: []string{"p.yaml:1:1: required: the posting has no requirements; list them under required or preferred"}},
		{name: "required is a mapping", doc: "id: x\nrequired: {a: 1}\n",
			want: []string{"p.yaml:2:11: required: must be a list, not a mapping"}},
		{name: "document is a list", doc: "- a\n- b\n",
			want: []string{"p.yaml:1:1: must be a mapping of keys to values, not a list"}},
		{name: "two YAML documents", doc: "id: x\nrequired:\n  - skill: {any: [Go]}\n---\nid: y\n",
			want: []string{"p.yaml:4:1: a second YAML document follows the first; a file holds one document"}},

		// syntax
		{name: "YAML over-indented key", doc: "id: x\nrequired:\n  - id: a\n    text: hello\n      world: 2\n    skill: {any: [Go]}\n",
			want: []string{"p.yaml:5: invalid YAML: a colon and a space cannot stand here; quote the value, or fix the indentation (the parser says: mapping values are not allowed in this context)"}},
		{name: "YAML tab indentation", doc: "id: x\nrequired:\n  - id: a\n    skill: {any: [Go]}\n\tweight: 2\n",
			want: []string{"p.yaml:5: invalid YAML: a character that cannot start a value here (YAML does not allow tabs for indentation) (the parser says: found character that cannot start any token)"}},
		{name: "JSON trailing comma", file: "p.json", doc: `{"id": "x", "required": [{"id": "a", "skill": {"any": ["Go"]}},]}`,
			want: []string{"p.json:1:64: invalid JSON: invalid character ']' looking for beginning of value"}},
		{name: "JSON missing comma", file: "p.json", doc: "{\"id\": \"x\",\n \"required\": [\n  {\"id\": \"a\" \"skill\": {}}]}",
			want: []string{`p.json:3:14: invalid JSON: invalid character '"' after object key:value pair`}},
		{name: "JSON unterminated", file: "p.json", doc: `{"id": "x", "required": [`,
			want: []string{"p.json:1:26: invalid JSON: unexpected end of document"}},
		{name: "JSON wrong type has a JSON position", file: "p.json", doc: `{"id": "x", "required": [{"id": "a", "weight": "heavy", "skill": {"any": ["Go"]}}]}`,
			want: []string{`p.json:1:48: required[0].weight: must be a number, not the text "heavy"`}},
		{name: "no file name", file: "-", doc: req("weight: 0", "skill: {any: [Go]}"),
			want: []string{"4:13: required[0].weight: must be greater than 0, not 0"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			file := tt.file
			switch file {
			case "":
				file = "p.yaml"
			case "-":
				file = ""
			}
			p, err := requirements.Parse(file, []byte(tt.doc))
			assert.Nil(t, p, "no posting comes with an error")
			assert.Equal(t, tt.want, problems(t, err))
		})
	}
}

func TestParseReportsEveryProblemOfADocument(t *testing.T) {
	doc := `id: multi
titel: Engineer
required:
  - id: a
    weight: 0
    skill: {any: [Go]}
  - id: a
    skill: {any: [Rust]}
  - id: c
    degree: {level: postdoc}
  - id: d
    weight: heavy
    location: {countries: [US], within_km: 25}
preferred:
  - id: e
    evidence: {terms: [mentoring], min: 2}
  - id: f
    at_least: {n: 3, of: [{skill: {any: [Go]}}, {skill: {any: [C]}}]}
  - id: g
    skill: {any: [Go]}
    experience: {any: [Go]}
`
	_, err := requirements.Parse("multi.yaml", []byte(doc))
	got := problems(t, err)
	want := []string{
		`multi.yaml:2:1: titel: unknown key "titel" (did you mean "title"?)`,
		"multi.yaml:5:13: required[0].weight: must be greater than 0, not 0",
		`multi.yaml:7:9: required[1].id: id "a" is already used by required[0]`,
		`multi.yaml:10:21: required[2].degree.level: unknown degree level "postdoc"; use one of high-school, associate, bachelor, master, doctorate`,
		`multi.yaml:12:13: required[3].weight: must be a number, not the text "heavy"`,
		"multi.yaml:13:44: required[3].location.within_km: within_km needs cities to measure from: list them under cities, or give the posting's locations a city",
		"multi.yaml:16:41: preferred[0].evidence.min: must be between 1 and the 1 terms listed, not 2",
		"multi.yaml:18:19: preferred[1].at_least.n: must be between 1 and the 2 predicates listed, not 3",
		"multi.yaml:19:5: preferred[2]: a requirement holds exactly one predicate, and this one has skill and experience; combine them with all or any",
	}
	assert.Equal(t, want, got)
	assert.Len(t, got, 9, "nine mistakes, nine problems")
	assert.Equal(t, `multi.yaml:2:1: titel: unknown key "titel" (did you mean "title"?) (and 8 more problems)`, err.Error(),
		"Error() is one line: the first problem and how many more")

	var ps diag.Problems
	require.True(t, errors.As(err, &ps))
	for _, p := range ps {
		assert.Equal(t, "multi.yaml", p.File)
		assert.Positive(t, p.Line)
		assert.Positive(t, p.Column)
		assert.NotEmpty(t, p.Field)
	}
	assert.Equal(t, "required[0].weight", ps[1].Field)
	assert.Equal(t, 5, ps[1].Line)
	assert.Equal(t, 13, ps[1].Column)
	assert.Equal(t, "must be greater than 0, not 0", ps[1].Message)
}

func TestParseEnforcesMaxBytes(t *testing.T) {
	doc := "id: x\nrequired:\n  - skill: {any: [Go]}\n" + strings.Repeat("# padding\n", 20)
	require.Len(t, doc, 239)

	_, err := requirements.Parse("big.yaml", []byte(doc), requirements.WithKnowledge(knowledge.New(knowledge.WithMaxBytes(100))))
	assert.Equal(t, []string{"big.yaml: document is over the size limit of 100 bytes"}, problems(t, err))

	_, err = requirements.Parse("big.yaml", []byte(doc), requirements.WithKnowledge(knowledge.New(knowledge.WithMaxBytes(239))))
	assert.NoError(t, err, "a document exactly at the limit loads")

	_, err = requirements.Parse("big.json", []byte(`{"id": "x", "required": [{"skill": {"any": ["Go"]}}], "title": "`+strings.Repeat("x", 200)+`"}`), requirements.WithKnowledge(knowledge.New(knowledge.WithMaxBytes(100))))
	assert.Equal(t, []string{"big.json: document is over the size limit of 100 bytes"}, problems(t, err), "JSON is bounded too")
}

func TestParseNeverPanicsOnTruncatedDocuments(t *testing.T) {
	// Every prefix of a valid posting is either a posting or a list of
	// problems, never a panic or an error of another type.
	for _, name := range []string{"every-predicate.yaml", "every-predicate.json"} {
		src := mustRead(t, "testdata/"+name)
		for n := 0; n <= len(src); n += 7 {
			p, err := requirements.Parse(name, src[:n])
			if err != nil {
				var ps diag.Problems
				require.True(t, errors.As(err, &ps), "prefix %d of %s: %T %v", n, name, err, err)
				require.NotEmpty(t, ps.Errors())
				require.Nil(t, p)
				continue
			}
			require.NotNil(t, p)
			require.NotEmpty(t, p.Requirements())
		}
	}
}

// The tests below expose bugs: each asserts what a correct loader reports.

// A YAML parser error ("did not find expected ...") must name the line of the
// mistake. yaml.v3 puts the 0-based line of the enclosing block in its
// message, which decode passes on unchanged, so these report lines 2 and 2.
func TestParseYAMLIndentationErrorNamesTheMisindentedLine(t *testing.T) {
	tests := []struct {
		name, doc string
		want      []string
	}{
		{"key under a list item indented one space too few",
			"id: x\nrequired:\n  - id: a\n   skill: {any: [Go]}\n",
			[]string{"p.yaml:4: invalid YAML: this line is indented differently from the lines around it (the parser says: did not find expected '-' indicator)"}},
		{"key between two levels",
			"id: x\nrequired:\n  - id: a\n    skill: {any: [Go]}\n    weight: 2\n   text: hi\n",
			[]string{"p.yaml:6: invalid YAML: this line is indented differently from the lines around it (the parser says: did not find expected '-' indicator)"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := requirements.Parse("p.yaml", []byte(tt.doc))
			assert.Equal(t, tt.want, problems(t, err))
		})
	}
}

// One mistake must give one problem, and no problem may say something false
// about the document: "needs from: and to:" of a window that has both, "needs
// at least one window" of a list holding one, "needs countries" of a location
// or authorization that lists one, "the 1 predicates listed" of a list of 2,
// "not 0" of a min written 1.5. The loader adds these follow-up checks
// without asking whether the value they check already failed.
func TestParseReportsOneTrueProblemPerMistake(t *testing.T) {
	tests := []struct {
		name, doc string
		want      []string
	}{
		{"bad date in a window", req("availability: {windows: [{from: 2026-13-01, to: 2026-08-07}]}"),
			[]string{`p.yaml:4:37: required[0].availability.windows[0].from: "2026-13-01" has no month 13`}},
		{"window ending before it starts", req("availability: {windows: [{from: 2026-09-01, to: 2026-08-07}]}"),
			[]string{"p.yaml:4:30: required[0].availability.windows[0]: the window ends (2026-08-07) before it starts (2026-09-01)"}},
		{"window missing its end", req("availability: {windows: [{from: 2026-09-01}]}"),
			[]string{"p.yaml:4:30: required[0].availability.windows[0]: a window needs from: and to: dates"}},
		{"window is not a mapping", req("availability: {windows: [2026]}"),
			[]string{"p.yaml:4:30: required[0].availability.windows[0]: must be a mapping of keys to values, not the number 2026"}},
		{"unknown country", req("location: {countries: [Atlantis]}"),
			[]string{`p.yaml:4:27: required[0].location.countries: unknown country "Atlantis"; write its name or ISO code (US, DE)`}},
		{"unknown country in authorization", req("authorization: {countries: [Atlantis]}"),
			[]string{`p.yaml:4:32: required[0].authorization.countries: unknown country "Atlantis"; write its name or ISO code (US, DE)`}},
		{"unknown country as the posting's only place", "id: x\nlocations:\n  - {country: Atlantis}\nrequired:\n  - skill: {any: [Go]}\n",
			[]string{`p.yaml:3:15: locations[0].country: unknown country "Atlantis"; write its name or ISO code (US, DE)`}},
		{"at_least over a list with one bad predicate", req("at_least: {n: 2, of: [{skill: {any: [Go]}}, {skill: {any: []}}]}"),
			[]string{"p.yaml:4:63: required[0].at_least.of[1].skill.any: the list is empty"}},
		{"evidence with one blank term", req(`evidence: {terms: [a, ""], min: 2}`),
			[]string{"p.yaml:4:23: required[0].evidence.terms: a term is empty"}},
		{"evidence min not a whole number", req("evidence: {terms: [a, b], min: 1.5}"),
			[]string{"p.yaml:4:36: required[0].evidence.min: must be a whole number, not 1.5"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := requirements.Parse("p.yaml", []byte(tt.doc))
			assert.Equal(t, tt.want, problems(t, err))
		})
	}
}

// read.go returns &Publications{Min: 1} for `publications:` with no value,
// but the walker has already recorded "must be a mapping ... not null", so
// the posting fails to load.
func TestParsePublicationsWithoutOptionsMeansAtLeastOne(t *testing.T) {
	p, err := requirements.Parse("p.yaml", []byte(req("publications:")))
	require.NoError(t, err)
	assert.Equal(t, &requirements.Publications{Min: 1}, p.Requirements()[0].Predicate())
}

// Workplace is documented as onsite, hybrid or remote; "on-site" is accepted
// but handed back as written, so callers comparing with "onsite" miss it.
func TestParseWorkplaceOnSiteIsNormalizedToOnsite(t *testing.T) {
	p, err := requirements.Parse("p.yaml", []byte("id: x\nworkplace: [On-Site, Remote]\nrequired:\n  - skill: {any: [Go]}\n"))
	require.NoError(t, err)
	assert.Equal(t, []string{"onsite", "remote"}, p.Workplace())
}

// Problems come back located: the byte span of the offending value.
func TestProblemsAreLocated(t *testing.T) {
	src := []byte("id: p\nrequired:\n  - id: r\n    weight: zero\n    skill: {any: [Go]}\n")
	_, err := requirements.Parse("p.yaml", src)
	var ps diag.Problems
	require.ErrorAs(t, err, &ps)
	require.Len(t, ps, 1)
	assert.Equal(t, "zero", string(src[ps[0].Offset:ps[0].Offset+ps[0].Length]))
}
