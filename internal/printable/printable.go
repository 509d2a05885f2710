// Package printable makes text from documents strangers wrote safe to show
// on one line of a terminal or a document.
package printable

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// String makes text from a profile or posting fit for one line of a
// terminal or document: line breaks and tabs become spaces; control
// characters (an escape sequence could clear the screen or forge colour),
// bidirectional overrides (which can reorder what a reader sees) and
// invalid UTF-8 are written as visible escapes.
func String(s string) string {
	clean := true
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c >= 0x7f {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case r == '\n' || r == '\r' || r == '\t':
			b.WriteByte(' ')
		case Unsafe(r):
			if r < 0x100 {
				fmt.Fprintf(&b, `\x%02x`, r)
			} else {
				fmt.Fprintf(&b, `\u%04x`, r)
			}
		default:
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}

// Unsafe reports whether a character must not reach a terminal or a
// document as it is: a control character, or a bidirectional override.
func Unsafe(r rune) bool {
	return unicode.IsControl(r) || unicode.Is(unicode.Bidi_Control, r)
}
