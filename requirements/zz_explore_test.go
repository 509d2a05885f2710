package requirements

import (
	"fmt"
	"os"
	"testing"
)

func TestZZExplore(t *testing.T) {
	for _, f := range []string{os.Getenv("F")} {
		src, _ := os.ReadFile(f)
		p, err := Parse(f, src)
		if err != nil {
			if ps, ok := err.(Problems); ok {
				for _, x := range ps {
					fmt.Printf("PROB %q\n", x.Error())
				}
			} else {
				fmt.Println("ERR", err)
			}
			continue
		}
		fmt.Println(p.ID(), p.Title(), p.Organization(), p.Locations(), p.Workplace(), p.TotalWeight(), p.Language())
		for _, r := range p.Requirements() {
			fmt.Printf("%s %s w=%v line=%d | %s | %#v\n", r.ID(), r.Kind(), r.Weight(), r.Line(), r.Predicate().String(), r.Predicate())
		}
	}
}
