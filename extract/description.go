package extract

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/quals-dev/quals/diag"
	"github.com/quals-dev/quals/internal/printable"
)

// Description reads a plain-text job description into a posting document.
// Sections are found by their headings; every bullet or sentence of a
// qualification section becomes one requirement whose text is that line,
// read into structured predicates where it can be (degree, years of
// experience, skills, languages, authorization, dates, publications,
// certifications) and into evidence terms where it cannot — never dropped.
// Lines elsewhere that constrain who may apply (a country, fixed start
// dates, office locations) become required requirements too.
//
// The document always loads with Parse; the report lists every line.
//
// The description is bounded like a document (4 MiB, and 64 KiB in one
// line, by default; see knowledge.WithLimits): past a limit, or when it is not
// UTF-8 or holds a NUL byte, Description returns a Problems error and no
// extraction.
func Description(description string, opts ...Option) (*Extraction, error) {
	c := newConfig(opts)
	if err := checkDescription(description, c.limits); err != nil {
		return nil, err
	}
	return newExtractor(c).extract(withoutControls(description))
}

// withoutControls replaces control characters (but line breaks) and
// bidirectional overrides with spaces, so that no escape sequence or
// reordering of text passes from a description into the document or its
// report; line numbers stay as they were.
func withoutControls(s string) string {
	clean := true
	for i := 0; i < len(s) && clean; i++ {
		c := s[i]
		clean = c >= 0x20 && c < 0x7f || c == '\n'
	}
	if clean {
		return s
	}
	return strings.Map(func(r rune) rune {
		if r == '\n' || !printable.Unsafe(r) {
			return r
		}
		return ' '
	}, s)
}

// checkDescription refuses what no job description is: too large, a line
// too long to be one, bytes that are not text.
func checkDescription(s string, lim diag.Limits) error {
	fail := func(kind diag.Kind, line int, format string, args ...any) error {
		return diag.Problems{{Line: line, Kind: kind, Message: fmt.Sprintf(format, args...)}}
	}
	if lim.MaxBytes > 0 && len(s) > lim.MaxBytes {
		return fail(diag.ErrLimit, 0, "the description is over the size limit of %d bytes", lim.MaxBytes)
	}
	if !utf8.ValidString(s) {
		return fail(diag.ErrEncoding, 0, "the description is not valid UTF-8")
	}
	line := 1
	for start := 0; start <= len(s); line++ {
		end := strings.IndexByte(s[start:], '\n')
		if end < 0 {
			end = len(s) - start
		}
		text := s[start : start+end]
		if strings.IndexByte(text, 0) >= 0 {
			return fail(diag.ErrEncoding, line, "the description holds a NUL byte")
		}
		if lim.MaxValueBytes > 0 && len(text) > lim.MaxValueBytes {
			return fail(diag.ErrLimit, line, "a line of %d bytes is over the limit of %d", len(text), lim.MaxValueBytes)
		}
		start += end + 1
	}
	return nil
}
