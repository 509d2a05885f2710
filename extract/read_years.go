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

// readYears reads "N years of experience in X" into experience in the
// topics of X with min_years N. Without a topic it takes the line's key
// terms, and failing those the job title's.
func (x *extractor) readYears(l *lineText) (yearsReading, bool) {
	if !yearCues.in(l.low) {
		return yearsReading{}, false
	}
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
		r := yearsReading{years: n, start: m[0], end: m[1]}
		r.pred, r.topical = x.yearsPredicate(l, m[1], n)
		return r, true
	}
	return yearsReading{}, false
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
func (x *extractor) yearsPredicate(l *lineText, from int, years float64) (p requirements.PredicateDoc, topical bool) {
	end := clauseEnd(l, from, len(l.s))
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
	topics := x.keyTerms(l.s)
	if len(topics) == 0 {
		topics = x.titleTopics()
	}
	return requirements.PredicateDoc{Experience: &requirements.NamesDoc{Any: requirements.List(topics), MinYears: years}}, false
}

// readYearsPredicate reads the years of experience a line asks for.
func (x *extractor) readYearsPredicate(l *lineText) (requirements.PredicateDoc, bool) {
	y, ok := x.readYears(l)
	return y.pred, ok
}
