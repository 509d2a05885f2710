package requirements

import (
	"fmt"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/quals-dev/quals/geo"
	"github.com/quals-dev/quals/internal/decode"
	"github.com/quals-dev/quals/internal/printable"

	"github.com/quals-dev/quals/internal/text"
	"github.com/quals-dev/quals/vocab"
)

// Extraction is what Extract read from a job description: the posting
// document, and a report of how every line was read.
type Extraction struct {
	Document Document
	Lines    []LineReport
}

// Section kinds a job description's lines fall in.
const (
	SectionRequired         = "required"
	SectionPreferred        = "preferred"
	SectionResponsibilities = "responsibilities"
	SectionAbout            = "about"
	SectionBenefits         = "benefits"
	SectionSalary           = "salary"
	SectionEqualOpportunity = "equal-opportunity"
	SectionLogistics        = "logistics"
	SectionOther            = "other"
)

// LineReport says how one line (or bullet) of the description was read.
type LineReport struct {
	Line        int    `json:"line"`                  // 1-based line of the input it stands on
	Text        string `json:"text"`                  // the line or bullet, trimmed
	Section     string `json:"section"`               // the section it stands in (see the Section constants)
	Heading     bool   `json:"heading,omitempty"`     // it is a section heading
	Requirement string `json:"requirement,omitempty"` // the id of the requirement made from it
	Reading     string `json:"reading"`               // how it was read, in a few words
	FreeText    bool   `json:"free_text,omitempty"`   // only as evidence terms: nothing structured was found
}

// Uninterpreted returns the lines of qualification sections that were read
// only as free-text evidence.
func (x *Extraction) Uninterpreted() []LineReport {
	var out []LineReport
	for _, l := range x.Lines {
		if l.FreeText {
			out = append(out, l)
		}
	}
	return out
}

// Extract reads a plain-text job description into a posting document.
// Sections are found by their headings; every bullet or sentence of a
// qualification section becomes one requirement whose text is that line,
// read into structured predicates where it can be (degree, years of
// experience, skills, languages, authorization, dates, publications,
// certifications) and into evidence terms where it cannot — never dropped.
// Lines elsewhere that constrain who may apply (a country, fixed start
// dates, office locations) become required requirements too.
//
// The document always loads with Parse; the report lists every line.
//
// The description is bounded like a document (4 MiB, and 64 KiB in one
// line, by default; see WithLimits): past a limit, or when it is not
// UTF-8 or holds a NUL byte, Extract returns a Problems error and no
// extraction.
func Extract(description string, opts ...Option) (*Extraction, error) {
	c := config{limits: decode.DefaultLimits}
	for _, o := range opts {
		o(&c)
	}
	if err := checkDescription(description, c.limits); err != nil {
		return nil, err
	}
	return newExtractor(c).extract(withoutControls(description))
}

// withoutControls replaces control characters (but line breaks) and
// bidirectional overrides with spaces, so that no escape sequence or
// reordering of text passes from a description into the document or its
// report; line numbers stay as they were.
func withoutControls(s string) string {
	clean := true
	for i := 0; i < len(s) && clean; i++ {
		c := s[i]
		clean = c >= 0x20 && c < 0x7f || c == '\n'
	}
	if clean {
		return s
	}
	return strings.Map(func(r rune) rune {
		if r == '\n' || !printable.Unsafe(r) {
			return r
		}
		return ' '
	}, s)
}

// checkDescription refuses what no job description is: too large, a line
// too long to be one, bytes that are not text.
func checkDescription(s string, lim Limits) error {
	fail := func(kind ErrorKind, line int, format string, args ...any) error {
		return Problems{{Line: line, Kind: kind, Message: fmt.Sprintf(format, args...)}}
	}
	if lim.MaxBytes > 0 && len(s) > lim.MaxBytes {
		return fail(ErrLimit, 0, "the description is over the size limit of %d bytes", lim.MaxBytes)
	}
	if !utf8.ValidString(s) {
		return fail(ErrEncoding, 0, "the description is not valid UTF-8")
	}
	line := 1
	for start := 0; start <= len(s); line++ {
		end := strings.IndexByte(s[start:], '\n')
		if end < 0 {
			end = len(s) - start
		}
		text := s[start : start+end]
		if strings.IndexByte(text, 0) >= 0 {
			return fail(ErrEncoding, line, "the description holds a NUL byte")
		}
		if lim.MaxValueBytes > 0 && len(text) > lim.MaxValueBytes {
			return fail(ErrLimit, line, "a line of %d bytes is over the limit of %d", len(text), lim.MaxValueBytes)
		}
		start += end + 1
	}
	return nil
}

// newExtractor sets up what reading one description needs; Extract and
// ExtractJobPosting share it.
func newExtractor(c config) *extractor {
	if c.vocabulary == nil {
		c.vocabulary = vocab.Default()
	}
	return &extractor{vocabulary: c.vocabulary, gazetteer: c.gazetteer, analyzer: text.English(), ids: map[string]int{}, windows: -1,
		budget: outputBudget{limits: c.limits}}
}

