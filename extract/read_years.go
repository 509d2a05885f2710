package extract

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/quals-dev/quals/requirements"
)

// yearsRE finds a number of years: "3+ years", "at least 3 years",
// "a minimum of three (3) years", "3-5 years" (group 1 is the lower bound),
// "1-year", "3 yrs", "5 or more years".
var yearsRE = regexp.MustCompile(`(?i)\b(\d{1,2}(?:\.\d)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty|a)\s*(?:\+|plus)?\s*(?:\(\d{1,2}\+?\)\s*)?(?:(?:-|to)\s*(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty)\s*\+?\s*)?(?:or more\s+)?-?\s*(years?|yrs?)\b\+?`)

var yearCues = cues("year", "yr")

// yearsMatches runs yearsRE only near the words "year" and "yr", so a long
// line costs little more than a short one. The indexes are the line's.
func yearsMatches(l *lineText) [][]int {
	var out [][]int
	done := 0 // bytes before this were searched
	for i := 0; i < len(l.low); {
		j := strings.Index(l.low[i:], "y")
		if j < 0 {
			break
		}
		i += j
		if !strings.HasPrefix(l.low[i:], "year") && !strings.HasPrefix(l.low[i:], "yr") || i > 0 && isWordByte(l.low[i-1]) {
			i++
			continue
		}
		ws, we := max(done, i-40), min(len(l.s), i+8)
		for _, m := range yearsRE.FindAllStringSubmatchIndex(l.s[ws:we], -1) {
			for k := range m {
				if m[k] >= 0 {
					m[k] += ws
				}
			}
			out = append(out, m)
			done = m[1]
		}
		i++
	}
	return out
}

// notExperienceAfter are words that make a number of years something else:
// "a 4-year degree", "two year full time program", "10 years old".
var notExperienceAfter = wordSet(`old ago degree degrees program programs college university student students course courses term contract period warranty plan commitment full-time`)

// notExperienceBefore are words that make it a time frame, not a length
// of experience: "within the last 2 years", "graduating in 2 years".
var notExperienceBefore = wordSet(`within last past next every per graduating graduate first final`)

// timeFrameBefore reports whether one of the three words before a number
// of years makes it a time frame: "graduating in 2 years".
func timeFrameBefore(before string) bool {
	for range 3 {
		w := trailingWord(before)
		if notExperienceBefore[w] {
			return true
		}
		before = strings.TrimSuffix(strings.TrimRight(before, " "), w)
	}
	return false
}

// yearsReading is the years of experience a line asks for.
type yearsReading struct {
	years      float64
	pred       requirements.PredicateDoc
	start, end int  // bytes of the years phrase in the line
	topical    bool // the topics come from the words after the years, not a fallback
}

// yearsPhrase is a number of years of experience a line names.
type yearsPhrase struct {
	years      float64
	start, end int // bytes of the phrase in the line
}

// yearsPhrases finds the numbers of years in a line that are lengths of
// experience, not of a degree, a programme or a time frame.
func yearsPhrases(l *lineText) []yearsPhrase {
	if !yearCues.in(l.low) {
		return nil
	}
	var out []yearsPhrase
	for _, m := range yearsMatches(l) {
		n, ok := parseCount(l.low[m[2]:m[3]])
		if !ok || n <= 0 || n > 60 {
			continue
		}
		unit := l.low[m[4]:m[5]]
		after := l.low[m[1]:]
		next := leadingWord(after)
		if notExperienceAfter[next] || timeFrameBefore(l.low[:m[0]]) {
			continue
		}
		// "a 4-year degree": a singular year joined by a hyphen describes
		// a thing; "1-year of experience" still counts.
		if (unit == "year" || unit == "yr") && n > 1 && next != "of" && next != "experience" {
			continue
		}
		if l.low[m[2]:m[3]] == "a" && next != "of" {
			continue
		}
		out = append(out, yearsPhrase{years: n, start: m[0], end: m[1]})
	}
	return out
}

// readYears reads the first "N years of experience in X" of a line into
// experience in the topics of X with min_years N. Without a topic it takes
// the line's key terms, and failing those asks for N years of dated work
// of any kind.
func (x *extractor) readYears(l *lineText) (yearsReading, bool) {
	ps := yearsPhrases(l)
	if len(ps) == 0 {
		return yearsReading{}, false
	}
	r := yearsReading{years: ps[0].years, start: ps[0].start, end: ps[0].end}
	r.pred, r.topical = x.yearsPredicate(l, ps[0].end, len(l.s), ps[0].years, 0, len(l.s))
	return r, true
}

