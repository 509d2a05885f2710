package profile_test

import (
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/quals-dev/quals/internal/dates"
	"github.com/quals-dev/quals/internal/index"
	"github.com/quals-dev/quals/internal/text"
	"github.com/quals-dev/quals/profile"
	"github.com/quals-dev/quals/vocab"
)

func concept(name string) vocab.Term { return vocab.Term{Text: name, Concept: name} }

// paths lists the source paths of a term's mentions, in profile order.
func paths(ix *index.Index, t vocab.Term) []string {
	var out []string
	for _, m := range ix.Find(t) {
		out = append(out, ix.Sources[m.Source].Path)
	}
	return out
}

// highlights builds a profile whose only texts are the given work highlights.
func highlights(hs ...string) *index.Index {
	return index.Of(profile.New(profile.Resume{Work: []profile.Work{{Name: "W", Highlights: hs}}}), nil, nil)
}

func TestIndexMentionKeepsItsSourceAndEntry(t *testing.T) {
	p := load(t, fullResume)
	ix := index.Of(p, nil, nil)

	ms := ix.Find(concept("Kubernetes"))
	require.Len(t, ms, 2, "k8s in a highlight and Kubernetes in a certificate")

	src := ix.Sources[ms[0].Source]
	assert.Equal(t, "work[1].highlights[0]", src.Path)
	assert.Equal(t, "Moved the billing platform to k8s, with Postgres for storage.", src.Text)
	assert.Equal(t, index.SectionWork, src.Section)
	assert.False(t, src.List, "a highlight is prose")
	require.GreaterOrEqual(t, src.Entry, int32(0), "a work highlight belongs to a dated entry")
	e := ix.Entries[src.Entry]
	assert.Equal(t, "work[1]", e.Path)
	assert.Equal(t, index.SectionWork, e.Section)
	assert.Equal(t, "Engineer at Globex", e.Label)
	assert.Equal(t, "2019-06", e.Start.String())
	assert.Equal(t, "2020-12-31", e.End.String())
	assert.Equal(t, src.Text, ix.Quote(ms[0]), "a short text is quoted whole")

	cert := ix.Sources[ms[1].Source]
	assert.Equal(t, "certificates[0].name", cert.Path)
	assert.Equal(t, index.SectionCertificates, cert.Section)
	assert.Equal(t, int32(-1), cert.Entry, "a certificate has no dated entry")
	assert.True(t, cert.List)

	assert.Equal(t, []string{"work[1].highlights[0]", "projects[0].keywords[1]"}, paths(ix, concept("PostgreSQL")),
		"Postgres in prose and PostgreSQL as a keyword, in profile order")
	kw := ix.Sources[ix.Find(concept("PostgreSQL"))[1].Source]
	assert.Equal(t, "projects[0]", ix.Entries[kw.Entry].Path, "a project keyword belongs to its project")
	assert.Equal(t, index.SectionProjects, kw.Section)
	assert.True(t, kw.List)
}

func TestIndexEntriesInProfileOrder(t *testing.T) {
	ix := index.Of(load(t, fullResume), nil, nil)
	type entry struct{ path, label, start, end string }
	var got []entry
	for _, e := range ix.Entries {
		got = append(got, entry{e.Path, e.Label, e.Start.String(), e.End.String()})
	}
	assert.Equal(t, []entry{
		{"work[0]", "Senior Engineer at Acme Corp", "2021", ""},
		{"work[1]", "Engineer at Globex", "2019-06", "2020-12-31"},
		{"volunteer[0]", "Mentor at Code Club", "2021-06-30", "2022-06"},
		{"projects[0]", "ledgerkit", "2020-03", "2021-01"},
		{"projects[1]", "Next big thing", "2030-01", ""},
	}, got, "work, then volunteer, then projects; education is not an entry")
}

func TestIndexResolvesAliasesInProse(t *testing.T) {
	tests := []struct {
		text, concept string
	}{
		{"Moved billing to k8s last year.", "Kubernetes"},
		{"Rewrote the gateway in golang.", "Go"},
		{"Trained the ranking models with sklearn.", "scikit-learn"},
		{"Tuned slow Postgres queries.", "PostgreSQL"},
		{"Wrote PySpark jobs over click logs.", "Spark"},
		{"Applied ML to fraud detection.", "machine learning"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			ix := highlights("Unrelated first line.", tt.text)
			assert.Equal(t, []string{"work[0].highlights[1]"}, paths(ix, concept(tt.concept)))
		})
	}
}

