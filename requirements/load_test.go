package requirements_test

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/quals-dev/quals/internal/text"
	"github.com/quals-dev/quals/knowledge"
	"github.com/quals-dev/quals/requirements"
	"github.com/quals-dev/quals/vocab"
)

// term is a resolved name as a test expects it: as written and its concept.
// Terms (the stems) are checked separately, so these tables do not depend on
// the stemmer's output.
func term(text, concept string) vocab.Term { return vocab.Term{Text: text, Concept: concept} }

func terms(pairs ...string) []vocab.Term {
	out := make([]vocab.Term, 0, len(pairs)/2)
	for i := 0; i+1 < len(pairs); i += 2 {
		out = append(out, term(pairs[i], pairs[i+1]))
	}
	return out
}

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// withoutStems returns a copy of p with every Term's Terms cleared, so a
// whole predicate tree can be compared with an expected one.
func withoutStems(p requirements.Predicate) requirements.Predicate {
	strip := func(ts []vocab.Term) []vocab.Term {
		if ts == nil {
			return nil
		}
		out := make([]vocab.Term, len(ts))
		for i, t := range ts {
			out[i] = vocab.Term{Text: t.Text, Concept: t.Concept}
		}
		return out
	}
	all := func(ps []requirements.Predicate) []requirements.Predicate {
		out := make([]requirements.Predicate, len(ps))
		for i, c := range ps {
			out[i] = withoutStems(c)
		}
		return out
	}
	switch q := p.(type) {
	case *requirements.Skill:
		c := *q
		c.Terms = strip(q.Terms)
		return &c
	case *requirements.Experience:
		c := *q
		c.Terms = strip(q.Terms)
		return &c
	case *requirements.Degree:
		c := *q
		c.Fields = strip(q.Fields)
		return &c
	case *requirements.Publications:
		c := *q
		c.Topics = strip(q.Topics)
		return &c
	case *requirements.Certification:
		c := *q
		c.Terms = strip(q.Terms)
		return &c
	case *requirements.Evidence:
		c := *q
		c.Terms = strip(q.Terms)
		return &c
	case *requirements.Any:
		return &requirements.Any{Of: all(q.Of)}
	case *requirements.All:
		return &requirements.All{Of: all(q.Of)}
	case *requirements.AtLeast:
		return &requirements.AtLeast{N: q.N, Of: all(q.Of)}
	}
	return p
}

// eachTerm calls f for every name of a predicate tree.
func eachTerm(p requirements.Predicate, f func(vocab.Term)) {
	each := func(ts []vocab.Term) {
		for _, t := range ts {
			f(t)
		}
	}
	switch q := p.(type) {
	case *requirements.Skill:
		each(q.Terms)
	case *requirements.Experience:
		each(q.Terms)
	case *requirements.Degree:
		each(q.Fields)
	case *requirements.Publications:
		each(q.Topics)
	case *requirements.Certification:
		each(q.Terms)
	case *requirements.Evidence:
		each(q.Terms)
	case *requirements.Any:
		for _, c := range q.Of {
			eachTerm(c, f)
		}
	case *requirements.All:
		for _, c := range q.Of {
			eachTerm(c, f)
		}
	case *requirements.AtLeast:
		for _, c := range q.Of {
			eachTerm(c, f)
		}
	}
}

func loadFile(t *testing.T, path string, opts ...requirements.Option) *requirements.Posting {
	t.Helper()
	p, err := requirements.LoadFile(path, opts...)
	require.NoError(t, err)
	require.NotNil(t, p)
	return p
}

func parse(t *testing.T, doc string, opts ...requirements.Option) *requirements.Posting {
	t.Helper()
	p, err := requirements.Parse("p.yaml", []byte(doc), opts...)
	require.NoError(t, err)
	require.NotNil(t, p)
	return p
}

