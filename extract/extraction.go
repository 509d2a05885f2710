package extract

import "github.com/quals-dev/quals/requirements"

// Extraction is what Description or JobPosting read from a job description: the posting
// document, and a report of how every line was read.
type Extraction struct {
	Document requirements.Document
	Lines    []LineReport
}

// Section kinds a job description's lines fall in.
const (
	SectionRequired         = "required"
	SectionPreferred        = "preferred"
	SectionResponsibilities = "responsibilities"
	SectionAbout            = "about"
	SectionBenefits         = "benefits"
	SectionSalary           = "salary"
	SectionEqualOpportunity = "equal-opportunity"
	SectionLogistics        = "logistics"
	SectionOther            = "other"
)

// LineReport says how one line (or bullet) of the description was read.
type LineReport struct {
	Line        int    `json:"line"`                  // 1-based line of the input it stands on
	Text        string `json:"text"`                  // the line or bullet, trimmed
	Section     string `json:"section"`               // the section it stands in (see the Section constants)
	Heading     bool   `json:"heading,omitempty"`     // it is a section heading
	Requirement string `json:"requirement,omitempty"` // the id of the requirement made from it
	Reading     string `json:"reading"`               // how it was read, in a few words
	FreeText    bool   `json:"free_text,omitempty"`   // only as evidence terms: nothing structured was found
	// Weight is the weight of the requirement made from it (see Weighting).
	Weight float64 `json:"weight,omitempty"`
}

// Uninterpreted returns the lines of qualification sections that were read
// only as free-text evidence.
func (x *Extraction) Uninterpreted() []LineReport {
	var out []LineReport
	for _, l := range x.Lines {
		if l.FreeText {
			out = append(out, l)
		}
	}
	return out
}
