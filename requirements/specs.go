package requirements

import (
	"strings"

	"go.yaml.in/yaml/v3"
)

// predicateSpec is what the posting format says of one predicate key: how
// a document holds it (PredicateDoc), how it compiles into a Predicate and
// how a document describes it.
// The table is the one place the keys are spelled; adding a predicate is
// one entry here (and its type, its String, and its evaluator in match).
type predicateSpec struct {
	key string
	in  func(d *PredicateDoc) bool // the document holds this predicate
	// decode reads the predicate's value into the document, reporting
	// what is wrong with its shape.
	decode func(d *decoder, p *PredicateDoc, v *yaml.Node, path string)
	// compile checks the document's predicate at path and builds it.
	compile func(r *reader, d *PredicateDoc, path string, depth int) Predicate
	// view is the predicate as written, for describing a document that is
	// not loaded: names as the document writes them, nothing resolved.
	view func(d *PredicateDoc) Predicate
}

// predicateSpecs is set in init: its readers read combinators, which read
// the table again.
var predicateSpecs []predicateSpec

func init() {
	predicateSpecs = []predicateSpec{
		{"skill", func(d *PredicateDoc) bool { return d.Skill != nil }, decodeSkill, leaf((*reader).skill), viewSkill},
		{"experience", func(d *PredicateDoc) bool { return d.Experience != nil }, decodeExperience, leaf((*reader).experience), viewExperience},
		{"degree", func(d *PredicateDoc) bool { return d.Degree != nil }, decodeDegree, leaf((*reader).degree), viewDegree},
		{"publications", func(d *PredicateDoc) bool { return d.Publications != nil }, decodePublications, leaf((*reader).publications), viewPublications},
		{"location", func(d *PredicateDoc) bool { return d.Location != nil }, decodeLocation, leaf((*reader).location), viewLocation},
		{"authorization", func(d *PredicateDoc) bool { return d.Authorization != nil }, decodeAuthorization, leaf((*reader).authorization), viewAuthorization},
		{"availability", func(d *PredicateDoc) bool { return d.Availability != nil }, decodeAvailability, leaf((*reader).availability), viewAvailability},
		{"language", func(d *PredicateDoc) bool { return d.Language != nil }, decodeLanguage, leaf((*reader).language), viewLanguage},
		{"certification", func(d *PredicateDoc) bool { return d.Certification != nil }, decodeCertification, leaf((*reader).certification), viewCertification},
		{"evidence", func(d *PredicateDoc) bool { return d.Evidence != nil }, decodeEvidence, leaf((*reader).evidence), viewEvidence},
		{"role", func(d *PredicateDoc) bool { return d.Role != nil }, decodeRole, leaf((*reader).role), viewRole},
		{"seniority", func(d *PredicateDoc) bool { return d.Seniority != nil }, decodeSeniority, leaf((*reader).seniority), viewSeniority},
		{"any", func(d *PredicateDoc) bool { return d.Any != nil }, decodeAny, func(r *reader, d *PredicateDoc, path string, depth int) Predicate {
			return &Any{Of: r.children(d.Any, path, depth, 1)}
		}, func(d *PredicateDoc) Predicate { return &Any{Of: viewAll(d.Any)} }},
		{"all", func(d *PredicateDoc) bool { return d.All != nil }, decodeAll, func(r *reader, d *PredicateDoc, path string, depth int) Predicate {
			return &All{Of: r.children(d.All, path, depth, 1)}
		}, func(d *PredicateDoc) Predicate { return &All{Of: viewAll(d.All)} }},
		{"at_least", func(d *PredicateDoc) bool { return d.AtLeast != nil }, decodeAtLeast, (*reader).atLeast,
			func(d *PredicateDoc) Predicate { return &AtLeast{N: d.AtLeast.N, Of: viewAll(d.AtLeast.Of)} }},
	}
	keys := make([]string, len(predicateSpecs))
	for i, s := range predicateSpecs {
		keys[i] = s.key
	}
	predicateKeys = strings.Join(keys, ", ")
}

// leaf adapts the compiler of a predicate that holds no others.
func leaf(compile func(r *reader, d *PredicateDoc, path string) Predicate) func(*reader, *PredicateDoc, string, int) Predicate {
	return func(r *reader, d *PredicateDoc, path string, _ int) Predicate { return compile(r, d, path) }
}

// predicateKeys lists the keys in table order, for messages.
var predicateKeys string

// Key names the predicate the document holds ("degree", "any"), or "".
func (p PredicateDoc) Key() string {
	for _, s := range predicateSpecs {
		if s.in(&p) {
			return s.key
		}
	}
	return ""
}

// Describe writes the predicate a document holds in a few words, as the
// posting describes it once loaded (Predicate.String): "a bachelor's
// degree in computer science or a related field", "skill: Go or Rust".
// Names stand as the document writes them; nothing is resolved or
// checked, so a document that would not load is described all the same.
func (p PredicateDoc) Describe() string {
	for i := range predicateSpecs {
		if s := &predicateSpecs[i]; s.in(&p) {
			return s.view(&p).String()
		}
	}
	return "no predicate"
}
