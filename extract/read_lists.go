package extract

import (
	"regexp"
	"strings"
)

// listCues start an explicit list: "such as", "e.g.", "one or more of".
// findCue takes the first in the line, the longest where two start there.
var listCues = []string{"such as", "e.g.,", "e.g.", "e.g", "eg.", "including", "incl.", "like", "for example", "for instance",
	"at least one of the following", "one or more of the following", "some or all of the following", "any of the following",
	"one of the following", "all of the following", "two or more of the following", "the following",
	"one or more of", "two or more of", "at least one of", "at least two of", "one of", "any of", ":"}

// findCue finds the first list cue in low[from:to]: where it starts, and
// where the list after it starts.
func findCue(low string, from, to int) (cs, ce int, ok bool) {
	cs = to
	for _, c := range listCues {
		for off := from; off < to; {
			i := strings.Index(low[off:to], c)
			if i < 0 {
				break
			}
			i += off
			off = i + 1
			if isWordByte(c[0]) && i > 0 && isWordByte(low[i-1]) || isWordByte(c[len(c)-1]) && i+len(c) < len(low) && isWordByte(low[i+len(c)]) {
				continue // inside a word: "likely", "background:"
			}
			if i < cs || i == cs && i+len(c) > ce {
				cs, ce, ok = i, i+len(c), true
			}
			break
		}
	}
	for ok && ce < to && (low[ce] == ' ' || low[ce] == ',' || low[ce] == ':') {
		ce++
	}
	return cs, ce, ok
}

// parenRemark is parenthesized text that names nothing: "(preferred)", "(or similar)".
var parenRemark = regexp.MustCompile(`(?i)^(?:or\b|preferred|ideally|required|optional|a plus|plus|nice to have|strongly|highly|min|minimum|at least|not required|if applicable|i\.e\.|ie\b|see\b|\d+\+? ?(?:years?|yrs))`)

// groups reads the names a span asks for: parenthesized lists, a list
// after a cue, or else the skills and topics the text names.
func (x *extractor) groups(l *lineText, start, end int) []nameGroup {
	var out []nameGroup
	var asides [][2]int // remarks in parentheses: "(or 8 years and an MBA)"
	pos := start        // where the text not yet given to a group starts
	for scan := start; scan < end; {
		o := strings.IndexByte(l.s[scan:end], '(')
		if o < 0 {
			break
		}
		open := scan + o
		closeAt := matchingParen(l.s, open, end)
		scan = min(closeAt+1, end)
		inner := open + 1
		if cs, ce, ok := findCue(l.low, inner, closeAt); ok && cs == inner && l.low[cs] != ':' {
			inner = ce
		}
		if !x.isParenList(l, inner, closeAt, inner > open+1, pos, open) {
			if parenRemark.MatchString(strings.TrimSpace(l.s[inner:closeAt])) {
				asides = append(asides, [2]int{open, min(closeAt+1, end)})
			}
			continue // an abbreviation or a remark: not a list
		}
		items, known := x.chunkNames(l, inner, closeAt, true)
		head := x.headSkills(l, pos, open)
		g := nameGroup{names: x.dedupeNames(append(head, items...)), known: known + len(head), list: true, or: joinedByOr(l.low[pos:open])}
		if len(g.names) > 0 {
			out = append(out, g)
		}
		pos = scan
	}
	if len(out) == 0 {
		if g, ok := x.cueList(l, start, end); ok {
			return []nameGroup{g}
		}
		if g := x.plainGroup(l, start, end, asides); len(g.names) > 0 {
			return []nameGroup{g}
		}
		return nil
	}
	// Text after the last list counts when it names something known:
	// "… (e.g., Hadoop/Spark) and real-time systems that process stream data".
	if g := x.plainGroup(l, pos, end, asides); g.known > 0 || len(g.names) > 0 && len(g.names) <= 2 && wordCount(l.s[pos:end]) <= 6 {
		g.or = joinedByOr(l.low[pos:end])
		out = append(out, g)
	}
	return out
}

// isParenList decides whether parentheses hold a list of names: they
// follow a cue ("(e.g., Hadoop/Spark)"), hold several items, or hold one
// skill that does not abbreviate the words before it ("(HCI)").
func (x *extractor) isParenList(l *lineText, inner, closeAt int, cued bool, headStart, open int) bool {
	content := strings.TrimSpace(l.s[inner:closeAt])
	if content == "" || parenRemark.MatchString(content) {
		return false
	}
	low := l.low[inner:closeAt]
	if cued || strings.ContainsAny(content, ",/") || hasWordIn(low, "or") || hasWordIn(low, "and") {
		return true
	}
	ci, cj := l.tokenRange(inner, closeAt)
	if cj <= ci {
		return false
	}
	hits := x.names.ScanSkills(nil, l.toks[ci:cj], true, l.s)
	return len(hits) == 1 && !x.abbreviates(l, hits[0].Concept, headStart, open)
}

