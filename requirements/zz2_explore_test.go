package requirements

import (
	"fmt"
	"testing"
)

func TestZZBad(t *testing.T) {
	docs := []string{
`id: multi
titel: Engineer
workplace: [remote]
required:
  - id: a
    weight: 0
    skill: {any: [Go]}
  - id: a
    skill: {any: [Rust]}
  - id: c
    degree: {level: phd}
  - id: d
    weight: heavy
    location: {countries: [US], within_km: 25}
preferred:
  - id: e
    evidence: {terms: [mentoring], min: 2}
  - id: f
    at_least: {n: 3, of: [{skill: {any: [Go]}}, {skill: {any: [C]}}]}
  - id: g
    skill: {any: [Go]}
    experience: {any: [Go]}
`,
"id: x\nworkplace: [On-Site, Remote]\nrequired:\n  - skill: {any: Python}\n",
"id: x\nlanguage: Spanish\nrequired:\n  - evidence: {terms: [programación, trabajo en equipo]}\n",
	}
	for i, d := range docs {
		p, err := Parse("p.yaml", []byte(d))
		fmt.Printf("--- %d %q\n", i, d)
		if err != nil {
			fmt.Println(err)
			for _, x := range err.(Problems) {
				fmt.Printf("   %q sev=%d\n", x.Error(), x.Severity)
			}
			continue
		}
		fmt.Println(p.Workplace(), p.Language())
		for _, r := range p.Requirements() {
			fmt.Printf("   OK %s %s %v %s %#v\n", r.ID(), r.Kind(), r.Weight(), r.Predicate(), r.Predicate())
		}
	}
}
