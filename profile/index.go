package profile

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/quals-dev/quals/geo"
	"github.com/quals-dev/quals/internal/dates"
	"github.com/quals-dev/quals/internal/lexicon"
	"github.com/quals-dev/quals/internal/text"
	"github.com/quals-dev/quals/internal/words"
	"github.com/quals-dev/quals/vocab"
)

// Section is the part of a résumé a text came from.
type Section uint8

const (
	SectionBasics Section = iota
	SectionWork
	SectionVolunteer
	SectionProjects
	SectionEducation
	SectionPublications
	SectionAwards
	SectionCertificates
	SectionSkills
	SectionInterests
)

// Source is one text of the résumé: a highlight, a summary, a skill name.
type Source struct {
	Path    string  // where it is: "work[2].highlights[0]"
	Text    string  // the text itself
	Section Section // which section
	Entry   int32   // index into Index.Entries of its dated entry, or -1
	List    bool    // a list item (skills, keywords), where names stand alone

	first, end int32 // its tokens: Index.toks[first:end]
}

// Entry is a work, volunteer or project entry, whose dates count towards
// years of experience.
type Entry struct {
	Path       string // "work[2]"
	Section    Section
	Label      string // "Data Engineer at Example Co"
	Start, End dates.Date
}

// Period returns the days the entry covers as of a day: an entry without an
// end runs to asOf; an entry without a start covers nothing (its length is
// unknown); nothing after asOf counts.
func (e Entry) Period(asOf dates.Day) dates.Period {
	if e.Start.IsZero() {
		return dates.Period{From: 1, To: 0}
	}
	p := dates.Period{From: e.Start.First(), To: asOf}
	if !e.End.IsZero() && e.End.Last() < asOf {
		p.To = e.End.Last()
	}
	return p
}

// Mention is a name found in a source: tokens [First, Last] of the index.
type Mention struct {
	Source      int32
	First, Last int32
}

// Study is an education entry read for the degree predicate.
type Study struct {
	Path       string      // "education[0]"
	Level      vocab.Level // from studyType (or area, when studyType says nothing)
	Fields     []string    // canonical fields named by area
	AreaTerms  []string    // area's own terms, for fields the vocabulary lacks
	Start, End dates.Date
	Summary    string // "PhD, Computer Science"
	StudyType  string // as written: "PhD"
	Area       string // as written: "Computer Science"
}

// Place is the candidate's location, with codes resolved where possible.
type Place struct {
	City, Region, Country string // Region and Country are codes when resolved
	Text                  string // as written, for quoting
}

// Authorization is a country the candidate may work in.
type Authorization struct {
	Country     string // ISO code
	Sponsorship bool
	Path        string
}

// Spoken is a language the candidate speaks.
type Spoken struct {
	Name       string // canonical when known, else as written
	Level      vocab.Proficiency
	LevelKnown bool
	Path, Text string
}

// PublicationItem is a publication with the sources its words are in.
type PublicationItem struct {
	Path    string
	Year    int
	Label   string // its name
	Quote   string // its name and year, for quoting: "Title (2025)"
	Sources []int32
}

// Index is a profile normalized for matching, built once.
type Index struct {
	vocabulary *vocab.Vocabulary
	analyzer   *text.Analyzer

	toks     []text.Token
	Sources  []Source
	Entries  []Entry
	concepts map[string][]Mention
	// Words are indexed as chains rather than a slice per word, which would
	// cost an allocation per distinct word: terms gives the first and last
	// token of each term, nextSame the next token with the same term, and
	// tokSource each token's source.
	terms     map[string]chain
	nextSame  []int32
	tokSource []int32

	Studies      []Study
	HasEducation bool
	Location     Place
	HasLocation  bool
	// Located is the gazetteer's city for Location, with its coordinates,
	// when the profile names a city the gazetteer knows (and, when
	// several share its name, says which, or they are all in one
	// country); else the zero Place. Location's missing region and
	// country codes are filled in from it.
	Located        geo.Place
	placeNote      string // why the city was not placed, or which was taken: a warning
	Authorizations []Authorization
	HasAuth        bool
	Availability   []dates.Period
	HasAvail       bool
	AvailPaths     []string
	AvailTexts     []string // "available 2026-05-11 to 2026-09-11", for quoting
	Languages      []Spoken
	Publications   []PublicationItem
	HasContent     bool // the résumé says anything matching could read
}

