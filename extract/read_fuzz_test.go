package extract

import (
	"testing"
	"unicode/utf8"

	"github.com/quals-dev/quals/internal/watchdog"

	"github.com/quals-dev/quals/requirements"
)

// FuzzReadLine reads any line as a qualification and as a constraint:
// nothing panics, and whatever is read loads.
func FuzzReadLine(f *testing.F) {
	for _, c := range allLineCases() {
		f.Add(c.line)
	}
	for _, c := range constraintCases {
		f.Add(c.line)
	}
	f.Fuzz(watchdog.Guard(func(t *testing.T, line string) {
		if len(line) > 2000 || !utf8.ValidString(line) {
			return
		}
		x := testExtractor()
		doc := requirements.Document{ID: "fuzz", Required: []requirements.RequirementDoc{{ID: "q", PredicateDoc: x.readQualification(line).Predicate}}}
		for _, section := range []string{SectionLogistics, SectionOther} {
			if r, ok := x.readConstraint(item{text: line, section: section}); ok && r.Predicate.Key() != "" {
				doc.Required = append(doc.Required, requirements.RequirementDoc{ID: "c-" + section, PredicateDoc: r.Predicate})
			}
		}
		doc.Locations, doc.Workplace = x.doc.Locations, x.doc.Workplace
		if _, err := doc.Load("fuzz.yaml"); err != nil {
			t.Fatalf("%q: the reading does not load: %v", line, err)
		}
	}))
}
