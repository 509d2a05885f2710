// Package index is a profile normalized for matching: every text of the
// résumé tokenized, the skills and topics it names resolved through the
// vocabulary, each mention keeping where it came from, and the facts the
// predicates read (studies, place, authorizations, availability,
// languages, publications). Package profile builds one per profile when it
// loads; package match reads it (Of).
package index

import (
	"strconv"
	"strings"

	"github.com/quals-dev/quals/geo"
	"github.com/quals-dev/quals/internal/dates"
	"github.com/quals-dev/quals/internal/lexicon"
	"github.com/quals-dev/quals/internal/text"
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
	// Topic marks a mention of a narrower concept counted for a topic it
	// is filed under only through another (the OpenAI API, through large
	// language models, for machine learning). A broader concept a
	// concept names itself (Flink: stream processing) or a technology
	// (Django: Python) is implied: its mentions count fully.
	Topic bool
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

// Title is a title the candidate held (a work entry's position) or gives
// (basics.label), with the role family it names.
type Title struct {
	Path   string // "work[0].position"
	Text   string // as written
	Family string // the family of package roles it names, or ""
	Entry  int32  // its dated entry in Index.Entries, or -1
}

// pendingName is an ambiguous name waiting for the whole document.
type pendingName struct {
	concept string
	mention Mention
}

// Index is a profile normalized for matching, built once.
type Index struct {
	vocabulary *vocab.Vocabulary
	analyzer   *text.Analyzer
	names      lexicon.Scanner
	hits       []lexicon.Hit // scratch for AddText

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
	// nameLen is, for each token inside a name of several tokens the
	// vocabulary knows ("machine learning"), that name's length; else 0.
	// A phrase shorter than the name it stands in is not a mention of it:
	// "learn" is not in "machine learning".
	nameLen []uint8
	// While texts are added: the technologies named, and the ambiguous
	// names that wait for the document to be technical (see Finish).
	technologies map[string]bool
	contextless  []pendingName

	Titles       []Title
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
	PlaceNote      string // why the city was not placed, or which was taken: a warning
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

// New returns an empty index for texts normalized by a and names resolved
// through v.
func New(v *vocab.Vocabulary, a *text.Analyzer) *Index {
	return &Index{
		vocabulary: v, analyzer: a, names: lexicon.Of(v),
		concepts:  make(map[string][]Mention, 64),
		terms:     make(map[string]chain, 512),
		toks:      make([]text.Token, 0, 1024),
		nextSame:  make([]int32, 0, 1024),
		tokSource: make([]int32, 0, 1024),
		nameLen:   make([]uint8, 0, 1024),
		Sources:   make([]Source, 0, 128),
	}
}

// Vocabulary is the vocabulary the index was built with.
func (ix *Index) Vocabulary() *vocab.Vocabulary { return ix.vocabulary }

// Analyzer is the text analyzer the index was built with.
func (ix *Index) Analyzer() *text.Analyzer { return ix.analyzer }

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
		if match && !ix.insideLongerName(k, n) {
			dst = append(dst, Mention{Source: src, First: k, Last: k + n - 1})
		}
	}
	return dst
}