// Vocabulary is the vocabulary the index was built with.
func (ix *Index) Vocabulary() *vocab.Vocabulary { return ix.vocabulary }

type chain struct{ first, last int32 }

// Find returns the mentions of a posting's term, in profile order: the
// concept's mentions when the vocabulary knows it, else the places where
// its words stand in sequence. The result must not be modified.
func (ix *Index) Find(t vocab.Term) []Mention {
	if t.Concept != "" {
		return ix.concepts[t.Concept]
	}
	return ix.AppendPhrase(nil, t.Terms)
}

// Concept returns the mentions of a canonical skill or topic name. The
// result must not be modified.
func (ix *Index) Concept(name string) []Mention { return ix.concepts[name] }

// AppendPhrase appends to dst the places where terms stand in sequence
// within one source, in profile order.
func (ix *Index) AppendPhrase(dst []Mention, terms []string) []Mention {
	if len(terms) == 0 {
		return dst
	}
	c, ok := ix.terms[terms[0]]
	if !ok {
		return dst
	}
	n := int32(len(terms))
	for k := c.first; k >= 0; k = ix.nextSame[k] {
		src := ix.tokSource[k]
		if k+n > int32(len(ix.toks)) || ix.tokSource[k+n-1] != src {
			continue
		}
		match := true
		for j := int32(1); j < n; j++ {
			if ix.toks[k+j].Term != terms[j] {
				match = false
				break
			}
		}
		if match {
			dst = append(dst, Mention{Source: src, First: k, Last: k + n - 1})
		}
	}
	return dst
}

// maxQuote bounds how much of a long text a quote shows.
const maxQuote = 160

// Quote returns the text of a mention's source, shortened around the
// mention when long.
func (ix *Index) Quote(m Mention) string {
	src := ix.Sources[m.Source]
	if len(src.Text) <= maxQuote {
		return src.Text
	}
	start, end := ix.toks[m.First].Start, ix.toks[m.Last].End
	from := max(0, start-maxQuote/2)
	to := min(len(src.Text), max(end, from+maxQuote))
	for from > 0 && from < start && src.Text[from-1] != ' ' {
		from++
	}
	for to < len(src.Text) && to > end && src.Text[to-1] != ' ' {
		to--
	}
	q := strings.TrimSpace(src.Text[from:to])
	switch {
	case from > 0 && to < len(src.Text):
		return "…" + q + "…"
	case from > 0:
		return "…" + q
	case to < len(src.Text):
		return q + "…"
	}
	return q
}

// builder accumulates the index.
type builder struct {
	ix   *Index
	hits []lexicon.Hit
}

