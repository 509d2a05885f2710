package match

import "github.com/quals-dev/quals/requirements"

// isGate reports whether a required predicate can make a candidate
// ineligible. Gates are what a posting can fairly refuse on: a degree,
// years, skills and experience it names, certifications, the right to work,
// where and when, a spoken language. Free-text evidence, publications,
// the kind of role, seniority and a stack to cover weigh in the score
// only, as does a combinator with any part that is no gate (it could be
// met through that part).
func isGate(p requirements.Predicate) bool {
	var of []requirements.Predicate
	switch p := p.(type) {
	case *requirements.Evidence, *requirements.Publications, *requirements.Role, *requirements.Seniority:
		return false
	case *requirements.Skill:
		// A stack to cover is what a candidate has more or less of.
		return p.Mode != requirements.Coverage
	case *requirements.Experience:
		return p.Mode != requirements.Coverage
	case *requirements.Any:
		of = p.Of
	case *requirements.All:
		of = p.Of
	case *requirements.AtLeast:
		of = p.Of
	default:
		return true
	}
	for _, c := range of {
		if !isGate(c) {
			return false
		}
	}
	return true
}
