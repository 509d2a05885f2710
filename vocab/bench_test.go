package vocab

import "testing"

// BenchmarkBuildDefault measures building the embedded vocabulary from its
// files (the generated layer in the compact format, the curated YAML), as
// Extend does. After the first iteration the analyzer's stem cache holds
// every word of the vocabulary; the very first build of a process also
// stems some 25,000 distinct words, about three times as much.
func BenchmarkBuildDefault(b *testing.B) {
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

// BenchmarkLoadDefault measures what the first call to Default costs:
// reading the prebuilt snapshot.
func BenchmarkLoadDefault(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := readSnapshot(defaultSnapshot, nil); err != nil {
			b.Fatal(err)
		}
	}
}