// knownCity reports whether the gazetteer knows a place's city, in its
// region and country when it gives them: a city it does not know would
// not load, so it is not read as one.
func (x *extractor) knownCity(p PlaceDoc) bool {
	if x.gazetteer == nil {
		x.gazetteer = geo.Default()
	}
	return len(x.gazetteer.Locate(p.City, p.Region, p.Country)) > 0
}

// extractor holds what reading one description needs.
type extractor struct {
	vocabulary *vocab.Vocabulary
	gazetteer  *geo.Gazetteer // nil until a city needs it
	analyzer   *text.Analyzer

	doc     Document
	lines   []LineReport
	ids     map[string]int
	windows int // index in doc.Required of the availability requirement start dates gather into, or -1
	budget  outputBudget
}

func (x *extractor) extract(description string) (*Extraction, error) {
	items := segment(description)
	x.doc.Title, x.doc.Organization = findTitle(description)
	x.doc.ID = slug(x.doc.Title)
	if x.doc.ID == "" {
		x.doc.ID = "extracted-posting"
	}
	for _, it := range items {
		rep := LineReport{Line: it.line, Text: it.text, Section: it.section, Heading: it.heading}
		switch {
		case it.heading:
			rep.Reading = "heading"
		case it.section == SectionRequired || it.section == SectionPreferred:
			x.qualification(&rep, it)
		default:
			x.constraint(&rep, it)
		}
		x.lines = append(x.lines, rep)
		if err := x.charge(); err != nil {
			return nil, err
		}
	}
	if len(x.doc.Required)+len(x.doc.Preferred) == 0 {
		return &Extraction{Document: x.doc, Lines: x.lines}, fmt.Errorf("no qualification or constraint found in the description")
	}
	return &Extraction{Document: x.doc, Lines: x.lines}, nil
}

// charge counts the requirement the last line made, if it made one,
// against the document limits.
func (x *extractor) charge() error {
	rep := x.lines[len(x.lines)-1]
	if rep.Requirement == "" {
		return nil
	}
	for _, list := range [][]RequirementDoc{x.doc.Required, x.doc.Preferred} {
		if n := len(list); n > 0 && list[n-1].ID == rep.Requirement {
			return x.budget.add(list[n-1], n, rep.Line)
		}
	}
	return nil // merged into an earlier requirement, already counted
}

// qualification turns a line of a qualification section into a requirement.
func (x *extractor) qualification(rep *LineReport, it item) {
	r := x.readQualification(it.text)
	req := RequirementDoc{ID: x.newID(r.Predicate, it.text), Text: it.text, PredicateDoc: r.Predicate}
	if it.section == SectionPreferred {
		x.doc.Preferred = append(x.doc.Preferred, req)
	} else {
		x.doc.Required = append(x.doc.Required, req)
	}
	rep.Requirement, rep.Reading, rep.FreeText = req.ID, r.Reading, r.FreeText
}

// constraint reads a line outside the qualification sections: one that
// limits who may apply becomes a required requirement; one naming the
// posting's places fills its locations.
func (x *extractor) constraint(rep *LineReport, it item) {
	r, ok := x.readConstraint(it)
	if !ok {
		rep.Reading = "not a qualification"
		return
	}
	rep.Reading = r.Reading
	if r.Predicate.Key() == "" {
		return // read for the posting itself (its locations), not a requirement
	}
	if w := r.Predicate.Availability; w != nil && x.windows >= 0 {
		// Start dates listed line by line are one choice of windows.
		req := &x.doc.Required[x.windows]
		req.Availability.Windows = append(req.Availability.Windows, w.Windows...)
		req.Text += "; " + it.text
		rep.Requirement = req.ID
		return
	}
	req := RequirementDoc{ID: x.newID(r.Predicate, it.text), Text: it.text, PredicateDoc: r.Predicate}
	x.doc.Required = append(x.doc.Required, req)
	rep.Requirement = req.ID
	if r.Predicate.Availability != nil {
		x.windows = len(x.doc.Required) - 1
	}
}

// newID names a requirement after what it asks for ("python-or-java",
// "years-backend-7"), or after the content words of its text when the
// predicate says too little; unique within the document.
func (x *extractor) newID(p PredicateDoc, line string) string {
	base := idSlug(contentID(p))
	if base == "" {
		base = idSlug(strings.Join(x.contentWords(line, maxIDWords), " "))
	}
	if base == "" {
		base = "requirement"
	}
	x.ids[base]++
	if n := x.ids[base]; n > 1 {
		return fmt.Sprintf("%s-%d", base, n)
	}
	return base
}

var nonSlug = regexp.MustCompile(`[^a-z0-9]+`)

// slug makes an id from text: "Machine Learning Intern" → "machine-learning-intern".
func slug(s string) string {
	s = nonSlug.ReplaceAllString(strings.ToLower(s), "-")
	s = strings.Trim(s, "-")
	if len(s) > 40 {
		s = strings.TrimRight(s[:40], "-")
	}
	return s
}
