package requirements

import (
	"github.com/quals-dev/quals/geo"
	"github.com/quals-dev/quals/internal/text"
	"github.com/quals-dev/quals/knowledge"
	"github.com/quals-dev/quals/vocab"
)

// Kind says whether a requirement is required or preferred.
type Kind string

const (
	Required  Kind = "required"
	Preferred Kind = "preferred"
)

// Posting is a loaded job posting. Its accessors return shared values:
// callers must not modify the slices they get.
type Posting struct {
	id, title, organization string
	locations               []Place
	workplace               []string
	reqs                    []*Requirement
	totalWeight             float64
	knowledge               *knowledge.Knowledge
	vocabulary              *vocab.Vocabulary
	analyzer                *text.Analyzer
	located                 []geo.Place // the gazetteer's city of each location
	places                  map[*Location]LocationPlaces
}

// ID is the posting's identifier.
func (p *Posting) ID() string { return p.id }

// Title is the posting's job title.
func (p *Posting) Title() string { return p.title }

// Organization is who posted it.
func (p *Posting) Organization() string { return p.organization }

// Language is the snowball language free-text terms were stemmed in.
func (p *Posting) Language() string { return p.analyzer.Language() }

// Knowledge is what the posting was loaded with.
func (p *Posting) Knowledge() *knowledge.Knowledge { return p.knowledge }

// Vocabulary is the vocabulary the posting's names were resolved with.
func (p *Posting) Vocabulary() *vocab.Vocabulary { return p.vocabulary }

// Locations are where the work is.
func (p *Posting) Locations() []Place { return p.locations }

// Located returns the gazetteer's city of each of Locations, in the same
// order: the zero Place for a location that names no city.
func (p *Posting) Located() []geo.Place { return p.located }

// LocationPlaces are the gazetteer's places of a location predicate,
// resolved when the posting loads, so that matching looks nothing up.
type LocationPlaces struct {
	// Cities are the predicate's Cities, resolved, in the same order.
	Cities []geo.Place
	// Near are the cities within_km measures from: Cities, or when the
	// predicate names none the posting's located Locations. Empty without
	// within_km.
	Near []geo.Place
}

// LocationPlaces returns the resolved places of one of the posting's
// location predicates (the zero LocationPlaces for any other).
func (p *Posting) LocationPlaces(l *Location) LocationPlaces { return p.places[l] }

// Workplace lists the arrangements offered: onsite, hybrid, remote.
func (p *Posting) Workplace() []string { return p.workplace }

// Requirements returns every requirement, required ones first, each group
// in document order.
func (p *Posting) Requirements() []*Requirement { return p.reqs }

// TotalWeight is the sum of every requirement's weight.
func (p *Posting) TotalWeight() float64 { return p.totalWeight }

// Place is a location named by a posting. Country and Region hold codes
// ("US", "CA") resolved through the vocabulary; City is as written.
type Place struct {
	City    string
	Region  string
	Country string
}

// String writes the place as "San Francisco, CA, US".
func (pl Place) String() string {
	s := ""
	for _, part := range []string{pl.City, pl.Region, pl.Country} {
		if part == "" {
			continue
		}
		if s != "" {
			s += ", "
		}
		s += part
	}
	return s
}

// Requirement is one qualification of a posting.
type Requirement struct {
	id        string
	text      string
	weight    float64
	kind      Kind
	predicate Predicate
	line      int
}

// ID is the requirement's identifier, unique within its posting.
func (r *Requirement) ID() string { return r.id }

// Text is the posting's own wording of the requirement; may be empty.
func (r *Requirement) Text() string { return r.text }

// Weight is the requirement's share of the score, relative to the others.
func (r *Requirement) Weight() float64 { return r.weight }

// Kind says whether it is required or preferred.
func (r *Requirement) Kind() Kind { return r.kind }

// Predicate is what the requirement asks of a profile.
func (r *Requirement) Predicate() Predicate { return r.predicate }

// Line is where the requirement starts in its document (0 when built in code).
func (r *Requirement) Line() int { return r.line }
