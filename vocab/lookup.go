package vocab

import (
	"strings"

	"github.com/quals-dev/quals/internal/text"
)

// Term is a name from a posting, resolved once when the posting loads.
type Term struct {
	Text    string   // as the posting wrote it
	Concept string   // the canonical name when the vocabulary knows it, else ""
	Terms   []string // its normalized token terms, used when Concept is ""
}

// String returns the term as written, with its canonical name when that differs.
func (t Term) String() string {
	if t.Concept != "" && !strings.EqualFold(t.Concept, t.Text) {
		return t.Text + " (" + t.Concept + ")"
	}
	return t.Text
}

// Hit is a known name found in a token sequence.
type Hit struct {
	Concept     string
	First, Last int // token indexes of the name's first and last tokens
}

// Skill resolves a skill or topic named by a posting. Ambiguous spellings
// resolve too: a posting that asks for Go means the language.
func (v *Vocabulary) Skill(name string) Term {
	t := Term{Text: name, Terms: v.terms(name)}
	toks := v.analyzer.Tokens(nil, name)
	if e, ok := v.skills.exactly(toks); ok {
		t.Concept = v.skillNames[e.concept]
	}
	return t
}

// SkillCategory returns the category of a canonical skill name, or "".
func (v *Vocabulary) SkillCategory(concept string) string {
	for i, n := range v.skillNames {
		if n == concept {
			return v.skillCat[i]
		}
	}
	return ""
}

// Field resolves a field of study; Concept is its canonical lowercase name.
func (v *Vocabulary) Field(name string) Term {
	t := Term{Text: name, Terms: v.terms(name)}
	toks := v.analyzer.Tokens(nil, name)
	if e, ok := v.fields.exactly(toks); ok {
		t.Concept = v.fieldNames[e.concept]
	}
	return t
}

// Related reports whether two canonical field names are related (a field is
// not related to itself: it is the same field).
func (v *Vocabulary) Related(a, b string) bool {
	ia, ib := v.fieldID(a), v.fieldID(b)
	if ia < 0 || ib < 0 || ia == ib {
		return false
	}
	return v.related[[2]int32{ia, ib}]
}

func (v *Vocabulary) fieldID(name string) int32 {
	for i, n := range v.fieldNames {
		if n == name {
			return int32(i)
		}
	}
	return -1
}

// ScanFields appends the fields of study named in toks to dst.
func (v *Vocabulary) ScanFields(dst []Hit, toks []text.Token) []Hit {
	for i := 0; i < len(toks); {
		e, end, ok := v.fields.longest(toks, i)
		if !ok {
			i++
			continue
		}
		dst = append(dst, Hit{Concept: v.fieldNames[e.concept], First: i, Last: end - 1})
		i = end
	}
	return dst
}

// Level returns the highest degree level named in s ("M.Sc." → Master,
// "BS/MS" → Master), or NoLevel.
func (v *Vocabulary) Level(s string) Level {
	toks := v.analyzer.Tokens(nil, s)
	best := NoLevel
	for i := 0; i < len(toks); {
		e, end, ok := v.degrees.longest(toks, i)
		if !ok || (end-i == 1 && !toks[i].Keyword && !sameWord(s[toks[i].Start:toks[i].End], e.spellings)) {
			i++
			continue
		}
		best = max(best, Level(e.concept))
		i = end
	}
	return best
}

// Language returns the canonical name of the spoken language s names.
func (v *Vocabulary) Language(s string) (string, bool) {
	toks := v.analyzer.Tokens(nil, s)
	if e, ok := v.languages.exactly(toks); ok {
		return v.languageNames[e.concept], true
	}
	return "", false
}

// Country returns the ISO code of the country s names ("USA" → "US").
func (v *Vocabulary) Country(s string) (string, bool) {
	toks := v.analyzer.Tokens(nil, s)
	if e, ok := v.countryByTerm.exactly(toks); ok {
		return v.countries[e.concept].Code, true
	}
	return "", false
}

// CountryName returns the first name listed for an ISO country code, or the code.
func (v *Vocabulary) CountryName(code string) string {
	for _, c := range v.countries {
		if c.Code == code && len(c.Names) > 0 {
			return c.Names[0]
		}
	}
	return code
}

// Region returns the code of the first-level region s names within the
// country with the given code ("California" in US → "CA").
func (v *Vocabulary) Region(country, s string) (string, bool) {
	regions, ok := v.regionByTerm[country]
	if !ok {
		return "", false
	}
	toks := v.analyzer.Tokens(nil, s)
	if e, ok := regions.exactly(toks); ok {
		return e.exact, true
	}
	return "", false
}
