// Package placename normalizes place names for comparison: the gazetteer
// (package geo) and its generator (internal/gen/geogen) key every name with
// Key, so that both sides of a lookup agree.
package placename

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

var (
	latin    = strings.Split(latinFold, "|")    // U+00C0..U+024F
	latinExt = strings.Split(latinExtFold, "|") // U+1E00..U+1EFF
)

// Fold returns the ASCII lowercase spelling of a Latin letter with
// diacritics ("ü" → "u", "ß" → "ss"), and false for any other rune.
func Fold(r rune) (string, bool) {
	switch {
	case r >= 0xC0 && r < 0xC0+rune(len(latin)):
		s := latin[r-0xC0]
		return s, s != ""
	case r >= 0x1E00 && r < 0x1E00+rune(len(latinExt)):
		s := latinExt[r-0x1E00]
		return s, s != ""
	}
	return "", false
}

// abbreviations maps words to the short form both spellings are keyed by.
var abbreviations = map[string]string{"saint": "st", "sainte": "ste", "mount": "mt", "fort": "ft"}

// Key returns the form a place name is compared in: lowercase, Latin
// letters without their diacritics ("München" → "munchen"), periods and
// apostrophes dropped ("St. John's" → "st johns"), other punctuation and
// spaces turned into single spaces ("Winston-Salem" → "winston salem"),
// "&" read as "and", and "Saint", "Sainte", "Mount" and "Fort" shortened to
// "st", "ste", "mt" and "ft" so that either spelling finds the place.
// Letters of other scripts are kept, lowercased.
func Key(s string) string {
	var buf [64]byte
	return string(AppendKey(buf[:0], s))
}

// AppendKey appends the Key of s to dst and returns the extended buffer.
func AppendKey(dst []byte, s string) []byte {
	base := len(dst)
	b := dst
	wordStart := base // where the current word starts in b
	space := false    // a separator is pending before the next word
	endWord := func() {
		if w, ok := abbreviations[string(b[wordStart:])]; ok {
			b = append(b[:wordStart], w...)
		}
	}
	addWord := func() {
		if space && len(b) > base {
			b = append(b, ' ')
		}
		space = false
		if len(b) == base || b[len(b)-1] == ' ' {
			wordStart = len(b)
		}
	}
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
				if space || len(b) == base {
					addWord()
				}
				b = append(b, c)
			case c >= 'A' && c <= 'Z':
				if space || len(b) == base {
					addWord()
				}
				b = append(b, c+'a'-'A')
			case c == '.' || c == '\'' || c == '`':
				// dropped: "St. Louis", "St John's"
			case c == '&':
				if len(b) > base {
					endWord()
					b = append(b, " and"...)
					space = true
				}
			default:
				if len(b) > base && !space {
					endWord()
					space = true
				}
			}
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		if f, ok := Fold(r); ok {
			if space || len(b) == base {
				addWord()
			}
			b = append(b, f...)
			continue
		}
		switch {
		case r == '’' || r == '‘' || r == 'ʻ' || r == 'ʼ' || r == '´' || unicode.Is(unicode.Mn, r):
			// apostrophes and combining marks are dropped
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space || len(b) == base {
				addWord()
			}
			b = utf8.AppendRune(b, unicode.ToLower(r))
		default:
			if len(b) > base && !space {
				endWord()
				space = true
			}
		}
	}
	if len(b) > base && !space {
		endWord()
	}
	return b
}