// everyPredicate is what testdata/every-predicate.yaml (and .json) hold.
var everyPredicate = []struct {
	id     string
	kind   requirements.Kind
	weight float64
	line   int // in the YAML file
	pred   requirements.Predicate
	str    string
}{
	{"langs", requirements.Required, 2.5, 11,
		&requirements.Skill{Mode: requirements.AllOf, Terms: terms("golang", "Go", "Python", "Python"), MinYears: 3},
		"skill: golang and Python, 3 years or more"},
	{"ops", requirements.Required, 1, 15,
		&requirements.Skill{Mode: requirements.AnyOf, Terms: terms("k8s", "Kubernetes", "Postgres", "PostgreSQL", "sklearn", "scikit-learn", "PySpark", "Spark", "ML", "machine learning")},
		"skill: k8s, Postgres, sklearn, PySpark or ML"},
	{"streaming", requirements.Required, 1, 17,
		&requirements.Experience{Mode: requirements.AnyOf, Terms: terms("Kafka", "Kafka", "stream processing", "stream processing"), MinYears: 1.5},
		"experience with Kafka or stream processing, 1.5 years or more"},
	{"degree", requirements.Required, 1, 19,
		&requirements.Degree{Level: vocab.Master, Status: requirements.Completed,
			Fields: terms("computer science", "computer science", "EE", "electrical engineering"), Related: true, By: day(2026, time.June, 30)},
		"a master's degree completed in computer science or EE or a related field by 2026-06-30"},
	{"papers", requirements.Required, 1, 26,
		&requirements.Publications{Min: 2, Topics: terms("machine learning", "machine learning"), Since: 2020},
		"at least 2 publications on machine learning since 2020"},
	{"place", requirements.Required, 1, 28,
		&requirements.Location{Countries: []string{"DE"}, Regions: []requirements.RegionRef{{Country: "US", Code: "WA"}}, Cities: []string{"Berlin"}, Remote: true},
		"located in Berlin, WA, US or DE (remote allowed)"},
	{"work-permit", requirements.Required, 1, 34,
		&requirements.Authorization{Countries: []string{"US", "CA"}},
		"authorized to work in US or CA without sponsorship"},
	{"visa", requirements.Required, 1, 36,
		&requirements.Authorization{Countries: []string{"DE"}, Sponsorship: true},
		"authorized to work in DE (sponsorship offered)"},
	{"start", requirements.Required, 1, 38,
		&requirements.Availability{Windows: []requirements.Window{
			{From: day(2026, time.May, 18), To: day(2026, time.August, 7)},
			{From: day(2026, time.June, 1), To: day(2026, time.September, 30)},
		}},
		"available 2026-05-18 to 2026-08-07 or 2026-06-01 to 2026-09-30"},
	{"german", requirements.Required, 1, 43,
		&requirements.Language{Name: "German", Level: vocab.B2},
		"German at B2 or above"},
	{"cloud-cert", requirements.Required, 1, 45,
		&requirements.Certification{Mode: requirements.AnyOf, Terms: terms("AWS Certified Solutions Architect", "", "CKA", "")},
		"certification: AWS Certified Solutions Architect or CKA"},
	{"soft", requirements.Preferred, 0.5, 48,
		&requirements.Evidence{Terms: terms("mentoring", "mentoring", "code review", "code review", "on-call", ""), Min: 2},
		"mentions at least 2 of mentoring, code review or on-call"},
	{"either", requirements.Preferred, 1, 51,
		&requirements.Any{Of: []requirements.Predicate{
			&requirements.Skill{Mode: requirements.AnyOf, Terms: terms("Rust", "Rust")},
			&requirements.Certification{Mode: requirements.AllOf, Terms: terms("CKA", "", "CKAD", "")},
		}},
		"any of (skill: Rust), (certification: CKA and CKAD)"},
	{"both", requirements.Preferred, 1, 55,
		&requirements.All{Of: []requirements.Predicate{
			&requirements.Experience{Mode: requirements.AllOf, Terms: terms("Terraform", "Terraform")},
			&requirements.Language{Name: "English", Level: vocab.Native},
		}},
		"all of (experience with Terraform), (native English)"},
	{"two-of-three", requirements.Preferred, 1, 59,
		&requirements.AtLeast{N: 2, Of: []requirements.Predicate{
			&requirements.Skill{Mode: requirements.AnyOf, Terms: terms("Java", "Java")},
			&requirements.Evidence{Terms: terms("open source", ""), Min: 1},
			&requirements.All{Of: []requirements.Predicate{
				&requirements.Publications{Min: 1},
				&requirements.Any{Of: []requirements.Predicate{
					&requirements.Location{Cities: []string{"Paris"}},
					&requirements.Availability{Windows: []requirements.Window{{From: day(2027, time.January, 1), To: day(2027, time.December, 31)}}},
				}},
			}},
		}},
		"at least 2 of (skill: Java), (mentions open source), (all of (at least 1 publication), (any of (located in Paris), (available 2027-01-01 to 2027-12-31)))"},
}

