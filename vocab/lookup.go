package vocab

import (
	"math"
	"strings"

	"github.com/quals-dev/quals/internal/lexicon"
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
	if id, ok := v.skillID(concept); ok {
		return v.skillCat[id]
	}
	return ""
}

// Broader returns the skills and topics a skill is a kind or a part of,
// by canonical name: its broader skills first, then theirs, and so on
// ("PyTorch" → "deep learning", "machine learning", "artificial
// intelligence"). concept is a canonical name; another spelling of a known
// skill ("k8s") is resolved first. The result is nil when there are none
// and must not be modified.
func (v *Vocabulary) Broader(concept string) []string {
	id, ok := v.skillID(concept)
	if !ok {
		c := v.Skill(concept).Concept
		if c == "" {
			return nil
		}
		id, _ = v.skillID(c)
	}
	if int(id) >= len(v.skillBroader) {
		return nil
	}
	return v.skillBroader[id]
}

// Specificity is how much naming a skill says, in (0, 1]: 1 for a
// technology ("PostgreSQL", "Kafka", "Python") and for a name the
// vocabulary does not know. A technical area that broadAreaNarrower or
// more concepts are filed under ("machine learning", "cloud computing")
// earns 1 / (1 + log10(1 + n)) for its n concepts, a third or so; a topic,
// a soft skill or a methodology ("algorithms", "Agile") the same, and
// never more than one half: an area says less than any one tool of it.
func (v *Vocabulary) Specificity(concept string) float64 {
	id, ok := v.skillID(concept)
	if !ok || int(id) >= len(v.skillTechnical) {
		return 1
	}
	n := 0.0
	if int(id) < len(v.skillNarrower) {
		n = float64(v.skillNarrower[id])
	}
	s := 1 / (1 + math.Log10(1+n))
	switch {
	case !v.skillTechnical[id]:
		return min(0.5, s)
	case n >= broadAreaNarrower:
		return s
	}
	return 1
}

// broadAreaNarrower is how many concepts a technology must have filed
// under it to count as an area: Python has about a dozen (its frameworks
// and libraries), machine learning forty.
const broadAreaNarrower = 20

// DirectBroader returns the broader skills a skill names itself, the first
// of Broader's ("PyTorch" → "deep learning", not "machine learning", which
// deep learning names). The result must not be modified.
func (v *Vocabulary) DirectBroader(concept string) []string {
	b := v.Broader(concept)
	id, ok := v.skillID(concept)
	if !ok {
		id, ok = v.skillID(v.Skill(concept).Concept)
	}
	if !ok || int(id) >= len(v.skillDirect) {
		return nil
	}
	return b[:min(len(b), int(v.skillDirect[id]))]
}

// skillID finds a skill by canonical name, ignoring case.
func (v *Vocabulary) skillID(concept string) (int32, bool) {
	id, ok := v.skillIndex[concept]
	if !ok {
		id, ok = v.skillIndex[strings.ToLower(concept)]
	}
	return id, ok
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
// not related to itself: it is the same field). See Relation.
func (v *Vocabulary) Related(a, b string) bool {
	return v.Relation(a, b) != ""
}

// Relation says how two canonical field names are related, for an
// explanation; "" when they are not, or are the same field. In order:
//
//   - "cross-link": the vocabulary's data links them deliberately
//     (computer science ~ electrical engineering, statistics ~ data science);
//   - "same CIP series 11.07": both fall in one 4-digit series of the
//     Classification of Instructional Programs (computer engineering ~
//     computer software engineering, 14.09);
//   - "general field of CIP family 14": one is the general field of a
//     2-digit CIP family (it holds the family's code, as "engineering" holds
//     14) and the other lies in that family (chemical engineering, 14.07).
//
// Two fields that only share a 2-digit family are not related: a family is
// too broad (family 11 holds both computer science and word processing).
func (v *Vocabulary) Relation(a, b string) string {
	ia, ib := v.fieldID(a), v.fieldID(b)
	if ia < 0 || ib < 0 || ia == ib {
		return ""
	}
	if v.related[[2]int32{ia, ib}] {
		return "cross-link"
	}
	ca, cb := v.fieldCIP[ia], v.fieldCIP[ib]
	for _, x := range ca {
		for _, y := range cb {
			if len(x) >= 5 && len(y) >= 5 && x[:5] == y[:5] {
				return "same CIP series " + x[:5]
			}
		}
	}
	for _, pair := range [2][2][]string{{ca, cb}, {cb, ca}} {
		for _, x := range pair[0] {
			if len(x) != 2 {
				continue
			}
			for _, y := range pair[1] {
				if y[:2] == x {
					return "general field of CIP family " + x
				}
			}
		}
	}
	return ""
}

func (v *Vocabulary) fieldID(name string) int32 {
	id, ok := v.fieldIndex[name]
	if !ok {
		id, ok = v.fieldIndex[strings.ToLower(strings.TrimSpace(name))]
	}
	if !ok {
		return -1
	}
	return id
}

// scanFields appends the fields of study named in toks to dst.
func (v *Vocabulary) scanFields(dst []lexicon.Hit, toks []text.Token) []lexicon.Hit {
	for i := 0; i < len(toks); {
		e, end, ok := v.fields.longest(toks, i)
		if !ok {
			i++
			continue
		}
		dst = append(dst, lexicon.Hit{Concept: v.fieldNames[e.concept], First: i, Last: end - 1})
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
