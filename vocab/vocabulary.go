package vocab

import (
	"fmt"
	"strings"

	"github.com/quals-dev/quals/internal/text"
)

// Vocabulary resolves names to canonical concepts. Build one with New,
// Default or Extend; it is read-only afterwards.
type Vocabulary struct {
	data     Data // what it was built from, kept so Extend can rebuild
	analyzer *text.Analyzer

	skillNames []string // canonical skill names, indexed by ending.concept
	skillCat   []string
	skills     phrases

	fieldNames []string
	fields     phrases
	related    map[[2]int32]bool

	degrees phrases // ending.concept is the Level

	languageNames []string
	languages     phrases

	countries     []Country
	countryByTerm phrases
	regionByTerm  map[string]phrases // country code -> its regions' names
}

// Analyzer returns the text analyzer the vocabulary normalizes names with.
func (v *Vocabulary) Analyzer() *text.Analyzer { return v.analyzer }

// Data returns a copy of the entries the vocabulary was built from.
func (v *Vocabulary) Data() Data { return Data{}.merge(v.data) }

// New builds a vocabulary from d alone; it reports entries that cannot be
// used (an empty name, a level out of range, a related field nobody defines).
func New(d Data) (*Vocabulary, error) {
	v := &Vocabulary{data: d, analyzer: text.English(), related: map[[2]int32]bool{}, regionByTerm: map[string]phrases{}}
	var problems []string
	v.buildSkills(d.Skills, &problems)
	v.buildFields(d.Fields, &problems)
	v.buildDegrees(d.Degrees, &problems)
	v.buildLanguages(d.Languages, &problems)
	v.buildPlaces(d.Places, &problems)
	if len(problems) > 0 {
		return nil, fmt.Errorf("vocabulary: %s", strings.Join(problems, "; "))
	}
	return v, nil
}

// Extend returns a new vocabulary holding v's entries and d's. An entry of d
// with the same canonical name as one of v's adds its aliases to it (and its
// category or related fields); a spelling d gives to a different concept
// than v did now means d's concept.
func (v *Vocabulary) Extend(d Data) (*Vocabulary, error) {
	return New(v.data.merge(d))
}

// Empty returns a vocabulary that knows no names: every term is matched by
// its own words only.
func Empty() *Vocabulary {
	v, _ := New(Data{})
	return v
}

// terms normalizes a name into the token terms the tries are keyed by.
func (v *Vocabulary) terms(name string) []string {
	toks := v.analyzer.Tokens(nil, name)
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.Term
	}
	return out
}

func (v *Vocabulary) buildSkills(skills []Skill, problems *[]string) {
	v.skills = newPhrases()
	index := map[string]int32{}
	for _, s := range skills {
		name := strings.TrimSpace(s.Name)
		if name == "" {
			*problems = append(*problems, "a skill has no name")
			continue
		}
		key := strings.ToLower(name)
		id, ok := index[key]
		if !ok {
			id = int32(len(v.skillNames))
			index[key] = id
			v.skillNames = append(v.skillNames, name)
			v.skillCat = append(v.skillCat, s.Category)
		} else if s.Category != "" {
			v.skillCat[id] = s.Category
		}
		ambiguous := map[string]bool{}
		for _, a := range s.Ambiguous {
			ambiguous[strings.TrimSpace(a)] = true
		}
		for _, spelling := range append([]string{name}, s.Aliases...) {
			spelling = strings.TrimSpace(spelling)
			e := ending{concept: id, technical: s.Category != "soft" && s.Category != "topic" && s.Category != "methodology"}
			if ambiguous[spelling] {
				e.exact = spelling
			}
			terms := v.terms(spelling)
			if len(terms) == 1 {
				e.spellings = []string{spelling}
			}
			v.skills.add(terms, e)
		}
	}
}