func buildIndex(r *Resume, v *vocab.Vocabulary, a *text.Analyzer, g *geo.Gazetteer) *Index {
	ix := &Index{
		vocabulary: v, analyzer: a,
		concepts:  make(map[string][]Mention, 64),
		terms:     make(map[string]chain, 512),
		toks:      make([]text.Token, 0, 1024),
		nextSame:  make([]int32, 0, 1024),
		tokSource: make([]int32, 0, 1024),
		Sources:   make([]Source, 0, 128),
	}
	b := &builder{ix: ix}
	b.add("basics.label", r.Basics.Label, SectionBasics, -1, false)
	b.add("basics.summary", r.Basics.Summary, SectionBasics, -1, false)
	for i, w := range r.Work {
		p := "work[" + strconv.Itoa(i) + "]"
		e := b.entry(p, SectionWork, join(w.Position, w.Name, " at "), w.StartDate, w.EndDate)
		b.add(p+".position", w.Position, SectionWork, e, false)
		// The description is of the employer, not of what the candidate did:
		// it is read, but it is not dated experience.
		b.add(p+".description", w.Description, SectionWork, -1, false)
		b.add(p+".summary", w.Summary, SectionWork, e, false)
		b.addAll(p+".highlights", w.Highlights, SectionWork, e, false)
	}
	for i, w := range r.Volunteer {
		p := "volunteer[" + strconv.Itoa(i) + "]"
		e := b.entry(p, SectionVolunteer, join(w.Position, w.Organization, " at "), w.StartDate, w.EndDate)
		b.add(p+".position", w.Position, SectionVolunteer, e, false)
		b.add(p+".summary", w.Summary, SectionVolunteer, e, false)
		b.addAll(p+".highlights", w.Highlights, SectionVolunteer, e, false)
	}
	for i, pr := range r.Projects {
		p := "projects[" + strconv.Itoa(i) + "]"
		e := b.entry(p, SectionProjects, pr.Name, pr.StartDate, pr.EndDate)
		b.add(p+".name", pr.Name, SectionProjects, e, false)
		b.add(p+".description", pr.Description, SectionProjects, e, false)
		b.addAll(p+".highlights", pr.Highlights, SectionProjects, e, false)
		b.addAll(p+".keywords", pr.Keywords, SectionProjects, e, true)
		b.addAll(p+".roles", pr.Roles, SectionProjects, e, true)
	}
	for i, ed := range r.Education {
		p := "education[" + strconv.Itoa(i) + "]"
		ix.HasEducation = true
		b.study(p, ed)
		b.add(p+".area", ed.Area, SectionEducation, -1, true)
		b.add(p+".studyType", ed.StudyType, SectionEducation, -1, true)
		b.addAll(p+".courses", ed.Courses, SectionEducation, -1, false)
	}
	for i, pub := range r.Publications {
		p := "publications[" + strconv.Itoa(i) + "]"
		item := PublicationItem{Path: p, Year: pub.ReleaseDate.Year(), Label: pub.Name, Quote: pub.Name}
		if item.Year > 0 {
			item.Quote += " (" + strconv.Itoa(item.Year) + ")"
		}
		for _, f := range []struct{ name, text string }{{"name", pub.Name}, {"summary", pub.Summary}, {"publisher", pub.Publisher}} {
			if s := b.add(p+"."+f.name, f.text, SectionPublications, -1, false); s >= 0 {
				item.Sources = append(item.Sources, s)
			}
		}
		ix.Publications = append(ix.Publications, item)
	}
	for i, aw := range r.Awards {
		p := "awards[" + strconv.Itoa(i) + "]"
		b.add(p+".title", aw.Title, SectionAwards, -1, false)
		b.add(p+".summary", aw.Summary, SectionAwards, -1, false)
	}
	for i, c := range r.Certificates {
		p := "certificates[" + strconv.Itoa(i) + "]"
		b.add(p+".name", c.Name, SectionCertificates, -1, true)
	}
	for i, s := range r.Skills {
		p := "skills[" + strconv.Itoa(i) + "]"
		b.add(p+".name", s.Name, SectionSkills, -1, true)
		b.addAll(p+".keywords", s.Keywords, SectionSkills, -1, true)
	}
	for i, in := range r.Interests {
		p := "interests[" + strconv.Itoa(i) + "]"
		b.add(p+".name", in.Name, SectionInterests, -1, true)
		b.addAll(p+".keywords", in.Keywords, SectionInterests, -1, true)
	}
	b.location(r.Basics.Location, g)
	b.logistics(r)
	ix.HasContent = len(ix.Sources) > 0 || len(r.Education) > 0 || len(r.Publications) > 0
	return ix
}

func join(a, b, sep string) string {
	switch {
	case a == "":
		return b
	case b == "":
		return a
	}
	return a + sep + b
}

func (b *builder) entry(path string, sec Section, label string, start, end Date) int32 {
	b.ix.Entries = append(b.ix.Entries, Entry{Path: path, Section: sec, Label: label, Start: start.d, End: end.d})
	return int32(len(b.ix.Entries) - 1)
}