func TestIndexFindsSymbolNamesInProse(t *testing.T) {
	ix := index.Of(load(t, fullResume), nil, nil)
	for _, name := range []string{"C++", "C#", ".NET", "Node.js"} {
		t.Run(name, func(t *testing.T) {
			assert.Equal(t, []string{"work[1].highlights[1]"}, paths(ix, concept(name)))
		})
	}
	t.Run("C++ and C# are not C", func(t *testing.T) {
		assert.Empty(t, paths(ix, concept("C")))
	})
	t.Run("a posting's spelling finds them too", func(t *testing.T) {
		v := vocab.Default()
		for _, name := range []string{"c++", "C Sharp", "dotnet", "nodejs"} {
			assert.Equal(t, []string{"work[1].highlights[1]"}, paths(ix, v.Skill(name)), name)
		}
	})
}

func TestIndexAmbiguousNamesNeedTechnicalContext(t *testing.T) {
	tests := []struct {
		name    string
		concept string
		text    string
		inList  bool // as a skills keyword instead of a highlight
		want    bool
	}{
		{"go-to person is not Go", "Go", "Backend engineer; the go-to person for on-call incidents.", false, false},
		{"capitalized Go-to is not Go even near a skill", "Go", "Go-to person for Python questions.", false, false},
		{"I go to is not Go", "Go", "Every Friday I go to the office to meet the support team.", false, false},
		{"lowercase go near a skill is not Go", "Go", "Let's go buy Python books.", false, false},
		{"Go opening a sentence without context is not Go", "Go", "Go ahead and ask.", false, false},
		{"services in Go and Python is Go", "Go", "Wrote the ledger services in Go and Python.", false, true},
		{"with Go is Go", "Go", "Built the billing API with Go.", false, true},
		{"Go in a skills list is Go", "Go", "Go", true, true},
		{"go in a skills list is Go", "Go", "go", true, true},
		{"in R is R", "R", "Rewrote the reports in R with tidy data frames.", false, true},
		{"R next to Python is R", "R", "Ran R and Python notebooks.", false, true},
		{"R in a skills list is R", "R", "R", true, true},
		{"R&D is not R", "R", "The R&D group grew to ten people.", false, false},
		{"plan R is not R", "R", "Plan R failed, so we tried plan S.", false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var r profile.Resume
			want := []string{"work[0].highlights[0]"}
			if tt.inList {
				r.Skills = []profile.SkillEntry{{Name: "Languages", Keywords: []string{tt.text}}}
				want = []string{"skills[0].keywords[0]"}
			} else {
				r.Work = []profile.Work{{Name: "W", Highlights: []string{tt.text}}}
			}
			ix := index.Of(profile.New(r), nil, nil)
			if tt.want {
				assert.Equal(t, want, paths(ix, concept(tt.concept)))
			} else {
				assert.Empty(t, paths(ix, concept(tt.concept)))
			}
		})
	}

	t.Run("in the full résumé", func(t *testing.T) {
		ix := index.Of(load(t, fullResume), nil, nil)
		assert.Equal(t, []string{"work[0].highlights[0]", "projects[0].keywords[0]", "skills[0].keywords[0]"}, paths(ix, concept("Go")),
			"not basics.summary (go-to) nor work[0].highlights[1] (I go to)")
		assert.Equal(t, []string{"work[1].highlights[2]", "skills[0].keywords[1]"}, paths(ix, concept("R")))
	})
}

func TestIndexFindsUnknownTermsByTheirWords(t *testing.T) {
	ix := index.Of(load(t, fullResume), nil, nil)
	v := vocab.Default()
	tests := []struct {
		name, term string
		want       []string
	}{
		{"one word, every inflection", "ledger", []string{"work[0].summary", "work[0].highlights[0]", "projects[0].description", "publications[0].name", "publications[0].summary", "awards[0].summary"}},
		{"words in sequence", "ledger migration", []string{"awards[0].summary"}},
		{"stemmed phrase", "payment ledgers", []string{"publications[0].summary"}},
		{"words out of order are not the phrase", "migration ledger", nil},
		{"a phrase does not run across texts", "Engineer Payments", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			term := v.Skill(tt.term)
			require.Empty(t, term.Concept, "the vocabulary does not know %q", tt.term)
			assert.Equal(t, tt.want, paths(ix, term))
		})
	}
}

