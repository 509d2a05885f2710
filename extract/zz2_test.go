package extract_test

import (
	"fmt"
	"os"
	"testing"

	"github.com/quals-dev/quals/extract"
)

func TestZZOne(t *testing.T) {
	for _, p := range readRelevancyPostings(t) {
		if p.id != os.Getenv("ID") {
			continue
		}
		os.WriteFile("/tmp/one.txt", []byte(p.text), 0o644)
		x, _ := extract.Description(p.text)
		for _, l := range x.Lines {
			fmt.Printf("%3d %-18s %-5v %.150s\n", l.Line, l.Section, l.Heading, l.Text)
		}
	}
}
