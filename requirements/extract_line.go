package requirements

import (
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
// predicate over the line's key terms.
func (x *extractor) readQualification(line string) lineReading {
	return x.evidenceOf(line)
}

// readConstraint reads a line outside the qualification sections. ok is
// false when the line limits nothing about who may apply.
func (x *extractor) readConstraint(it item) (lineReading, bool) {
	return lineReading{}, false
}

// evidenceOf reads a line as free text: its key terms, any two of which
// (or the one, when there is one) must appear in the profile.
func (x *extractor) evidenceOf(line string) lineReading {
	terms := x.keyTerms(line)
	if len(terms) == 0 {
		terms = []string{strings.TrimSpace(line)}
	}
	min := 1
	if len(terms) > 1 {
		min = 2
	}
	return lineReading{
		Predicate: PredicateDoc{Evidence: &EvidenceDoc{Terms: terms, Min: min}},
		Reading:   "free text: evidence terms " + strings.Join(terms, ", "),
		FreeText:  true,
	}
}

// keyTerms picks the words of a line worth looking for in a profile: the
// skills and topics the vocabulary knows, then the other content words.
func (x *extractor) keyTerms(line string) []string {
	return nil
}
