package text

import (
	"fmt"
	"strings"
	"sync"

	"github.com/kljensen/snowball/english"
	"github.com/kljensen/snowball/french"
	"github.com/kljensen/snowball/hungarian"
	"github.com/kljensen/snowball/norwegian"
	"github.com/kljensen/snowball/russian"
	"github.com/kljensen/snowball/spanish"
	"github.com/kljensen/snowball/swedish"
)

// Analyzer tokenizes and normalizes text for one snowball language. It is
// safe for concurrent use.
type Analyzer struct {
	lang       string
	stemmer    func(word string, stemStopWords bool) string
	conflation map[string][]conflation // keyed by the stem a rule rewrites
	cache      stemCache
}

// language is one supported snowball language. Its analyzer is built on
// first use and then shared, so every caller benefits from one stem cache.
type language struct {
	name        string
	stemmer     func(string, bool) string
	conflations []conflation
	get         func() *Analyzer
}

var languages = []*language{
	{name: "english", stemmer: english.Stem, conflations: englishConflations},
	{name: "spanish", stemmer: spanish.Stem},
	{name: "french", stemmer: french.Stem},
	{name: "russian", stemmer: russian.Stem},
	{name: "swedish", stemmer: swedish.Stem},
	{name: "norwegian", stemmer: norwegian.Stem},
	{name: "hungarian", stemmer: hungarian.Stem},
}

func init() {
	for _, l := range languages {
		l.get = sync.OnceValue(func() *Analyzer {
			return newAnalyzer(l.name, l.stemmer, l.conflations, cacheLimit)
		})
	}
}

// newAnalyzer builds an analyzer with its own cache of at most limit stems.
func newAnalyzer(name string, stemmer func(string, bool) string, rules []conflation, limit int) *Analyzer {
	a := &Analyzer{lang: name, stemmer: stemmer, cache: newStemCache(limit)}
	if len(rules) > 0 {
		a.conflation = make(map[string][]conflation, len(rules))
		for _, r := range rules {
			a.conflation[r.stem] = append(a.conflation[r.stem], r)
		}
	}
	return a
}

// NewAnalyzer returns the analyzer for a snowball language name: english
// (also ""), spanish, french, russian, swedish, norwegian, hungarian; case
// and surrounding spaces are ignored. Analyzers are shared: the same
// language always gives the same *Analyzer, so its stem cache is shared.
func NewAnalyzer(language string) (*Analyzer, error) {
	name := strings.ToLower(strings.TrimSpace(language))
	if name == "" {
		name = "english"
	}
	for _, l := range languages {
		if l.name == name {
			return l.get(), nil
		}
	}
	names := make([]string, len(languages))
	for i, l := range languages {
		names[i] = l.name
	}
	return nil, fmt.Errorf("text: unsupported language %q (supported: %s)", language, strings.Join(names, ", "))
}

// English is the shared English analyzer.
func English() *Analyzer { return languages[0].get() }

// Language returns the analyzer's language name.
func (a *Analyzer) Language() string { return a.lang }

// Term normalizes a single word the way Tokens would (for vocabulary
// entries): Term("C++") is "c++", Term("Publications") is "publish". Input
// holding several tokens gives their terms joined by single spaces; input
// with none gives "".
func (a *Analyzer) Term(word string) string {
	var buf [4]Token
	toks := a.Tokens(buf[:0], word)
	switch len(toks) {
	case 0:
		return ""
	case 1:
		return toks[0].Term
	}
	var b strings.Builder
	for i, t := range toks {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(t.Term)
	}
	return b.String()
}
