package requirements

import (
	"strings"

	"github.com/quals-dev/quals/internal/decode"
	"github.com/quals-dev/quals/roles"
)

// role compiles {title, family}: the family as given, else the one the
// title names.
func (r *reader) role(doc *PredicateDoc, path string) Predicate {
	d := doc.Role
	titlePath, familyPath := decode.Join(path, "title"), decode.Join(path, "family")
	tax := r.knowledge.Roles()
	p := &Role{Title: strings.TrimSpace(d.Title)}
	if r.given(familyPath) {
		name := strings.ToLower(strings.TrimSpace(d.Family))
		if _, ok := tax.Family(name); !ok {
			r.w.Errorf(r.at(familyPath), familyPath, "unknown role family %q; the families are %s", d.Family, strings.Join(tax.Names(), ", "))
			return nil
		}
		p.Family = name
		return p
	}
	if p.Title == "" {
		if r.clean(path) {
			r.w.Failf(decode.ErrMissing, r.src.at(path), familyPath, "a role needs a title or a family")
		}
		return nil
	}
	reading, ok := tax.Resolve(p.Title)
	if !ok {
		r.w.Errorf(r.at(titlePath), titlePath, "no role family is known for the title %q; give one with family:", p.Title)
		return nil
	}
	p.Family = reading.Family
	return p
}

// seniority compiles {level, min_years}: min_years defaults to the
// level's usual floor, and a level is not needed when it is given.
func (r *reader) seniority(doc *PredicateDoc, path string) Predicate {
	d := doc.Seniority
	levelPath, yearsPath := decode.Join(path, "level"), decode.Join(path, "min_years")
	p := &Seniority{MinYears: d.MinYears}
	if r.given(levelPath) {
		l, ok := roles.ParseLevel(strings.ToLower(strings.TrimSpace(d.Level)))
		if !ok {
			r.w.Errorf(r.at(levelPath), levelPath, "unknown level %q; give intern, junior, mid, senior, staff, principal or director", d.Level)
			return nil
		}
		p.Level = l
	}
	if r.given(yearsPath) && (d.MinYears < 0 || d.MinYears > maxYears) {
		r.w.Errorf(r.at(yearsPath), yearsPath, "must be between 0 and %d, not %v", maxYears, d.MinYears)
		return nil
	}
	if p.MinYears == 0 {
		p.MinYears = p.Level.MinYears()
	}
	if p.MinYears == 0 {
		if r.clean(path) {
			r.w.Failf(decode.ErrMissing, r.src.at(path), yearsPath, "seniority needs min_years, or a level that implies years (mid, senior, staff, principal, director)")
		}
		return nil
	}
	return p
}