func (v *Vocabulary) buildFields(fields []Field, problems *[]string) {
	v.fields = newPhrases()
	index := map[string]int32{}
	idOf := func(name string) int32 {
		key := strings.ToLower(strings.TrimSpace(name))
		id, ok := index[key]
		if !ok {
			id = int32(len(v.fieldNames))
			index[key] = id
			v.fieldNames = append(v.fieldNames, key)
		}
		return id
	}
	for _, f := range fields {
		if strings.TrimSpace(f.Name) == "" {
			*problems = append(*problems, "a field of study has no name")
			continue
		}
		id := idOf(f.Name)
		for _, spelling := range append([]string{f.Name}, f.Aliases...) {
			v.fields.add(v.terms(spelling), ending{concept: id})
		}
	}
	for _, f := range fields {
		if strings.TrimSpace(f.Name) == "" {
			continue
		}
		a := index[strings.ToLower(strings.TrimSpace(f.Name))]
		for _, r := range f.Related {
			b, ok := index[strings.ToLower(strings.TrimSpace(r))]
			if !ok {
				*problems = append(*problems, fmt.Sprintf("field %q is related to %q, which is not a field", f.Name, r))
				continue
			}
			v.related[[2]int32{a, b}] = true
			v.related[[2]int32{b, a}] = true
		}
	}
}

func (v *Vocabulary) buildDegrees(degrees []Degree, problems *[]string) {
	v.degrees = newPhrases()
	for _, d := range degrees {
		if d.Level <= NoLevel || d.Level > Doctorate {
			*problems = append(*problems, fmt.Sprintf("degree level %d is out of range", int(d.Level)))
			continue
		}
		for _, n := range d.Names {
			terms := v.terms(n)
			e := ending{concept: int32(d.Level)}
			if len(terms) == 1 {
				e.spellings = []string{n}
			}
			v.degrees.add(terms, e)
		}
	}
}

func (v *Vocabulary) buildLanguages(langs []Language, problems *[]string) {
	v.languages = newPhrases()
	index := map[string]int32{}
	for _, l := range langs {
		name := strings.TrimSpace(l.Name)
		if name == "" {
			*problems = append(*problems, "a language has no name")
			continue
		}
		id, ok := index[strings.ToLower(name)]
		if !ok {
			id = int32(len(v.languageNames))
			index[strings.ToLower(name)] = id
			v.languageNames = append(v.languageNames, name)
		}
		for _, spelling := range append([]string{name}, l.Aliases...) {
			v.languages.add(v.terms(spelling), ending{concept: id})
		}
	}
}

func (v *Vocabulary) buildPlaces(countries []Country, problems *[]string) {
	v.countryByTerm = newPhrases()
	index := map[string]int32{}
	for _, c := range countries {
		code := strings.ToUpper(strings.TrimSpace(c.Code))
		if len(code) != 2 {
			*problems = append(*problems, fmt.Sprintf("country code %q is not two letters", c.Code))
			continue
		}
		id, ok := index[code]
		if !ok {
			id = int32(len(v.countries))
			index[code] = id
			v.countries = append(v.countries, Country{Code: code})
		}
		v.countries[id].Names = append(v.countries[id].Names, c.Names...)
		v.countries[id].Regions = append(v.countries[id].Regions, c.Regions...)
		for _, spelling := range append([]string{code}, c.Names...) {
			v.countryByTerm.add(v.terms(spelling), ending{concept: id})
		}
		regions, ok := v.regionByTerm[code]
		if !ok {
			regions = newPhrases()
			v.regionByTerm[code] = regions
		}
		for _, r := range c.Regions {
			rc := strings.ToUpper(strings.TrimSpace(r.Code))
			if rc == "" {
				*problems = append(*problems, fmt.Sprintf("a region of %s has no code", code))
				continue
			}
			// The region's code is stored as the exact spelling, so lookups
			// can return it without another table.
			for _, spelling := range append([]string{rc}, r.Names...) {
				regions.add(v.terms(spelling), ending{exact: rc})
			}
		}
	}
}
