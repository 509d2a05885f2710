package match

import (
	"github.com/quals-dev/quals/requirements"
	"github.com/quals-dev/quals/roles"
)

// role evaluates the kind of role: each title the candidate held or gives
// against the family asked, the best relation earning the credit and its
// titles quoted.
func (e *evaluator) role(f *Finding, p *requirements.Role) {
	asked := p.String()
	titles := e.ix.Titles
	if len(titles) == 0 {
		f.Status = statusOf(0, false)
		f.Gap = gapOf(e.cfg.asOf, fact{reason: noTitles, asked: asked})
		return
	}
	tax := e.posting.Knowledge().Roles()
	best := roles.Unrelated
	read := false
	for _, t := range titles {
		if t.Family != "" {
			read = true
			best = max(best, tax.Relate(p.Family, t.Family))
		}
	}
	f.Credit = e.roleCredit(best)
	var names []string
	closest := ""
	for _, t := range titles {
		if t.Family == "" {
			continue
		}
		if tax.Relate(p.Family, t.Family) == best && best != roles.Unrelated {
			quote := t.Text
			if t.Entry >= 0 {
				quote = entryQuote(e.ix.Entries[t.Entry])
			}
			e.addEvidence(f, t.Path, quote)
			if closest == "" {
				closest = t.Text
				names = append(names, t.Family)
			}
		}
	}
	f.Status = statusOf(roundCredit(f.Credit), true)
	switch {
	case f.Status == Met:
	case !read:
		texts := make([]string, len(titles))
		for i, t := range titles {
			texts[i] = t.Text
		}
		f.Status = Unknown
		f.Gap = gapOf(e.cfg.asOf, fact{reason: titlesUnread, names: texts, asked: asked})
	case best == roles.Unrelated:
		var shown []string
		for _, t := range titles {
			if t.Family != "" && len(shown) < 3 {
				shown = append(shown, "\""+t.Text+"\" ("+t.Family+")")
			}
		}
		f.Gap = gapOf(e.cfg.asOf, fact{reason: roleUnrelated, names: shown, asked: asked})
	default:
		f.Gap = gapOf(e.cfg.asOf, fact{reason: roleRelated, names: []string{closest}, shown: names[0], relation: best, asked: asked})
	}
}

func (e *evaluator) roleCredit(r roles.Relation) float64 {
	switch r {
	case roles.Same:
		return 1
	case roles.Broader:
		return e.cfg.policy.RoleBroader
	case roles.Sibling:
		return e.cfg.policy.RoleSibling
	case roles.Near:
		return e.cfg.policy.RoleNear
	}
	return 0
}
