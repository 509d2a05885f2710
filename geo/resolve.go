package geo

import (
	"cmp"
	"slices"
	"strings"

	"github.com/quals-dev/quals/internal/placename"
)

// Resolve returns the place s names, and false when the gazetteer knows
// none. It is the first of Lookup(s); see Lookup for how names are read.
func (g *Gazetteer) Resolve(s string) (Place, bool) {
	ps := g.Lookup(s)
	if len(ps) == 0 {
		return Place{}, false
	}
	return ps[0], true
}

// Lookup returns every place s may name, the best first, or nil.
//
// s is a place as people write it: "Palo Alto, CA", "Palo Alto,
// California, US", "Bengaluru, Karnataka 560001, India", "München",
// "NYC", "Texas", "DE". Names are compared without case, accents or
// punctuation ("Zurich" is Zürich, "St. Louis" is Saint Louis).
//
// A name alone is, in this order: a country (its name, ISO code or a
// common other name: "Germany", "DE", "DEU", "Deutschland"); a region
// ("California", "Bavaria"; or its code written in capitals: "TX",
// "ON") — unless a city of that name lies in that region, as New York
// City does in New York, or has more people than the region, as Kyiv
// ("Kiev") has than Kiev Oblast: "New York" is the city while "NY" stays
// the state; a city; a metropolitan area named after its main city
// ("Greater Boston Area", "San Francisco Bay Area", "SF Bay Area"), which
// is that city ("Bay Area" alone names no city). A two-letter code alone
// is a country first, so "CA" is Canada and "California" the state.
//
// After commas, parts qualify the first: "Portland, ME" and "Portland,
// Maine" are in Maine, "Toronto, CA" in Canada. One qualifier is a region
// (of any country) or a country, a region first ("Richmond, CA" is
// Richmond, California); with several, the last is the country and the one
// before it a region of that country, and parts between them (a county,
// a district) are skipped. Words with digits (postal codes) are ignored.
// A qualifier the gazetteer does not know makes the lookup fail rather
// than be ignored: "Springfield, Ilinois" finds nothing. A first part
// that is not a city may be a region of the country named after it
// ("Ontario, Canada").
//
// A name several places share resolves to them all, the most populous
// first: "Springfield" is Springfield, Missouri, then Massachusetts, then
// Illinois…; "Portland" is Portland, Oregon. Places whose own name it is
// come before places known by it as another name ("Frisco" is Frisco,
// Texas, not San Francisco; "Bangalore", the other name of Bengaluru
// only, finds Bengaluru).
//
// Cities are GeoNames' places of 15,000 people or more: a smaller town
// is not found, and Lookup never guesses a nearby one.
func (g *Gazetteer) Lookup(s string) []Place {
	parts := splitParts(s)
	var ids []int32
	switch len(parts) {
	case 0:
		return nil
	case 1:
		ids = g.single(parts[0])
	default:
		ids = g.qualified(parts[0], parts[1:], false)
	}
	return g.places(ids)
}

// Locate returns the cities (or, without a city, the region or the
// country) a location given in fields names, the best first: the form of
// a JSON Resume's basics.location and of a posting's locations. Each
// field may be empty; region and country may be names or codes. city may
// carry its own qualifiers ("Palo Alto, CA"). A field the gazetteer does
// not know makes Locate return nil, as does a city field that names no
// city (a region or a country there is not a city).
func (g *Gazetteer) Locate(city, region, country string) []Place {
	var areas []area
	if country = strings.TrimSpace(country); country != "" {
		cs := g.find(placename.Key(country), KindCountry, "", "")
		if len(cs) == 0 {
			return nil
		}
		for _, c := range cs {
			areas = append(areas, area{country: g.entries[c].Country})
		}
	}
	if region = strings.TrimSpace(region); region != "" {
		k := placename.Key(dropNumbers(region))
		var within []area
		if len(areas) == 0 {
			areas = []area{{}}
		}
		var rs []int32
		for _, a := range areas {
			for _, r := range g.find(k, KindRegion, a.country, "") {
				rs = append(rs, r)
				within = append(within, area{country: g.entries[r].Country, region: g.entries[r].Region})
			}
		}
		if len(within) == 0 {
			return nil
		}
		areas = within
		if strings.TrimSpace(city) == "" {
			return g.places(rs)
		}
	}
	parts := splitParts(city)
	if len(parts) == 0 {
		if len(areas) > 0 && country != "" {
			return g.places(g.find(placename.Key(country), KindCountry, "", ""))
		}
		return nil
	}
	if len(parts) > 1 {
		more, ok := g.areas(parts[1:])
		if !ok {
			return nil
		}
		areas = intersect(areas, more)
		if len(areas) == 0 {
			return nil
		}
	}
	ids := g.citiesIn(parts[0], areas)
	if len(ids) == 0 && len(parts) == 1 && len(areas) == 0 {
		ids = g.splitTrailing(parts[0], true)
	}
	return g.places(ids)
}