func TestLoadEveryPredicateFromYAML(t *testing.T) {
	p := loadFile(t, filepath.Join("testdata", "every-predicate.yaml"))

	assert.Equal(t, "every-predicate", p.ID())
	assert.Equal(t, "Platform Engineer", p.Title())
	assert.Equal(t, "Example Corp", p.Organization())
	assert.Equal(t, "english", p.Language())
	assert.Equal(t, []requirements.Place{{City: "Berlin", Country: "DE"}, {City: "Seattle", Region: "WA", Country: "US"}}, p.Locations())
	assert.Equal(t, []string{"onsite", "hybrid"}, p.Workplace())
	assert.Equal(t, 16.0, p.TotalWeight(), "2.5 + ten requirements of weight 1 + 0.5 + three of weight 1")

	reqs := p.Requirements()
	require.Len(t, reqs, len(everyPredicate))
	for i, want := range everyPredicate {
		r := reqs[i]
		t.Run(want.id, func(t *testing.T) {
			assert.Equal(t, want.id, r.ID())
			assert.Equal(t, want.kind, r.Kind())
			assert.Equal(t, want.weight, r.Weight())
			assert.Equal(t, want.line, r.Line(), "the requirement's line in the YAML file")
			assert.Equal(t, want.pred.Key(), r.Predicate().Key())
			assert.Equal(t, want.pred, withoutStems(r.Predicate()))
			assert.Equal(t, want.str, r.Predicate().String())
		})
	}
	assert.Equal(t, "Go and Python, three years or more.", reqs[0].Text(), "text keeps the posting's own wording")
	assert.Empty(t, reqs[1].Text(), "a requirement without text has none")
}

func TestLoadEveryPredicateFromJSONEqualsYAML(t *testing.T) {
	y := loadFile(t, filepath.Join("testdata", "every-predicate.yaml"))
	j := loadFile(t, filepath.Join("testdata", "every-predicate.json"))

	assert.Equal(t, y.ID(), j.ID())
	assert.Equal(t, y.Title(), j.Title())
	assert.Equal(t, y.Organization(), j.Organization())
	assert.Equal(t, y.Language(), j.Language())
	assert.Equal(t, y.Locations(), j.Locations())
	assert.Equal(t, y.Workplace(), j.Workplace())
	assert.Equal(t, y.TotalWeight(), j.TotalWeight())

	yr, jr := y.Requirements(), j.Requirements()
	require.Len(t, jr, len(yr))
	for i := range yr {
		t.Run(yr[i].ID(), func(t *testing.T) {
			assert.Equal(t, yr[i].ID(), jr[i].ID())
			assert.Equal(t, yr[i].Kind(), jr[i].Kind())
			assert.Equal(t, yr[i].Weight(), jr[i].Weight())
			assert.Equal(t, yr[i].Text(), jr[i].Text())
			assert.Equal(t, yr[i].Predicate().String(), jr[i].Predicate().String())
			assert.Equal(t, yr[i].Predicate(), jr[i].Predicate(), "the whole predicate tree, stems included")
			assert.Positive(t, jr[i].Line(), "a JSON requirement knows its line too")
		})
	}
}

