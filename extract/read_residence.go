package extract

import (
	"regexp"

	"github.com/quals-dev/quals/requirements"
)

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
func (x *extractor) residenceCountries(l *lineText) requirements.List {
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

// readResidence reads a line limiting where candidates live ("US-based
// candidates only") into a location predicate.
func (x *extractor) readResidence(l *lineText) (requirements.PredicateDoc, bool) {
	if cs := x.residenceCountries(l); len(cs) > 0 {
		return requirements.PredicateDoc{Location: &requirements.LocationDoc{Countries: cs}}, true
	}
	return requirements.PredicateDoc{}, false
}
