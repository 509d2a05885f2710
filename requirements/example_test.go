package requirements_test

import (
	"errors"
	"fmt"
	"os"

	"github.com/quals-dev/quals/diag"
	"github.com/quals-dev/quals/requirements"
)

func ExampleParse() {
	posting, err := requirements.Parse("posting.yaml", []byte(`
id: backend-engineer
title: Backend Engineer
required:
  - id: go-or-rust
    weight: 2
    skill: {any: [Go, Rust], min_years: 3}
  - id: degree
    degree: {level: bachelor, fields: [computer science], related: true}
preferred:
  - id: k8s
    experience: {any: [k8s]}
`))
	if err != nil {
		panic(err)
	}
	for _, r := range posting.Requirements() {
		fmt.Printf("%s %s (weight %g): %s\n", r.Kind(), r.ID(), r.Weight(), r.Predicate())
	}
	// Names resolve through the vocabulary when the posting loads.
	k8s := posting.Requirements()[2].Predicate().(*requirements.Experience)
	fmt.Println(k8s.Terms[0].Text, "is", k8s.Terms[0].Concept)
	// Output:
	// required go-or-rust (weight 2): skill: Go or Rust, 3 years or more
	// required degree (weight 1): a bachelor's degree in computer science or a related field
	// preferred k8s (weight 1): experience with k8s
	// k8s is Kubernetes
}

func ExampleParse_problems() {
	src := []byte("id: p\nrequired:\n  - id: r\n    weight: 0\n    skill: {any: [Go]}\n")
	_, err := requirements.Parse("p.yaml", src)
	var ps diag.Problems
	if errors.As(err, &ps) {
		ps.Format(os.Stdout, src)
	}
	// Output:
	// p.yaml:4:13: required[0].weight: must be greater than 0, not 0
	//       4 |     weight: 0
	//         |             ^
}
