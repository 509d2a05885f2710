package extract

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/quals-dev/quals/requirements"
)

// describeDoc writes a predicate document in a few words for the report:
// "degree: bachelor or experience with computer science (min 4 years)".
func describeDoc(p requirements.PredicateDoc) string {
	switch {
	case p.Skill != nil:
		return "skill: " + namesText(p.Skill)
	case p.Experience != nil && len(p.Experience.Any)+len(p.Experience.All) == 0:
		return fmt.Sprintf("work experience of any kind (min %s years)", strconv.FormatFloat(p.Experience.MinYears, 'f', -1, 64))
	case p.Experience != nil:
		return "experience with " + namesText(p.Experience)
	case p.Certification != nil:
		return "certification: " + namesText(p.Certification)
	case p.Degree != nil:
		d := p.Degree
		s := "degree: " + d.Level
		if d.Status == string(requirements.InProgress) {
			s += " (in progress)"
		} else if d.Status == string(requirements.Completed) {
			s += " (completed)"
		}
		if len(d.Fields) > 0 {
			s += " in " + strings.Join(d.Fields, ", ")
			if d.Related {
				s += " or related"
			}
		}
		return s
	case p.Publications != nil:
		s := fmt.Sprintf("publications: at least %d", p.Publications.Min)
		if len(p.Publications.Topics) > 0 {
			s += " on " + strings.Join(p.Publications.Topics, ", ")
		}
		return s
	case p.Location != nil:
		var parts []string
		if len(p.Location.Countries) > 0 {
			parts = append(parts, strings.Join(p.Location.Countries, ", "))
		}
		if len(p.Location.Regions) > 0 {
			parts = append(parts, strings.Join(p.Location.Regions, ", "))
		}
		if len(p.Location.Cities) > 0 {
			parts = append(parts, strings.Join(p.Location.Cities, ", "))
		}
		s := "location: " + strings.Join(parts, "; ")
		if p.Location.Remote {
			s += " (remote allowed)"
		}
		return s
	case p.Authorization != nil:
		s := "authorization: " + strings.Join(p.Authorization.Countries, ", ")
		if p.Authorization.Sponsorship {
			return s + " (sponsorship offered)"
		}
		return s + " (no sponsorship)"
	case p.Availability != nil:
		var ws []string
		for _, w := range p.Availability.Windows {
			ws = append(ws, w.From+".."+w.To)
		}
		return "availability: " + strings.Join(ws, ", ")
	case p.Language != nil:
		return "language: " + p.Language.Name + " " + p.Language.Level
	case p.Evidence != nil:
		return fmt.Sprintf("evidence terms %s (min %d)", strings.Join(p.Evidence.Terms, ", "), p.Evidence.Min)
	case p.Any != nil:
		return joinDescriptions(p.Any, " or ")
	case p.All != nil:
		return joinDescriptions(p.All, " and ")
	case p.AtLeast != nil:
		return fmt.Sprintf("at least %d of: %s", p.AtLeast.N, joinDescriptions(p.AtLeast.Of, "; "))
	}
	return ""
}

func joinDescriptions(ps []requirements.PredicateDoc, sep string) string {
	parts := make([]string, len(ps))
	for i, p := range ps {
		parts[i] = describeDoc(p)
		if p.Any != nil || p.All != nil {
			parts[i] = "(" + parts[i] + ")"
		}
	}
	return strings.Join(parts, sep)
}

// namesText writes a names predicate: "Hadoop, Spark (min 3 years)".
func namesText(n *requirements.NamesDoc) string {
	names := n.Any
	if len(n.All) > 0 {
		names = n.All
	}
	s := strings.Join(names, ", ")
	if n.MinYears > 0 {
		s += fmt.Sprintf(" (min %g years)", n.MinYears)
	}
	return s
}
