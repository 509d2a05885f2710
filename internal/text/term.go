package text

import (
	"unicode"
	"unicode/utf8"
)

// minStemRunes is the shortest word stemmed: stemming "go", "it" or "R"
// could only do harm.
const minStemRunes = 3

// shape records what a token holds; its term depends only on that.
type shape uint8

const (
	hasLetter     shape = 1 << iota
	hasDigit            // any Unicode decimal digit
	hasSymbol           // + # . or &
	hasDot              // an internal or leading '.'
	hasUpper            // an ASCII capital: the term needs lowercasing
	hasNonASCII         // lowercasing needs the Unicode tables
	hasApostrophe       // dropped from the term
)

// keyword reports whether the token is a name to keep as written.
func (sh shape) keyword() bool {
	return sh&hasSymbol != 0 || sh&(hasLetter|hasDigit) == hasLetter|hasDigit
}

// term normalizes the surface form w of a token with shape sh. The result
// is a function of the lowercase, apostrophe-free key alone, so one cache
// serves keywords and stems alike.
func (a *Analyzer) term(w string, sh shape) string {
	stem := !sh.keyword() && sh&hasDigit == 0
	if sh&(hasUpper|hasNonASCII|hasApostrophe) == 0 {
		// Already a lowercase ASCII key: return a slice of the input.
		if !stem || len(w) < minStemRunes || len(w) > maxCachedKey {
			return w
		}
		if t, ok := a.cache.lookupString(w); ok {
			return t
		}
		return a.cache.store(w, a.stem(w))
	}
	var buf [maxCachedKey]byte
	b := appendLower(buf[:0], w)
	if len(b) > maxCachedKey {
		return string(b) // longer than any real word: lowercase only
	}
	if t, ok := a.cache.lookup(b); ok {
		return t
	}
	key := string(b)
	t := key
	if stem && utf8.RuneCount(b) >= minStemRunes {
		t = a.stem(key)
	}
	return a.cache.store(key, t)
}

// appendLower appends s lowercased, without apostrophes, to dst.
func appendLower(dst []byte, s string) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c == '\'':
			case 'A' <= c && c <= 'Z':
				dst = append(dst, c+'a'-'A')
			default:
				dst = append(dst, c)
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r != '’' {
			dst = utf8.AppendRune(dst, unicode.ToLower(r))
		}
		i += n
	}
	return dst
}

// stem runs the snowball stemmer and the conflation rules on a lowercase
// word. The stemmers are third-party code indexing runes by position; the
// recover keeps the package's promise never to panic should one of them
// trip on an odd word, at the cost of leaving that word unstemmed.
func (a *Analyzer) stem(word string) (s string) {
	defer func() {
		if recover() != nil {
			s = word
		}
	}()
	s = a.stemmer(word, true)
	if s == "" {
		return word
	}
	return a.conflate(word, s)
}
