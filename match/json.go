package match

import "encoding/json"

// topFinding and childFinding fix the JSON field order and leave weight and
// points off children, which have none.
type topFinding struct {
	ID        string         `json:"id"`
	Kind      string         `json:"kind"`
	Predicate string         `json:"predicate"`
	Text      string         `json:"text,omitempty"`
	Status    Status         `json:"status"`
	Weight    float64        `json:"weight"`
	Credit    float64        `json:"credit"`
	Points    float64        `json:"points"`
	Evidence  []Evidence     `json:"evidence,omitempty"`
	More      int            `json:"more_evidence,omitempty"`
	Gap       string         `json:"gap,omitempty"`
	Children  []childFinding `json:"children,omitempty"`
}

type childFinding struct {
	ID        string         `json:"id"`
	Predicate string         `json:"predicate"`
	Status    Status         `json:"status"`
	Credit    float64        `json:"credit"`
	Evidence  []Evidence     `json:"evidence,omitempty"`
	More      int            `json:"more_evidence,omitempty"`
	Gap       string         `json:"gap,omitempty"`
	Children  []childFinding `json:"children,omitempty"`
}

func children(fs []Finding) []childFinding {
	if len(fs) == 0 {
		return nil
	}
	out := make([]childFinding, len(fs))
	for i, f := range fs {
		out[i] = childFinding{ID: f.ID, Predicate: f.Predicate, Status: f.Status, Credit: f.Credit,
			Evidence: f.Evidence, More: f.More, Gap: f.Gap, Children: children(f.Children)}
	}
	return out
}

// MarshalJSON writes a finding as DESIGN.md's result shows it.
func (f Finding) MarshalJSON() ([]byte, error) {
	if f.Kind == "" {
		return json.Marshal(childFinding{ID: f.ID, Predicate: f.Predicate, Status: f.Status, Credit: f.Credit,
			Evidence: f.Evidence, More: f.More, Gap: f.Gap, Children: children(f.Children)})
	}
	return json.Marshal(topFinding{ID: f.ID, Kind: f.Kind, Predicate: f.Predicate, Text: f.Text, Status: f.Status,
		Weight: f.Weight, Credit: f.Credit, Points: f.Points, Evidence: f.Evidence, More: f.More, Gap: f.Gap,
		Children: children(f.Children)})
}

// UnmarshalJSON reads a finding written by MarshalJSON.
func (f *Finding) UnmarshalJSON(b []byte) error {
	var t struct {
		topFinding
		Children []Finding `json:"children"`
	}
	if err := json.Unmarshal(b, &t); err != nil {
		return err
	}
	*f = Finding{ID: t.ID, Kind: t.Kind, Predicate: t.Predicate, Text: t.Text, Status: t.Status, Weight: t.Weight,
		Credit: t.Credit, Points: t.Points, Evidence: t.Evidence, More: t.More, Gap: t.Gap, Children: t.Children}
	return nil
}
