package vocab

import (
	"fmt"
	"slices"
	"strings"

	"github.com/quals-dev/quals/internal/lexicon"
	"github.com/quals-dev/quals/internal/text"
)

// Vocabulary resolves names to canonical concepts. Build one with New,
// Default or Extend; it is read-only afterwards.
type Vocabulary struct {
	data     func() Data // what it was built from, kept so Extend can rebuild
	analyzer *text.Analyzer

	skillNames     []string // canonical skill names, indexed by ending.concept
	skillCat       []string
	skillIndex     map[string]int32 // canonical name, as written and lowercase -> concept
	skillTechnical []bool           // per concept: a technology, whose mention is technical context
	skillBroader   [][]string       // per concept: its broader skills, nearest first, transitively
	skillNarrower  []int32          // per concept: how many concepts have it among their broader ones
	skillDirect    []uint8          // per concept: how many of skillBroader's first entries it names itself
	skills         phrases

	fieldNames []string
	fieldIndex map[string]int32 // lowercase canonical name -> field
	fieldCIP   [][]string       // per field: its CIP codes, sorted
	fields     phrases
	related    map[[2]int32]bool // deliberate cross-links, both ways

	degrees phrases // ending.concept is the Level

	languageNames []string
	languages     phrases

	countries     []Country
	countryByTerm phrases
	regionByTerm  map[string]phrases // country code -> its regions' names

	// scratch buffers for terms, used while building only
	scratchToks  []text.Token
	scratchTerms []string
}

// scanner is a vocabulary as the engine reads it (lexicon.Scanner).
type scanner struct{ v *Vocabulary }

func (s scanner) ScanSkills(dst []lexicon.Hit, toks []text.Token, list bool, source string) []lexicon.Hit {
	return s.v.scanSkills(dst, toks, list, source, false)
}
func (s scanner) ScanSkillsInDocument(dst []lexicon.Hit, toks []text.Token, list bool, source string) []lexicon.Hit {
	return s.v.scanSkills(dst, toks, list, source, true)
}
func (s scanner) ScanFields(dst []lexicon.Hit, toks []text.Token) []lexicon.Hit {
	return s.v.scanFields(dst, toks)
}
func (s scanner) Analyzer() *text.Analyzer { return s.v.analyzer }

func init() {
	lexicon.Register(func(v any) lexicon.Scanner { return scanner{v.(*Vocabulary)} })
}

// Data returns a copy of the entries the vocabulary was built from.
func (v *Vocabulary) Data() Data { return Data{}.merge(v.data()) }

// New builds a vocabulary from d alone; it reports entries that cannot be
// used (an empty name, a level out of range, a related field or a broader
// skill nobody defines, a malformed CIP code).
func New(d Data) (*Vocabulary, error) {
	v := &Vocabulary{data: func() Data { return d }, analyzer: text.English(), related: map[[2]int32]bool{}, regionByTerm: map[string]phrases{}}
	var problems []string
	v.buildSkills(d.Skills, &problems)
	v.buildFields(d.Fields, &problems)
	v.buildDegrees(d.Degrees, &problems)
	v.buildLanguages(d.Languages, &problems)
	v.buildPlaces(d.Places, &problems)
	v.scratchToks, v.scratchTerms = nil, nil
	if len(problems) > 0 {
		return nil, fmt.Errorf("vocabulary: %s", strings.Join(problems, "; "))
	}
	return v, nil
}

