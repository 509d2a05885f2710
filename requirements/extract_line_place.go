package requirements

import (
	"regexp"
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
func countryCodes(ps []linePlace) List {
	var out []string
	for _, p := range ps {
		if p.country != "" {
			out = append(out, p.country)
		}
	}
	return List(uniqueFold(out))
}

var authorizationCues = cues("authori", "eligib", "legally", "right", "permit", "visa", "sponsor", "citizen", "resident", "green")

// authorizationRE finds a line about the right to work.
var authorizationRE = regexp.MustCompile(`\b(?:authori[sz](?:ed|ation) to work|work(?:ing)? authori[sz]ation|eligib(?:le|ility) to work|legally (?:authori[sz]ed|eligible|able|permitted|entitled)|right to work|work permits?|work visas?|(?:visa|immigration|employer|employment|work|h-?1b) sponsorship|sponsorship (?:for|of) (?:a |an |any |the )?(?:work |employment )?(?:visas?|immigration)|sponsor (?:a |any |your |work |employment )*visas?|(?:unable|not able|cannot|can't|won't|will not|do not|does not|not) (?:to )?sponsor|citizens?|citizenship|permanent residents?|green card)\b`)

// notAuthorization are equal-opportunity phrasings that mention
// citizenship without requiring it.
var notAuthorization = regexp.MustCompile(`\b(?:regardless of|without regard|equal (?:employment )?opportunity|discriminat\w*|protected)\b`)

var (
	noSponsorship  = regexp.MustCompile(`\b(?:no|not|unable|cannot|can't|won't|will not|does not|do not|without|nor|neither)\b[^.;]{0,80}\bsponsor|\bsponsor\w*[^.;]{0,40}\b(?:not|unavailable|no longer)\b`)
	yesSponsorship = regexp.MustCompile(`\b(?:will|can|do|does|we|able to|happy to|open to|willing to)\s+(?:\w+\s+)?sponsor|\bsponsorship (?:is |will be )?(?:available|offered|provided|possible)|\bvisa sponsorship (?:available|offered|provided)`)
)

// readAuthorization reads "must be authorized to work in the US", "visa
// sponsorship is not available", "we sponsor visas". Without a country in
// the line it takes the posting's; without those it reads nothing.
func (x *extractor) readAuthorization(l *lineText) (PredicateDoc, bool) {
	if !authorizationCues.in(l.low) {
		return PredicateDoc{}, false
	}
	if !authorizationRE.MatchString(l.low) || notAuthorization.MatchString(l.low) {
		return PredicateDoc{}, false
	}
	countries := countryCodes(x.countriesIn(l))
	if len(countries) == 0 {
		for _, p := range x.doc.Locations {
			if p.Country != "" {
				countries = append(countries, p.Country)
			}
		}
		countries = List(uniqueFold(countries))
	}
	if len(countries) == 0 {
		return PredicateDoc{}, false
	}
	sponsor := !noSponsorship.MatchString(l.low) && yesSponsorship.MatchString(l.low)
	return PredicateDoc{Authorization: &AuthorizationDoc{Countries: countries, Sponsorship: sponsor}}, true
}

// residenceBefore are the words that, just before a country, say the
// candidate must be there: "located in the US", "residents of Canada".
var residenceBefore = regexp.MustCompile(`(?:located|based|reside|residing|live|living|residents?(?: of)?|candidates|applicants|open to(?: candidates| applicants)?(?: in| from)?|remote\s*[-,(:|])\s*(?:in|within|inside|of|from)?\s*(?:the\s+)?$`)

// onlyAfter are the words that, just after a country, restrict to it:
// "US only", "US-based applicants", "US-based," but not "the US based teams".
var onlyAfter = regexp.MustCompile(`^\s*(?:-?\s*only\b|-?\s*based\s*(?:applicants|candidates|individuals|residents|talent|only|roles?|positions?|[,.;)]|$)|\s*\)?\s*only\b|\s*residents?\b)`)

// listJoin is what stands between two items of a list.
var listJoin = regexp.MustCompile(`^\s*(?:,|/|or|and|, or|, and|and/or)\s*(?:the\s+)?$`)

// residenceCue are the words that make naming a country a condition.
var residenceCue = cues("only", "based", "located", "reside", "live", "living", "open", "remote")

// residenceCountries reads the countries a line requires candidates to be
// in: "US based applicants only", "must be located in Canada", "Remote (US
// only)". A country named for another reason ("apply once within the USA")
// does not count.
func (x *extractor) residenceCountries(l *lineText) List {
	if !residenceCue.in(l.low) {
		return nil
	}
	var out []linePlace
	for _, p := range x.countriesIn(l) {
		// "in Germany or Austria": a country listed after one that counts counts too.
		listed := len(out) > 0 && listJoin.MatchString(l.low[out[len(out)-1].end:p.start])
		if listed || residenceBefore.MatchString(l.low[:p.start]) || onlyAfter.MatchString(l.low[p.end:]) {
			out = append(out, p)
		}
	}
	return countryCodes(out)
}
