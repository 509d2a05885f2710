package extract

import (
	"github.com/quals-dev/quals/requirements"
)

// linePlace is a country, region or city a line names.
type linePlace struct {
	country    string // ISO code when the place is a country
	region     string // region code, with country, when it is a region
	city       string
	start, end int // bytes in the line
}

// shortCountries are the abbreviations that name a country in prose; other
// two- and three-letter codes are words ("IT", "CAN", "AI").
var shortCountries = wordSet(`US USA U.S U.S.A UK U.K UAE U.A.E EU`)

// countryAt reads a country named by the capitalized tokens from i on, the
// longest name first ("United States of America", "U.S.").
func (x *extractor) countryAt(l *lineText, i int) (code string, last int, ok bool) {
	if !indexOf(x.vocabulary).countryWords[l.word(i)] {
		return "", i, false
	}
	n := capitalizedRun(l, i, 4)
	// "United States of America", "Republic of Korea": "of" may join the words.
	if n >= 1 && l.word(i+n) == "of" && capitalizedRun(l, i+n+1, 1) == 1 {
		n += 2
	}
	for ; n >= 1; n-- {
		s := l.surface(i, i+n-1)
		if n == 1 && len(s) < 4 && !shortCountries[s] {
			continue
		}
		if code, ok := x.vocabulary.Country(s); ok {
			return code, i + n - 1, true
		}
	}
	return "", i, false
}

// countriesIn lists the countries a line names, with where.
func (x *extractor) countriesIn(l *lineText) []linePlace {
	var out []linePlace
	for i := 0; i < len(l.toks); i++ {
		if !startsCapital(l.surface(i, i)) {
			continue
		}
		if code, last, ok := x.countryAt(l, i); ok {
			out = append(out, linePlace{country: code, start: l.toks[i].Start, end: l.toks[last].End})
			i = last
		}
	}
	return out
}

// countryCodes lists the distinct country codes of places.
func countryCodes(ps []linePlace) requirements.List {
	var out []string
	for _, p := range ps {
		if p.country != "" {
			out = append(out, p.country)
		}
	}
	return requirements.List(uniqueFold(out))
}
