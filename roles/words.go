package roles

import (
	"strings"
	"unicode"
)

// maxTitleWords bounds the words of a title read; real titles have a
// dozen at most, and a hostile one costs no more than this.
const maxTitleWords = 32

// Words returns the words of a title as the taxonomy reads them:
// lowercase runs of letters and digits, everything else a separator
// ("Front-End Engineer (UI/UX)" is front, end, engineer, ui, ux). At most
// the first 32 words are read.
func Words(title string) []string {
	var out []string
	start := -1
	for i, r := range title {
		word := unicode.IsLetter(r) || unicode.IsDigit(r)
		switch {
		case word && start < 0:
			start = i
		case !word && start >= 0:
			out = append(out, strings.ToLower(title[start:i]))
			start = -1
		}
		if len(out) == maxTitleWords {
			return out
		}
	}
	if start >= 0 {
		out = append(out, strings.ToLower(title[start:]))
	}
	return out
}
