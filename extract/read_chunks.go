package extract

import (
	"slices"
	"strings"

	"github.com/quals-dev/quals/internal/lexicon"
	"github.com/quals-dev/quals/internal/text"
	"github.com/quals-dev/quals/vocab"
)

// listConnectors join the items of a list; chunkConnectors also end a
// phrase in running text ("systems that process stream data").
var (
	listConnectors  = wordSet(`and or nor etc`)
	chunkConnectors = wordSet(`and or nor etc that which who whose with in for to on of using including across within from by as at through via into over like such e.g i.e when where while both either`)
)

// leadingVerbs start a phrase by saying what is done, not with what:
// "solving analytical problems", "serving as".
var leadingVerbs = wordSet(`serving working using building developing designing managing leading creating delivering driving running
	supporting implementing conducting performing applying solving analyzing analysing maintaining deploying operating executing owning
	partnering collaborating handling making doing taking providing helping engaging crafting influencing shaping writing capacity`)

// trailingFillers end a phrase without naming anything: "Java experience".
var trailingFillers = wordSet(`experience experiences skills skill knowledge background expertise proficiency etc abilities ability understanding years year yrs program programs degree degrees certification certifications certificate certificates
	required preferred acceptable desired optional mandatory necessary essential welcome`)

// phraseVerbs end the name a phrase holds: what follows says something of
// it ("others is acceptable", "Spark would be a plus").
var phraseVerbs = wordSet(`is are was were be been will would should can could must may might`)

// chunkNames splits a span into phrases at list punctuation and connector
// words and names each: the skills the vocabulary finds in it (as the
// posting wrote them), or else the phrase itself, trimmed of stop words,
// when it is short. list says the span is an explicit list, where every
// item counts and ambiguous names ("Go", "R") are skills. known counts the
// names the vocabulary knows.
func (x *extractor) chunkNames(l *lineText, start, end int, list bool) (names []string, known int) {
	i, j := l.tokenRange(start, end)
	if i >= j {
		return nil, 0
	}
	toks := l.toks[i:j]
	hits := x.names.ScanSkills(nil, toks, list, l.s)
	covered := make([]int, len(toks)) // 1 + index of the hit covering the token, or 0
	for n, h := range hits {
		for k := h.First; k <= h.Last; k++ {
			covered[k] = n + 1
		}
	}
	connectors := chunkConnectors
	if list {
		connectors = listConnectors
	}
	chunkStart := 0
	flush := func(upto int) {
		if upto > chunkStart {
			n, k := x.chunkName(l, i, toks, covered, hits, chunkStart, upto)
			names = append(names, n...)
			known += k
		}
	}
	for k := range toks {
		if k > 0 && covered[k] != 0 && covered[k] == covered[k-1] {
			continue // inside a name: "CI/CD", "research and development"
		}
		gap := l.s[max(start, toksEnd(toks, k-1)):toks[k].Start]
		switch {
		case covered[k] == 0 && connectors[l.word(i+k)]:
			flush(k)
			chunkStart = k + 1
		case k > 0 && strings.ContainsAny(gap, ",;()/:|&"):
			flush(k)
			chunkStart = k
		}
	}
	flush(len(toks))
	return names, known
}

func toksEnd(toks []text.Token, k int) int {
	if k < 0 {
		return 0
	}
	return toks[k].End
}

// chunkName names one phrase toks[a:b] (offset base in the line).
func (x *extractor) chunkName(l *lineText, base int, toks []text.Token, covered []int, hits []lexicon.Hit, a, b int) ([]string, int) {
	var names []string
	seen := 0
	for k := a; k < b; k++ {
		if n := covered[k]; n != 0 && n != seen {
			seen = n
			h := hits[n-1]
			names = append(names, l.surface(base+h.First, base+h.Last))
		}
	}
	if len(names) > 0 {
		return names, len(names)
	}
	for k := a; k < b; k++ {
		if phraseVerbs[l.word(base+k)] {
			b = k
			break
		}
	}
	for a < b && (l.isStop(base+a) || leadingVerbs[l.word(base+a)]) {
		if l.toks[base+a].HyphenNext && a+1 < b {
			a++ // "large-scale pipelines": the compound goes whole
		}
		a++
	}
	for b > a && (lineStopWords[l.word(base+b-1)] || trailingFillers[l.word(base+b-1)]) {
		b--
	}
	if a >= b {
		return nil, 0
	}
	if b-a > 3 {
		a = b - 3 // the head of a long phrase is at its end
		for a < b && l.isStop(base+a) {
			a++
		}
		if a >= b {
			return nil, 0
		}
	}
	if one := l.surface(base+a, base+a); b-a == 1 && (len(one) < 3 || isNumeric(l.word(base+a)) || degreeAbbreviations[one] != vocab.NoLevel || certificationAcronyms[one]) {
		return nil, 0 // "the MBA program", "a CKA certification": read elsewhere
	}
	return []string{l.surface(base+a, base+b-1)}, 0
}

func isNumeric(w string) bool {
	for i := 0; i < len(w); i++ {
		if (w[i] < '0' || w[i] > '9') && w[i] != '.' && w[i] != '+' {
			return false
		}
	}
	return w != ""
}

// dedupeNames drops names that repeat one before them, without case.
func (x *extractor) dedupeNames(names []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, n := range names {
		k := strings.ToLower(n)
		if seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, n)
	}
	return out
}

// knownSpans lists the skills and fields the vocabulary finds in tokens
// [i, j), the longer first where they overlap ("operations research" the
// field over "research" the topic), in line order.
func (x *extractor) knownSpans(l *lineText, i, j int) []lexicon.Hit {
	toks := l.toks[i:j]
	all := x.names.ScanSkills(nil, toks, false, l.s)
	skills := len(all)
	all = x.names.ScanFields(all, toks)
	taken := make([]bool, len(toks))
	var out []lexicon.Hit
	for len(out) < len(all) {
		best := -1
		for k, h := range all {
			if h.First < 0 {
				continue
			}
			if best < 0 || h.Last-h.First > all[best].Last-all[best].First || h.Last-h.First == all[best].Last-all[best].First && k < skills && best >= skills {
				best = k
			}
		}
		if best < 0 {
			break
		}
		h := all[best]
		all[best].First = -1
		free := true
		for k := h.First; k <= h.Last; k++ {
			free = free && !taken[k]
		}
		if !free {
			continue
		}
		for k := h.First; k <= h.Last; k++ {
			taken[k] = true
		}
		if best >= skills {
			h.Concept = "field:" + h.Concept
		}
		out = append(out, lexicon.Hit{Concept: h.Concept, First: i + h.First, Last: i + h.Last})
	}
	slices.SortFunc(out, func(a, b lexicon.Hit) int { return a.First - b.First })
	return out
}
