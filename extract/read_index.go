package extract

import (
	"strings"
	"sync/atomic"

	"github.com/quals-dev/quals/vocab"
)

// vocabIndex tells the line readers cheaply whether a word could start a
// language, country or degree name, so they ask the vocabulary (which
// tokenizes every name it is given) only about words that could. It is
// built once per vocabulary.
type vocabIndex struct {
	vocabulary    *vocab.Vocabulary
	languageWords map[string]bool        // lowercase words of language names
	countryWords  map[string]bool        // lowercase words of country names and codes
	degreeNames   map[string]vocab.Level // one-word degree names as spelled, without a final period
}

// lastIndex caches the index of the vocabulary last used: almost always
// the default one. One entry, so callers that build many vocabularies do
// not make it grow.
var lastIndex atomic.Pointer[vocabIndex]

func indexOf(v *vocab.Vocabulary) *vocabIndex {
	if ix := lastIndex.Load(); ix != nil && ix.vocabulary == v {
		return ix
	}
	d := v.Data()
	ix := &vocabIndex{vocabulary: v, languageWords: map[string]bool{}, countryWords: map[string]bool{}, degreeNames: map[string]vocab.Level{}}
	words := func(into map[string]bool, name string) {
		for _, w := range strings.FieldsFunc(strings.ToLower(name), func(r rune) bool { return r == ' ' || r == '-' || r == ',' || r == '(' || r == ')' }) {
			into[strings.TrimSuffix(w, ".")] = true
		}
	}
	for _, l := range d.Languages {
		words(ix.languageWords, l.Name)
		for _, a := range l.Aliases {
			words(ix.languageWords, a)
		}
	}
	for _, c := range d.Places {
		words(ix.countryWords, c.Code)
		for _, n := range c.Names {
			words(ix.countryWords, n)
		}
	}
	for _, deg := range d.Degrees {
		for _, n := range deg.Names {
			if !strings.Contains(n, " ") {
				ix.degreeNames[strings.TrimSuffix(n, ".")] = deg.Level
			}
		}
	}
	lastIndex.Store(ix)
	return ix
}
