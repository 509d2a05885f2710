package extract

import (
	"fmt"
	"reflect"
	"strings"

	"github.com/quals-dev/quals/requirements"
)

// mergeDescription adds what Description read from the description: its report
// lines, and each requirement the structured fields do not already give.
// A description requirement is already given when a structured one has
// the same text; names the same degree level (its fields of study are
// merged in, or its fuller reading — "or equivalent experience" — replaces
// the bare level); names only skills, experience or certifications a
// structured one names; or asks for the same places, authorization or
// dates.
func (r *ldReader) mergeDescription(ext *Extraction) {
	d := ext.Document
	if r.x.doc.Title == "" && d.Title != "" {
		r.x.doc.Title = d.Title
		r.role = ldRoleOf(d.Title)
	}
	if r.x.doc.Organization == "" {
		r.x.doc.Organization = d.Organization
	}
	for _, pl := range d.Locations {
		r.addPlace(pl)
	}
	for _, w := range d.Workplace {
		r.x.doc.Workplace = ldAppendNew(r.x.doc.Workplace, w)
	}
	lineOf := map[string][]int{}
	for _, l := range ext.Lines {
		id := l.Requirement
		l.Requirement = ""
		i := r.report(l)
		if id != "" {
			lineOf[id] = append(lineOf[id], i)
		}
	}
	structured := ldLive(r.pending)
	for _, group := range []struct {
		reqs      []requirements.RequirementDoc
		preferred bool
	}{{d.Required, false}, {d.Preferred, true}} {
		for _, req := range group.reqs {
			lines := lineOf[req.ID]
			if prev, how := r.covered(structured, req); prev != nil {
				for _, l := range lines {
					// Its requirement is the structured one now: not free text.
					r.lines[l].Reading += "; " + how
					r.lines[l].FreeText = false
				}
				prev.lines = append(prev.lines, lines...)
				continue
			}
			req.ID = ""
			r.add("description", req, group.preferred, lines...)
		}
	}
}

// covered returns the structured requirement that already gives req, and
// how, or nil.
func (r *ldReader) covered(structured []*ldPending, req requirements.RequirementDoc) (*ldPending, string) {
	if dd := ldDegreeIn(&req.PredicateDoc); dd != nil {
		for _, p := range structured {
			sd := ldDegreeIn(&p.req.PredicateDoc)
			if sd == nil || sd.Level != dd.Level {
				continue
			}
			switch {
			case req.Degree != nil:
				ldFillDegree(sd, dd)
				return p, "merged into the degree from " + p.field
			case p.req.Degree != nil:
				ldFillDegree(dd, sd)
				p.texts = append(p.texts, p.req.Text)
				p.req.PredicateDoc, p.req.Text = req.PredicateDoc, req.Text
				return p, "this reading replaces the bare degree level from " + p.field
			default:
				ldFillDegree(sd, dd)
				return p, "merged into the requirement from " + p.field
			}
		}
	}
	k := ldTextKey(req.Text)
	for _, p := range structured {
		if p.says(k) {
			return p, "the same as the requirement from " + p.field
		}
	}
	for _, p := range structured {
		if ldGivenBy(p.req.PredicateDoc, req.PredicateDoc, r) {
			return p, fmt.Sprintf("already given by the requirement from %s", p.field)
		}
	}
	return nil, ""
}

// ldGivenBy reports whether structured predicate s already asks for all that d does.
func ldGivenBy(s, d requirements.PredicateDoc, r *ldReader) bool {
	switch {
	case d.Skill != nil:
		return ldNamesWithin(d.Skill, s.Skill, r) || ldNamesWithin(d.Skill, s.Experience, r)
	case d.Experience != nil:
		return ldNamesWithin(d.Experience, s.Experience, r)
	case d.Certification != nil:
		return ldNamesWithin(d.Certification, s.Certification, r)
	case d.Evidence != nil && (s.Skill != nil || s.Experience != nil):
		// "Strong proficiency in Go", read only as the term Go, when Go is a listed skill.
		terms := &requirements.NamesDoc{Any: d.Evidence.Terms}
		return ldNamesWithin(terms, s.Skill, r) || ldNamesWithin(terms, s.Experience, r)
	case d.Location != nil && s.Location != nil:
		return ldWithin(d.Location.Countries, s.Location.Countries) && ldWithin(d.Location.Regions, s.Location.Regions) &&
			ldWithin(d.Location.Cities, s.Location.Cities)
	case d.Authorization != nil && s.Authorization != nil:
		return ldWithin(d.Authorization.Countries, s.Authorization.Countries) && d.Authorization.Sponsorship == s.Authorization.Sponsorship
	case d.Availability != nil && s.Availability != nil:
		for _, w := range d.Availability.Windows {
			found := false
			for _, sw := range s.Availability.Windows {
				found = found || w == sw
			}
			if !found {
				return false
			}
		}
		return true
	}
	return reflect.DeepEqual(s, d)
}

// ldNamesWithin reports whether every name of d is among those of s (by
// the vocabulary's canonical name when it knows one), with no more years.
func ldNamesWithin(d, s *requirements.NamesDoc, r *ldReader) bool {
	if s == nil || d.MinYears > s.MinYears {
		return false
	}
	have := map[string]bool{}
	for _, n := range append(append(requirements.List{}, s.Any...), s.All...) {
		have[r.nameKey(n)] = true
	}
	names := append(append(requirements.List{}, d.Any...), d.All...)
	for _, n := range names {
		if !have[r.nameKey(n)] {
			return false
		}
	}
	return len(names) > 0
}

func (r *ldReader) nameKey(n string) string {
	if t := r.x.vocabulary.Skill(n); t.Concept != "" {
		return t.Concept
	}
	return ldTextKey(n)
}

func ldWithin(d, s requirements.List) bool {
	for _, x := range d {
		if !ldContainsFold(s, x) {
			return false
		}
	}
	return true
}

// ldDegreeIn returns the degree a predicate asks for: its own, or the first
// among the alternatives of an any.
func ldDegreeIn(p *requirements.PredicateDoc) *requirements.DegreeDoc {
	if p.Degree != nil {
		return p.Degree
	}
	for i := range p.Any {
		if p.Any[i].Degree != nil {
			return p.Any[i].Degree
		}
	}
	return nil
}

// ldFillDegree gives dst what src says that dst does not: fields of study,
// "or a related field", status, a date.
func ldFillDegree(dst, src *requirements.DegreeDoc) {
	if len(dst.Fields) == 0 && len(src.Fields) > 0 {
		dst.Fields = append(requirements.List(nil), src.Fields...)
		dst.Related = dst.Related || src.Related
	}
	if dst.Status == "" {
		dst.Status = src.Status
	}
	if dst.By == "" {
		dst.By = src.By
	}
}

// finish sets the workplace from jobLocationType and jobLocation.
func (r *ldReader) finish() {
	if !r.remote {
		return
	}
	w := requirements.List{"remote"}
	if r.placed {
		w = requirements.List{"onsite", "remote"}
	}
	for _, s := range r.x.doc.Workplace {
		w = ldAppendNew(w, strings.ToLower(s))
	}
	r.x.doc.Workplace = w
}
