package vocab

import (
	"strings"
	"unicode"
)

// maxSuffix is how many trailing letters a one-word mention may differ by
// from a lowercase name ("collaborated" for "collaboration", "mentoring"
// for "mentor") and still count.
const maxSuffix = 3

// closeSpelling reports whether surface, a one-word mention whose stem
// matched, is spelled close enough to one of the names that end there.
// A name with a capital letter is a product ("Excel", "Express"): only its
// plural or possessive counts. A lowercase name is a concept: endings may
// differ by a few letters, but not by a whole suffix such as "-ization"
// ("personal" is not "personalization").
func closeSpelling(surface string, spellings []string) bool {
	if len(spellings) == 0 {
		return true
	}
	s := fold(surface)
	for _, sp := range spellings {
		f := fold(sp)
		if s == f {
			return true
		}
		if hasUpper(sp) {
			continue
		}
		p := commonPrefix(s, f)
		if len(f)-p <= maxSuffix && len(s)-p <= maxSuffix+1 {
			return true
		}
	}
	return false
}

// sameWord reports whether surface is one of the spellings, ignoring case
// and apostrophes: degree names are short words that stemming would join
// with others ("Masters" the degree, "master" the verb).
func sameWord(surface string, spellings []string) bool {
	if len(spellings) == 0 {
		return true
	}
	s := strings.NewReplacer("'", "", "’", "").Replace(strings.ToLower(surface))
	for _, sp := range spellings {
		if s == strings.NewReplacer("'", "", "’", "").Replace(strings.ToLower(sp)) {
			return true
		}
	}
	return false
}

// fold lowercases and drops a plural or possessive ending.
func fold(s string) string {
	s = strings.ToLower(s)
	s = strings.TrimSuffix(strings.TrimSuffix(s, "'s"), "’s")
	switch {
	case len(s) > 4 && strings.HasSuffix(s, "ies"):
		return s[:len(s)-3] + "y"
	case len(s) > 3 && strings.HasSuffix(s, "s") && !strings.HasSuffix(s, "ss"):
		return s[:len(s)-1]
	}
	return s
}

func commonPrefix(a, b string) int {
	n := min(len(a), len(b))
	for i := 0; i < n; i++ {
		if a[i] != b[i] {
			return i
		}
	}
	return n
}

func hasUpper(s string) bool {
	for _, r := range s {
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}
