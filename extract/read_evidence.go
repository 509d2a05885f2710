package extract

import (
	"strings"

	"github.com/quals-dev/quals/requirements"
)

// evidenceOf reads a line as free text: its key terms, of which the
// profile must show one when there are one or two, and two when more.
func (x *extractor) evidenceOf(line string) lineReading {
	return x.evidenceOfLine(x.prepare(line))
}

func (x *extractor) evidenceOfLine(l *lineText) lineReading {
	terms := x.keyTermsOf(l)
	if len(terms) == 0 {
		// No word worth a term: the line itself, so it is never dropped.
		terms = []string{l.s}
		if l.s == "" {
			terms = []string{"(empty line)"}
		}
	}
	least := 1
	if len(terms) > 2 {
		least = 2
	}
	return lineReading{
		Predicate: requirements.PredicateDoc{Evidence: &requirements.EvidenceDoc{Terms: terms, Min: least}},
		Reading:   "free text: evidence terms " + strings.Join(terms, ", "),
		FreeText:  true,
	}
}

// maxKeyTerms bounds the evidence terms of one line.
const maxKeyTerms = 6

// keyTerms picks the words of a line worth looking for in a profile: the
// skills and fields the vocabulary knows, as the line writes them, then
// the other content words (not stop words, not generic ones such as
// "experience", "strong" or "ability"; a hyphenated compound such as
// "open-ended" is one word), at most maxKeyTerms in all.
func (x *extractor) keyTerms(line string) []string {
	return x.keyTermsOf(x.prepare(line))
}

func (x *extractor) keyTermsOf(l *lineText) []string {
	covered := make([]bool, len(l.toks))
	var terms []string
	seen := map[string]bool{}
	add := func(term, key string) {
		if !seen[key] && len(terms) < maxKeyTerms {
			seen[key] = true
			terms = append(terms, term)
		}
	}
	mark := func(first, last int) bool {
		for k := first; k <= last; k++ {
			if covered[k] {
				return false
			}
		}
		for k := first; k <= last; k++ {
			covered[k] = true
		}
		return true
	}
	for _, h := range x.knownSpans(l, 0, len(l.toks)) {
		if mark(h.First, h.Last) {
			add(l.surface(h.First, h.Last), h.Concept)
		}
	}
	for k := 0; k < len(l.toks); k++ {
		j := k
		for j+1 < len(l.toks) && l.toks[j].HyphenNext {
			j++ // "open-ended", "real-world": one word
		}
		if j > k {
			content := false
			for i := k; i <= j; i++ {
				content = content || !l.isStop(i) && !covered[i]
			}
			if content && !covered[k] && !covered[j] {
				add(strings.ToLower(l.surface(k, j)), l.low[l.toks[k].Start:l.toks[j].End])
			}
			k = j
			continue
		}
		w := l.word(k)
		if covered[k] || l.isStop(k) || len(w) < 3 || isNumeric(w) || l.toks[k].Keyword && !startsCapital(l.surface(k, k)) {
			continue
		}
		term := l.surface(k, k)
		if !allCapsWord(term) {
			term = w
		}
		add(term, l.toks[k].Term)
	}
	return terms
}

// allCapsWord reports whether a word is written in capitals ("SQL", "GCP"):
// such words keep their case as terms.
func allCapsWord(s string) bool {
	upper := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= 'A' && s[i] <= 'Z' {
			upper++
		}
	}
	return upper >= 2
}

// titleTopics are what the job title names, for an experience requirement
// whose line names no topic: the title's skills, else its key words, else
// "work experience".
func (x *extractor) titleTopics() []string {
	if x.doc.Title != "" {
		if terms := x.keyTerms(x.doc.Title); len(terms) > 0 {
			return terms
		}
	}
	return []string{"work experience"}
}
