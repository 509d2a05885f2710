package extract

import (
	"strings"

	"github.com/quals-dev/quals/vocab"
)

// degreeMention is a degree a line names: its level and its tokens.
type degreeMention struct {
	level       vocab.Level
	first, last int  // token indexes, last inclusive
	generic     bool // "a degree in …": no level named
}

// degreeAbbreviations are matched case-sensitively: "MS" is a degree, "ms"
// is not. The vocabulary's own names are tried after these (see mentionAt).
var degreeAbbreviations = map[string]vocab.Level{
	"GED": vocab.HighSchool,
	"AA":  vocab.Associate, "AS": vocab.Associate, "AAS": vocab.Associate, "A.A": vocab.Associate, "A.S": vocab.Associate,
	"BA": vocab.Bachelor, "BS": vocab.Bachelor, "AB": vocab.Bachelor, "BSc": vocab.Bachelor, "BEng": vocab.Bachelor,
	"BTech": vocab.Bachelor, "BBA": vocab.Bachelor, "BFA": vocab.Bachelor, "BSE": vocab.Bachelor, "BSEE": vocab.Bachelor,
	"BSME": vocab.Bachelor, "BSIE": vocab.Bachelor, "BSCS": vocab.Bachelor, "BSN": vocab.Bachelor, "LLB": vocab.Bachelor,
	"B.A": vocab.Bachelor, "B.S": vocab.Bachelor, "B.Sc": vocab.Bachelor, "B.E": vocab.Bachelor, "B.Eng": vocab.Bachelor,
	"B.Tech": vocab.Bachelor, "B.Com": vocab.Bachelor, "BCom": vocab.Bachelor,
	"MA": vocab.Master, "MS": vocab.Master, "MSc": vocab.Master, "MEng": vocab.Master, "MTech": vocab.Master,
	"MBA": vocab.Master, "EMBA": vocab.Master, "MFA": vocab.Master, "MPH": vocab.Master, "MST": vocab.Master, "MSE": vocab.Master,
	"MSEE": vocab.Master, "MSCS": vocab.Master, "LLM": vocab.Master, "MPP": vocab.Master, "MPA": vocab.Master,
	"MPhil": vocab.Master, "MRes": vocab.Master, "MSW": vocab.Master, "M.A": vocab.Master, "M.S": vocab.Master,
	"M.Sc": vocab.Master, "M.Eng": vocab.Master, "M.E": vocab.Master, "M.B.A": vocab.Master, "M.Tech": vocab.Master,
	"PhD": vocab.Doctorate, "PHD": vocab.Doctorate, "Phd": vocab.Doctorate, "Ph.D": vocab.Doctorate, "DPhil": vocab.Doctorate,
	"D.Phil": vocab.Doctorate, "EdD": vocab.Doctorate, "Ed.D": vocab.Doctorate, "JD": vocab.Doctorate, "J.D": vocab.Doctorate,
	"MD": vocab.Doctorate, "M.D": vocab.Doctorate, "DSc": vocab.Doctorate, "ScD": vocab.Doctorate, "PharmD": vocab.Doctorate,
	"PsyD": vocab.Doctorate,
}

// needContext are abbreviations that are also ordinary words or codes
// ("AS", "MA" for Massachusetts, "MS Office"): they count only beside
// another degree or a word that says degree.
var needContext = wordSet(`AA AS MA MD MS AB`)

// degreeWords after an abbreviation or before one confirm it is a degree.
var degreeWords = wordSet(`degree degrees diploma program programs in or and from candidate student students`)

// notDegreeAfter are words that make "MS" something else.
var notDegreeAfter = wordSet(`office excel word access powerpoint project visio sql dynamics teams outlook windows azure exchange sharepoint`)

// notDegreeBefore make "degree" a measure: "a high degree of autonomy".
var notDegreeBefore = wordSet(`high higher some certain great large varying equivalent similar comparable same any`)

