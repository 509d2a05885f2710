package extract

import (
	"strings"

	"github.com/quals-dev/quals/requirements"
)

// nameKind says what a list of names asks for.
type nameKind uint8

const (
	noKind nameKind = iota
	skillKind
	experienceKind
)

// nameGroup is one list of names within a line, and how it joins the one
// before it ("Java or C++ (…) or one ML framework (…)").
type nameGroup struct {
	names  []string
	known  int  // how many of them the vocabulary knows
	list   bool // an explicit list: parentheses or "such as"
	commas bool // short phrases between commas: "logistics, shipping, or supply chain"
	or     bool // joined to the previous group by "or"
	all    bool // names the candidate needs every one of: "AWS, Docker and Kubernetes"
}

// namesPredicate turns the groups of a span into a skill or experience
// predicate: one group is a list, several are combined with any when the
// line joins them with "or", else all.
func namesPredicate(kind nameKind, gs []nameGroup, minYears float64) requirements.PredicateDoc {
	make1 := func(g nameGroup) requirements.PredicateDoc {
		n := &requirements.NamesDoc{Any: requirements.List(g.names), MinYears: minYears}
		if g.all {
			n = &requirements.NamesDoc{All: requirements.List(g.names), MinYears: minYears}
		}
		if kind == experienceKind {
			return requirements.PredicateDoc{Experience: n}
		}
		return requirements.PredicateDoc{Skill: n}
	}
	if len(gs) == 1 {
		return make1(gs[0])
	}
	anyDoc := false
	var of []requirements.PredicateDoc
	for i, g := range gs {
		if i > 0 && g.or {
			anyDoc = true
		}
		of = append(of, make1(g))
	}
	if anyDoc {
		return requirements.PredicateDoc{Any: of}
	}
	return requirements.PredicateDoc{All: of}
}

// groupsStructured reports whether groups say something a profile can be
// checked against: a name the vocabulary knows, an explicit list of names,
// or a list of topics of experience.
func groupsStructured(kind nameKind, gs []nameGroup) bool {
	for _, g := range gs {
		// "Experience in logistics, shipping, or supply chain software":
		// short phrases in a list are topics of experience.
		listed := g.commas && kind == experienceKind && len(g.names) >= 3
		if g.known > 0 || listed || g.list && namesLookLikeNames(g.names) {
			return true
		}
	}
	return false
}

// namesLookLikeNames reports whether most of a list are written as names
// are ("Vivado, Catapult or Stratus"), not as ordinary words.
func namesLookLikeNames(names []string) bool {
	n := 0
	for _, s := range names {
		if startsCapital(s) || strings.ContainsAny(s, "+#.0123456789") {
			n++
		}
	}
	return 2*n >= len(names) && n > 0
}

// readNames reads a line, or the part of it from..to, that asks for
// skills or experience. Frames after the first are read too and joined
// with all: "Experience with Python, and experience with SQL".
func (x *extractor) readNames(l *lineText, from, to int) (requirements.PredicateDoc, bool) {
	kind, start, end, next := frameOf(l, from, to)
	if kind == noKind {
		if from > 0 {
			return requirements.PredicateDoc{}, false
		}
		return x.readBareList(l)
	}
	var of []requirements.PredicateDoc
	if gs := x.groups(l, start, end); groupsStructured(kind, gs) {
		of = append(of, namesPredicate(kind, gs, 0))
	}
	if next > from && next < to {
		if more, ok := x.readNames(l, next, to); ok {
			if len(of) > 0 && joinedByOr(l.low[next:to]) {
				// "…, or equivalent experience in …": an alternative.
				return anyDoc(of[0], more), true
			}
			of = append(of, more)
		}
	}
	if len(of) == 0 {
		return requirements.PredicateDoc{}, false
	}
	return allDoc(of...), true
}

// readBareList reads a line that is only a list of skills: "Python, SQL
// and Tableau", "C/C++ programming".
func (x *extractor) readBareList(l *lineText) (requirements.PredicateDoc, bool) {
	hits := x.names.ScanSkills(nil, l.toks, false, l.s)
	if len(hits) == 0 {
		return requirements.PredicateDoc{}, false
	}
	covered := make([]bool, len(l.toks))
	technical := 0
	for _, h := range hits {
		for k := h.First; k <= h.Last; k++ {
			covered[k] = true
		}
		switch x.vocabulary.SkillCategory(h.Concept) {
		case "soft", "topic", "methodology":
		default:
			technical++
		}
	}
	other := 0
	for k := range l.toks {
		if !covered[k] && !l.isStop(k) && !codingWords[l.word(k)] {
			other++
		}
	}
	if technical == 0 || other > 2 {
		return requirements.PredicateDoc{}, false
	}
	gs := x.groups(l, 0, len(l.s))
	if len(gs) == 0 {
		return requirements.PredicateDoc{}, false
	}
	return namesPredicate(skillKind, gs, 0), true
}

// codingWords say how a skill is used, not which.
var codingWords = wordSet(`programming coding code development developing scripting writing software engineering`)
