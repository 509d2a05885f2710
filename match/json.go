package match

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
)

// topFinding and childFinding fix the JSON field order and leave weight and
// points off children, which have none.
type topFinding struct {
	ID        string         `json:"id"`
	Kind      string         `json:"kind"`
	Gate      bool           `json:"gate,omitempty"`
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

// SchemaVersion is the version of the JSON a Result is written as
// (docs/result-format.md). It changes when a field changes meaning or goes
// away; adding a field does not change it.
const SchemaVersion = 1

// MarshalJSON writes a result with its schema_version first.
func (r Result) MarshalJSON() ([]byte, error) {
	type plain Result // without this method
	return json.Marshal(struct {
		SchemaVersion int `json:"schema_version"`
		plain
	}{SchemaVersion, plain(r)})
}

// UnmarshalJSON reads a result written by MarshalJSON: a schema_version
// newer than SchemaVersion is an error, and so is a field it does not know.
func (r *Result) UnmarshalJSON(b []byte) error {
	type plain Result
	var v struct {
		SchemaVersion int `json:"schema_version"`
		plain
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&v); err != nil {
		var te *json.UnmarshalTypeError
		if errors.As(err, &te) {
			te.Field = strings.TrimPrefix(te.Field, "plain.") // the field as the JSON names it
		}
		return err
	}
	if v.SchemaVersion > SchemaVersion {
		return fmt.Errorf("result schema_version %d is newer than this version of quals reads (%d)", v.SchemaVersion, SchemaVersion)
	}
	*r = Result(v.plain)
	return nil
}

// MarshalJSON writes a finding as docs/result-format.md describes it.
func (f Finding) MarshalJSON() ([]byte, error) {
	if f.Kind == "" {
		return json.Marshal(childFinding{ID: f.ID, Predicate: f.Predicate, Status: f.Status, Credit: f.Credit,
			Evidence: f.Evidence, More: f.More, Gap: f.Gap, Children: children(f.Children)})
	}
	return json.Marshal(topFinding{ID: f.ID, Kind: f.Kind, Gate: f.Gate, Predicate: f.Predicate, Text: f.Text, Status: f.Status,
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
	*f = Finding{ID: t.ID, Kind: t.Kind, Gate: t.Gate, Predicate: t.Predicate, Text: t.Text, Status: t.Status, Weight: t.Weight,
		Credit: t.Credit, Points: t.Points, Evidence: t.Evidence, More: t.More, Gap: t.Gap, Children: t.Children}
	return nil
}
