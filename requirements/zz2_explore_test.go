package requirements

import (
	"fmt"
	"testing"
)

func TestZZBad(t *testing.T) {
	docs := []string{
		"id: x\nrequired:\n  - id: a\n    skill: {any: [Go]}\n weight: 2\n",
		"id: x\nrequired:\n  - id: a\n    skill: {any: [Go]}\n    weight: 2\n   text: hi\n",
		"id: x\nrequired:\n  - id: a\n    text: hello\n      world: 2\n    skill: {any: [Go]}\n",
		"id: x\nrequired:\n  - id: a\n    skill: {any: [Go]}\n\tweight: 2\n",
		"id: x\nrequired:\n  - id: a\n    skill: {any: [Go]\n",
		"id: x\nrequired:\n  - id: a\n    skill:\n    any: [Go]\n",
	}
	for i, d := range docs {
		p, err := Parse("p.yaml", []byte(d))
		fmt.Printf("--- %d %q\n", i, d)
		if err != nil {
			for _, x := range err.(Problems) {
				fmt.Printf("   %q sev=%d\n", x.Error(), x.Severity)
			}
			continue
		}
		for _, r := range p.Requirements() {
			fmt.Printf("   OK %s %s %v %s\n", r.ID(), r.Kind(), r.Weight(), r.Predicate())
		}
	}
}
