package roles

import "testing"

// BenchmarkBuild builds the embedded taxonomy, as the first use in a
// process does.
func BenchmarkBuild(b *testing.B) {
	families, err := ParseFamilies(familiesYAML)
	if err != nil {
		b.Fatal(err)
	}
	titles, err := parseTitles(titlesTSV)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := New(families, titles); err != nil {
			b.Fatal(err)
		}
	}
}
