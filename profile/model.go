package profile

import (
	"encoding/json"

	"go.yaml.in/yaml/v3"

	"github.com/quals-dev/quals/internal/dates"
	"github.com/quals-dev/quals/internal/decode"
)

// Resume is a JSON Resume document (https://jsonresume.org/schema) with the
// two fields quals adds: WorkAuthorization and Availability. Field names
// follow the schema.
type Resume struct {
	Basics            Basics              `json:"basics,omitzero"`
	Work              []Work              `json:"work,omitempty"`
	Volunteer         []Volunteer         `json:"volunteer,omitempty"`
	Education         []Education         `json:"education,omitempty"`
	Awards            []Award             `json:"awards,omitempty"`
	Certificates      []Certificate       `json:"certificates,omitempty"`
	Publications      []Publication       `json:"publications,omitempty"`
	Skills            []SkillEntry        `json:"skills,omitempty"`
	Languages         []LanguageEntry     `json:"languages,omitempty"`
	Interests         []Interest          `json:"interests,omitempty"`
	References        []Reference         `json:"references,omitempty"`
	Projects          []Project           `json:"projects,omitempty"`
	Meta              Meta                `json:"meta,omitzero"`
	Schema            string              `json:"$schema,omitempty"`
	WorkAuthorization []WorkAuthorization `json:"workAuthorization,omitempty"`
	Availability      []Period            `json:"availability,omitempty"`
}

// Basics holds who the candidate is. Matching reads only Label, Summary and
// Location; the personal fields are for display.
type Basics struct {
	Name     string          `json:"name,omitempty"`
	Label    string          `json:"label,omitempty"`
	Image    string          `json:"image,omitempty"`
	Email    string          `json:"email,omitempty"`
	Phone    string          `json:"phone,omitempty"`
	URL      string          `json:"url,omitempty"`
	Summary  string          `json:"summary,omitempty"`
	Location Location        `json:"location,omitzero"`
	Profiles []SocialProfile `json:"profiles,omitempty"`
}

// Location is where the candidate lives.
type Location struct {
	Address     string `json:"address,omitempty"`
	PostalCode  string `json:"postalCode,omitempty"`
	City        string `json:"city,omitempty"`
	CountryCode string `json:"countryCode,omitempty"`
	Region      string `json:"region,omitempty"`
}

// SocialProfile is an account on a network.
type SocialProfile struct {
	Network  string `json:"network,omitempty"`
	Username string `json:"username,omitempty"`
	URL      string `json:"url,omitempty"`
}

// Work is a job.
type Work struct {
	Name        string   `json:"name,omitempty"`
	Location    string   `json:"location,omitempty"`
	Description string   `json:"description,omitempty"`
	Position    string   `json:"position,omitempty"`
	URL         string   `json:"url,omitempty"`
	StartDate   Date     `json:"startDate,omitzero"`
	EndDate     Date     `json:"endDate,omitzero"`
	Summary     string   `json:"summary,omitempty"`
	Highlights  []string `json:"highlights,omitempty"`
}

// Volunteer is unpaid work.
type Volunteer struct {
	Organization string   `json:"organization,omitempty"`
	Position     string   `json:"position,omitempty"`
	URL          string   `json:"url,omitempty"`
	StartDate    Date     `json:"startDate,omitzero"`
	EndDate      Date     `json:"endDate,omitzero"`
	Summary      string   `json:"summary,omitempty"`
	Highlights   []string `json:"highlights,omitempty"`
}

// Education is a course of study; one whose EndDate is after the as-of date
// (or missing, with a StartDate) is in progress.
type Education struct {
	Institution string   `json:"institution,omitempty"`
	URL         string   `json:"url,omitempty"`
	Area        string   `json:"area,omitempty"`
	StudyType   string   `json:"studyType,omitempty"`
	StartDate   Date     `json:"startDate,omitzero"`
	EndDate     Date     `json:"endDate,omitzero"`
	Score       string   `json:"score,omitempty"`
	Courses     []string `json:"courses,omitempty"`
}

// Award is a prize or honour.
type Award struct {
	Title   string `json:"title,omitempty"`
	Date    Date   `json:"date,omitzero"`
	Awarder string `json:"awarder,omitempty"`
	Summary string `json:"summary,omitempty"`
}

