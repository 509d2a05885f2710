package extract

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/quals-dev/quals/geo"
	"github.com/quals-dev/quals/knowledge"
	"github.com/quals-dev/quals/requirements"

	"github.com/quals-dev/quals/internal/lexicon"
	"github.com/quals-dev/quals/internal/text"
	"github.com/quals-dev/quals/vocab"
)

// newExtractor sets up what reading one description needs; Description and
// JobPosting share it.
func newExtractor(c config) *extractor {
	return &extractor{vocabulary: c.vocabulary, names: lexicon.Of(c.vocabulary), knowledge: c.knowledge, analyzer: text.English(), ids: map[string]int{}, windows: -1,
		budget: outputBudget{limits: c.limits}}
}

// knownCity reports whether the gazetteer knows a place's city, in its
// region and country when it gives them: a city it does not know would
// not load, so it is not read as one.
func (x *extractor) knownCity(p requirements.PlaceDoc) bool {
	if x.gazetteer == nil {
		x.gazetteer = x.knowledge.Gazetteer()
	}
	return len(x.gazetteer.Locate(p.City, p.Region, p.Country)) > 0
}

// extractor holds what reading one description needs.
type extractor struct {
	vocabulary *vocab.Vocabulary
	names      lexicon.Scanner // the vocabulary's reader of tokens
	knowledge  *knowledge.Knowledge
	gazetteer  *geo.Gazetteer // nil until a city needs it
	analyzer   *text.Analyzer

	doc     requirements.Document
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
	if x.doc.Title == "" && len(items) > 0 && items[0].title {
		x.doc.Title = items[0].text
		x.doc.ID = slug(x.doc.Title)
	}
	for _, it := range items {
		rep := LineReport{Line: it.line, Text: it.text, Section: it.section, Heading: it.heading}
		switch {
		case it.heading:
			rep.Reading = "heading"
		case it.title:
			rep.Reading = "title"
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
	x.lines = x.fit(x.lines)
	return &Extraction{Document: x.doc, Lines: x.lines}, nil
}

// charge counts the requirement the last line made, if it made one,
// against the document limits.
func (x *extractor) charge() error {
	rep := x.lines[len(x.lines)-1]
	if rep.Requirement == "" {
		return nil
	}
	for _, list := range [][]requirements.RequirementDoc{x.doc.Required, x.doc.Preferred} {
		if n := len(list); n > 0 && list[n-1].ID == rep.Requirement {
			return x.budget.add(list[n-1], n, rep.Line)
		}
	}
	return nil // merged into an earlier requirement, already counted
}

// qualification turns a line of a qualification section into a requirement.
func (x *extractor) qualification(rep *LineReport, it item) {
	r := x.readQualification(it.text)
	req := requirements.RequirementDoc{ID: x.newID(r.Predicate, it.text), Text: it.text, PredicateDoc: r.Predicate}
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
	req := requirements.RequirementDoc{ID: x.newID(r.Predicate, it.text), Text: it.text, PredicateDoc: r.Predicate}
	x.doc.Required = append(x.doc.Required, req)
	rep.Requirement = req.ID
	if r.Predicate.Availability != nil {
		x.windows = len(x.doc.Required) - 1
	}
}

// newID names a requirement after what it asks for ("python-or-java",
// "years-backend-7"), or after the content words of its text when the
// predicate says too little; unique within the document.
func (x *extractor) newID(p requirements.PredicateDoc, line string) string {
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

// describe writes a predicate for the report as the loaded posting will
// describe it: one describer for the report, check and the gap sentences.
func (x *extractor) describe(p requirements.PredicateDoc) string {
	return p.Describe()
}
