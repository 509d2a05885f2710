package vocab

import (
	"fmt"
	"strings"
)

// Proficiency is a spoken-language level on the CEFR scale, with Native
// above C2.
type Proficiency int

const (
	NoProficiency Proficiency = iota
	A1
	A2
	B1
	B2
	C1
	C2
	Native
)

var proficiencyNames = [...]string{"", "A1", "A2", "B1", "B2", "C1", "C2", "native"}

// String returns "A1".."C2" or "native".
func (p Proficiency) String() string {
	if p < 0 || int(p) >= len(proficiencyNames) {
		return fmt.Sprintf("Proficiency(%d)", int(p))
	}
	return proficiencyNames[p]
}

// ParseProficiency reads a level as a posting writes it: A1..C2 or native.
func ParseProficiency(s string) (Proficiency, error) {
	for i, n := range proficiencyNames {
		if i > 0 && strings.EqualFold(n, strings.TrimSpace(s)) {
			return Proficiency(i), nil
		}
	}
	return NoProficiency, fmt.Errorf("unknown language level %q; use A1, A2, B1, B2, C1, C2 or native", s)
}

// fluencyWords maps the ways résumés describe fluency to CEFR levels, most
// specific phrases first. The mapping follows the usual equivalences
// (ILR / LinkedIn scales onto CEFR).
var fluencyWords = []struct {
	phrase string
	level  Proficiency
}{
	{"native", Native}, {"mother tongue", Native}, {"bilingual", Native}, {"first language", Native},
	{"full professional", C1}, {"professional working", B2}, {"limited working", B1},
	{"elementary", A2}, {"upper intermediate", B2}, {"upper-intermediate", B2},
	{"intermediate", B1}, {"conversational", B1}, {"advanced", C1}, {"fluent", C1},
	{"proficient", C2}, {"mastery", C2}, {"basic", A2}, {"beginner", A1},
}

// Fluency reads a résumé's free-text fluency ("Native speaker", "C1",
// "Professional working proficiency"). ok is false when it says no level.
func Fluency(s string) (Proficiency, bool) {
	low := strings.ToLower(strings.TrimSpace(s))
	for _, f := range strings.FieldsFunc(low, func(r rune) bool { return r == ' ' || r == '(' || r == ')' || r == ',' || r == '/' }) {
		if p, err := ParseProficiency(f); err == nil && p != Native {
			return p, true
		}
	}
	for _, w := range fluencyWords {
		if strings.Contains(low, w.phrase) {
			return w.level, true
		}
	}
	return NoProficiency, false
}
