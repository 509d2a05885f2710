package profile

import (
	"go.yaml.in/yaml/v3"

	"github.com/quals-dev/quals/internal/dates"
	"github.com/quals-dev/quals/internal/decode"
)

// Resume is a JSON Resume document (https://jsonresume.org/schema) with the
// two fields quals adds: WorkAuthorization and Availability. Field names
// follow the schema.
type Resume struct {
	Basics            Basics              `json:"basics"`
	Work              []Work              `json:"work"`
	Volunteer         []Volunteer         `json:"volunteer"`
	Education         []Education         `json:"education"`
	Awards            []Award             `json:"awards"`
	Certificates      []Certificate       `json:"certificates"`
	Publications      []Publication       `json:"publications"`
	Skills            []SkillEntry        `json:"skills"`
	Languages         []LanguageEntry     `json:"languages"`
	Interests         []Interest          `json:"interests"`
	References        []Reference         `json:"references"`
	Projects          []Project           `json:"projects"`
	Meta              Meta                `json:"meta"`
	Schema            string              `json:"$schema"`
	WorkAuthorization []WorkAuthorization `json:"workAuthorization"`
	Availability      []Period            `json:"availability"`
}

// Basics holds who the candidate is. Matching reads only Label, Summary and
// Location; the personal fields are for display.
type Basics struct {
	Name     string          `json:"name"`
	Label    string          `json:"label"`
	Image    string          `json:"image"`
	Email    string          `json:"email"`
	Phone    string          `json:"phone"`
	URL      string          `json:"url"`
	Summary  string          `json:"summary"`
	Location Location        `json:"location"`
	Profiles []SocialProfile `json:"profiles"`
}

// Location is where the candidate lives.
type Location struct {
	Address     string `json:"address"`
	PostalCode  string `json:"postalCode"`
	City        string `json:"city"`
	CountryCode string `json:"countryCode"`
	Region      string `json:"region"`
}

// SocialProfile is an account on a network.
type SocialProfile struct {
	Network  string `json:"network"`
	Username string `json:"username"`
	URL      string `json:"url"`
}

// Work is a job.
type Work struct {
	Name        string   `json:"name"`
	Location    string   `json:"location"`
	Description string   `json:"description"`
	Position    string   `json:"position"`
	URL         string   `json:"url"`
	StartDate   Date     `json:"startDate"`
	EndDate     Date     `json:"endDate"`
	Summary     string   `json:"summary"`
	Highlights  []string `json:"highlights"`
}

// Volunteer is unpaid work.
type Volunteer struct {
	Organization string   `json:"organization"`
	Position     string   `json:"position"`
	URL          string   `json:"url"`
	StartDate    Date     `json:"startDate"`
	EndDate      Date     `json:"endDate"`
	Summary      string   `json:"summary"`
	Highlights   []string `json:"highlights"`
}

// Education is a course of study; one whose EndDate is after the as-of date
// (or missing, with a StartDate) is in progress.
type Education struct {
	Institution string   `json:"institution"`
	URL         string   `json:"url"`
	Area        string   `json:"area"`
	StudyType   string   `json:"studyType"`
	StartDate   Date     `json:"startDate"`
	EndDate     Date     `json:"endDate"`
	Score       string   `json:"score"`
	Courses     []string `json:"courses"`
}

// Award is a prize or honour.
type Award struct {
	Title   string `json:"title"`
	Date    Date   `json:"date"`
	Awarder string `json:"awarder"`
	Summary string `json:"summary"`
}

// Certificate is a certification.
type Certificate struct {
	Name   string `json:"name"`
	Date   Date   `json:"date"`
	URL    string `json:"url"`
	Issuer string `json:"issuer"`
}

// Publication is a paper, book or article.
type Publication struct {
	Name        string `json:"name"`
	Publisher   string `json:"publisher"`
	ReleaseDate Date   `json:"releaseDate"`
	URL         string `json:"url"`
	Summary     string `json:"summary"`
}

// SkillEntry is an item of the skills section.
type SkillEntry struct {
	Name     string   `json:"name"`
	Level    string   `json:"level"`
	Keywords []string `json:"keywords"`
}

// LanguageEntry is a spoken language and how well the candidate speaks it.
type LanguageEntry struct {
	Language string `json:"language"`
	Fluency  string `json:"fluency"`
}

// Interest is something the candidate cares about.
type Interest struct {
	Name     string   `json:"name"`
	Keywords []string `json:"keywords"`
}

// Reference is someone vouching for the candidate; matching does not read it.
type Reference struct {
	Name      string `json:"name"`
	Reference string `json:"reference"`
}

// Project is a piece of work outside (or inside) a job.
type Project struct {
	Name        string   `json:"name"`
	Description string   `json:"description"`
	Highlights  []string `json:"highlights"`
	Keywords    []string `json:"keywords"`
	StartDate   Date     `json:"startDate"`
	EndDate     Date     `json:"endDate"`
	URL         string   `json:"url"`
	Roles       []string `json:"roles"`
	Entity      string   `json:"entity"`
	Type        string   `json:"type"`
}

// Meta is the document's own metadata.
type Meta struct {
	Canonical    string `json:"canonical"`
	Version      string `json:"version"`
	LastModified string `json:"lastModified"`
}

// WorkAuthorization says the candidate may work in Country; Sponsorship
// true means they need a visa sponsor to do so.
type WorkAuthorization struct {
	Country     string `json:"country"`
	Sponsorship bool   `json:"sponsorship"`
}

// Period is a span the candidate is available; a missing End is open-ended.
type Period struct {
	Start Date `json:"start"`
	End   Date `json:"end"`
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

func init() { decode.ReadWith(readDate) }

// readDate reads a date, reporting one that does not parse.
func readDate(w *decode.Walker, n *yaml.Node, path string, d *Date) {
	s, ok := w.String(n, path)
	if !ok || s == "" {
		return
	}
	parsed, err := dates.Parse(s)
	if err != nil {
		w.Errorf(decode.Resolve(n), path, "%v", err)
		return
	}
	d.d = parsed
}