func TestEntryPeriod(t *testing.T) {
	asOf := dates.DayOf(2026, 1, 15)
	doc := `{
  "work": [
    {"name": "open-ended", "startDate": "2021"},
    {"name": "ended", "startDate": "2019-06", "endDate": "2020-12-31"},
    {"name": "ends after as-of", "startDate": "2025-06-01", "endDate": "2026-06"},
    {"name": "year end", "startDate": "2022-03", "endDate": "2022"},
    {"name": "no start", "endDate": "2020"}
  ],
  "projects": [
    {"name": "starts in the future", "startDate": "2030-01"},
    {"name": "starts later this month", "startDate": "2026-01-20", "endDate": "2026-03"}
  ]
}`
	ix := index.Of(parse(t, doc), nil, nil)
	require.Len(t, ix.Entries, 7)
	tests := []struct {
		name     string
		entry    int
		from, to dates.Day
		days     int
	}{
		{"an open-ended entry runs to the as-of date", 0, dates.DayOf(2021, 1, 1), asOf, int(asOf-dates.DayOf(2021, 1, 1)) + 1},
		{"an ended entry runs to its last day", 1, dates.DayOf(2019, 6, 1), dates.DayOf(2020, 12, 31), 580},
		{"nothing after as-of counts", 2, dates.DayOf(2025, 6, 1), asOf, int(asOf-dates.DayOf(2025, 6, 1)) + 1},
		{"a year as end date is the year's last day", 3, dates.DayOf(2022, 3, 1), dates.DayOf(2022, 12, 31), 306},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ix.Entries[tt.entry].Period(asOf)
			assert.Equal(t, dates.Period{From: tt.from, To: tt.to}, got)
			assert.Equal(t, tt.days, got.Days())
		})
	}
	for _, tt := range []struct {
		name  string
		entry int
	}{
		{"an entry without a start covers nothing", 4},
		{"an entry starting in the future is empty", 5},
		{"an entry starting after as-of in the same month is empty", 6},
	} {
		t.Run(tt.name, func(t *testing.T) {
			assert.Zero(t, ix.Entries[tt.entry].Period(asOf).Days())
		})
	}
	t.Run("the future entry counts once its time comes", func(t *testing.T) {
		assert.Equal(t, 31, ix.Entries[5].Period(dates.DayOf(2030, 1, 31)).Days())
	})
}

func TestIndexQuote(t *testing.T) {
	p := load(t, fullResume)
	ix := index.Of(p, nil, nil)
	long := p.Resume().Work[1].Highlights[2]
	require.Greater(t, len(long), 300)

	ms := ix.Find(concept("R"))
	require.NotEmpty(t, ms)
	require.Equal(t, long, ix.Sources[ms[0].Source].Text)
	q := ix.Quote(ms[0])
	checkQuote(t, long, q, "in R with")
	assert.True(t, strings.HasPrefix(q, "…"), "the start is cut: %q", q)
	assert.True(t, strings.HasSuffix(q, "…"), "the end is cut: %q", q)

	filler := strings.Repeat("and then the team kept working on the slow nightly batch reports ", 4)
	tests := []struct {
		name, text, concept, around string
		leading, trailing           bool
	}{
		{"mention at the start keeps the start", "Wrote Kafka consumers " + filler, "Kafka", "Wrote Kafka consumers", false, true},
		{"mention at the end keeps the end", filler + "until we moved everything to Kafka", "Kafka", "to Kafka", true, false},
		{"multi-byte text is cut on a character boundary", strings.Repeat("Über große Datenmengen läuft täglich ein Bericht — ", 3) + "mit Kafka " + strings.Repeat("und Spark für die nächste Woche — ", 3), "Kafka", "mit Kafka", true, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ix := highlights(tt.text)
			ms := ix.Find(concept(tt.concept))
			require.NotEmpty(t, ms)
			q := ix.Quote(ms[0])
			checkQuote(t, tt.text, q, tt.around)
			assert.Equal(t, tt.leading, strings.HasPrefix(q, "…"), "leading ellipsis in %q", q)
			assert.Equal(t, tt.trailing, strings.HasSuffix(q, "…"), "trailing ellipsis in %q", q)
		})
	}
}

