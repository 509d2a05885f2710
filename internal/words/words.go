// Package words writes the small pieces of English that descriptions and
// gaps share: lists joined with a conjunction, and durations in years.
package words

import (
	"strconv"
	"strings"

	"github.com/quals-dev/quals/vocab"
)

// Join joins words for a sentence with a final conjunction:
// Join([a b c], "or") is "a, b or c".
func Join(words []string, conj string) string {
	switch len(words) {
	case 0:
		return ""
	case 1:
		return words[0]
	}
	return strings.Join(words[:len(words)-1], ", ") + " " + conj + " " + words[len(words)-1]
}

// Terms joins terms as the posting wrote them: "Java, C++ or Python".
func Terms(terms []vocab.Term, conj string) string {
	names := make([]string, len(terms))
	for i, t := range terms {
		names[i] = t.Text
	}
	return Join(names, conj)
}

// Years writes "2 years", "1.5 years" or "1 year".
func Years(y float64) string {
	s := strconv.FormatFloat(y, 'f', -1, 64)
	if y == 1 {
		return s + " year"
	}
	return s + " years"
}
