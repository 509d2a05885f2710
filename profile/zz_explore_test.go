package profile

import (
	"fmt"
	"testing"

	"github.com/quals-dev/quals/internal/dates"
	"github.com/quals-dev/quals/vocab"
)

func TestZZ(t *testing.T) {
	p, err := LoadFile("testdata/full-resume.json")
	if err != nil {
		t.Fatal(err)
	}
	fmt.Println(p.ID(), p.Name(), p.Warnings())
	ix := p.Index(nil, nil)
	for _, s := range ix.Sources {
		fmt.Printf("SRC %s sec=%d entry=%d list=%v %q\n", s.Path, s.Section, s.Entry, s.List, s.Text)
	}
	for _, e := range ix.Entries {
		fmt.Printf("ENT %+v %v\n", e, e.Period(dates.DayOf(2026, 1, 1)))
	}
	for _, s := range ix.Studies {
		fmt.Printf("STUDY %+v\n", s)
	}
	fmt.Printf("LOC %v %+v\nAUTH %+v\nAVAIL %v %v %v\nLANG %+v\nPUB %+v\nEDU %v content %v\n", ix.HasLocation, ix.Location, ix.Authorizations, ix.HasAvail, ix.Availability, ix.AvailPaths, ix.Languages, ix.Publications, ix.HasEducation, ix.HasContent)
	for _, c := range []string{"Go", "R", "C++", "C#", ".NET", "Node.js", "Kubernetes", "Python", "Rust", "PostgreSQL", "Kafka", "Java", "Haskell", "Spark", "TensorFlow", "Scala"} {
		for _, m := range ix.Find(vocab.Term{Concept: c}) {
			fmt.Printf("%s: %s %q\n", c, ix.Sources[m.Source].Path, ix.Quote(m))
		}
	}
}