// checkQuote asserts that q quotes text around a mention: shorter than
// text, holding around, a run of whole words of text.
func checkQuote(t *testing.T, text, q, around string) {
	t.Helper()
	assert.True(t, utf8.ValidString(q), "valid UTF-8: %q", q)
	assert.Contains(t, q, around)
	assert.LessOrEqual(t, utf8.RuneCountInString(q), 170, "a quote is short: %q", q)
	body := strings.TrimSuffix(strings.TrimPrefix(q, "…"), "…")
	i := strings.Index(text, body)
	require.GreaterOrEqual(t, i, 0, "the quote is a piece of the text: %q", q)
	if i > 0 {
		assert.Equal(t, byte(' '), text[i-1], "the quote starts at a word: %q", q)
	}
	if end := i + len(body); end < len(text) {
		assert.Equal(t, byte(' '), text[end], "the quote ends at a word: %q", q)
	}
}

func TestStudyLevelAndFields(t *testing.T) {
	t.Run("from the full résumé", func(t *testing.T) {
		ix := index.Of(load(t, fullResume), nil, nil)
		type study struct {
			path    string
			level   vocab.Level
			fields  []string
			start   string
			end     string
			summary string
		}
		var got []study
		for _, s := range ix.Studies {
			got = append(got, study{s.Path, s.Level, s.Fields, s.Start.String(), s.End.String(), s.Summary})
		}
		assert.Equal(t, []study{
			{"education[0]", vocab.Doctorate, []string{"computer science"}, "2022-09", "2027-06", "Ph.D., Computer Science"},
			{"education[1]", vocab.Master, []string{"electrical engineering"}, "2017", "2019", "M.Sc., Electrical Engineering"},
			{"education[2]", vocab.Bachelor, []string{"computer science"}, "2013-08", "2017-05", "B.Tech, Computer Science"},
		}, got)
		assert.True(t, ix.HasEducation)
	})

	tests := []struct {
		studyType, area string
		level           vocab.Level
		fields          []string
	}{
		{"Ph.D.", "Computer Science", vocab.Doctorate, []string{"computer science"}},
		{"PhD", "Machine Learning", vocab.Doctorate, []string{"machine learning"}},
		{"Doctor of Philosophy", "Statistics", vocab.Doctorate, []string{"statistics"}},
		{"M.Sc.", "Electrical Engineering", vocab.Master, []string{"electrical engineering"}},
		{"MSc", "Comp Sci", vocab.Master, []string{"computer science"}},
		{"B.Tech", "Mechanical Engineering", vocab.Bachelor, []string{"mechanical engineering"}},
		{"B.S.", "Mathematics", vocab.Bachelor, []string{"mathematics"}},
		{"BS/MS", "Physics", vocab.Master, []string{"physics"}},
		{"Associate's degree", "Nursing", vocab.Associate, []string{"nursing"}},
		{"High School Diploma", "", vocab.HighSchool, nil},
		{"", "MSc Computer Science", vocab.Master, []string{"computer science"}},
		{"Certificate", "Underwater Basket Weaving", vocab.NoLevel, nil},
	}
	for _, tt := range tests {
		t.Run(tt.studyType+" in "+tt.area, func(t *testing.T) {
			ix := index.Of(profile.New(profile.Resume{Education: []profile.Education{{StudyType: tt.studyType, Area: tt.area}}}), nil, nil)
			require.Len(t, ix.Studies, 1)
			assert.Equal(t, tt.level, ix.Studies[0].Level)
			assert.Equal(t, tt.fields, ix.Studies[0].Fields)
		})
	}
	t.Run("an area the vocabulary lacks keeps its terms", func(t *testing.T) {
		ix := index.Of(profile.New(profile.Resume{Education: []profile.Education{{StudyType: "BA", Area: "Underwater Basket Weaving"}}}), nil, nil)
		assert.Equal(t, []string{"underwat", "basket", "weav"}, ix.Studies[0].AreaTerms)
		assert.Empty(t, ix.Studies[0].Fields)
	})
}

// "Computer Science and Engineering" (CSE, a common degree name) stems to the
// same terms as "computational science and engineering", an alias of
// scientific computing in vocab/data/fields.yaml, so it is read as
// scientific computing and not as computer science.
func TestStudyComputerScienceAndEngineeringIsComputerScience(t *testing.T) {
	ix := index.Of(profile.New(profile.Resume{Education: []profile.Education{{StudyType: "B.Tech", Area: "Computer Science and Engineering"}}}), nil, nil)
	require.Len(t, ix.Studies, 1)
	assert.Contains(t, ix.Studies[0].Fields, "computer science")
	assert.NotContains(t, ix.Studies[0].Fields, "scientific computing")
}