func TestLoadResolvesNamesThroughTheVocabulary(t *testing.T) {
	p := parse(t, `id: names
required:
  - skill: {any: [ML, k8s, golang, sklearn, Postgres, PySpark, C++, C#, .NET, Node.js, Go, R]}
  - skill: {any: [Frobnicator 3000, quantum basket weaving]}
`)
	reqs := p.Requirements()
	require.Len(t, reqs, 2)

	known := reqs[0].Predicate().(*requirements.Skill).Terms
	for i, want := range []struct{ text, concept string }{
		{"ML", "machine learning"},
		{"k8s", "Kubernetes"},
		{"golang", "Go"},
		{"sklearn", "scikit-learn"},
		{"Postgres", "PostgreSQL"},
		{"PySpark", "Spark"},
		{"C++", "C++"},
		{"C#", "C#"},
		{".NET", ".NET"},
		{"Node.js", "Node.js"},
		{"Go", "Go"}, // ambiguous in prose, but a posting asking for Go means the language
		{"R", "R"},
	} {
		t.Run(want.text, func(t *testing.T) {
			require.Less(t, i, len(known))
			assert.Equal(t, want.text, known[i].Text, "Text keeps the spelling the posting used")
			assert.Equal(t, want.concept, known[i].Concept)
		})
	}
	assert.Equal(t, "ML (machine learning)", known[0].String())
	assert.Equal(t, "C++", known[6].String())

	t.Run("unknown names keep no concept and carry their terms", func(t *testing.T) {
		unknown := reqs[1].Predicate().(*requirements.Skill).Terms
		require.Len(t, unknown, 2)
		assert.Equal(t, vocab.Term{Text: "Frobnicator 3000", Concept: "", Terms: []string{"frobnic", "3000"}}, unknown[0])
		assert.Equal(t, "", unknown[1].Concept)
		assert.Equal(t, []string{"quantum", "basket", "weav"}, unknown[1].Terms)
	})

	t.Run("every name's terms are its tokens in the posting's language", func(t *testing.T) {
		analyzer, err := text.NewAnalyzer(p.Language())
		require.NoError(t, err)
		for _, r := range p.Requirements() {
			eachTerm(r.Predicate(), func(tm vocab.Term) {
				var want []string
				for _, tok := range analyzer.Tokens(nil, tm.Text) {
					want = append(want, tok.Term)
				}
				assert.Equal(t, want, tm.Terms, "terms of %q", tm.Text)
			})
		}
	})
}

func TestLoadResolvesFieldsCountriesRegionsAndLanguages(t *testing.T) {
	p := parse(t, `id: places
locations:
  - {city: Toronto, region: Ontario, country: Canada}
  - {region: California, country: United States of America}
required:
  - degree: {level: Bachelor, fields: [CS, comp sci, EE, underwater rugby studies]}
  - location: {countries: [USA, Deutschland, de], regions: [California, "BC, CA"]}
  - authorization: {countries: [United States]}
  - language: {name: Español, level: c1}
  - language: {name: fr, level: Native}
`)
	reqs := p.Requirements()
	require.Len(t, reqs, 5)
	assert.Equal(t, []requirements.Place{{City: "Toronto", Region: "ON", Country: "CA"}, {Region: "CA", Country: "US"}}, p.Locations())

	deg := reqs[0].Predicate().(*requirements.Degree)
	assert.Equal(t, vocab.Bachelor, deg.Level, "the level is read case-insensitively")
	assert.Equal(t, requirements.AnyStatus, deg.Status, "status defaults to any")
	assert.False(t, deg.Related)
	assert.True(t, deg.By.IsZero())
	assert.Equal(t, terms("CS", "computer science", "comp sci", "computer science", "EE", "electrical engineering", "underwater rugby studies", ""),
		withoutStems(deg).(*requirements.Degree).Fields)

	assert.Equal(t, &requirements.Location{
		Countries: []string{"US", "DE", "DE"},
		Regions:   []requirements.RegionRef{{Country: "US", Code: "CA"}, {Country: "CA", Code: "BC"}},
	}, reqs[1].Predicate())
	assert.Equal(t, &requirements.Authorization{Countries: []string{"US"}}, reqs[2].Predicate())
	assert.Equal(t, &requirements.Language{Name: "Spanish", Level: vocab.C1}, reqs[3].Predicate())
	assert.Equal(t, &requirements.Language{Name: "French", Level: vocab.Native}, reqs[4].Predicate())
	assert.Equal(t, "native French", reqs[4].Predicate().String())
}