// Certificate is a certification.
type Certificate struct {
	Name   string `json:"name,omitempty"`
	Date   Date   `json:"date,omitzero"`
	URL    string `json:"url,omitempty"`
	Issuer string `json:"issuer,omitempty"`
}

// Publication is a paper, book or article.
type Publication struct {
	Name        string `json:"name,omitempty"`
	Publisher   string `json:"publisher,omitempty"`
	ReleaseDate Date   `json:"releaseDate,omitzero"`
	URL         string `json:"url,omitempty"`
	Summary     string `json:"summary,omitempty"`
}

// SkillEntry is an item of the skills section.
type SkillEntry struct {
	Name     string   `json:"name,omitempty"`
	Level    string   `json:"level,omitempty"`
	Keywords []string `json:"keywords,omitempty"`
}

// LanguageEntry is a spoken language and how well the candidate speaks it.
type LanguageEntry struct {
	Language string `json:"language,omitempty"`
	Fluency  string `json:"fluency,omitempty"`
}

// Interest is something the candidate cares about.
type Interest struct {
	Name     string   `json:"name,omitempty"`
	Keywords []string `json:"keywords,omitempty"`
}

// Reference is someone vouching for the candidate; matching does not read it.
type Reference struct {
	Name      string `json:"name,omitempty"`
	Reference string `json:"reference,omitempty"`
}

// Project is a piece of work outside (or inside) a job.
type Project struct {
	Name        string   `json:"name,omitempty"`
	Description string   `json:"description,omitempty"`
	Highlights  []string `json:"highlights,omitempty"`
	Keywords    []string `json:"keywords,omitempty"`
	StartDate   Date     `json:"startDate,omitzero"`
	EndDate     Date     `json:"endDate,omitzero"`
	URL         string   `json:"url,omitempty"`
	Roles       []string `json:"roles,omitempty"`
	Entity      string   `json:"entity,omitempty"`
	Type        string   `json:"type,omitempty"`
}

// Meta is the document's own metadata.
type Meta struct {
	Canonical    string `json:"canonical,omitempty"`
	Version      string `json:"version,omitempty"`
	LastModified string `json:"lastModified,omitempty"`
}

// WorkAuthorization says the candidate may work in Country; Sponsorship
// true means they need a visa sponsor to do so.
type WorkAuthorization struct {
	Country     string `json:"country,omitempty"`
	Sponsorship bool   `json:"sponsorship,omitempty"`
}

// Period is a span the candidate is available; a missing End is open-ended.
type Period struct {
	Start Date `json:"start,omitzero"`
	End   Date `json:"end,omitzero"`
}

// Date is a résumé date: "2021", "2021-06" or "2021-06-30". The zero Date
// means the field was absent.
type Date struct{ d dates.Date }

// IsZero reports whether the date was absent.
func (d Date) IsZero() bool { return d.d.IsZero() }

// String writes the date as it was given, at its precision.
func (d Date) String() string { return d.d.String() }

// Year is the date's year (0 when absent).
func (d Date) Year() int { return d.d.Y }

// ParseDate reads a résumé date: "2021", "2021-06" or "2021-06-30".
func ParseDate(s string) (Date, error) {
	d, err := dates.Parse(s)
	if err != nil {
		return Date{}, err
	}
	return Date{d}, nil
}

// MarshalJSON writes the date as given, at its precision ("2021-06").
func (d Date) MarshalJSON() ([]byte, error) {
	if d.IsZero() {
		return []byte("null"), nil
	}
	return json.Marshal(d.String())
}

func init() { decode.ReadWith(readDate) }

// readDate reads a date, reporting one that does not parse.
func readDate(w *decode.Walker, n *yaml.Node, path string, d *Date) {
	s, ok := w.String(n, path)
	if !ok || s == "" {
		return
	}
	if isOngoing(s) {
		w.Warnf(decode.Resolve(n), path, "%q is read as ongoing; leave the date out for an entry that runs on", s)
		return
	}
	parsed, err := dates.Parse(s)
	if err != nil {
		w.Errorf(decode.Resolve(n), path, "%v", err)
		return
	}
	d.d = parsed
}