func TestIndexLogistics(t *testing.T) {
	ix := index.Of(load(t, fullResume), nil, nil)

	assert.True(t, ix.HasLocation)
	assert.Equal(t, index.Place{City: "San Francisco", Region: "CA", Country: "US", Text: "San Francisco, California, United States"}, ix.Location)

	assert.True(t, ix.HasAuth)
	assert.Equal(t, []index.Authorization{
		{Country: "US", Sponsorship: false, Path: "workAuthorization[0]"},
		{Country: "DE", Sponsorship: true, Path: "workAuthorization[1]"},
	}, ix.Authorizations)

	assert.True(t, ix.HasAvail)
	require.Len(t, ix.Availability, 2)
	assert.Equal(t, dates.Period{From: dates.DayOf(2026, 5, 1), To: dates.DayOf(2026, 9, 11)}, ix.Availability[0],
		"a month as start is its first day")
	assert.Equal(t, dates.DayOf(2027, 1, 1), ix.Availability[1].From)
	assert.Greater(t, ix.Availability[1].To, dates.DayOf(2200, 1, 1), "an availability without end is open-ended")
	assert.Equal(t, []string{"availability[0]", "availability[1]"}, ix.AvailPaths)

	assert.Equal(t, []index.Spoken{
		{Name: "English", Level: vocab.Native, LevelKnown: true, Path: "languages[0]", Text: "English, Native speaker"},
		{Name: "German", Level: vocab.B2, LevelKnown: true, Path: "languages[1]", Text: "German, B2"},
	}, ix.Languages)

	require.Len(t, ix.Publications, 1)
	pub := ix.Publications[0]
	assert.Equal(t, "publications[0]", pub.Path)
	assert.Equal(t, 2023, pub.Year)
	assert.Equal(t, "Ledgers at Scale", pub.Label)
	var pubPaths []string
	for _, s := range pub.Sources {
		pubPaths = append(pubPaths, ix.Sources[s].Path)
	}
	assert.Equal(t, []string{"publications[0].name", "publications[0].summary", "publications[0].publisher"}, pubPaths)
	assert.True(t, ix.HasContent)
}

func TestIndexLocationResolvesCountries(t *testing.T) {
	tests := []struct {
		name     string
		location profile.Location
		has      bool
		want     index.Place
	}{
		{"country name", profile.Location{City: "Austin", Region: "Texas", CountryCode: "United States"}, true,
			index.Place{City: "Austin", Region: "TX", Country: "US", Text: "Austin, Texas, United States"}},
		{"country code", profile.Location{City: "Austin", Region: "TX", CountryCode: "US"}, true,
			index.Place{City: "Austin", Region: "TX", Country: "US", Text: "Austin, TX, US"}},
		{"lowercase code", profile.Location{CountryCode: "us"}, true,
			index.Place{Country: "US", Text: "us"}},
		{"another country and its region", profile.Location{City: "Toronto", Region: "Ontario", CountryCode: "CA"}, true,
			index.Place{City: "Toronto", Region: "ON", Country: "CA", Text: "Toronto, Ontario, CA"}},
		{"an unknown country is kept as written", profile.Location{City: "Springfield", CountryCode: "Narnia"}, true,
			index.Place{City: "Springfield", Country: "NARNIA", Text: "Springfield, Narnia"}},
		{"no location", profile.Location{}, false, index.Place{}},
		{"an address alone says no place", profile.Location{Address: "1 Main St", PostalCode: "12345"}, false, index.Place{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ix := index.Of(profile.New(profile.Resume{Basics: profile.Basics{Location: tt.location}}), nil, nil)
			assert.Equal(t, tt.has, ix.HasLocation)
			assert.Equal(t, tt.want, ix.Location)
		})
	}
}

func TestIndexOfAProfileThatSaysNothing(t *testing.T) {
	p := parse(t, `{"basics": {"name": "Pat Empty"}}`)
	ix := index.Of(p, nil, nil)
	assert.Equal(t, "Pat Empty", p.Name())
	assert.False(t, p.HoldsResume(), "a name alone is no résumé")
	assert.False(t, ix.HasLocation, "no basics.location: location unknown")
	assert.False(t, ix.HasAuth)
	assert.False(t, ix.HasAvail)
	assert.False(t, ix.HasEducation)
	assert.False(t, ix.HasContent, "a name alone is nothing matching can read")
	assert.Empty(t, ix.Sources)
	assert.Empty(t, ix.Entries)
	assert.Empty(t, ix.Languages)
}

