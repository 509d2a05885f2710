package roles

import (
	"fmt"
	"slices"
	"strings"
)

// Taxonomy is a set of role families and the title phrases that name
// them. Default returns the embedded one.
type Taxonomy struct {
	families []Family
	byName   map[string]int
	phrases  map[string]int // curated phrase -> family
	onet     map[string]int // O*NET title -> family
	longest  int            // words in the longest phrase or title
}

// Reading is the family a title names and the words that named it.
type Reading struct {
	Family string // "backend"
	Phrase string // the words of the title that named it: "back end"
	ONET   bool   // named by an O*NET occupation title, not a curated phrase
}

// New builds a taxonomy from families and, optionally, titles of
// occupations mapped to family names (the O*NET layer). It reports a
// family named twice, a group or near family nobody defines, and a title
// whose family is unknown.
func New(families []Family, titles map[string]string) (*Taxonomy, error) {
	list := make([]title, 0, len(titles))
	for _, name := range sortedKeys(titles) {
		list = append(list, title{name, titles[name]})
	}
	return build(families, list)
}

// title is one occupation title and the name of its family.
type title struct{ name, family string }

// build is New with the titles in order: when two titles read as the same
// words, the later one's family wins.
func build(families []Family, titles []title) (*Taxonomy, error) {
	t := &Taxonomy{byName: map[string]int{}, phrases: map[string]int{}, onet: make(map[string]int, len(titles))}
	var problems []string
	for i, f := range families {
		if f.Name == "" || f.Group == "" {
			problems = append(problems, fmt.Sprintf("family %d has no name or no group", i+1))
			continue
		}
		if _, dup := t.byName[f.Name]; dup {
			problems = append(problems, fmt.Sprintf("family %q is defined twice", f.Name))
			continue
		}
		t.byName[f.Name] = len(t.families)
		t.families = append(t.families, f)
	}
	for i, f := range t.families {
		for _, n := range f.Near {
			if _, ok := t.byName[n]; !ok {
				problems = append(problems, fmt.Sprintf("family %q is near %q, which is not defined", f.Name, n))
			}
		}
		for _, p := range f.Titles {
			key := strings.Join(Words(p), " ")
			if key == "" {
				continue
			}
			if j, dup := t.phrases[key]; dup && j != i {
				problems = append(problems, fmt.Sprintf("title phrase %q names both %q and %q", key, t.families[j].Name, f.Name))
			}
			t.phrases[key] = i
			t.longest = max(t.longest, strings.Count(key, " ")+1)
		}
	}
	for _, title := range titles {
		i, ok := t.byName[title.family]
		if !ok {
			problems = append(problems, fmt.Sprintf("title %q is of family %q, which is not defined", title.name, title.family))
			continue
		}
		key := title.name
		if !isKey(key) {
			key = strings.Join(Words(key), " ")
		}
		t.onet[key] = i
		t.longest = max(t.longest, strings.Count(key, " ")+1)
	}
	if len(problems) > 0 {
		return nil, fmt.Errorf("roles: %s", strings.Join(problems, "; "))
	}
	return t, nil
}

func sortedKeys(m map[string]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// Families returns the families in the order they were defined.
func (t *Taxonomy) Families() []Family { return slices.Clone(t.families) }

// Family returns the family of that name.
func (t *Taxonomy) Family(name string) (Family, bool) {
	i, ok := t.byName[name]
	if !ok {
		return Family{}, false
	}
	return t.families[i], true
}

// Names lists the family names, in order, for messages.
func (t *Taxonomy) Names() []string {
	out := make([]string, len(t.families))
	for i, f := range t.families {
		out[i] = f.Name
	}
	return out
}

// Resolve reads the family a title names, from the curated phrases and
// the O*NET titles standing in it: one naming a specialty wins over one
// naming the general family of the same group, then the longer, then a curated
// phrase over an O*NET title, then the earlier. "Senior Software
// Engineer, Machine Learning" is machine-learning; "Actuarial Analyst" is
// finance, the O*NET title being longer than the curated "analyst". It
// reports false when nothing in the title names a family.
func (t *Taxonomy) Resolve(title string) (Reading, bool) {
	words := Words(title)
	type candidate struct {
		family, length int
		general, onet  bool
		phrase         string
	}
	var best candidate
	found := false
	better := func(c candidate) bool {
		switch {
		case !found:
			return true
		case c.general != best.general && t.families[c.family].Group == t.families[best.family].Group:
			return !c.general
		case c.length != best.length:
			return c.length > best.length
		}
		return best.onet && !c.onet
	}
	for i := range words {
		for j := i + 1; j <= len(words) && j-i <= t.longest; j++ {
			key := strings.Join(words[i:j], " ")
			for _, src := range [...]struct {
				m    map[string]int
				onet bool
			}{{t.phrases, false}, {t.onet, true}} {
				f, ok := src.m[key]
				if !ok {
					continue
				}
				c := candidate{family: f, length: j - i, general: t.families[f].General, onet: src.onet, phrase: key}
				if better(c) {
					best, found = c, true
				}
			}
		}
	}
	if !found {
		return Reading{}, false
	}
	return Reading{Family: t.families[best.family].Name, Phrase: best.phrase, ONET: best.onet}, true
}

// Relate says how a candidate's family b stands to a posting's family a.
// Unknown names are unrelated.
func (t *Taxonomy) Relate(a, b string) Relation {
	i, ok1 := t.byName[a]
	j, ok2 := t.byName[b]
	switch {
	case !ok1 || !ok2:
		return Unrelated
	case i == j:
		return Same
	}
	fa, fb := t.families[i], t.families[j]
	switch {
	case fa.Group == fb.Group && (fa.General || fb.General):
		return Broader
	case fa.Group == fb.Group:
		return Sibling
	case slices.Contains(fa.Near, b) || slices.Contains(fb.Near, a):
		return Near
	}
	return Unrelated
}

// FamilyOfCode returns the family of an O*NET-SOC occupation code
// ("15-1252.00"): the family with the longest prefix of it in its SOC list.
func (t *Taxonomy) FamilyOfCode(code string) (string, bool) {
	best, bestLen := "", 0
	for _, f := range t.families {
		for _, p := range f.SOC {
			if strings.HasPrefix(code, p) && len(p) > bestLen {
				best, bestLen = f.Name, len(p)
			}
		}
	}
	return best, best != ""
}

// isKey reports whether a title is already in the form Words gives it
// (lowercase ASCII words, one space apart), as the generated titles are:
// building the taxonomy need not split them again.
func isKey(s string) bool {
	if s == "" || s[0] == ' ' || s[len(s)-1] == ' ' {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
		case c == ' ' && s[i-1] != ' ':
		default:
			return false
		}
	}
	return true
}
