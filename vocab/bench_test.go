package vocab

import "testing"

// BenchmarkLoadDefault measures what the first call to Default costs:
// reading the embedded YAML and building the lookup tables.
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
