package geo

import "testing"

// BenchmarkLoadDefault reads the embedded gazetteer's snapshot, as Default
// does once per process.
func BenchmarkLoadDefault(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := readSnapshot(gazetteerSnapshot); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkBuildDefault builds the embedded gazetteer from its TSV, as New
// and With do.
func BenchmarkBuildDefault(b *testing.B) {
	tsv := gazetteerTSV(b)
	b.SetBytes(int64(len(tsv)))
	b.ReportAllocs()
	for b.Loop() {
		entries, err := parse("gazetteer.tsv", tsv)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := New(entries...); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLocate places a résumé's basics.location, as indexing a profile
// does once.
func BenchmarkLocate(b *testing.B) {
	g := Default()
	b.ReportAllocs()
	for b.Loop() {
		if len(g.Locate("San Francisco", "California", "US")) != 1 {
			b.Fatal("not found")
		}
	}
}

// BenchmarkResolve reads a place as written.
func BenchmarkResolve(b *testing.B) {
	g := Default()
	b.ReportAllocs()
	for b.Loop() {
		if _, ok := g.Resolve("Palo Alto, CA, USA"); !ok {
			b.Fatal("not found")
		}
	}
}

// BenchmarkDistance is one great-circle distance, as matching within_km
// computes one per place it measures from.
func BenchmarkDistance(b *testing.B) {
	g := Default()
	sf, _ := g.Resolve("San Francisco, CA")
	sea, _ := g.Resolve("Seattle, WA")
	for b.Loop() {
		Distance(sf, sea)
	}
}
