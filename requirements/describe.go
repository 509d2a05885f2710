package requirements

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/quals-dev/quals/internal/words"

	"github.com/quals-dev/quals/roles"
	"github.com/quals-dev/quals/vocab"
)

func modeConj(m Mode) string {
	if m == AllOf {
		return "and"
	}
	return "or"
}

func (p *Skill) String() string {
	s := "skill: " + words.Terms(p.Terms, modeConj(p.Mode))
	if p.Mode == Coverage {
		s = "skills: as many as possible of " + words.Terms(p.Terms, "and")
	}
	if p.MinYears > 0 {
		s += ", " + words.Years(p.MinYears) + " or more"
	}
	return s
}

func (p *Experience) String() string {
	if len(p.Terms) == 0 {
		return words.Years(p.MinYears) + " or more of work experience"
	}
	s := "experience with " + words.Terms(p.Terms, modeConj(p.Mode))
	if p.Mode == Coverage {
		s = "experience with as many as possible of " + words.Terms(p.Terms, "and")
	}
	if p.MinYears > 0 {
		s += ", " + words.Years(p.MinYears) + " or more"
	}
	return s
}

func (p *Degree) String() string {
	s := p.Level.Phrase()
	switch p.Status {
	case InProgress:
		s += " in progress"
	case Completed:
		s += " completed"
	}
	if len(p.Fields) > 0 {
		s += " in " + words.Terms(p.Fields, "or")
		if p.Related {
			s += " or a related field"
		}
	}
	if !p.By.IsZero() {
		s += " by " + p.By.Format("2006-01-02")
	}
	return s
}

func (p *Publications) String() string {
	s := fmt.Sprintf("at least %d publication", p.Min)
	if p.Min != 1 {
		s += "s"
	}
	if len(p.Topics) > 0 {
		s += " on " + words.Terms(p.Topics, "or")
	}
	if p.Since > 0 {
		s += fmt.Sprintf(" since %d", p.Since)
	}
	return s
}

func (p *Location) String() string {
	var places []string
	if p.WithinKm <= 0 {
		places = append(places, p.Cities...)
	}
	for _, r := range p.Regions {
		places = append(places, r.Code+", "+r.Country)
	}
	places = append(places, p.Countries...)
	var parts []string
	if len(places) > 0 {
		parts = append(parts, "located in "+words.Join(places, "or"))
	}
	if p.WithinKm > 0 {
		near := "the posting's locations"
		if len(p.Cities) > 0 {
			near = words.Join(p.Cities, "or")
		}
		parts = append(parts, "within "+strconv.FormatFloat(p.WithinKm, 'f', -1, 64)+" km of "+near)
	}
	s := strings.Join(parts, ", ")
	if p.Remote {
		s += " (remote allowed)"
	}
	return s
}

func (p *Authorization) String() string {
	s := "authorized to work in " + words.Join(p.Countries, "or")
	if p.Sponsorship {
		return s + " (sponsorship offered)"
	}
	return s + " without sponsorship"
}

func (p *Availability) String() string {
	ws := make([]string, len(p.Windows))
	for i, w := range p.Windows {
		ws[i] = w.String()
	}
	return "available " + words.Join(ws, "or")
}

// String writes the window as "2026-05-18 to 2026-08-07".
func (w Window) String() string {
	return w.From.Format("2006-01-02") + " to " + w.To.Format("2006-01-02")
}

func (p *Language) String() string {
	if p.Level == vocab.Native {
		return "native " + p.Name
	}
	return p.Name + " at " + p.Level.String() + " or above"
}

func (p *Certification) String() string {
	return "certification: " + words.Terms(p.Terms, modeConj(p.Mode))
}

func (p *Evidence) String() string {
	switch {
	case p.Min >= len(p.Terms):
		return "mentions " + words.Terms(p.Terms, "and")
	case p.Min == 1:
		return "mentions " + words.Terms(p.Terms, "or")
	}
	return fmt.Sprintf("mentions at least %d of %s", p.Min, words.Terms(p.Terms, "or"))
}

func (p *Role) String() string {
	if p.Title == "" {
		return "a role in " + p.Family
	}
	return "a role in " + p.Family + " (" + strconv.Quote(p.Title) + ")"
}

func (p *Seniority) String() string {
	years := words.Years(p.MinYears) + " or more of work experience"
	if p.Level == roles.NoLevel {
		return "seniority: " + years
	}
	return "seniority: " + p.Level.String() + ", " + years
}

func (p *Any) String() string     { return "any of " + describeAll(p.Of) }
func (p *All) String() string     { return "all of " + describeAll(p.Of) }
func (p *AtLeast) String() string { return fmt.Sprintf("at least %d of %s", p.N, describeAll(p.Of)) }

func describeAll(ps []Predicate) string {
	parts := make([]string, len(ps))
	for i, p := range ps {
		parts[i] = "(" + p.String() + ")"
	}
	return strings.Join(parts, ", ")
}