// Country returns the country s names: its name, ISO 3166-1 alpha-2 or
// alpha-3 code, or another common name ("USA", "UK", "Deutschland").
func (g *Gazetteer) Country(s string) (Place, bool) {
	ids := g.find(placename.Key(s), KindCountry, "", "")
	if len(ids) == 0 {
		return Place{}, false
	}
	return g.entries[ids[0]].Place, true
}

// Region returns the first-level region s names (its name, or its code)
// within a country given by name or code; with country "", the most
// populous region of that name anywhere.
func (g *Gazetteer) Region(country, s string) (Place, bool) {
	code := ""
	if strings.TrimSpace(country) != "" {
		c, ok := g.Country(country)
		if !ok {
			return Place{}, false
		}
		code = c.Country
	}
	ids := g.find(placename.Key(s), KindRegion, code, "")
	if len(ids) == 0 {
		return Place{}, false
	}
	return g.entries[ids[0]].Place, true
}

// area is where a qualified lookup looks: a country, or a region of one.
type area struct{ country, region string }

// single reads a name alone (see Lookup).
func (g *Gazetteer) single(part string) []int32 {
	k := placename.Key(part)
	if k == "" {
		return nil
	}
	if ids := g.find(k, KindCountry, "", ""); len(ids) > 0 {
		return ids
	}
	if ids := g.find(k, KindRegion, "", ""); len(ids) > 0 {
		if !isCode(part) {
			// "New York" is the city in the state; "Kiev" the city, more
			// populous than the region of that name.
			// The city wins as the name's meaning; which city is decided
			// among all of that name, as for any city.
			for _, id := range ids {
				r := &g.entries[id]
				if len(g.find(k, KindCity, r.Country, r.Region)) > 0 {
					return g.find(k, KindCity, "", "")
				}
			}
			if cs := g.find(k, KindCity, "", ""); len(cs) > 0 && g.entries[cs[0]].Population > g.entries[ids[0]].Population {
				return cs
			}
		}
		return ids
	}
	if ids := g.find(k, KindCity, "", ""); len(ids) > 0 {
		return ids
	}
	if m := metro(k); m != "" {
		if ids := g.find(m, KindCity, "", ""); len(ids) > 0 {
			return ids
		}
	}
	return g.splitTrailing(part, false)
}

// splitTrailing reads "Palo Alto CA" and "Berlin Germany": the last one to
// three words of a name without commas as its qualifier.
func (g *Gazetteer) splitTrailing(part string, cityOnly bool) []int32 {
	words := strings.Fields(part)
	for j := len(words) - 1; j >= 1 && j >= len(words)-3; j-- {
		if ids := g.qualified(strings.Join(words[:j], " "), []string{strings.Join(words[j:], " ")}, cityOnly); len(ids) > 0 {
			return ids
		}
	}
	return nil
}

// qualified reads a first part with its qualifiers (see Lookup).
func (g *Gazetteer) qualified(first string, quals []string, cityOnly bool) []int32 {
	areas, ok := g.areas(quals)
	if !ok {
		return nil
	}
	if ids := g.citiesIn(first, areas); len(ids) > 0 || cityOnly {
		return ids
	}
	// "California, US", "Ontario, Canada": a region of the country.
	k := placename.Key(dropNumbers(first))
	for _, a := range areas {
		if a.region == "" {
			if ids := g.find(k, KindRegion, a.country, ""); len(ids) > 0 {
				return ids
			}
		}
	}
	return nil
}

// citiesIn returns the cities named name in the first of areas that has
// any (anywhere when areas is empty), trying the main city of a
// metropolitan area's name last.
func (g *Gazetteer) citiesIn(name string, areas []area) []int32 {
	k := placename.Key(dropNumbers(name))
	if k == "" {
		return nil
	}
	for _, key := range []string{k, metro(k)} {
		if key == "" {
			continue
		}
		if len(areas) == 0 {
			if ids := g.find(key, KindCity, "", ""); len(ids) > 0 {
				return ids
			}
		}
		for _, a := range areas {
			if ids := g.find(key, KindCity, a.country, a.region); len(ids) > 0 {
				return ids
			}
		}
	}
	return nil
}

// areas resolves qualifiers into the areas they may mean, in order of
// preference; false when one of them names nothing the gazetteer knows.
func (g *Gazetteer) areas(quals []string) ([]area, bool) {
	var keys []string
	for _, q := range quals {
		if k := placename.Key(dropNumbers(q)); k != "" {
			keys = append(keys, k)
		}
	}
	var out []area
	switch len(keys) {
	case 0:
		return nil, true
	case 1:
		for _, r := range g.find(keys[0], KindRegion, "", "") {
			out = append(out, area{country: g.entries[r].Country, region: g.entries[r].Region})
		}
		for _, c := range g.find(keys[0], KindCountry, "", "") {
			out = append(out, area{country: g.entries[c].Country})
		}
	default:
		last, prev := keys[len(keys)-1], keys[len(keys)-2]
		if cs := g.find(last, KindCountry, "", ""); len(cs) > 0 {
			for _, c := range cs {
				for _, r := range g.find(prev, KindRegion, g.entries[c].Country, "") {
					out = append(out, area{country: g.entries[r].Country, region: g.entries[r].Region})
				}
			}
		} else {
			// "Brooklyn, Kings County, NY": the last is the region.
			for _, r := range g.find(last, KindRegion, "", "") {
				out = append(out, area{country: g.entries[r].Country, region: g.entries[r].Region})
			}
		}
	}
	return out, len(out) > 0
}

