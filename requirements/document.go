package requirements

import (
	"bytes"
	"encoding/json"

	"github.com/quals-dev/quals/internal/decode"
	"go.yaml.in/yaml/v3"
)

// Document is a posting document as written: the YAML or JSON that Parse
// reads, as plain values. Extract builds one from a job description; its
// YAML and JSON methods write it out, and Load turns it into a Posting.
type Document struct {
	ID           string           `yaml:"id" json:"id"`
	Title        string           `yaml:"title,omitempty" json:"title,omitempty"`
	Organization string           `yaml:"organization,omitempty" json:"organization,omitempty"`
	Language     string           `yaml:"language,omitempty" json:"language,omitempty"`
	Locations    []PlaceDoc       `yaml:"locations,omitempty" json:"locations,omitempty"`
	Workplace    List             `yaml:"workplace,omitempty" json:"workplace,omitempty"`
	Required     []RequirementDoc `yaml:"required,omitempty" json:"required,omitempty"`
	Preferred    []RequirementDoc `yaml:"preferred,omitempty" json:"preferred,omitempty"`
}

// PlaceDoc is a place as a document writes it.
type PlaceDoc struct {
	City    string `yaml:"city,omitempty" json:"city,omitempty"`
	Region  string `yaml:"region,omitempty" json:"region,omitempty"`
	Country string `yaml:"country,omitempty" json:"country,omitempty"`
}

// RequirementDoc is one requirement as a document writes it: its id, the
// posting's wording, its weight and exactly one predicate.
type RequirementDoc struct {
	ID           string  `yaml:"id,omitempty" json:"id,omitempty"`
	Text         string  `yaml:"text,omitempty" json:"text,omitempty"`
	Weight       float64 `yaml:"weight,omitempty" json:"weight,omitempty"`
	PredicateDoc `yaml:",inline"`
}

// PredicateDoc holds one predicate: exactly one of its fields is set.
type PredicateDoc struct {
	Skill         *NamesDoc         `yaml:"skill,omitempty" json:"skill,omitempty"`
	Experience    *NamesDoc         `yaml:"experience,omitempty" json:"experience,omitempty"`
	Degree        *DegreeDoc        `yaml:"degree,omitempty" json:"degree,omitempty"`
	Publications  *PublicationsDoc  `yaml:"publications,omitempty" json:"publications,omitempty"`
	Location      *LocationDoc      `yaml:"location,omitempty" json:"location,omitempty"`
	Authorization *AuthorizationDoc `yaml:"authorization,omitempty" json:"authorization,omitempty"`
	Availability  *AvailabilityDoc  `yaml:"availability,omitempty" json:"availability,omitempty"`
	Language      *LanguageDoc      `yaml:"language,omitempty" json:"language,omitempty"`
	Certification *NamesDoc         `yaml:"certification,omitempty" json:"certification,omitempty"`
	Evidence      *EvidenceDoc      `yaml:"evidence,omitempty" json:"evidence,omitempty"`
	Role          *RoleDoc          `yaml:"role,omitempty" json:"role,omitempty"`
	Seniority     *SeniorityDoc     `yaml:"seniority,omitempty" json:"seniority,omitempty"`
	Any           []PredicateDoc    `yaml:"any,omitempty" json:"any,omitempty"`
	All           []PredicateDoc    `yaml:"all,omitempty" json:"all,omitempty"`
	AtLeast       *AtLeastDoc       `yaml:"at_least,omitempty" json:"at_least,omitempty"`
}

// NamesDoc is a skill, experience or certification predicate.
type NamesDoc struct {
	Any      List    `yaml:"any,omitempty" json:"any,omitempty"`
	All      List    `yaml:"all,omitempty" json:"all,omitempty"`
	Coverage List    `yaml:"coverage,omitempty" json:"coverage,omitempty"` // skill only
	MinYears float64 `yaml:"min_years,omitempty" json:"min_years,omitempty"`
}

// DegreeDoc is a degree predicate.
type DegreeDoc struct {
	Level   string `yaml:"level" json:"level"`
	Status  string `yaml:"status,omitempty" json:"status,omitempty"`
	Fields  List   `yaml:"fields,omitempty" json:"fields,omitempty"`
	Related bool   `yaml:"related,omitempty" json:"related,omitempty"`
	By      string `yaml:"by,omitempty" json:"by,omitempty"`
}

// PublicationsDoc is a publications predicate.
type PublicationsDoc struct {
	Min    int  `yaml:"min,omitempty" json:"min,omitempty"`
	Topics List `yaml:"topics,omitempty" json:"topics,omitempty"`
	Since  int  `yaml:"since,omitempty" json:"since,omitempty"`
}

