package extract

import (
	"regexp"
	"strings"

	"github.com/quals-dev/quals/requirements"
)

// fluencyRE finds how well a spoken language is asked for.
var fluencyRE = regexp.MustCompile(`\b(?:native(?:[- ]level| speaker| proficiency| fluency)?|mother tongue|first language|bilingual|fluent(?:ly)?|fluency|full professional(?: proficiency)?|business[- ](?:level|fluent|fluency|proficiency|proficient)|professional working(?: proficiency)?|professional[- ](?:level|proficiency)|working proficiency|working knowledge|advanced|excellent command|strong command|good command|upper[- ]intermediate|intermediate|conversational|basic|elementary|beginner|proficient|proficiency|excellent|strong|good|[abc][12])\b`)

// fluencyLevel maps a fluency phrase to a CEFR level, following the usual
// equivalences (ILR 3 "professional proficiency" and "fluent" are C1;
// LinkedIn's "professional working" is B2).
func fluencyLevel(p string) string {
	switch {
	case len(p) == 2:
		return strings.ToUpper(p)
	case strings.HasPrefix(p, "native"), p == "mother tongue", p == "first language", p == "bilingual":
		return "native"
	case strings.HasPrefix(p, "professional working"), p == "working proficiency", p == "working knowledge",
		strings.HasPrefix(p, "upper"), p == "proficient", p == "proficiency", p == "good command", p == "good", p == "strong":
		return "B2"
	case p == "intermediate", p == "conversational":
		return "B1"
	case p == "basic", p == "elementary":
		return "A2"
	case p == "beginner":
		return "A1"
	}
	return "C1" // fluent, business-level, full or general professional, advanced, excellent
}

// defaultFluency is the level asked for when a posting names a language
// without saying how well: enough to work in it.
const defaultFluency = "B2"

// languageCues are words that make a language name a spoken language
// requirement; without one, "the Chinese market" names no language.
var languageCues = cues("fluen", "native", "speak", "spoken", "written", "verbal", "proficien", "bilingual", "language",
	"mother", "command", "level", "communicat", "read", "writ", "conversational", "oral", "english", "working")

// languageMention is a spoken language named in a line.
type languageMention struct {
	name       string
	start, end int
}

// spokenLanguages finds the spoken languages a line names. Only
// capitalized names count: the vocabulary's two- and three-letter codes
// are ordinary words in prose ("it", "no", "per").
func (x *extractor) spokenLanguages(l *lineText) []languageMention {
	var out []languageMention
	words := indexOf(x.vocabulary).languageWords
	for i := 0; i < len(l.toks); i++ {
		if !startsCapital(l.surface(i, i)) || !words[l.word(i)] {
			continue
		}
		for n := capitalizedRun(l, i, 3); n >= 1; n-- {
			s := l.surface(i, i+n-1)
			if n == 1 && len(s) < 4 {
				break
			}
			if name, ok := x.vocabulary.Language(s); ok {
				out = append(out, languageMention{name: name, start: l.toks[i].Start, end: l.toks[i+n-1].End})
				i += n - 1
				break
			}
		}
	}
	return out
}

// readLanguages reads "Fluent in English and German", "native-level
// Japanese", "English (C1)" into language predicates: all of them when
// the line joins them with "and", any when with "or".
func (x *extractor) readLanguages(l *lineText) (requirements.PredicateDoc, bool) {
	if !languageCues.in(l.low) && len(l.toks) > 4 {
		return requirements.PredicateDoc{}, false
	}
	langs := x.spokenLanguages(l)
	if len(langs) == 0 {
		return requirements.PredicateDoc{}, false
	}
	// "Fluent in English; conversational Spanish is a plus": only English is required.
	var required []languageMention
	for _, m := range langs {
		if !optionalRE.MatchString(clauseAround(l.low, m.start, m.end)) {
			required = append(required, m)
		}
	}
	if len(required) > 0 {
		langs = required
	}
	phrases := fluencyRE.FindAllStringIndex(l.low, -1)
	var of []requirements.PredicateDoc
	anyDoc := false
	seen := map[string]bool{}
	for i, m := range langs {
		if i > 0 {
			between := l.low[langs[i-1].end:m.start]
			anyDoc = anyDoc || hasWordIn(between, "or") || strings.Contains(between, "/")
		}
		if seen[m.name] {
			continue
		}
		seen[m.name] = true
		of = append(of, requirements.PredicateDoc{Language: &requirements.LanguageDoc{Name: m.name, Level: levelNear(l.low, phrases, m)}})
	}
	if len(of) == 1 {
		return of[0], true
	}
	if anyDoc {
		return requirements.PredicateDoc{Any: of}, true
	}
	return requirements.PredicateDoc{All: of}, true
}

// levelNear picks the fluency phrase that belongs to a language: the
// nearest before it in the same clause, else one just after it ("English
// (native)", "German at C1 level").
func levelNear(low string, phrases [][]int, m languageMention) string {
	for _, p := range phrases {
		if p[0] >= m.end && strings.Trim(low[m.end:p[0]], " (:-") == "" {
			return fluencyLevel(low[p[0]:p[1]]) // "English (C1)", "German - native"
		}
	}
	best := ""
	for _, p := range phrases {
		if p[1] <= m.start && !strings.ContainsAny(low[p[1]:m.start], ";") && !strings.Contains(low[p[1]:m.start], ". ") {
			best = fluencyLevel(low[p[0]:p[1]])
		}
	}
	if best != "" {
		return best
	}
	for _, p := range phrases {
		if p[0] >= m.end && p[0]-m.end <= 30 {
			return fluencyLevel(low[p[0]:p[1]])
		}
	}
	return defaultFluency
}

// capitalizedRun counts the capitalized tokens from i on, at most max.
func capitalizedRun(l *lineText, i, limit int) int {
	n := 0
	for n < limit && i+n < len(l.toks) && startsCapital(l.surface(i+n, i+n)) {
		n++
	}
	return n
}

// optionalRE marks a clause as nice to have rather than required.
var optionalRE = regexp.MustCompile(`\b(?:a plus|plus\b|bonus|nice to have|nice-to-have|preferred|desirable|an advantage|advantageous|helpful)`)

// clauseAround is the clause of low holding start..end: between the
// semicolons, sentence ends or commas around it.
func clauseAround(low string, start, end int) string {
	a := strings.LastIndexAny(low[:start], ";,.")
	b := strings.IndexAny(low[end:], ";,.")
	if b < 0 {
		b = len(low) - end
	}
	return low[a+1 : end+b]
}
