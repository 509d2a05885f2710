package extract

import (
	"slices"
	"strings"

	"github.com/quals-dev/quals/requirements"
)

// notConstraint are lines about pay, benefits or equal opportunity: they
// never limit who may apply, whatever places or dates they mention.
var notConstraint = []string{"$", "salary", "compensation", "pay range", "base pay", "equal opportunity", "equal employment", "benefits", "401(k)", "bonus"}

// constraintCues begin the words a line that constrains who may apply
// holds, besides a year: the first test readConstraint makes.
var constraintCues = cues("authori", "eligib", "legally", "right", "permit", "visa", "sponsor", "citizen", "resident",
	"only", "based", "located", "reside", "live", "living", "open", "remote", "hybrid", "onsite", "site", "office",
	"location", "relocat", "headquarter")

// readConstraint reads a line outside the qualification sections. ok is
// false when the line limits nothing about who may apply.
//
// It reads, in order: the right to work; start dates and date windows;
// and, on a line about places (in the logistics section, or starting
// "Location:" or "Remote"), the cities and countries of the job, which
// fill the posting's locations and workplace and become a location
// requirement (remote allowed when the line offers it). Anywhere, a line
// requiring candidates to be in a country ("US based applicants only")
// becomes a location requirement.
func (x *extractor) readConstraint(it item) (lineReading, bool) {
	switch it.section {
	case SectionSalary, SectionBenefits, SectionEqualOpportunity:
		return lineReading{}, false
	}
	// Most lines outside the qualifications constrain nothing: look for a
	// word that could before tokenizing.
	text := strings.TrimSpace(punctuation.Replace(it.text))
	low := asciiLower(text)
	if !holdsYear(text) && !constraintCues.in(low) && !locationLine.MatchString(text) || containsAny(low, notConstraint...) {
		return lineReading{}, false
	}
	l := x.prepare(it.text)
	if p, ok := x.readAuthorization(l); ok {
		return lineReading{Predicate: p, Reading: x.describe(p)}, true
	}
	if ws, ok := readWindows(l); ok {
		p := windowsPredicate(ws)
		return lineReading{Predicate: p, Reading: x.describe(p)}, true
	}
	residence := x.residenceCountries(l)
	var cities []requirements.PlaceDoc
	var countries requirements.List
	var arrangements []string
	if start, ok := x.placeLine(l, it.section); ok {
		cities, countries = x.readPlaces(l, start)
		arrangements = workplacesIn(l)
		x.addLocations(cities)
		for _, c := range countries {
			if !slices.Contains(residence, c) { // where candidates must be, not where the job is
				x.addLocations([]requirements.PlaceDoc{{Country: c}})
			}
		}
		x.addWorkplace(arrangements)
	}
	loc := &requirements.LocationDoc{Countries: requirements.List(uniqueFold(append(append([]string(nil), residence...), countries...)))}
	for _, c := range cities {
		loc.Cities = append(loc.Cities, c.City)
	}
	loc.Cities = requirements.List(uniqueFold(loc.Cities))
	for _, w := range arrangements {
		loc.Remote = loc.Remote || w == "remote"
	}
	switch {
	case len(loc.Countries)+len(loc.Cities) > 0:
		p := requirements.PredicateDoc{Location: loc}
		return lineReading{Predicate: p, Reading: x.describe(p)}, true
	case len(arrangements) > 0:
		return lineReading{Reading: "workplace: " + strings.Join(arrangements, ", ")}, true
	}
	return lineReading{}, false
}

// placeWords make a logistics line one about where the job is.
var placeWords = []string{"located", "location", "based", "office", "remote", "hybrid", "on-site", "onsite", "on site", "in-office", "relocat", "work from", "headquarter"}

// placeLine reports whether a line says where the job is, and the byte its
// places start at: after "Location:", or 0.
func (x *extractor) placeLine(l *lineText, section string) (int, bool) {
	if m := locationLine.FindStringIndex(l.s); m != nil {
		return m[1], true
	}
	if strings.HasPrefix(l.low, "remote") || strings.HasPrefix(l.low, "hybrid") || strings.HasPrefix(l.low, "on-site") || strings.HasPrefix(l.low, "onsite") {
		return 0, true
	}
	return 0, section == SectionLogistics && containsAny(l.low, placeWords...)
}