// LocationDoc is a location predicate.
type LocationDoc struct {
	Countries List    `yaml:"countries,omitempty" json:"countries,omitempty"`
	Regions   List    `yaml:"regions,omitempty" json:"regions,omitempty"`
	Cities    List    `yaml:"cities,omitempty" json:"cities,omitempty"`
	Remote    bool    `yaml:"remote,omitempty" json:"remote,omitempty"`
	WithinKm  float64 `yaml:"within_km,omitempty" json:"within_km,omitempty"`
}

// AuthorizationDoc is an authorization predicate.
type AuthorizationDoc struct {
	Countries   List `yaml:"countries" json:"countries"`
	Sponsorship bool `yaml:"sponsorship,omitempty" json:"sponsorship,omitempty"`
}

// AvailabilityDoc is an availability predicate.
type AvailabilityDoc struct {
	Windows []WindowDoc `yaml:"windows" json:"windows"`
}

// WindowDoc is a date window, dates written YYYY-MM-DD.
type WindowDoc struct {
	From string `yaml:"from" json:"from"`
	To   string `yaml:"to" json:"to"`
}

// LanguageDoc is a spoken-language predicate.
type LanguageDoc struct {
	Name  string `yaml:"name" json:"name"`
	Level string `yaml:"level,omitempty" json:"level,omitempty"`
}

// EvidenceDoc is a free-text evidence predicate.
type EvidenceDoc struct {
	Terms List `yaml:"terms" json:"terms"`
	Min   int  `yaml:"min,omitempty" json:"min,omitempty"`
}

// RoleDoc is a role predicate: a title, a family, or both.
type RoleDoc struct {
	Title  string `yaml:"title,omitempty" json:"title,omitempty"`
	Family string `yaml:"family,omitempty" json:"family,omitempty"`
}

// SeniorityDoc is a seniority predicate: a level, a floor of years, or both.
type SeniorityDoc struct {
	Level    string  `yaml:"level,omitempty" json:"level,omitempty"`
	MinYears float64 `yaml:"min_years,omitempty" json:"min_years,omitempty"`
}

// AtLeastDoc is an at_least combinator.
type AtLeastDoc struct {
	N  int            `yaml:"n" json:"n"`
	Of []PredicateDoc `yaml:"of" json:"of"`
}

// List is a list of names, written on one line in YAML: [Java, C++, Python].
type List []string

// MarshalYAML writes the list in flow style. Each name is a string node
// (the encoder quotes one that would read as another type, "yes" or
// "1.0"), built directly: encoding each through an encoder of its own cost
// a parser and an emitter per name.
func (l List) MarshalYAML() (any, error) {
	n := &yaml.Node{Kind: yaml.SequenceNode, Style: yaml.FlowStyle, Content: make([]*yaml.Node, len(l))}
	items := make([]yaml.Node, len(l))
	for i, s := range l {
		items[i] = yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: s}
		n.Content[i] = &items[i]
	}
	return n, nil
}

// MarshalYAML writes a place on one line: {city: Seattle, region: WA, country: US}.
func (p PlaceDoc) MarshalYAML() (any, error) {
	return flowMapping(struct {
		City    string `yaml:"city,omitempty"`
		Region  string `yaml:"region,omitempty"`
		Country string `yaml:"country,omitempty"`
	}(p))
}

// MarshalYAML writes a window on one line: {from: 2026-05-18, to: 2026-08-07}.
func (w WindowDoc) MarshalYAML() (any, error) {
	return flowMapping(struct {
		From string `yaml:"from"`
		To   string `yaml:"to"`
	}(w))
}

func flowMapping(v any) (*yaml.Node, error) {
	n := &yaml.Node{}
	if err := n.Encode(v); err != nil {
		return nil, err
	}
	n.Style = yaml.FlowStyle
	return n, nil
}

// YAML writes the document as YAML, the form a person edits.
func (d *Document) YAML() ([]byte, error) {
	var b bytes.Buffer
	enc := yaml.NewEncoder(&b)
	enc.SetIndent(2)
	if err := enc.Encode(d); err != nil {
		return nil, err
	}
	if err := enc.Close(); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// JSON writes the document as indented JSON.
func (d *Document) JSON() ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(d); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// Load checks and prepares the document as Parse would its YAML, without
// writing it out: the same checks and limits, and problems that name the
// field (required[2].weight) but no line, since there is no text.
func (d *Document) Load(file string, opts ...Option) (*Posting, error) {
	c := newConfig(opts)
	root := decode.NodeOf(d)
	if err := decode.CheckTree(file, root, c.knowledge.Limits()); err != nil {
		return nil, err
	}
	return compile(file, root, c)
}
