package match

// Status is how far a profile meets one requirement.
type Status string

const (
	Met     Status = "met"
	Partial Status = "partial"
	Missing Status = "missing" // the profile has the category and falls short
	Unknown Status = "unknown" // the profile says nothing about it
)

// Verdict answers eligibility from the required gates alone (Finding.Gate:
// degree, years, named skills and experience, certifications, authorization,
// location, availability, spoken language); free text and publications
// never make a candidate ineligible, they weigh in the score.
type Verdict string

const (
	Eligible   Verdict = "eligible"   // every required gate is met
	NeedsInfo  Verdict = "needs-info" // no gate missing or partial, some unknown
	Ineligible Verdict = "ineligible" // some required gate is missing or partial
)

// Result is the outcome of matching one profile against one posting.
// Its JSON form is stable: field names and meanings do not change.
type Result struct {
	Rank      int       `json:"rank,omitempty"` // set by Rank and RankPostings, 1-based
	Posting   string    `json:"posting"`
	Candidate string    `json:"candidate"`
	Name      string    `json:"name,omitempty"` // for display; never used in matching
	AsOf      string    `json:"as_of"`          // YYYY-MM-DD
	Verdict   Verdict   `json:"verdict"`
	Score     float64   `json:"score"` // 0..100, the sum of the findings' points
	Findings  []Finding `json:"findings"`
}

// Finding is what the profile shows for one requirement (or, inside a
// combinator, for one of its predicates).
type Finding struct {
	ID        string     // the requirement's id; children get "id[i]"
	Kind      string     // "required" or "preferred"; empty for children
	Gate      bool       // a required gate: the verdict reads it (see Verdict); false for children
	Predicate string     // the predicate's key: "skill", "degree", "any"…
	Text      string     // the posting's wording, when it gave one
	Status    Status     //
	Weight    float64    // the requirement's weight; 0 for children
	Credit    float64    // 0..1, to three decimals
	Points    float64    // its share of 100 (by weight) × credit, to tenths; 0 for children
	Evidence  []Evidence // what in the profile supports it, in profile order
	More      int        // evidence left out past the limit
	Gap       string     // one sentence on what is missing; empty when met
	Children  []Finding  // a combinator's predicates
}

// Evidence is one quote from the profile.
type Evidence struct {
	Source string `json:"source"` // path into the profile: "work[2].highlights[0]"
	Text   string `json:"text"`
}

// Gaps returns the gap sentences of the required findings that are not
// met, then of the preferred ones, in posting order.
func (r Result) Gaps() []string {
	var req, pref []string
	for _, f := range r.Findings {
		if f.Status == Met || f.Gap == "" {
			continue
		}
		if f.Kind == "preferred" {
			pref = append(pref, f.ID+": "+f.Gap)
		} else {
			req = append(req, f.ID+": "+f.Gap)
		}
	}
	return append(req, pref...)
}
