package requirements

import (
	"strconv"
	"time"

	"github.com/quals-dev/quals/roles"
	"github.com/quals-dev/quals/vocab"
)

// Predicate is what a requirement asks of a profile: one of the types in
// this file. The set is closed; a type switch over them is exhaustive.
type Predicate interface {
	// Key is the predicate's key in a posting document ("skill", "any").
	Key() string
	// String describes the predicate in a few words ("any of Java, Python").
	String() string
	predicate()
}

// Mode says whether any one of a list is enough or all are needed.
type Mode string

const (
	AnyOf Mode = "any"
	AllOf Mode = "all"
	// Coverage asks for as much of a list as the profile has: credit is
	// the share found, each name weighted by how specific it is. It suits
	// a stack ("Go, PostgreSQL, Kafka, Kubernetes"), of which a candidate
	// rarely has all and the more the better. Skill and experience only.
	Coverage Mode = "coverage"
)

// Skill asks for named skills, any or all of them, optionally with at least
// MinYears of dated experience using them.
type Skill struct {
	Mode     Mode
	Terms    []vocab.Term
	MinYears float64
	// Weights, with Coverage, is how much each term counts: how specific
	// it is (vocab.Vocabulary.Specificity), set when the posting loads.
	Weights []float64
}

// Experience asks for experience in topics, counted from dated work,
// projects and volunteering entries; MinYears is optional. With no topics
// (Terms empty, Mode ""), it asks for MinYears of dated work of any kind:
// "5 years of professional experience".
type Experience struct {
	Mode     Mode
	Terms    []vocab.Term
	MinYears float64
	Weights  []float64 // with Coverage, as Skill's
}

// DegreeStatus says whether a degree must be finished, in progress, or either.
type DegreeStatus string

const (
	AnyStatus  DegreeStatus = "any"
	InProgress DegreeStatus = "in-progress"
	Completed  DegreeStatus = "completed"
)

// Degree asks for a degree of at least Level, in one of Fields (any field
// when empty). With Related, a related field meets it; without, a related
// field earns partial credit. By, when set, is the date by which the degree
// must be completed or expected.
type Degree struct {
	Level   vocab.Level
	Status  DegreeStatus
	Fields  []vocab.Term
	Related bool
	By      time.Time
}

// Publications asks for at least Min publications, on one of Topics when
// given, released in Since or later when Since is not 0.
type Publications struct {
	Min    int
	Topics []vocab.Term
	Since  int
}

// Location asks the candidate to be in one of the places. Countries and
// Regions hold codes; Cities are as written. With Remote, being in an
// allowed country or region is enough even when cities are listed.
//
// WithinKm, when greater than 0, asks the candidate's city to be at most
// that many kilometres (great-circle) from the nearest of Cities, or of
// the posting's locations when Cities is empty. Loading resolves the
// cities through the gazetteer: Posting.LocationPlaces returns them.
type Location struct {
	Countries []string
	Regions   []RegionRef
	Cities    []string
	Remote    bool
	WithinKm  float64
}

// RegionRef is a first-level region: its country code and region code.
type RegionRef struct {
	Country, Code string
}

// Authorization asks for the right to work in one of Countries. Without
// Sponsorship the candidate must not need a visa sponsor.
type Authorization struct {
	Countries   []string
	Sponsorship bool
}

// Availability asks the candidate to be available over one of Windows.
type Availability struct {
	Windows []Window
}

// Window is an inclusive range of dates.
type Window struct {
	From, To time.Time
}

// Language asks for a spoken language at Level or above.
type Language struct {
	Name  string // canonical name ("English")
	Level vocab.Proficiency
}

// Certification asks for named certifications, any or all.
type Certification struct {
	Mode  Mode
	Terms []vocab.Term
}

// Evidence asks for at least Min of Terms anywhere in the profile's text.
type Evidence struct {
	Terms []vocab.Term
	Min   int
}

// Role asks for a kind of role: the family of package roles the posting's
// title names (Title, as written), or that the document gives. It is met
// by a candidate's title of that family, partly by one of a related
// family.
type Role struct {
	Title  string // the posting's title, when given
	Family string // a family name of package roles ("backend")
}

// Seniority asks for the experience a level of seniority implies: at
// least MinYears of dated work of any kind. Level is what the title
// states ("senior"), when known; MinYears defaults to its usual floor.
type Seniority struct {
	Level    roles.Level
	MinYears float64
}

// Any is met when any one of its predicates is.
type Any struct {
	Of  []Predicate
	ids childIDs
}

// All is met when all of its predicates are.
type All struct {
	Of  []Predicate
	ids childIDs
}

// AtLeast is met when at least N of its predicates are.
type AtLeast struct {
	N   int
	Of  []Predicate
	ids childIDs
}

// childIDs names a combinator's predicates after their requirement:
// "research[0]", "research[1]" (and "research[1][0]" when nested). They
// are set when the posting loads, so matching does not build them.
type childIDs []string

func (ids childIDs) id(i int) string {
	if i < len(ids) {
		return ids[i]
	}
	return "[" + strconv.Itoa(i) + "]"
}

// ChildID is the id of the i-th predicate of the combinator.
func (p *Any) ChildID(i int) string { return p.ids.id(i) }

// ChildID is the id of the i-th predicate of the combinator.
func (p *All) ChildID(i int) string { return p.ids.id(i) }

// ChildID is the id of the i-th predicate of the combinator.
func (p *AtLeast) ChildID(i int) string { return p.ids.id(i) }

// nameChildren sets the ids of every combinator under p, which is named id.
func nameChildren(p Predicate, id string) {
	var of []Predicate
	var ids *childIDs
	switch p := p.(type) {
	case *Any:
		of, ids = p.Of, &p.ids
	case *All:
		of, ids = p.Of, &p.ids
	case *AtLeast:
		of, ids = p.Of, &p.ids
	default:
		return
	}
	*ids = make(childIDs, len(of))
	for i, c := range of {
		(*ids)[i] = id + "[" + strconv.Itoa(i) + "]"
		nameChildren(c, (*ids)[i])
	}
}

func (*Skill) Key() string         { return "skill" }
func (*Experience) Key() string    { return "experience" }
func (*Degree) Key() string        { return "degree" }
func (*Publications) Key() string  { return "publications" }
func (*Location) Key() string      { return "location" }
func (*Authorization) Key() string { return "authorization" }
func (*Availability) Key() string  { return "availability" }
func (*Language) Key() string      { return "language" }
func (*Certification) Key() string { return "certification" }
func (*Evidence) Key() string      { return "evidence" }
func (*Role) Key() string          { return "role" }
func (*Seniority) Key() string     { return "seniority" }
func (*Any) Key() string           { return "any" }
func (*All) Key() string           { return "all" }
func (*AtLeast) Key() string       { return "at_least" }

func (*Skill) predicate()         {}
func (*Experience) predicate()    {}
func (*Degree) predicate()        {}
func (*Publications) predicate()  {}
func (*Location) predicate()      {}
func (*Authorization) predicate() {}
func (*Availability) predicate()  {}
func (*Language) predicate()      {}
func (*Certification) predicate() {}
func (*Evidence) predicate()      {}
func (*Role) predicate()          {}
func (*Seniority) predicate()     {}
func (*Any) predicate()           {}
func (*All) predicate()           {}
func (*AtLeast) predicate()       {}