func TestLoadDefaults(t *testing.T) {
	p := parse(t, `id: defaults
required:
  - skill: {any: Python}
  - id: named
    evidence: {terms: [teamwork, mentoring]}
  - publications: {topics: [ML]}
preferred:
  - language: {name: English}
  - degree: {level: bachelor}
`)
	reqs := p.Requirements()
	require.Len(t, reqs, 5)

	tests := []struct {
		name     string
		req      *requirements.Requirement
		id       string
		kind     requirements.Kind
		wantPred requirements.Predicate
	}{
		{"a single name stands for a list of one; id from the place", reqs[0], "required-1", requirements.Required,
			&requirements.Skill{Mode: requirements.AnyOf, Terms: terms("Python", "Python")}},
		{"evidence min defaults to 1", reqs[1], "named", requirements.Required,
			&requirements.Evidence{Terms: terms("teamwork", "teamwork", "mentoring", "mentoring"), Min: 1}},
		{"publications min defaults to 1; auto ids count every item", reqs[2], "required-3", requirements.Required,
			&requirements.Publications{Min: 1, Topics: terms("ML", "machine learning")}},
		{"language level defaults to A1; preferred ids count from 1", reqs[3], "preferred-1", requirements.Preferred,
			&requirements.Language{Name: "English", Level: vocab.A1}},
		{"degree status defaults to any", reqs[4], "preferred-2", requirements.Preferred,
			&requirements.Degree{Level: vocab.Bachelor, Status: requirements.AnyStatus}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.id, tt.req.ID())
			assert.Equal(t, tt.kind, tt.req.Kind())
			assert.Equal(t, 1.0, tt.req.Weight(), "weight defaults to 1")
			assert.Equal(t, tt.wantPred, withoutStems(tt.req.Predicate()))
		})
	}
	assert.Equal(t, 5.0, p.TotalWeight())
	assert.Equal(t, "english", p.Language(), "language defaults to english")
	assert.Empty(t, p.Locations())
	assert.Empty(t, p.Workplace())
	assert.Equal(t, "mentions teamwork or mentoring", reqs[1].Predicate().String())
	assert.Equal(t, "English at A1 or above", reqs[3].Predicate().String())
}

func TestLoadMLInternExample(t *testing.T) {
	p := loadFile(t, filepath.Join("..", "examples", "ml-intern", "posting.yaml"))

	assert.Equal(t, "ml-intern-2026", p.ID())
	assert.Equal(t, "Machine Learning Intern", p.Title())
	assert.Equal(t, []string{"remote", "hybrid"}, p.Workplace())
	var places []string
	for _, pl := range p.Locations() {
		places = append(places, pl.String())
	}
	assert.Equal(t, []string{"San Francisco, CA, US", "Palo Alto, CA, US", "New York, NY, US", "Seattle, WA, US"}, places)

	type row struct {
		id     string
		kind   requirements.Kind
		weight float64
		key    string
	}
	var got []row
	sum := 0.0
	for _, r := range p.Requirements() {
		got = append(got, row{r.ID(), r.Kind(), r.Weight(), r.Predicate().Key()})
		sum += r.Weight()
	}
	assert.Equal(t, []row{
		{"phd", requirements.Required, 3, "degree"},
		{"language-or-framework", requirements.Required, 2, "any"},
		{"big-data-and-streaming", requirements.Required, 2, "all"},
		{"research", requirements.Required, 2, "all"},
		{"communication", requirements.Required, 1, "evidence"},
		{"us-based", requirements.Required, 1, "location"},
		{"start-date", requirements.Required, 1, "availability"},
		{"publications", requirements.Preferred, 1, "publications"},
		{"research-interest", requirements.Preferred, 1, "evidence"},
	}, got, "9 requirements, the 7 required first, each group in document order")
	assert.Equal(t, sum, p.TotalWeight(), "TotalWeight is the sum of the weights")
	assert.Equal(t, 14.0, p.TotalWeight(), "3+2+2+2+1+1+1 required, 1+1 preferred")

	reqs := p.Requirements()
	assert.Equal(t, "a doctorate in progress in computer science, machine learning, natural language processing, statistics or information science or a related field",
		reqs[0].Predicate().String())
	assert.Equal(t, "any of (skill: Java, C++ or Python), (skill: TensorFlow, PyTorch or MLflow)", reqs[1].Predicate().String())
	assert.Equal(t, "located in US (remote allowed)", reqs[5].Predicate().String())
	assert.Equal(t, "available 2026-05-18 to 2026-08-07 or 2026-06-15 to 2026-09-04", reqs[6].Predicate().String())
}

