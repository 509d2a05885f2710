package extract_test

import (
	"testing"

	"github.com/quals-dev/quals/extract"
	"github.com/quals-dev/quals/profile"
)

// The benchmarks read Ada's two-page résumé (the example's longest) as
// laid out by renderClassic: as a PDF and as text.
func benchResume(b *testing.B, src []byte) {
	b.ReportAllocs()
	b.SetBytes(int64(len(src)))
	if _, err := extract.Resume("ada", src); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		extract.Resume("ada", src)
	}
}

func adaResume(b *testing.B) profile.Resume {
	p, err := profile.LoadFile("../examples/ml-intern/profiles/ada-lovelace-example.json")
	if err != nil {
		b.Fatal(err)
	}
	return p.Resume()
}

func BenchmarkResumePDF(b *testing.B)  { benchResume(b, asPDF(renderClassic(adaResume(b)))) }
func BenchmarkResumeDOCX(b *testing.B) { benchResume(b, asDOCX(renderClassic(adaResume(b)))) }
func BenchmarkResumeText(b *testing.B) { benchResume(b, []byte(asText(renderClassic(adaResume(b))))) }
