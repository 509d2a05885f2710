package requirements

import (
	"slices"
	"strconv"
	"strings"
)

// lineReading is what one line says, read into a predicate.
type lineReading struct {
	Predicate PredicateDoc
	Reading   string // how it was read, for the report
	FreeText  bool   // nothing structured was found: evidence terms only
}

// readQualification reads a line of a qualification section. It always
// returns a predicate: when nothing structured can be read, an evidence
// predicate over the line's key terms. A line of several sentences is
// read sentence by sentence and the readings combined with all; a
// sentence that says nothing structured is kept as evidence beside them,
// unless it says it is only a plus ("German is a plus"), which the
// reading then notes as not required.
func (x *extractor) readQualification(line string) lineReading {
	l := x.prepare(line)
	parts := sentenceSpans(l.s)
	if len(parts) == 1 {
		if p, ok := x.readClause(l); ok {
			return lineReading{Predicate: p, Reading: describeDoc(p)}
		}
		return x.evidenceOfLine(l)
	}
	var of []PredicateDoc
	var readings []string
	found := false
	var optional []string // sentences saying they are a plus: not required
	lines := make([]*lineText, len(parts))
	for i, sp := range parts {
		lines[i] = x.prepare(l.s[sp[0]:sp[1]])
		if optionalRE.MatchString(lines[i].low) {
			optional = append(optional, lines[i].s)
		}
	}
	if len(optional) == len(parts) {
		optional = nil // all of them a plus: read them all
	}
	for _, sl := range lines {
		if slices.Contains(optional, sl.s) {
			continue
		}
		if p, ok := x.readClause(sl); ok {
			found = true
			of = append(of, p)
			readings = append(readings, describeDoc(p))
			continue
		}
		if terms := x.keyTermsOf(sl); len(terms) > 0 {
			of = append(of, PredicateDoc{Evidence: &EvidenceDoc{Terms: List(terms), Min: 1}})
			readings = append(readings, "evidence terms "+strings.Join(terms, ", "))
		}
	}
	if !found {
		return x.evidenceOfLine(l)
	}
	for _, o := range optional {
		readings = append(readings, "not required: "+strconv.Quote(o))
	}
	return lineReading{Predicate: allDoc(of...), Reading: strings.Join(readings, "; ")}
}

// readClause reads one sentence into a structured predicate, trying the
// readers from the most specific down; ok is false when none reads it.
func (x *extractor) readClause(l *lineText) (PredicateDoc, bool) {
	if p, ok := x.readAuthorization(l); ok {
		return p, true
	}
	if cs := x.residenceCountries(l); len(cs) > 0 {
		return PredicateDoc{Location: &LocationDoc{Countries: cs}}, true
	}
	if p, ok := x.readDegreeLine(l); ok {
		return p, true
	}
	if y, ok := x.readYears(l); ok {
		return y.pred, true
	}
	if p, ok := x.readLanguages(l); ok {
		return p, true
	}
	if ws, ok := readWindows(l); ok {
		return windowsPredicate(ws), true
	}
	if p, ok := x.readPublicationsLine(l); ok {
		return p, true
	}
	if p, _, ok := x.certificationsIn(l); ok {
		// "Experience with Kubernetes and a CKA certification": both.
		if names, ok := x.readNames(l, 0, len(l.s)); ok && !sharesNames(names, p.Certification.Any) {
			return allDoc(names, p), true
		}
		return p, true
	}
	return x.readNames(l, 0, len(l.s))
}

// sharesNames reports whether a predicate names one of names, or a part
// of one ("AWS" of "AWS Certified Solutions Architect").
func sharesNames(p PredicateDoc, names []string) bool {
	var all []string
	var walk func(PredicateDoc)
	walk = func(p PredicateDoc) {
		for _, n := range []*NamesDoc{p.Skill, p.Experience} {
			if n != nil {
				all = append(append(all, n.Any...), n.All...)
			}
		}
		for _, c := range append(append([]PredicateDoc(nil), p.Any...), p.All...) {
			walk(c)
		}
	}
	walk(p)
	for _, a := range all {
		for _, n := range names {
			if strings.Contains(strings.ToLower(n), strings.ToLower(a)) {
				return true
			}
		}
	}
	return false
}

// anyDoc and allDoc combine predicates, flattening nested ones of the same kind.
func anyDoc(ps ...PredicateDoc) PredicateDoc {
	var of []PredicateDoc
	for _, p := range ps {
		if p.Any != nil {
			of = append(of, p.Any...)
		} else {
			of = append(of, p)
		}
	}
	if len(of) == 1 {
		return of[0]
	}
	return PredicateDoc{Any: of}
}

func allDoc(ps ...PredicateDoc) PredicateDoc {
	var of []PredicateDoc
	for _, p := range ps {
		if p.All != nil {
			of = append(of, p.All...)
		} else {
			of = append(of, p)
		}
	}
	if len(of) == 1 {
		return of[0]
	}
	return PredicateDoc{All: of}
}

// sentenceAbbreviations end in a period without ending a sentence.
var sentenceAbbreviations = wordSet(`e.g eg i.e ie etc vs approx incl min max no dept inc ltd jr sr dr mr ms mrs st yrs yr esp`)

// sentenceSpans splits a line at the ends of its sentences (". ", "; "
// before a capital), never inside "e.g." or "B.S.", and never leaving a
// piece of fewer than three words.
func sentenceSpans(s string) [][2]int {
	var out [][2]int
	start := 0
	for i := 0; i+2 < len(s); i++ {
		c := s[i]
		if (c != '.' && c != ';' && c != '!' && c != '?') || s[i+1] != ' ' || !(s[i+2] >= 'A' && s[i+2] <= 'Z') {
			continue
		}
		if c == '.' {
			w := trailingWord(s[start:i])
			if sentenceAbbreviations[strings.ToLower(w)] || strings.Contains(w, ".") || len(w) == 1 {
				continue
			}
		}
		if wordCount(s[start:i]) < 3 || wordCount(s[i+1:]) < 3 {
			continue
		}
		out = append(out, [2]int{start, i + 1})
		start = i + 2
	}
	return append(out, [2]int{start, len(s)})
}