// headSkills are the skills named before a list. One counts unless it only
// qualifies a kind of thing: "ML framework (TensorFlow, …)" asks for a
// framework, "Java (Spring, Hibernate)" for Java too.
func (x *extractor) headSkills(l *lineText, start, end int) []string {
	var names []string
	i, j := l.tokenRange(start, end)
	for _, h := range x.names.ScanSkills(nil, l.toks[i:j], false, l.s) {
		if k := i + h.Last + 1; k < j && categoryNouns[l.word(k)] && strings.TrimSpace(l.s[l.toks[k-1].End:l.toks[k].Start]) == "" {
			continue
		}
		if h.Last > h.First && categoryNouns[l.word(i+h.Last)] && i+h.First > 0 && l.word(i+h.First-1) == "one" {
			// "one scripting language (Bash, Perl)": the list is the choice;
			// the kind of thing it is a choice of is not one more option.
			continue
		}
		names = append(names, l.surface(i+h.First, i+h.Last))
	}
	return names
}

// cueList reads "… such as A, B or C": the list after the cue, with the
// skills named before it.
func (x *extractor) cueList(l *lineText, start, end int) (nameGroup, bool) {
	for from := start; from < end; {
		cs, ce, ok := findCue(l.low, from, end)
		if !ok {
			break
		}
		from = cs + 1
		if l.s[cs] == ':' && !hasContent(l, ce, end) {
			continue
		}
		items, known := x.chunkNames(l, ce, clauseEnd(l, ce, end), true)
		if len(items) == 0 {
			continue
		}
		head := x.headSkills(l, start, cs)
		return nameGroup{names: x.dedupeNames(append(head, items...)), known: known + len(head), list: true}, true
	}
	return nameGroup{}, false
}

// plainGroup reads a span with no explicit list into one group, leaving
// out the asides in it.
func (x *extractor) plainGroup(l *lineText, start, end int, asides [][2]int) nameGroup {
	from := start
	var names []string
	known := 0
	for _, a := range asides {
		if a[1] <= start || a[0] >= end {
			continue
		}
		if a[0] > start {
			n, k := x.chunkNames(l, start, a[0], false)
			names, known = append(names, n...), known+k
		}
		start = a[1]
	}
	if start < end {
		n, k := x.chunkNames(l, start, end, false)
		names, known = append(names, n...), known+k
	}
	g := nameGroup{names: x.dedupeNames(names), known: known}
	g.commas = len(g.names) >= 2 && strings.Count(l.s[from:end], ",") >= 1
	for _, n := range g.names {
		g.commas = g.commas && strings.Count(n, " ") < 3
	}
	// Names joined by "and" or commas, with no "or", are all asked for.
	// The word that joins this span to a list before it does not count.
	span := strings.TrimLeft(l.low[from:end], " ,;")
	span = strings.TrimPrefix(strings.TrimPrefix(span, "and "), "with ")
	g.all = len(g.names) >= 2 && conjunction.MatchString(span) && !alternatives.MatchString(span)
	return g
}

// alternatives are the words that make names a choice rather than a set.
var conjunction = regexp.MustCompile(`\b(?:and|with|as well as|plus)\b|[,&]`)

var alternatives = regexp.MustCompile(`\b(?:or|either|any|one of|nor)\b|/`)

// abbreviates reports whether a skill in parentheses names the same thing
// as the words just before it.
func (x *extractor) abbreviates(l *lineText, concept string, start, end int) bool {
	i, j := l.tokenRange(start, end)
	for _, h := range x.names.ScanSkills(nil, l.toks[i:j], false, l.s) {
		if h.Concept == concept && i+h.Last == j-1 {
			return true
		}
	}
	return false
}

// matchingParen returns the index of the ')' closing the '(' at open, or end.
func matchingParen(s string, open, end int) int {
	depth := 0
	for i := open; i < end; i++ {
		switch s[i] {
		case '(':
			depth++
		case ')':
			depth--
			if depth == 0 {
				return i
			}
		}
	}
	return end
}

// joinedByOr reports whether the text between two lists joins them with
// "or": "(Java, C++) or one ML framework (…)".
func joinedByOr(between string) bool {
	t := strings.TrimLeft(between, " ,;)")
	return strings.HasPrefix(t, "or ") || strings.HasPrefix(t, "and/or ") || strings.HasPrefix(t, "or/")
}

// categoryNouns name a kind of thing: a skill before one only qualifies it.
var categoryNouns = wordSet(`framework frameworks language languages technologies technology tool tools tooling platform platforms
	system systems database databases library libraries package packages service services stack stacks
	environment environments software solutions products product ecosystem infrastructure applications concepts principles techniques methods
	queue queues broker brokers engine engines store stores`)