func TestLoadFileMissing(t *testing.T) {
	_, err := requirements.LoadFile(filepath.Join("testdata", "no-such-posting.yaml"))
	require.Error(t, err)
	assert.True(t, errors.Is(err, fs.ErrNotExist), "the os error is wrapped: %v", err)
	assert.Equal(t, "reading posting: open testdata/no-such-posting.yaml: no such file or directory", err.Error())
}

func TestWithVocabulary(t *testing.T) {
	doc := "id: v\nrequired:\n  - skill: {any: [ML, Frobnicate]}\n"

	t.Run("an empty vocabulary resolves nothing", func(t *testing.T) {
		p := parse(t, doc, requirements.WithKnowledge(knowledge.New(knowledge.WithVocabulary(vocab.Empty()))))
		ts := p.Requirements()[0].Predicate().(*requirements.Skill).Terms
		assert.Equal(t, []vocab.Term{{Text: "ML", Terms: []string{"ml"}}, {Text: "Frobnicate", Terms: []string{"frobnic"}}}, ts)
	})
	t.Run("an extended vocabulary resolves the caller's names", func(t *testing.T) {
		v, err := vocab.Default().Extend(vocab.Data{Skills: []vocab.Skill{{Name: "Frobnication", Aliases: []string{"Frobnicate"}}}})
		require.NoError(t, err)
		p := parse(t, doc, requirements.WithKnowledge(knowledge.New(knowledge.WithVocabulary(v))))
		assert.Same(t, v, p.Vocabulary())
		ts := p.Requirements()[0].Predicate().(*requirements.Skill).Terms
		assert.Equal(t, "machine learning", ts[0].Concept)
		assert.Equal(t, "Frobnication", ts[1].Concept)
	})
	t.Run("the default vocabulary is used without the option", func(t *testing.T) {
		assert.Same(t, vocab.Default(), parse(t, doc).Vocabulary())
	})
}

func TestLoadPostingLanguageStemsFreeText(t *testing.T) {
	p := parse(t, "id: es\nlanguage: Spanish\nrequired:\n  - evidence: {terms: [trabajo en equipo, programación]}\n")
	assert.Equal(t, "spanish", p.Language())
	ev := p.Requirements()[0].Predicate().(*requirements.Evidence)
	assert.Equal(t, []string{"trabaj", "en", "equip"}, ev.Terms[0].Terms, "stemmed with the Spanish stemmer")
	assert.Equal(t, []string{"program"}, ev.Terms[1].Terms)
}

func TestLoadJSONWithLeadingSpace(t *testing.T) {
	src, err := os.ReadFile(filepath.Join("testdata", "every-predicate.json"))
	require.NoError(t, err)
	p, err := requirements.Parse("p.json", append([]byte("\n  \n"), src...))
	require.NoError(t, err, "a document whose first non-space character is '{' is JSON")
	assert.Len(t, p.Requirements(), len(everyPredicate))
}

func mustRead(t *testing.T, path string) []byte {
	t.Helper()
	src, err := os.ReadFile(path)
	require.NoError(t, err)
	return src
}

func TestDegreeLevelAcceptsDegreeNames(t *testing.T) {
	for spelling, want := range map[string]vocab.Level{"phd": vocab.Doctorate, "Masters": vocab.Master, "BS": vocab.Bachelor, "doctorate": vocab.Doctorate} {
		p, err := requirements.Parse("p.yaml", []byte("id: x\nrequired:\n  - degree: {level: "+spelling+"}\n"))
		require.NoError(t, err, spelling)
		assert.Equal(t, want, p.Requirements()[0].Predicate().(*requirements.Degree).Level, spelling)
	}
}