func TestPersonalFieldsAreNeverIndexed(t *testing.T) {
	p := load(t, fullResume)
	r := p.Resume()
	ix := index.Of(p, nil, nil)
	personal := []string{r.Basics.Name, r.Basics.Email, r.Basics.Phone, r.Basics.URL, r.Basics.Image,
		r.Basics.Location.Address, r.Basics.Profiles[0].Username, r.Basics.Profiles[0].URL, r.References[0].Reference}

	require.NotEmpty(t, ix.Sources)
	for _, s := range ix.Sources {
		if strings.HasPrefix(s.Path, "basics.") {
			assert.Contains(t, []string{"basics.label", "basics.summary"}, s.Path, "only label and summary of basics are read")
		}
		assert.False(t, strings.HasPrefix(s.Path, "references"), "references are never read: %s", s.Path)
		for _, v := range personal {
			assert.NotContains(t, s.Text, v, "source %s", s.Path)
		}
	}
	// Each of these skills appears only in a personal field or a reference.
	for _, name := range []string{"Kafka", "Java", "TensorFlow", "PyTorch", "Rust", "Spark", "Scala", "Haskell", "Elixir"} {
		assert.Empty(t, paths(ix, concept(name)), "%s comes only from personal fields", name)
	}
	for _, word := range []string{"Rosa", "haskell-fan", "portrait", "example.com"} {
		assert.Empty(t, paths(ix, vocab.Default().Skill(word)), "%q", word)
	}
}

// The index built at load serves the knowledge the profile loaded with;
// another vocabulary or analyzer gets an index of its own for the call,
// which is not kept (a profile holds one index for its lifetime).
func TestIndexForAnotherVocabularyIsBuiltForTheCall(t *testing.T) {
	p := load(t, fullResume)
	base := index.Of(p, nil, nil)
	assert.Same(t, base, index.Of(p, vocab.Default(), text.English()), "the defaults are the index built at load")
	assert.Same(t, vocab.Default(), base.Vocabulary())

	v, err := vocab.Default().Extend(vocab.Data{Skills: []vocab.Skill{{Name: "Double-entry bookkeeping", Aliases: []string{"ledger"}}}})
	require.NoError(t, err)

	const n = 50
	got := make([]*index.Index, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got[i] = index.Of(p, v, nil)
			_ = paths(got[i], concept("Kubernetes"))
			_ = paths(base, concept("Go"))
		}()
	}
	wg.Wait()
	for i := range n {
		assert.Same(t, v, got[i].Vocabulary())
		assert.NotEmpty(t, paths(got[i], concept("Double-entry bookkeeping")), "the other vocabulary's names are found")
	}
	assert.NotSame(t, got[0], got[1], "not kept")
	assert.Empty(t, paths(base, concept("Double-entry bookkeeping")))
	assert.Same(t, base, index.Of(p, nil, nil), "the load-time index is unchanged")

	es, err := text.NewAnalyzer("spanish")
	require.NoError(t, err)
	assert.NotSame(t, base, index.Of(p, nil, es), "another analyzer gets its own index")
}

func TestProfileIsSafeToShareBetweenGoroutines(t *testing.T) {
	p := load(t, fullResume)
	ix := index.Of(p, nil, nil)
	names := []string{"Go", "R", "Kubernetes", "PostgreSQL", "C++", "Python"}
	want := map[string][]string{}
	for _, n := range names {
		want[n] = paths(ix, concept(n))
		for _, m := range ix.Find(concept(n)) {
			want[n] = append(want[n], ix.Quote(m))
		}
	}
	var wg sync.WaitGroup
	results := make([]map[string][]string, 50)
	for i := range results {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got := map[string][]string{}
			ix := index.Of(p, nil, nil)
			for _, n := range names {
				got[n] = paths(ix, concept(n))
				for _, m := range ix.Find(concept(n)) {
					got[n] = append(got[n], ix.Quote(m))
				}
			}
			results[i] = got
		}()
	}
	wg.Wait()
	for i, got := range results {
		assert.Equal(t, want, got, "goroutine %d", i)
	}
}
