package extract

import (
	"regexp"
	"testing"

	"github.com/quals-dev/quals/internal/watchdog"
)

var idShape = regexp.MustCompile(`^[a-z0-9]+(?:-[a-z0-9]+)*$`)

// FuzzLabel checks the label and id stages on any text: a block keeps a
// known section, and an id made from it is a short slug or empty.
func FuzzLabel(f *testing.F) {
	for _, s := range []string{
		"Salary: $130,000 - $200,000 per year",
		"We are looking for someone with 5+ years of Go",
		"Experience with Kubernetes is a plus (ideally 3 years)",
		"Does this sound like you?      5+ years of C++ and .NET",
		"HOW TO APPLY",
	} {
		f.Add(s)
	}
	known := map[string]bool{SectionRequired: true, SectionPreferred: true, SectionResponsibilities: true, SectionAbout: true,
		SectionBenefits: true, SectionSalary: true, SectionEqualOpportunity: true, SectionLogistics: true, SectionOther: true}
	f.Fuzz(watchdog.Guard(func(t *testing.T, s string) {
		items := []item{{line: 1, text: s, section: SectionOther}, {line: 2, text: s, section: SectionRequired}}
		labelByContent(items)
		for _, it := range items {
			if !known[it.section] {
				t.Fatalf("section %q for %q", it.section, s)
			}
		}
		if sec := contentSectionOf(newCueText(s)); sec != "" && !known[sec] {
			t.Fatalf("content section %q for %q", sec, s)
		}
		if id := idSlug(s); id != "" && (!idShape.MatchString(id) || len(id) > maxIDBytes) {
			t.Fatalf("id %q from %q", id, s)
		}
	}))
}
