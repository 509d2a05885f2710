package requirements

import (
	"fmt"
	"slices"
	"strings"

	"github.com/quals-dev/quals/geo"
	"github.com/quals-dev/quals/internal/words"
	"github.com/quals-dev/quals/vocab"
)

// How a posting's names and places resolve, for compile.

var workplaces = map[string]string{"onsite": "onsite", "on-site": "onsite", "on site": "onsite", "hybrid": "hybrid", "remote": "remote"}

// maxKm is the largest within_km: no two places are farther apart.
const maxKm = 20_040

// unknownCity is the message for a city the gazetteer does not know.
func unknownCity(s string) string {
	return fmt.Sprintf("unknown city %q; the gazetteer knows places of 15,000 people or more: check the spelling, name a nearby larger city, or add the place (knowledge.WithGazetteer)", s)
}

// country resolves a country's name or code through the vocabulary, then
// the gazetteer.
func (r *reader) country(s string) (string, bool) {
	if code, ok := r.vocabulary.Country(s); ok {
		return code, true
	}
	if c, ok := r.gaz().Country(s); ok {
		return c.Country, true
	}
	return "", false
}

// regionOf resolves a region's name or code within a country through the
// vocabulary, then the gazetteer (which knows every country's regions).
func (r *reader) regionOf(country, s string) (string, bool) {
	if code, ok := r.vocabulary.Region(country, s); ok {
		return code, true
	}
	if p, ok := r.gaz().Region(country, s); ok {
		return p.Region, true
	}
	return "", false
}

// city resolves a city a location predicate names: within its countries
// when it lists some and the city is there, else anywhere.
func (r *reader) city(s string, countries []string) (geo.Place, bool) {
	for _, c := range countries {
		if ps := r.gaz().Locate(s, "", c); len(ps) > 0 {
			return ps[0], true
		}
	}
	if ps := r.gaz().Locate(s, "", ""); len(ps) > 0 {
		return ps[0], true
	}
	return geo.Place{}, false
}

// region resolves "CA, US", or "California" within the listed countries.
func (r *reader) region(s string, countries []string) (RegionRef, bool) {
	if i := strings.LastIndexByte(s, ','); i > 0 {
		if code, ok := r.country(strings.TrimSpace(s[i+1:])); ok {
			countries = []string{code}
			s = strings.TrimSpace(s[:i])
		}
	}
	for _, c := range countries {
		if code, ok := r.regionOf(c, s); ok {
			return RegionRef{Country: c, Code: code}, true
		}
	}
	if len(countries) > 0 {
		return RegionRef{}, false
	}
	// No country named: the posting's own countries first, then a region
	// of that name in one country only ("Ontario", "Bavaria").
	for _, at := range r.located {
		if code, ok := r.regionOf(at.Country, s); ok {
			return RegionRef{Country: at.Country, Code: code}, true
		}
	}
	if in := r.regionCountries(s); len(in) == 1 {
		code, _ := r.regionOf(in[0], s)
		return RegionRef{Country: in[0], Code: code}, true
	}
	return RegionRef{}, false
}

// regionCountries lists the countries with a region of the name or code s,
// in the gazetteer's order.
func (r *reader) regionCountries(s string) []string {
	var out []string
	for _, p := range r.gaz().Lookup(s) {
		if p.Kind == geo.KindRegion && !slices.Contains(out, p.Country) {
			out = append(out, p.Country)
		}
	}
	return out
}

// unknownRegion says why a region does not resolve, naming it.
func (r *reader) unknownRegion(s string) string {
	if in := r.regionCountries(s); len(in) > 1 {
		return fmt.Sprintf("region %q is in %s; write it with its country (%q) or list the country under countries", s, words.Join(in, "and"), s+", "+in[0])
	}
	return fmt.Sprintf("unknown region %q; write it with its country (\"Name, CC\") or list its country under countries", s)
}

// skillTerm resolves a skill name, keeping free-text terms in the posting's language.
func (r *reader) skillTerm(s string) vocab.Term {
	t := r.vocabulary.Skill(s)
	t.Terms = r.termsOf(s)
	return t
}

func (r *reader) fieldTerm(s string) vocab.Term {
	t := r.vocabulary.Field(s)
	t.Terms = r.termsOf(s)
	return t
}

func (r *reader) termsOf(s string) []string {
	toks := r.analyzer.Tokens(nil, s)
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.Term
	}
	return out
}
