package roles

import "testing"

// BenchmarkBuild reads and builds the embedded taxonomy, as the first use
// in a process does.
func BenchmarkBuild(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		families, err := ParseFamilies(familiesYAML)
		if err != nil {
			b.Fatal(err)
		}
		titles, err := parseTitles(titlesTSV)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := build(families, titles); err != nil {
			b.Fatal(err)
		}
	}
}
