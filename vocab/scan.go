package vocab

import (
	"strings"

	"github.com/quals-dev/quals/internal/lexicon"
	"github.com/quals-dev/quals/internal/text"
)

// contextWindow is how many tokens either side of an ambiguous spelling are
// searched for another skill that makes it technical ("Go and Python").
const contextWindow = 5

// cueWords before an ambiguous spelling make it technical: "written in Go",
// "using R", "with Spark".
var cueWords = map[string]bool{
	"in": true, "use": true, "using": true, "with": true, "languag": true, "language": true,
	"program": true, "written": true, "code": true, "and": true, "or": true,
}

// scanSkills appends the skills named in toks to dst, longest name first.
// list says the tokens come from a skills list (a résumé's skills section),
// where every spelling counts, an ambiguous one too when it is spelled as
// the vocabulary spells it but for case and a plural ("excel" for Excel, not
// "excellent"), and an ambiguous acronym when written in capitals ("APPS",
// not "apps"). Elsewhere an ambiguous spelling counts only
// when written exactly as the vocabulary spells it ("Go", not "go"), not
// glued into a compound ("Go-to"), and with technical context: another
// skill within a few tokens, list punctuation around it mid-sentence, or a
// cue word before it ("in Go", "using R"). With contextless, an exact
// spelling left out for want of context is appended too, marked so.
func (v *Vocabulary) scanSkills(dst []lexicon.Hit, toks []text.Token, list bool, source string, contextless bool) []lexicon.Hit {
	type pending struct {
		hit lexicon.Hit
		tok int
	}
	var waiting [8]pending
	nWaiting := 0
	var technical [16]lexicon.Hit // accepted technology names, the context ambiguous words need
	nTechnical := 0
	for i := 0; i < len(toks); {
		e, end, ok := v.skills.longest(toks, i)
		if !ok {
			i++
			continue
		}
		h := lexicon.Hit{Concept: v.skillNames[e.concept], First: i, Last: end - 1, Technical: v.skillTechnical[e.concept]}
		switch {
		case e.exact == "" && end-i == 1 && !toks[i].Keyword && !closeSpelling(source[toks[i].Start:toks[i].End], e.spellings):
			// stemming joined two different words
		case e.exact == "" || list && (end-i > 1 || listSpelling(source[toks[i].Start:toks[i].End], e.exact)):
			dst = append(dst, h)
			if v.skillTechnical[e.concept] && nTechnical < len(technical) {
				technical[nTechnical] = h
				nTechnical++
			}
		case end-i == 1 && source[toks[i].Start:toks[i].End] == e.exact && !toks[i].HyphenNext:
			if (toks[i].ListMark && !toks[i].SentenceStart) || (i > 0 && cueWords[toks[i-1].Term]) {
				dst = append(dst, h)
			} else if nWaiting < len(waiting) {
				waiting[nWaiting] = pending{h, i}
				nWaiting++
			}
		}
		i = end
	}
	// An ambiguous spelling with a technology named nearby counts too.
	for _, w := range waiting[:nWaiting] {
		near := false
		for _, h := range technical[:nTechnical] {
			if h.Last >= w.tok-contextWindow && h.First <= w.tok+contextWindow {
				near = true
				break
			}
		}
		if near || contextless {
			w.hit.Contextless = !near
			dst = append(dst, w.hit)
		}
	}
	return dst
}

// listSpelling reports whether surface, a one-word mention in a skills
// list, is close enough to exact, an ambiguous spelling.
func listSpelling(surface, exact string) bool {
	if len(exact) >= 2 && strings.ToUpper(exact) == exact && strings.ToLower(exact) != exact {
		return surface == exact || strings.TrimSuffix(strings.TrimSuffix(surface, "s"), "'") == exact
	}
	return closeSpelling(surface, []string{exact})
}