// leadingWord is the first word of s: letters, digits, "-" and "'".
func leadingWord(s string) string {
	s = strings.TrimLeft(s, " '")
	for i := 0; i < len(s); i++ {
		if !isWordByte(s[i]) && s[i] != '-' && s[i] != '\'' {
			return s[:i]
		}
	}
	return s
}

// parseCount reads a count written in digits or words.
func parseCount(s string) (float64, bool) {
	if n, ok := countWords[s]; ok {
		return float64(n), true
	}
	f, err := strconv.ParseFloat(s, 64)
	return f, err == nil
}

// yearsLead are the words between the years and their topic: "of relevant
// professional experience in", "working with".
var yearsLead = regexp.MustCompile(`(?i)^['\s]*(?:of\s+)?(?:(?:relevant|related|professional|progressive|proven|practical|hands-on|direct|total|combined|full-time|post-graduate|postgraduate|industry|industrial|work|working|job|technical|demonstrated|prior|previous|recent|overall|paid|commercial|applicable|significant)\s+)*(?:experience\s*|exp\.?\s*)?(?:(?:with|in|of|on|at|as|using|across|within|working with|working in|working on|working as|building|developing|designing|doing|leading|managing|running|delivering)\b\s*)?`)

// yearsPredicate reads the topics after the years phrase ending at byte
// from, and makes the experience predicate; topical is false when the
// words after the years name no topic and the line's key terms (or the
// job title's) stand in.
func (x *extractor) yearsPredicate(l *lineText, from, limit int, years float64, termsFrom, termsTo int) (p requirements.PredicateDoc, topical bool) {
	end := clauseEnd(l, from, limit)
	// "5 years of recruiting experience in …": the words before
	// "experience" are the topic.
	if lead := yearsLead.FindStringIndex(l.s[from:end]); lead != nil {
		rest := l.low[from+lead[1] : end]
		if i := strings.Index(rest, "experience"); i > 0 && strings.Count(rest[:i], " ") <= 5 && !strings.ContainsAny(rest[:i], "(") {
			if gs := x.groups(l, from+lead[1], from+lead[1]+i); len(gs) > 0 {
				return namesPredicate(experienceKind, gs, years), true
			}
			from += lead[1] + i + len("experience")
			if lead2 := yearsLead.FindStringIndex(l.s[from:end]); lead2 != nil {
				from += lead2[1]
			}
		} else {
			from += lead[1]
		}
	}
	if gs := x.groups(l, from, end); len(gs) > 0 {
		return namesPredicate(experienceKind, gs, years), true
	}
	topics := x.keyTerms(l.s[termsFrom:termsTo])
	if len(topics) == 0 {
		// "3 years of relevant experience": dated work of any kind.
		return requirements.PredicateDoc{Experience: &requirements.NamesDoc{MinYears: years}}, false
	}
	return requirements.PredicateDoc{Experience: &requirements.NamesDoc{Any: requirements.List(topics), MinYears: years}}, false
}

// readYearsPredicate reads the years of experience a line asks for. Each
// number of years takes the topics of its own clause, up to the next:
// "5+ years of professional experience, including 2 years with
// Kubernetes" asks for both, "5 years of Java or 3 of Go" for either.
func (x *extractor) readYearsPredicate(l *lineText) (requirements.PredicateDoc, bool) {
	ps := yearsPhrases(l)
	if len(ps) <= 1 {
		y, ok := x.readYears(l)
		return y.pred, ok
	}
	var of []requirements.PredicateDoc
	or := false
	for i, p := range ps {
		start, limit := 0, len(l.s)
		if i > 0 {
			start = p.start
			or = or || hasWordIn(l.low[ps[i-1].end:p.start], "or")
		}
		if i+1 < len(ps) {
			limit = ps[i+1].start
		}
		pred, _ := x.yearsPredicate(l, p.end, limit, p.years, start, limit)
		of = append(of, pred)
	}
	if or {
		return anyDoc(of...), true
	}
	return allDoc(of...), true
}
