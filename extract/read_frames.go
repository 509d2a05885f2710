package extract

import (
	"strings"
)

// Frames are how a line asks for names: "Experience with" asks for
// experience, "Knowledge of" or "proficiency in" for a skill.
var (
	experienceWords = wordSet(`experience experiences experienced background worked`)
	skillWords      = wordSet(`knowledge proficiency proficient familiarity familiar understanding expertise fluency competency competence mastery comfortable skills skill skilled exposure`)
	framePreps      = wordSet(`with in of on using to across within at`)
	codingVerbs     = wordSet(`code program write`)
)

// notFrame are words that make "experience" a name rather than the frame:
// "user experience", "customer experience".
var notFrame = wordSet(`user customer candidate developer guest patient employee member client player`)

// frame is a frame found in a line: its kind, its bytes (with the
// preposition after it), and whether a preposition follows.
type frame struct {
	kind       nameKind
	start, end int
	prep       bool
}

// frameAt reads a frame starting at token k.
func frameAt(l *lineText, k int) (frame, bool) {
	w, next := l.word(k), l.word(k+1)
	last := k
	f := frame{kind: skillKind}
	switch {
	case experienceWords[w]:
		if notFrame[l.word(k-1)] {
			return f, false
		}
		f.kind = experienceKind
	case w == "track" && next == "record", w == "history" && next == "of":
		f.kind, last = experienceKind, k+1
		f.prep = w == "history"
	case w == "command" && next == "of", (w == "programming" || w == "coding") && next == "in":
		last, f.prep = k+1, true
	case w == "ability" && next == "to" && codingVerbs[l.word(k+2)]:
		last = k + 2
	case skillWords[w]:
	default:
		return f, false
	}
	f.start, f.end = l.toks[k].Start, l.toks[last].End
	// "skills in Python" names skills; "skills with the ability to …" does not.
	if p := l.word(last + 1); !f.prep && framePreps[p] && (!strings.HasPrefix(w, "skill") || p == "in") {
		f.prep, f.end = true, l.toks[last+1].End
	}
	return f, true
}

// frameOf finds the first frame in from..to and the span naming what it
// asks for: the text after it when a preposition follows ("experience
// with …"), else the text before it, cut at the start of its clause
// ("Strong Python skills"), else the text after it. next is where to look
// for another frame.
func frameOf(l *lineText, from, to int) (kind nameKind, start, end, next int) {
	i, j := l.tokenRange(from, to)
	for k := i; k < j; k++ {
		f, ok := frameAt(l, k)
		if !ok || f.end > to {
			continue
		}
		if !f.prep {
			if cs := clauseStart(l, from, f.start); hasContent(l, cs, f.start) {
				return f.kind, cs, f.start, f.end
			}
		}
		if hasContent(l, f.end, to) {
			stop := clauseEnd(l, f.end, to)
			return f.kind, f.end, stop, stop
		}
	}
	return noKind, 0, 0, 0
}

// clauseStart is where the clause holding byte at starts: after "with",
// "who", "that" or a semicolon ("Goal oriented individual with strong
// analytical skills" → "strong analytical").
func clauseStart(l *lineText, from, at int) int {
	low := l.low[from:at]
	best := 0
	for _, m := range []string{" with ", "; ", ". ", " who ", " that ", " which "} {
		if i := strings.LastIndex(low, m); i >= 0 && i+len(m) > best {
			best = i + len(m)
		}
	}
	return from + best
}

func trailingWord(s string) string {
	s = strings.TrimRight(s, " ")
	if i := strings.LastIndexByte(s, ' '); i >= 0 {
		return s[i+1:]
	}
	return s
}

// clauseEnd is where a list that starts at start ends: at the end of the
// sentence or where a new clause begins ("…, with a focus on …", "…, or
// equivalent experience"), never inside parentheses or after "e.g.".
func clauseEnd(l *lineText, start, end int) int {
	depth := 0
	for i := start; i < end; i++ {
		switch l.s[i] {
		case '(':
			depth++
		case ')':
			depth = max(0, depth-1)
		case ';':
			if depth == 0 {
				return i
			}
		case '.':
			if depth == 0 && i+1 < end && l.s[i+1] == ' ' && !abbreviationEnd(l.s[start:i]) {
				return i
			}
		case ',', ' ':
			if depth == 0 && hasPrefixAny(l.low[i:end], clauseBreaks...) {
				return i
			}
		}
	}
	return end
}

// clauseBreaks begin a new clause after a list.
var clauseBreaks = []string{", with ", " with a ", " with an ", ", and experience", " and experience", ", and/or experience", ", or equivalent", " or equivalent", ", as well as", " as well as ", ", and knowledge", " and knowledge of", ", and familiarity", " and familiarity with", ", and proficiency", " and proficiency in"}

func hasPrefixAny(s string, prefixes ...string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// abbreviationEnd reports whether s ends with a word whose period is not a
// sentence's end: "e.g", "etc", "B.S", "Inc".
func abbreviationEnd(s string) bool {
	w := trailingWord(s)
	return sentenceAbbreviations[strings.ToLower(w)] || strings.Contains(w, ".") || len(w) <= 1
}