func (b *builder) addAll(path string, items []string, sec Section, entry int32, list bool) {
	for i, s := range items {
		b.add(path+"["+strconv.Itoa(i)+"]", s, sec, entry, list)
	}
}

// add tokenizes one text and records its names and words; it returns the
// source's index, or -1 for an empty text.
func (b *builder) add(path, s string, sec Section, entry int32, list bool) int32 {
	if strings.TrimSpace(s) == "" {
		return -1
	}
	ix := b.ix
	first := int32(len(ix.toks))
	ix.toks = ix.analyzer.Tokens(ix.toks, s)
	end := int32(len(ix.toks))
	if end == first {
		return -1
	}
	id := int32(len(ix.Sources))
	ix.Sources = append(ix.Sources, Source{Path: path, Text: s, Section: sec, Entry: entry, List: list, first: first, end: end})
	toks := ix.toks[first:end]
	b.hits = lexicon.Of(ix.vocabulary).ScanSkills(b.hits[:0], toks, list, s)
	for _, h := range b.hits {
		m := Mention{Source: id, First: first + int32(h.First), Last: first + int32(h.Last)}
		ix.concepts[h.Concept] = appendMention(ix.concepts[h.Concept], m)
		// A kind of a topic is a mention of the topic: Flink is stream
		// processing, PyTorch is machine learning.
		for _, broader := range ix.vocabulary.Broader(h.Concept) {
			ix.concepts[broader] = appendMention(ix.concepts[broader], m)
		}
	}
	for i := range toks {
		k := first + int32(i)
		ix.nextSame = append(ix.nextSame, -1)
		ix.tokSource = append(ix.tokSource, id)
		if c, ok := ix.terms[toks[i].Term]; ok {
			ix.nextSame[c.last] = k
			ix.terms[toks[i].Term] = chain{c.first, k}
		} else {
			ix.terms[toks[i].Term] = chain{k, k}
		}
	}
	return id
}

// appendMention adds m unless the same source already mentions the concept
// at the same place (ScanSkills may report an ambiguous name twice).
func appendMention(ms []Mention, m Mention) []Mention {
	if n := len(ms); n > 0 && ms[n-1] == m {
		return ms
	}
	return append(ms, m)
}

func (b *builder) study(path string, ed Education) {
	v := b.ix.vocabulary
	st := Study{Path: path, Start: ed.StartDate.d, End: ed.EndDate.d, StudyType: strings.TrimSpace(ed.StudyType), Area: strings.TrimSpace(ed.Area)}
	st.Level = v.Level(ed.StudyType)
	if st.Level == vocab.NoLevel {
		st.Level = v.Level(ed.Area)
	}
	toks := b.ix.analyzer.Tokens(nil, ed.Area)
	for _, h := range lexicon.Of(v).ScanFields(nil, toks) {
		st.Fields = append(st.Fields, h.Concept)
	}
	for _, t := range toks {
		st.AreaTerms = append(st.AreaTerms, t.Term)
	}
	st.Summary = join(ed.StudyType, ed.Area, ", ")
	if st.Summary == "" {
		st.Summary = ed.Institution
	}
	b.ix.Studies = append(b.ix.Studies, st)
}

func (b *builder) location(l Location, g *geo.Gazetteer) {
	ix, v := b.ix, b.ix.vocabulary
	if l.City == "" && l.Region == "" && l.CountryCode == "" {
		return
	}
	ix.HasLocation = true
	pl := Place{City: strings.TrimSpace(l.City), Text: strings.Join(nonEmpty(l.City, l.Region, l.CountryCode), ", ")}
	if code, ok := v.Country(l.CountryCode); ok {
		pl.Country = code
	} else {
		pl.Country = strings.ToUpper(strings.TrimSpace(l.CountryCode))
	}
	if l.Region != "" {
		if code, ok := v.Region(pl.Country, l.Region); ok {
			pl.Region = code
		} else {
			pl.Region = strings.TrimSpace(l.Region)
		}
	}
	if pl.City != "" {
		if g == nil {
			g = geo.Default()
		}
		ix.Located, ix.placeNote = locate(g, l)
		if at := ix.Located; at.Kind == geo.KindCity {
			if pl.Country == "" {
				pl.Country = at.Country
			}
			if pl.Region == "" && pl.Country == at.Country {
				pl.Region = at.Region
			}
		}
	}
	ix.Location = pl
}