// mentionAt reads a degree name starting at token i, or returns ok=false.
func (x *extractor) mentionAt(l *lineText, i int) (degreeMention, bool) {
	w := strings.TrimSuffix(l.word(i), "'s")
	next, next2 := l.word(i+1), l.word(i+2)
	surface := l.surface(i, i)
	m := degreeMention{first: i, last: i}
	switch {
	case w == "bachelor" || w == "bachelors" || w == "baccalaureate" || w == "undergraduate":
		m.level = vocab.Bachelor
	case w == "masters" || w == "master" && (strings.HasSuffix(l.word(i), "'s") || next == "of" || next == "degree" || next == "degrees"):
		m.level = vocab.Master
	case w == "doctorate" || w == "doctoral" || w == "phd" || w == "ph.d":
		m.level = vocab.Doctorate
	case w == "ph" && next == "d":
		m.level, m.last = vocab.Doctorate, i+1
	case (w == "doctor" || w == "juris") && (next == "of" || next == "doctor"):
		m.level = vocab.Doctorate
	case w == "graduate" && graduateNouns[next], w == "postgraduate":
		m.level = vocab.Master
	case w == "post" && l.toks[i].HyphenNext && next == "graduate":
		m.level, m.last = vocab.Master, i+1
	case w == "advanced" && (next == "degree" || next2 == "degree" || next == "degrees" || next2 == "degrees"):
		m.level = vocab.Master
	case (w == "associate" || w == "associates") && (strings.HasSuffix(l.word(i), "'s") || next == "degree" || next == "of"):
		m.level = vocab.Associate
	case w == "high" && next == "school", w == "secondary" && (next == "school" || next == "education"):
		m.level, m.last = vocab.HighSchool, i+1
	case (w == "4" || w == "four") && l.toks[i].HyphenNext && next == "year" && yearDegreeNouns[next2]:
		m.level, m.last = vocab.Bachelor, i+1
	case (w == "2" || w == "two") && l.toks[i].HyphenNext && next == "year" && (next2 == "degree" || next2 == "college"):
		m.level, m.last = vocab.Associate, i+1
	case (w == "college" || w == "university") && (next == "degree" || next == "degrees"):
		m.level = vocab.Bachelor
	case w == "degree" || w == "degrees":
		if next == "of" || notDegreeBefore[l.word(i-1)] || l.word(i-1) == "to" {
			return m, false
		}
		m.level, m.generic = vocab.Bachelor, true
	default:
		lv, ok := degreeAbbreviations[surface]
		if !ok && abbreviationShape(surface) {
			// A name the vocabulary knows: extensions, and the rarer degrees.
			lv, ok = indexOf(x.vocabulary).degreeNames[surface]
		}
		if !ok || lv == vocab.NoLevel {
			return m, false
		}
		if surface == "MS" && notDegreeAfter[next] {
			return m, false
		}
		if needContext[surface] && !x.degreeContext(l, i) {
			return m, false
		}
		m.level = lv
	}
	// "Master of Business Administration", "Master's degree program": one name.
	if l.word(m.last+1) == "of" {
		k := m.last + 2
		for k < len(l.toks) && startsCapital(l.surface(k, k)) {
			k++
		}
		if k > m.last+2 {
			m.last = k - 1
		}
	}
	for k := m.last + 1; k < len(l.toks) && (l.word(k) == "degree" || l.word(k) == "degrees" || l.word(k) == "program") && !m.generic; k++ {
		m.last = k
	}
	return m, true
}

var graduateNouns = wordSet(`degree degrees program programs studies study school qualification qualifications diploma level`)
var yearDegreeNouns = wordSet(`degree college university program`)

// degreeContext reports whether the abbreviation at token i stands where
// a degree would: beside another degree ("AA/AS/BA/BS") or a degree word.
func (x *extractor) degreeContext(l *lineText, i int) bool {
	if degreeWords[l.word(i+1)] || degreeWords[l.word(i-1)] || i+1 >= len(l.toks) {
		return true
	}
	for _, k := range []int{i - 1, i + 1} {
		if k < 0 || k >= len(l.toks) {
			continue
		}
		if _, ok := degreeAbbreviations[l.surface(k, k)]; ok {
			return true
		}
	}
	return false
}

// abbreviationShape reports whether a token looks like a degree abbreviation:
// capitals, maybe dotted ("BSN", "M.P.H").
func abbreviationShape(s string) bool {
	if len(s) < 2 || len(s) > 8 {
		return false
	}
	upper := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'A' && c <= 'Z':
			upper++
		case c == '.' || c >= 'a' && c <= 'z':
		default:
			return false
		}
	}
	return upper >= 2 || strings.Contains(s, ".") && upper >= 1
}

func startsCapital(s string) bool { return s != "" && s[0] >= 'A' && s[0] <= 'Z' }

// mentions finds the degrees a line names. A line naming a level drops its
// generic "degree" words; a line naming none keeps one generic mention.
func (x *extractor) mentions(l *lineText) []degreeMention {
	var specific, generic []degreeMention
	for i := 0; i < len(l.toks); i++ {
		m, ok := x.mentionAt(l, i)
		if !ok {
			continue
		}
		// "prior to the MBA program", "PhD research": a time or a kind of
		// work, not a degree asked for.
		if strings.HasSuffix(strings.TrimSpace(l.low[:l.toks[i].Start]), "prior to the") || strings.HasSuffix(strings.TrimSpace(l.low[:l.toks[i].Start]), "prior to") || l.word(m.last+1) == "research" {
			i = m.last
			continue
		}
		if m.generic {
			generic = append(generic, m)
		} else {
			specific = append(specific, m)
		}
		i = m.last
	}
	if len(specific) > 0 {
		return specific
	}
	return generic[:min(len(generic), 1)]
}
