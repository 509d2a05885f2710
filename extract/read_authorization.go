package extract

import (
	"regexp"

	"github.com/quals-dev/quals/requirements"
)

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
func (x *extractor) readAuthorization(l *lineText) (requirements.PredicateDoc, bool) {
	if !authorizationCues.in(l.low) {
		return requirements.PredicateDoc{}, false
	}
	if !authorizationRE.MatchString(l.low) || notAuthorization.MatchString(l.low) {
		return requirements.PredicateDoc{}, false
	}
	countries := countryCodes(x.countriesIn(l))
	if len(countries) == 0 {
		for _, p := range x.doc.Locations {
			if p.Country != "" {
				countries = append(countries, p.Country)
			}
		}
		countries = requirements.List(uniqueFold(countries))
	}
	if len(countries) == 0 {
		return requirements.PredicateDoc{}, false
	}
	sponsor := !noSponsorship.MatchString(l.low) && yesSponsorship.MatchString(l.low)
	return requirements.PredicateDoc{Authorization: &requirements.AuthorizationDoc{Countries: countries, Sponsorship: sponsor}}, true
}
