package knowledge_test

import (
	"fmt"

	"github.com/quals-dev/quals/knowledge"
	"github.com/quals-dev/quals/profile"
	"github.com/quals-dev/quals/requirements"
	"github.com/quals-dev/quals/vocab"
)

// A vocabulary extended with the caller's own skill, given to both loaders
// through one Knowledge.
func ExampleNew() {
	v, err := vocab.Default().Extend(vocab.Data{Skills: []vocab.Skill{{Name: "Double-entry bookkeeping", Aliases: []string{"ledger keeping"}}}})
	if err != nil {
		panic(err)
	}
	k := knowledge.New(knowledge.WithVocabulary(v), knowledge.WithMaxBytes(1<<20))

	posting, err := requirements.Parse("posting.yaml", []byte("id: p\nrequired:\n  - skill: {any: [ledger keeping]}\n"), requirements.WithKnowledge(k))
	if err != nil {
		panic(err)
	}
	candidate, err := profile.Parse("c.json", []byte(`{"skills": [{"name": "Accounting", "keywords": ["Double-entry bookkeeping"]}]}`), profile.WithKnowledge(k))
	if err != nil {
		panic(err)
	}
	skill := posting.Requirements()[0].Predicate().(*requirements.Skill)
	fmt.Println(skill.Terms[0].Concept)
	fmt.Println(posting.Knowledge() == candidate.Knowledge())
	// Output:
	// Double-entry bookkeeping
	// true
}
