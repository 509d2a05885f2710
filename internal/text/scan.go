package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// startsDotted reports whether the '.' at s[i] begins a token glued to the
// letters after it (".NET"). A '.' after another '.' does not: "etc...Next".
func startsDotted(s string, i int) bool {
	return isLetterAt(s, i+1) && (i == 0 || s[i-1] != '.')
}

// scanToken reads the token starting at s[i] (a letter, digit, or the '.'
// of startsDotted) and returns where it ends and what it holds.
func scanToken(s string, i int) (end int, sh shape) {
	if s[i] == '.' {
		sh |= hasSymbol | hasDot
		i++
	}
	lastLetter := false
	for {
		i, sh, lastLetter = scanRun(s, i, sh, lastLetter)
		if i >= len(s) {
			return i, sh
		}
		// Joiners that keep a word whole when a word character follows.
		c := s[i]
		switch {
		case c == '\'' && isLetterAt(s, i+1):
			sh |= hasApostrophe
			i++
			continue
		case c == '.' && isWordAt(s, i+1):
			sh |= hasSymbol | hasDot
			i++
			continue
		case c == '&' && lastLetter && isLetterAt(s, i+1):
			sh |= hasSymbol
			i++
			continue
		case c == 0xE2 && strings.HasPrefix(s[i:], "’") && isLetterAt(s, i+len("’")):
			sh |= hasApostrophe | hasNonASCII
			i += len("’")
			continue
		}
		break
	}
	// Suffixes of language names: C++, C+, C#, F#; not "A+B" nor "5+".
	if lastLetter {
		switch s[i] {
		case '+':
			j := i + 1
			if j < len(s) && s[j] == '+' {
				j++
			}
			if !isLetterAt(s, j) {
				return j, sh | hasSymbol
			}
		case '#':
			if !isLetterAt(s, i+1) {
				return i + 1, sh | hasSymbol
			}
		}
	}
	return i, sh
}

// scanRun consumes letters, digits and combining marks from s[i].
// lastLetter tells whether the last of them was a letter (a mark keeps
// what it follows).
func scanRun(s string, i int, sh shape, lastLetter bool) (int, shape, bool) {
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case 'a' <= c && c <= 'z':
				sh |= hasLetter
				lastLetter = true
			case 'A' <= c && c <= 'Z':
				sh |= hasLetter | hasUpper
				lastLetter = true
			case '0' <= c && c <= '9':
				sh |= hasDigit
				lastLetter = false
			default:
				return i, sh, lastLetter
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			return i, sh, lastLetter
		case unicode.IsLetter(r):
			sh |= hasLetter | hasNonASCII
			lastLetter = true
		case unicode.IsDigit(r):
			sh |= hasDigit | hasNonASCII
			lastLetter = false
		case unicode.IsMark(r):
			sh |= hasNonASCII
		default:
			return i, sh, lastLetter
		}
		i += n
	}
	return i, sh, lastLetter
}

// abbreviationDot says what a '.' right after token w means. After e.g. and
// i.e. it never ends a sentence (never); after another abbreviation (Ph.D.,
// U.S., etc.) it ends one only before a capital (soft). Otherwise it does.
func abbreviationDot(w string) (soft, never bool) {
	switch {
	case strings.EqualFold(w, "e.g"), strings.EqualFold(w, "i.e"):
		return false, true
	case strings.EqualFold(w, "etc"), strings.EqualFold(w, "vs"),
		strings.EqualFold(w, "incl"), strings.EqualFold(w, "approx"):
		return true, false
	}
	if strings.IndexByte(w, '.') < 0 {
		return false, false
	}
	// Dotted initials: every part one to three ASCII letters.
	n := 0
	for i := 0; i <= len(w); i++ {
		if i == len(w) || w[i] == '.' {
			if n == 0 || n > 3 {
				return false, false
			}
			n = 0
			continue
		}
		if c := w[i]; !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z') {
			return false, false
		}
		n++
	}
	return true, false
}

// isHyphen reports whether the text between two tokens is a single hyphen.
func isHyphen(gap string) bool {
	return gap == "-" || gap == "‐" || gap == "‑"
}
