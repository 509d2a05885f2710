package extract

import (
	"cmp"
	"math"
	"strings"

	"github.com/quals-dev/quals/requirements"
)

// Weights the extractor gives by kind of requirement. A person reading a
// posting judges fit by the kind of role and the stack first; free text
// ("strong communicator") says least and is matched word for word, so it
// weighs little and is capped. Hand-written postings keep their weights.
const (
	roleWeight     = 3
	coverageWeight = 2
	evidenceWeight = 0.5
	// maxEvidenceShare caps the weight of all free-text requirements
	// together at this share of the posting's total.
	maxEvidenceShare = 0.2
	// Lists this long or longer are a stack to cover, not names of which
	// all (or any one) will do: all of 3, any of 5.
	coverageAll = 3
	coverageAny = 5
)

// Weighting says how the extractor weighs requirements, for its report.
const Weighting = "weights by kind: role 3, a stack to cover 2, free text 0.5 (all of it at most a fifth of the total), the rest 1"

// fit adds what the title says (the kind of role and its seniority),
// turns long lists of names into stacks to cover, and weighs the
// requirements by kind, noting each in the report lines.
func (x *extractor) fit(lines []LineReport) []LineReport {
	x.coverLists(lines)
	lines = x.readTitle(lines)
	x.weigh(lines)
	return lines
}

// readTitle adds a role, and a seniority when the title states one with
// years to it, after the required requirements the lines made.
func (x *extractor) readTitle(lines []LineReport) []LineReport {
	title := x.doc.Title
	if title == "" {
		return lines
	}
	tax := x.knowledge.Roles()
	var add []requirements.RequirementDoc
	if r, ok := tax.Resolve(title); ok {
		p := requirements.PredicateDoc{Role: &requirements.RoleDoc{Title: title, Family: r.Family}}
		add = append(add, requirements.RequirementDoc{ID: x.newID(p, title), Text: title, PredicateDoc: p})
	}
	if l := tax.LevelOf(title); l.MinYears() > 0 {
		p := requirements.PredicateDoc{Seniority: &requirements.SeniorityDoc{Level: l.String()}}
		add = append(add, requirements.RequirementDoc{ID: x.newID(p, title), Text: title, PredicateDoc: p})
	}
	if len(add) == 0 {
		return lines
	}
	x.doc.Required = append(x.doc.Required, add...)
	at := -1
	for i, l := range lines {
		if strings.Contains(l.Text, title) && l.Requirement == "" && !l.Heading {
			at = i // "About the Job: Data Science Intern at Northwind Labs"
			break
		}
	}
	if at < 0 { // a JobPosting's title field, reported as not read: given first
		lines = append([]LineReport{{Section: "title", Text: title}}, lines...)
		at = 0
	}
	// One report line per requirement: the title's, then one more for
	// its seniority.
	rep := lines[at]
	for i, r := range add {
		rep.Requirement, rep.Reading = r.ID, "title: "+x.describe(r.PredicateDoc)
		if i == 0 {
			lines[at] = rep
		} else {
			lines = append(lines[:at+i], append([]LineReport{rep}, lines[at+i:]...)...)
		}
	}
	return lines
}

// coverLists turns a skill or experience list of many names, with no
// years to it, into a stack to cover: "Kafka, PostgreSQL, Redis and
// Kubernetes" asks for as many as the candidate has, not all or nothing.
func (x *extractor) coverLists(lines []LineReport) {
	for _, list := range []*[]requirements.RequirementDoc{&x.doc.Required, &x.doc.Preferred} {
		for i := range *list {
			r := &(*list)[i]
			n := r.Skill
			if n == nil {
				n = r.Experience
			}
			if n == nil || n.MinYears > 0 {
				continue
			}
			switch {
			case len(n.All) >= coverageAll:
				n.Coverage, n.All = n.All, nil
			case len(n.Any) >= coverageAny:
				n.Coverage, n.Any = n.Any, nil
			default:
				continue
			}
			for j := range lines {
				if lines[j].Requirement == r.ID {
					lines[j].Reading = x.describe(r.PredicateDoc)
				}
			}
		}
	}
}

// weigh sets each requirement's weight by its kind and caps free text.
func (x *extractor) weigh(lines []LineReport) {
	var evidence, rest float64
	nEvidence := 0
	each := func(f func(r *requirements.RequirementDoc)) {
		for _, list := range []*[]requirements.RequirementDoc{&x.doc.Required, &x.doc.Preferred} {
			for i := range *list {
				f(&(*list)[i])
			}
		}
	}
	each(func(r *requirements.RequirementDoc) {
		switch {
		case r.Role != nil:
			r.Weight = roleWeight
		case r.Skill != nil && len(r.Skill.Coverage) > 0, r.Experience != nil && len(r.Experience.Coverage) > 0:
			r.Weight = coverageWeight
		case r.Evidence != nil:
			r.Weight = evidenceWeight
			evidence += evidenceWeight
			nEvidence++
			return
		default:
			r.Weight = 0 // the default, 1: left unwritten
			rest++
			return
		}
		rest += r.Weight
	})
	// evidence / (evidence + rest) <= maxEvidenceShare
	if limit := maxEvidenceShare / (1 - maxEvidenceShare) * rest; rest > 0 && evidence > limit {
		w := max(0.01, math.Floor(limit/float64(nEvidence)*100)/100)
		each(func(r *requirements.RequirementDoc) {
			if r.Evidence != nil {
				r.Weight = w
			}
		})
	}
	weights := map[string]float64{}
	each(func(r *requirements.RequirementDoc) { weights[r.ID] = cmp.Or(r.Weight, 1) })
	for i := range lines {
		lines[i].Weight = weights[lines[i].Requirement]
	}
}
