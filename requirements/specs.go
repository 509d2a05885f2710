package requirements

import (
	"strings"

	"go.yaml.in/yaml/v3"
)

// predicateSpec is what the posting format says of one predicate key: how
// a document holds it (PredicateDoc) and how it is read into a Predicate.
// The table is the one place the keys are spelled; adding a predicate is
// one entry here (and its type, its String, and its evaluator in match).
type predicateSpec struct {
	key  string
	in   func(d *PredicateDoc) bool // the document holds this predicate
	read func(r *reader, n *yaml.Node, path string, depth int) Predicate
}

// predicateSpecs is set in init: its readers read combinators, which read
// the table again.
var predicateSpecs []predicateSpec

func init() {
	predicateSpecs = []predicateSpec{
		{"skill", func(d *PredicateDoc) bool { return d.Skill != nil }, leaf((*reader).skill)},
		{"experience", func(d *PredicateDoc) bool { return d.Experience != nil }, leaf((*reader).experience)},
		{"degree", func(d *PredicateDoc) bool { return d.Degree != nil }, leaf((*reader).degree)},
		{"publications", func(d *PredicateDoc) bool { return d.Publications != nil }, leaf((*reader).publications)},
		{"location", func(d *PredicateDoc) bool { return d.Location != nil }, leaf((*reader).location)},
		{"authorization", func(d *PredicateDoc) bool { return d.Authorization != nil }, leaf((*reader).authorization)},
		{"availability", func(d *PredicateDoc) bool { return d.Availability != nil }, leaf((*reader).availability)},
		{"language", func(d *PredicateDoc) bool { return d.Language != nil }, leaf((*reader).language)},
		{"certification", func(d *PredicateDoc) bool { return d.Certification != nil }, leaf((*reader).certification)},
		{"evidence", func(d *PredicateDoc) bool { return d.Evidence != nil }, leaf((*reader).evidence)},
		{"any", func(d *PredicateDoc) bool { return d.Any != nil }, func(r *reader, n *yaml.Node, path string, depth int) Predicate {
			return &Any{Of: r.children(n, path, depth, 1)}
		}},
		{"all", func(d *PredicateDoc) bool { return d.All != nil }, func(r *reader, n *yaml.Node, path string, depth int) Predicate {
			return &All{Of: r.children(n, path, depth, 1)}
		}},
		{"at_least", func(d *PredicateDoc) bool { return d.AtLeast != nil }, (*reader).atLeast},
	}
	keys := make([]string, len(predicateSpecs))
	for i, s := range predicateSpecs {
		keys[i] = s.key
	}
	predicateKeys = strings.Join(keys, ", ")
}

// leaf adapts the reader of a predicate that holds no others.
func leaf(read func(r *reader, n *yaml.Node, path string) Predicate) func(*reader, *yaml.Node, string, int) Predicate {
	return func(r *reader, n *yaml.Node, path string, _ int) Predicate { return read(r, n, path) }
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
