package extract

import (
	"slices"
	"strconv"
	"strings"

	"github.com/quals-dev/quals/requirements"
)

// lineReading is what one line says, read into a predicate.
type lineReading struct {
	Predicate requirements.PredicateDoc
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
			return lineReading{Predicate: p, Reading: x.describe(p)}
		}
		return x.evidenceOfLine(l)
	}
	var of []requirements.PredicateDoc
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
			readings = append(readings, x.describe(p))
			continue
		}
		if terms := x.keyTermsOf(sl); len(terms) > 0 {
			of = append(of, requirements.PredicateDoc{Evidence: &requirements.EvidenceDoc{Terms: requirements.List(terms), Min: 1}})
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

// clauseReaders read one sentence into a predicate, the most specific
// first: the first that reads it wins. Each is a function of the sentence
// (and of the vocabulary and the posting read so far, through x).
var clauseReaders = []struct {
	reads string
	read  func(x *extractor, l *lineText) (requirements.PredicateDoc, bool)
}{
	{"work authorization", (*extractor).readAuthorization},
	{"countries of residence", (*extractor).readResidence},
	{"a degree", (*extractor).readDegreeLine},
	{"years of experience", (*extractor).readYearsPredicate},
	{"spoken languages", (*extractor).readLanguages},
	{"start dates", readStartDates},
	{"publications", (*extractor).readPublicationsLine},
	{"certifications", (*extractor).readCertifications},
	{"skills and experience", (*extractor).readAllNames},
}

// readClause reads one sentence into a structured predicate through
// clauseReaders; ok is false when none reads it.
func (x *extractor) readClause(l *lineText) (requirements.PredicateDoc, bool) {
	for _, r := range clauseReaders {
		if p, ok := r.read(x, l); ok {
			return p, true
		}
	}
	return requirements.PredicateDoc{}, false
}

// readAllNames reads the skills and experience a whole sentence names.
func (x *extractor) readAllNames(l *lineText) (requirements.PredicateDoc, bool) {
	return x.readNames(l, 0, len(l.s))
}

// sharesNames reports whether a predicate names one of names, or a part
// of one ("AWS" of "AWS Certified Solutions Architect").
func sharesNames(p requirements.PredicateDoc, names []string) bool {
	var all []string
	var walk func(requirements.PredicateDoc)
	walk = func(p requirements.PredicateDoc) {
		for _, n := range []*requirements.NamesDoc{p.Skill, p.Experience} {
			if n != nil {
				all = append(append(all, n.Any...), n.All...)
			}
		}
		for _, c := range append(append([]requirements.PredicateDoc(nil), p.Any...), p.All...) {
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
func anyDoc(ps ...requirements.PredicateDoc) requirements.PredicateDoc {
	var of []requirements.PredicateDoc
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
	return requirements.PredicateDoc{Any: of}
}

func allDoc(ps ...requirements.PredicateDoc) requirements.PredicateDoc {
	var of []requirements.PredicateDoc
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
	return requirements.PredicateDoc{All: of}
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