// locate finds a profile's city in the gazetteer. A city it does not
// know, or one whose name places in several countries share when the
// profile gives no country, is not placed; among several in one country
// the most populous is taken. The note says so, for a warning.
func locate(g *geo.Gazetteer, l Location) (geo.Place, string) {
	city, region, country := strings.TrimSpace(l.City), strings.TrimSpace(l.Region), strings.TrimSpace(l.CountryCode)
	if _, known := g.Country(country); country != "" && !known {
		return geo.Place{}, "" // the unknown country is warned about already
	}
	ps := g.Locate(city, region, country)
	if _, known := g.Region(country, region); len(ps) == 0 && region != "" && !known {
		ps = g.Locate(city, "", country) // a region the gazetteer does not know (a county) says nothing
	}
	in := strings.Join(nonEmpty(region, country), ", ")
	switch {
	case len(ps) == 0 && in != "":
		return geo.Place{}, fmt.Sprintf("unknown city %q in %s: the gazetteer knows places of 15,000 people or more; distances cannot be measured, and only the region and country count", city, in)
	case len(ps) == 0:
		return geo.Place{}, fmt.Sprintf("unknown city %q: the gazetteer knows places of 15,000 people or more; distances cannot be measured", city)
	case len(ps) == 1:
		return ps[0], ""
	}
	var countries []string
	for _, p := range ps {
		if !slices.Contains(countries, p.Country) {
			countries = append(countries, p.Country)
		}
	}
	if len(countries) > 1 {
		return geo.Place{}, fmt.Sprintf("%q names places in %d countries (%s); add countryCode to say which", city, len(countries), words.Join(countries, "and"))
	}
	return ps[0], fmt.Sprintf("%q names %d places in %s; taken as %s, the most populous: add the region to say which", city, len(ps), countries[0], ps[0])
}

func nonEmpty(ss ...string) []string {
	var out []string
	for _, s := range ss {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}

func (b *builder) logistics(r *Resume) {
	ix, v := b.ix, b.ix.vocabulary
	for i, a := range r.WorkAuthorization {
		ix.HasAuth = true
		code, ok := v.Country(a.Country)
		if !ok {
			code = strings.ToUpper(strings.TrimSpace(a.Country))
		}
		ix.Authorizations = append(ix.Authorizations, Authorization{Country: code, Sponsorship: a.Sponsorship, Path: "workAuthorization[" + strconv.Itoa(i) + "]"})
	}
	for i, p := range r.Availability {
		ix.HasAvail = true
		per := dates.Period{From: -1 << 30, To: 1 << 30}
		if !p.Start.IsZero() {
			per.From = p.Start.d.First()
		}
		if !p.End.IsZero() {
			per.To = p.End.d.Last()
		}
		ix.Availability = append(ix.Availability, per)
		ix.AvailPaths = append(ix.AvailPaths, "availability["+strconv.Itoa(i)+"]")
		ix.AvailTexts = append(ix.AvailTexts, "available "+periodText(per))
	}
	for i, l := range r.Languages {
		sp := Spoken{Name: strings.TrimSpace(l.Language), Path: "languages[" + strconv.Itoa(i) + "]", Text: join(l.Language, l.Fluency, ", ")}
		if name, ok := v.Language(l.Language); ok {
			sp.Name = name
		}
		sp.Level, sp.LevelKnown = vocab.Fluency(l.Fluency)
		ix.Languages = append(ix.Languages, sp)
	}
}

// periodText writes an availability period; open ends say so.
func periodText(p dates.Period) string {
	const open = 1 << 29
	switch {
	case p.From < -open && p.To > open:
		return "at any time"
	case p.From < -open:
		return "until " + p.To.String()
	case p.To > open:
		return "from " + p.From.String()
	}
	return p.From.String() + " to " + p.To.String()
}