// insideLongerName reports whether tokens k..k+n-1 all stand inside one
// known name of more than n tokens.
func (ix *Index) insideLongerName(k, n int32) bool {
	for j := k; j < k+n; j++ {
		if l := int32(ix.nameLen[j]); l == 0 || l <= n {
			return false
		}
	}
	return true
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

// AddEntry records a dated entry (a job, a project) and returns its index
// in Entries, for the texts that stand in it.
func (ix *Index) AddEntry(path string, sec Section, label string, start, end dates.Date) int32 {
	ix.Entries = append(ix.Entries, Entry{Path: path, Section: sec, Label: label, Start: start, End: end})
	return int32(len(ix.Entries) - 1)
}

// AddTexts adds each item of a list as a text of its own: path[0], path[1]…
func (ix *Index) AddTexts(path string, items []string, sec Section, entry int32, list bool) {
	for i, s := range items {
		ix.AddText(path+"["+strconv.Itoa(i)+"]", s, sec, entry, list)
	}
}

// AddText tokenizes one text and records its names and words; it returns the
// source's index, or -1 for an empty text.
func (ix *Index) AddText(path, s string, sec Section, entry int32, list bool) int32 {
	if strings.TrimSpace(s) == "" {
		return -1
	}
	first := int32(len(ix.toks))
	ix.toks = ix.analyzer.Tokens(ix.toks, s)
	end := int32(len(ix.toks))
	if end == first {
		return -1
	}
	id := int32(len(ix.Sources))
	ix.Sources = append(ix.Sources, Source{Path: path, Text: s, Section: sec, Entry: entry, List: list, first: first, end: end})
	toks := ix.toks[first:end]
	ix.hits = ix.names.ScanSkillsInDocument(ix.hits[:0], toks, list, s)
	for _, h := range ix.hits {
		m := Mention{Source: id, First: first + int32(h.First), Last: first + int32(h.Last)}
		if h.Contextless {
			ix.contextless = append(ix.contextless, pendingName{h.Concept, m})
			continue
		}
		if h.Technical && !ix.technologies[h.Concept] {
			if ix.technologies == nil {
				ix.technologies = map[string]bool{}
			}
			ix.technologies[h.Concept] = true
		}
		ix.addMention(h.Concept, m)
	}
	base := len(ix.nameLen)
	for range toks {
		ix.nameLen = append(ix.nameLen, 0)
	}
	for _, h := range ix.hits {
		if l := h.Last - h.First + 1; l > 1 {
			for j := h.First; j <= h.Last; j++ {
				ix.nameLen[base+j] = uint8(min(l, 255))
			}
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

// addMention records a mention of a concept, and of the broader concepts
// it is filed under: Django is Python, Flink is stream processing,
// PyTorch is deep learning and machine learning. A broader concept the
// concept names itself is implied by it (Flink is a stream processor); one
// reached only through another and that is a topic or a broad area
// (vocab.Vocabulary.Specificity below 1) is what the concept is a topic
// of, and gets the mention marked Topic: the OpenAI API names large
// language models, which are machine learning.
func (ix *Index) addMention(concept string, m Mention) {
	ix.concepts[concept] = appendMention(ix.concepts[concept], m)
	direct := len(ix.vocabulary.DirectBroader(concept))
	for i, broader := range ix.vocabulary.Broader(concept) {
		t := m
		t.Topic = i >= direct && ix.vocabulary.Specificity(broader) < 1
		ix.concepts[broader] = appendMention(ix.concepts[broader], t)
	}
}

// technicalDocument is how many technologies a résumé must name for its
// ambiguous names, spelled as the vocabulary spells them, to count
// without context: "Go services" in a résumé naming Kafka, PostgreSQL
// and Docker is the language; in a résumé naming none it may not be.
const technicalDocument = 3

// Finish reads what only the whole document decides, once every text is
// added: the ambiguous names left for want of context count when the
// document names technicalDocument technologies or more.
func (ix *Index) Finish() {
	if len(ix.technologies) >= technicalDocument {
		for _, p := range ix.contextless {
			ix.addMention(p.concept, p.mention)
		}
	}
	ix.contextless, ix.technologies = nil, nil
}

// appendMention adds m unless the same source already mentions the concept
// at the same place (ScanSkills may report an ambiguous name twice).
func appendMention(ms []Mention, m Mention) []Mention {
	if n := len(ms); n > 0 && ms[n-1] == m {
		return ms
	}
	return append(ms, m)
}

// Names is the vocabulary's reader of tokens, for the builder's own scans.
func (ix *Index) Names() lexicon.Scanner { return ix.names }

// Tokens tokenizes s with the index's analyzer, appending to dst.
func (ix *Index) Tokens(dst []text.Token, s string) []text.Token { return ix.analyzer.Tokens(dst, s) }

var ofProfile func(p any, v *vocab.Vocabulary, a *text.Analyzer) *Index

// Register is called once, by package profile, with the function Of calls.
func Register(of func(p any, v *vocab.Vocabulary, a *text.Analyzer) *Index) { ofProfile = of }

// Of returns the index of a *profile.Profile for a vocabulary and an
// analyzer: the one built when the profile loaded when they are the ones
// it loaded with (nil means those), else one built for this call and not
// kept — load postings and profiles with the same knowledge.
func Of(p any, v *vocab.Vocabulary, a *text.Analyzer) *Index { return ofProfile(p, v, a) }