// Extend returns a new vocabulary holding v's entries and d's. An entry of d
// with the same canonical name as one of v's adds its aliases to it (and its
// category, broader skills, related fields or CIP codes); a spelling d
// gives to a different concept than v did now means d's concept. Extending
// the default vocabulary rebuilds it, which costs some 20 ms: extend once
// and keep the result.
func (v *Vocabulary) Extend(d Data) (*Vocabulary, error) {
	return New(v.data().merge(d))
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

// buildTerms is terms for building: its result is only valid until the
// next call (the tries keep the terms, not the slice), which saves an
// allocation per name of the tens of thousands a vocabulary adds. It is
// not safe for concurrent use.
func (v *Vocabulary) buildTerms(name string) []string {
	v.scratchToks = v.analyzer.Tokens(v.scratchToks[:0], name)
	v.scratchTerms = v.scratchTerms[:0]
	for _, t := range v.scratchToks {
		v.scratchTerms = append(v.scratchTerms, t.Term)
	}
	return v.scratchTerms
}

func (v *Vocabulary) buildSkills(skills []Skill, problems *[]string) {
	n := 0
	for _, s := range skills {
		n += 1 + len(s.Aliases)
	}
	v.skills = newPhrasesFor(n)
	v.skillIndex = make(map[string]int32, len(skills))
	broader := map[int32][]string{} // concept -> broader names as given
	for _, s := range skills {
		name := strings.TrimSpace(s.Name)
		if name == "" {
			*problems = append(*problems, "a skill has no name")
			continue
		}
		key := strings.ToLower(name)
		id, ok := v.skillIndex[key]
		if !ok {
			id = int32(len(v.skillNames))
			v.skillIndex[key] = id
			if name != key {
				// The name as written too: the index asks by canonical
				// name for every mention, and then finds it without
				// lowercasing a copy.
				v.skillIndex[name] = id
			}
			v.skillNames = append(v.skillNames, name)
			v.skillCat = append(v.skillCat, s.Category)
		} else if s.Category != "" {
			v.skillCat[id] = s.Category
		}
		if len(s.Broader) > 0 {
			broader[id] = append(broader[id], s.Broader...)
		}
		var ambiguous map[string]bool
		if len(s.Ambiguous) > 0 {
			ambiguous = make(map[string]bool, len(s.Ambiguous))
			for _, a := range s.Ambiguous {
				ambiguous[strings.TrimSpace(a)] = true
			}
		}
		v.addSkillSpelling(name, id, ambiguous[name])
		for _, spelling := range s.Aliases {
			spelling = strings.TrimSpace(spelling)
			v.addSkillSpelling(spelling, id, ambiguous[spelling])
		}
	}
	// A technology (not a soft skill, topic or methodology) makes a nearby
	// ambiguous word technical; its final category decides.
	v.skillTechnical = make([]bool, len(v.skillNames))
	for i, c := range v.skillCat {
		v.skillTechnical[i] = c != "soft" && c != "topic" && c != "methodology"
	}
	v.buildBroader(broader, problems)
}

func (v *Vocabulary) addSkillSpelling(spelling string, id int32, ambiguous bool) {
	e := ending{concept: id}
	if ambiguous {
		e.exact = spelling
	}
	terms := v.buildTerms(spelling)
	if len(terms) == 1 {
		e.spellings = []string{spelling}
	}
	v.skills.add(terms, e)
}

// buildBroader resolves the broader names of each skill and stores, per
// skill, every skill above it: its broader skills first, then theirs.
func (v *Vocabulary) buildBroader(broader map[int32][]string, problems *[]string) {
	if len(broader) == 0 {
		return
	}
	direct := make(map[int32][]int32, len(broader))
	for id, names := range broader {
		for _, n := range names {
			b, ok := v.skillIndex[strings.ToLower(strings.TrimSpace(n))]
			switch {
			case !ok:
				*problems = append(*problems, fmt.Sprintf("skill %q has the broader skill %q, which is not a skill", v.skillNames[id], n))
			case b != id && !slices.Contains(direct[id], b):
				direct[id] = append(direct[id], b)
			}
		}
	}
	v.skillBroader = make([][]string, len(v.skillNames))
	v.skillDirect = make([]uint8, len(v.skillNames))
	for id := range direct {
		seen := map[int32]bool{id: true}
		var out []string
		queue := direct[id]
		for len(queue) > 0 {
			b := queue[0]
			queue = queue[1:]
			if seen[b] {
				continue
			}
			seen[b] = true
			out = append(out, v.skillNames[b])
			queue = append(queue[:len(queue):len(queue)], direct[b]...)
		}
		v.skillBroader[id] = out[:len(out):len(out)]
		v.skillDirect[id] = uint8(min(len(direct[id]), 255))
	}
	v.skillNarrower = make([]int32, len(v.skillNames))
	for _, bs := range v.skillBroader {
		for _, b := range bs {
			v.skillNarrower[v.skillIndex[strings.ToLower(b)]]++
		}
	}
}

func (v *Vocabulary) buildFields(fields []Field, problems *[]string) {
	n := 0
	for _, f := range fields {
		n += 1 + len(f.Aliases)
	}
	v.fields = newPhrasesFor(n)
	v.fieldIndex = make(map[string]int32, len(fields))
	idOf := func(name string) int32 {
		key := strings.ToLower(strings.TrimSpace(name))
		id, ok := v.fieldIndex[key]
		if !ok {
			id = int32(len(v.fieldNames))
			v.fieldIndex[key] = id
			v.fieldNames = append(v.fieldNames, key)
			v.fieldCIP = append(v.fieldCIP, nil)
		}
		return id
	}
	for _, f := range fields {
		if strings.TrimSpace(f.Name) == "" {
			*problems = append(*problems, "a field of study has no name")
			continue
		}
		id := idOf(f.Name)
		for _, code := range f.CIP {
			code = strings.TrimSpace(code)
			if !validCIP(code) {
				*problems = append(*problems, fmt.Sprintf("field %q has the CIP code %q, which is not NN, NN.NN or NN.NNNN", f.Name, code))
				continue
			}
			if !slices.Contains(v.fieldCIP[id], code) {
				v.fieldCIP[id] = append(v.fieldCIP[id], code)
			}
		}
		for _, spelling := range append([]string{f.Name}, f.Aliases...) {
			v.fields.add(v.buildTerms(spelling), ending{concept: id})
		}
	}
	for _, codes := range v.fieldCIP {
		slices.Sort(codes)
	}
	for _, f := range fields {
		if strings.TrimSpace(f.Name) == "" {
			continue
		}
		a := v.fieldIndex[strings.ToLower(strings.TrimSpace(f.Name))]
		for _, r := range f.Related {
			b, ok := v.fieldIndex[strings.ToLower(strings.TrimSpace(r))]
			if !ok {
				*problems = append(*problems, fmt.Sprintf("field %q is related to %q, which is not a field", f.Name, r))
				continue
			}
			v.related[[2]int32{a, b}] = true
			v.related[[2]int32{b, a}] = true
		}
	}
}

// validCIP reports whether code looks like a CIP code: 11, 11.07 or 11.0701.
func validCIP(code string) bool {
	switch len(code) {
	case 2, 5, 7:
	default:
		return false
	}
	for i := 0; i < len(code); i++ {
		if i == 2 {
			if code[i] != '.' {
				return false
			}
		} else if code[i] < '0' || code[i] > '9' {
			return false
		}
	}
	return true
}

func (v *Vocabulary) buildDegrees(degrees []Degree, problems *[]string) {
	v.degrees = newPhrases()
	for _, d := range degrees {
		if d.Level <= NoLevel || d.Level > Doctorate {
			*problems = append(*problems, fmt.Sprintf("degree level %d is out of range", int(d.Level)))
			continue
		}
		for _, n := range d.Names {
			terms := v.buildTerms(n)
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
			v.languages.add(v.buildTerms(spelling), ending{concept: id})
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
			v.countryByTerm.add(v.buildTerms(spelling), ending{concept: id})
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
				regions.add(v.buildTerms(spelling), ending{exact: rc})
			}
		}
	}
}
