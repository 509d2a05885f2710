package requirements

import (
	"strings"
	"time"

	"github.com/quals-dev/quals/roles"
	"github.com/quals-dev/quals/vocab"
)

// The views of predicate documents that PredicateDoc.Describe writes: each
// the Predicate a document holds, with its names as written.

func viewTerms(names List) []vocab.Term {
	ts := make([]vocab.Term, len(names))
	for i, n := range names {
		ts[i] = vocab.Term{Text: n}
	}
	return ts
}

func viewNames(n *NamesDoc) (Mode, []vocab.Term) {
	if len(n.All) > 0 {
		return AllOf, viewTerms(n.All)
	}
	if len(n.Any) > 0 {
		return AnyOf, viewTerms(n.Any)
	}
	if len(n.Coverage) > 0 {
		return Coverage, viewTerms(n.Coverage)
	}
	return "", nil
}

func viewSkill(d *PredicateDoc) Predicate {
	m, ts := viewNames(d.Skill)
	return &Skill{Mode: m, Terms: ts, MinYears: d.Skill.MinYears}
}

func viewExperience(d *PredicateDoc) Predicate {
	m, ts := viewNames(d.Experience)
	return &Experience{Mode: m, Terms: ts, MinYears: d.Experience.MinYears}
}

func viewCertification(d *PredicateDoc) Predicate {
	m, ts := viewNames(d.Certification)
	return &Certification{Mode: m, Terms: ts}
}

func viewDegree(d *PredicateDoc) Predicate {
	level, _ := vocab.ParseLevel(strings.ToLower(strings.TrimSpace(d.Degree.Level)))
	p := &Degree{Level: level, Status: AnyStatus, Fields: viewTerms(d.Degree.Fields), Related: d.Degree.Related}
	switch DegreeStatus(d.Degree.Status) {
	case InProgress, Completed:
		p.Status = DegreeStatus(d.Degree.Status)
	}
	p.By, _ = time.Parse("2006-01-02", d.Degree.By)
	return p
}

func viewPublications(d *PredicateDoc) Predicate {
	return &Publications{Min: max(d.Publications.Min, 1), Topics: viewTerms(d.Publications.Topics), Since: d.Publications.Since}
}

func viewLocation(d *PredicateDoc) Predicate {
	l := d.Location
	p := &Location{Countries: l.Countries, Cities: l.Cities, Remote: l.Remote, WithinKm: l.WithinKm}
	for _, r := range l.Regions {
		country := ""
		if len(l.Countries) == 1 {
			country = l.Countries[0]
		}
		p.Regions = append(p.Regions, RegionRef{Country: country, Code: r})
	}
	return p
}

func viewAuthorization(d *PredicateDoc) Predicate {
	return &Authorization{Countries: d.Authorization.Countries, Sponsorship: d.Authorization.Sponsorship}
}

func viewAvailability(d *PredicateDoc) Predicate {
	p := &Availability{}
	for _, w := range d.Availability.Windows {
		from, _ := time.Parse("2006-01-02", w.From)
		to, _ := time.Parse("2006-01-02", w.To)
		p.Windows = append(p.Windows, Window{From: from, To: to})
	}
	return p
}

func viewLanguage(d *PredicateDoc) Predicate {
	level, err := vocab.ParseProficiency(d.Language.Level)
	if err != nil || level == vocab.NoProficiency {
		level = vocab.A1
	}
	return &Language{Name: d.Language.Name, Level: level}
}

func viewEvidence(d *PredicateDoc) Predicate {
	return &Evidence{Terms: viewTerms(d.Evidence.Terms), Min: max(d.Evidence.Min, 1)}
}

func viewAll(ds []PredicateDoc) []Predicate {
	ps := make([]Predicate, len(ds))
	for i := range ds {
		ps[i] = viewOf(&ds[i])
	}
	return ps
}

func viewOf(d *PredicateDoc) Predicate {
	for i := range predicateSpecs {
		if s := &predicateSpecs[i]; s.in(d) {
			return s.view(d)
		}
	}
	return &Evidence{} // no predicate: described as nothing asked
}

func viewRole(d *PredicateDoc) Predicate {
	return &Role{Title: d.Role.Title, Family: d.Role.Family}
}

func viewSeniority(d *PredicateDoc) Predicate {
	l, _ := roles.ParseLevel(strings.ToLower(strings.TrimSpace(d.Seniority.Level)))
	years := d.Seniority.MinYears
	if years == 0 {
		years = l.MinYears()
	}
	return &Seniority{Level: l, MinYears: years}
}