// intersect keeps the areas of a that b allows, each the narrower of the
// two; an empty a allows all of b.
func intersect(a, b []area) []area {
	if len(a) == 0 {
		return b
	}
	var out []area
	for _, x := range a {
		for _, y := range b {
			if x.country != "" && y.country != "" && x.country != y.country ||
				x.region != "" && y.region != "" && x.region != y.region {
				continue
			}
			out = append(out, area{country: cmp.Or(x.country, y.country), region: cmp.Or(x.region, y.region)})
		}
	}
	return out
}

// find returns the entries of a kind named by key, within a country and a
// region when they are not "": those whose own name it is, or when there
// are none those known by it as another name; the most populous first.
func (g *Gazetteer) find(key string, kind Kind, country, region string) []int32 {
	head, ok := g.names.head(key)
	if !ok {
		return nil
	}
	var own, other []int32
	for r := head; r >= 0; r = g.refs[r].next {
		ref := g.refs[r]
		e := &g.entries[ref.entry]
		if e.Kind != kind || country != "" && e.Country != country || region != "" && e.Region != region {
			continue
		}
		// A replaced entry may be chained twice under a name: once each.
		switch {
		case ref.other:
			if !slices.Contains(other, ref.entry) {
				other = append(other, ref.entry)
			}
		case !slices.Contains(own, ref.entry):
			own = append(own, ref.entry)
		}
	}
	ids := own
	if len(ids) == 0 {
		ids = other
	}
	slices.SortFunc(ids, func(a, b int32) int {
		x, y := &g.entries[a].Place, &g.entries[b].Place
		return cmp.Or(cmp.Compare(y.Population, x.Population), cmp.Compare(x.Country, y.Country),
			cmp.Compare(x.Region, y.Region), cmp.Compare(x.Name, y.Name), cmp.Compare(a, b))
	})
	return ids
}

func (g *Gazetteer) places(ids []int32) []Place {
	if len(ids) == 0 {
		return nil
	}
	out := make([]Place, len(ids))
	for i, id := range ids {
		out[i] = g.entries[id].Place
	}
	return out
}

// splitParts splits a place as written into its parts: at commas,
// semicolons, bars and parentheses, and at a dash between spaces.
func splitParts(s string) []string {
	s = strings.NewReplacer(" - ", ",", " – ", ",", " — ", ",").Replace(s)
	fields := strings.FieldsFunc(s, func(r rune) bool {
		return r == ',' || r == ';' || r == '|' || r == '(' || r == ')' || r == '\n'
	})
	out := fields[:0]
	for _, f := range fields {
		if f = strings.TrimSpace(f); f != "" {
			out = append(out, f)
		}
	}
	return out
}

// dropNumbers removes the words holding digits (postal codes) from a
// part, unless nothing else is left.
func dropNumbers(s string) string {
	if strings.IndexFunc(s, func(r rune) bool { return r >= '0' && r <= '9' }) < 0 {
		return s
	}
	words := strings.Fields(s)
	kept := words[:0]
	for _, w := range words {
		if strings.IndexFunc(w, func(r rune) bool { return r >= '0' && r <= '9' }) < 0 {
			kept = append(kept, w)
		}
	}
	return strings.Join(kept, " ")
}

// isCode reports whether a part is written as a code: two to four
// capitals, periods allowed ("NY", "U.S.", "NSW").
func isCode(s string) bool {
	n := 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= 'A' && c <= 'Z':
			n++
		case c == '.' || c == ' ':
		default:
			return false
		}
	}
	return n >= 2 && n <= 4
}

// metroPrefixes and metroSuffixes are the words around a city's name that
// make it its metropolitan area.
var (
	metroPrefixes = []string{"greater "}
	metroSuffixes = []string{" metropolitan area", " metro area", " bay area", " area", " metro"}
)

// metro returns the main city's key of a metropolitan area's key
// ("greater boston area" → "boston"), or "" when it is none.
func metro(k string) string {
	m := k
	for _, p := range metroPrefixes {
		m = strings.TrimPrefix(m, p)
	}
	for _, s := range metroSuffixes {
		if strings.HasSuffix(m, s) {
			m = strings.TrimSuffix(m, s)
			break
		}
	}
	if m == k || m == "bay" {
		return "" // "Bay Area" alone: which bay is a guess
	}
	return m
}
