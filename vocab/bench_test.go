package vocab

import "testing"

// BenchmarkLoadDefault measures what the first call to Default costs:
// reading the embedded files (the generated layer in the compact format, the
// curated YAML) and building the lookup tables. After the first iteration
// the analyzer's stem cache holds every word of the vocabulary, so this is
// the cost of a rebuild (Extend); the very first build of a process also
// stems some 25,000 distinct words, about three times as much (some 55 ms of CPU, against 18).
func BenchmarkLoadDefault(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		d, err := embeddedData()
		if err != nil {
			b.Fatal(err)
		}
		if _, err := New(d); err != nil {
			b.Fatal(err)
		}
	}
}
