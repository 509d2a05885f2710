package diag

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/quals-dev/quals/internal/printable"
)

// maxShownLine bounds how many characters of a long line are echoed.
const maxShownLine = 200

// Format writes the problem on one line, as Error does, then the line of
// src it stands on and a caret under its column (or under the first
// character of the line, when only the line is known). Control characters
// and invalid bytes of the document are escaped; a long line is cut around
// the column.
func (p Problem) Format(w io.Writer, src []byte) error {
	return Problems{p}.Format(w, src)
}

// Format writes every problem as Problem.Format does, finding the lines of
// src once for all of them.
func (ps Problems) Format(w io.Writer, src []byte) error {
	lines := newLineIndex(src)
	shown := map[string]int{}
	var more []string // the kinds past their cap, in order
	for _, p := range ps {
		key := problemKind(p)
		if shown[key]++; shown[key] > MaxShownPerKind {
			if shown[key] == MaxShownPerKind+1 {
				more = append(more, key)
			}
			continue
		}
		if _, err := fmt.Fprintln(w, printable.String(p.Error())); err != nil {
			return err
		}
		line, ok := lines.line(p.Line)
		if !ok {
			continue
		}
		col := p.Column
		if col == 0 {
			col = 1 + utf8.RuneCountInString(line) - utf8.RuneCountInString(strings.TrimLeft(line, " \t"))
		}
		excerpt, pad := caretLine(line, col)
		if _, err := fmt.Fprintf(w, "  %5d | %s\n        | %s^\n", p.Line, excerpt, pad); err != nil {
			return err
		}
	}
	for _, key := range more {
		file := ""
		if len(ps) > 0 && ps[0].File != "" {
			file = printable.String(ps[0].File) + ": "
		}
		if _, err := fmt.Fprintf(w, "%sand %d more like this: %s\n", file, shown[key]-MaxShownPerKind, printable.String(key)); err != nil {
			return err
		}
	}
	return nil
}

// MaxShownPerKind is how many problems of one kind Format writes out; the
// rest are counted in a line after them, as compilers do.
const MaxShownPerKind = 10

// problemKind is what makes problems alike for Format's count: the
// severity and the message with its quoted names and numbers blanked
// ("unknown key "…"; known keys are …").
func problemKind(p Problem) string {
	var b strings.Builder
	if p.Severity == Warning {
		b.WriteString("warning: ")
	}
	inQuote := false
	for _, r := range p.Message {
		switch {
		case r == '"':
			if !inQuote {
				b.WriteString(`"…"`)
			}
			inQuote = !inQuote
		case inQuote:
		case r >= '0' && r <= '9':
			if s := b.String(); !strings.HasSuffix(s, "N") {
				b.WriteByte('N')
			}
		default:
			b.WriteRune(r)
		}
		if b.Len() > 120 {
			return strings.TrimSpace(b.String()) + "…"
		}
	}
	return b.String()
}

// Locate sets Offset and Length of the problems that have a line and
// column in src: the offset of that character, and the length of the word
// or quoted value that starts there (1 for a single character).
func (ps Problems) Locate(src []byte) {
	lines := newLineIndex(src)
	for i := range ps {
		p := &ps[i]
		if p.Line <= 0 || p.Length > 0 {
			continue
		}
		start, ok := lines.start(p.Line)
		if !ok {
			continue
		}
		off := start
		for c := 1; c < max(p.Column, 1) && off < len(src) && src[off] != '\n'; c++ {
			_, size := utf8.DecodeRune(src[off:])
			off += size
		}
		p.Offset, p.Length = off, tokenLength(src[off:])
	}
}

// tokenLength is the length of the value that starts b: a quoted string
// to its closing quote, else up to a space, comma, bracket or line end.
func tokenLength(b []byte) int {
	if len(b) == 0 {
		return 0
	}
	if q := b[0]; q == '"' || q == '\'' {
		for i := 1; i < len(b) && b[i] != '\n'; i++ {
			if b[i] == '\\' && q == '"' {
				i++
				continue
			}
			if b[i] == q {
				return i + 1
			}
		}
	}
	n := bytes.IndexAny(b, " \t\r\n,]}")
	switch {
	case n < 0:
		return len(b)
	case n == 0:
		return 1
	}
	return n
}

// lineIndex finds the lines of a source by number.
type lineIndex struct {
	src    []byte
	starts []int // byte offset of each line's start, found as far as needed
}

func newLineIndex(src []byte) *lineIndex { return &lineIndex{src: src, starts: []int{0}} }

// start returns the offset at which line n (1-based) starts.
func (x *lineIndex) start(n int) (int, bool) {
	if n <= 0 {
		return 0, false
	}
	for len(x.starts) < n {
		last := x.starts[len(x.starts)-1]
		j := bytes.IndexByte(x.src[last:], '\n')
		if j < 0 {
			return 0, false
		}
		x.starts = append(x.starts, last+j+1)
	}
	return x.starts[n-1], true
}

// line returns line n (1-based) without its line break.
func (x *lineIndex) line(n int) (string, bool) {
	s, ok := x.start(n)
	if !ok {
		return "", false
	}
	rest := x.src[s:]
	if j := bytes.IndexByte(rest, '\n'); j >= 0 {
		rest = rest[:j]
	}
	return strings.TrimRight(string(rest), "\r"), true
}

// caretLine returns the line as it can be shown (control characters and
// invalid bytes escaped, long lines cut around the column) and the padding
// that puts a caret under column col, counted in characters. A long line
// is decoded only around the column.
func caretLine(line string, col int) (shown, pad string) {
	col = max(col, 1)
	var before, after string // the shown characters before the column and from it
	var cutStart, cutEnd bool
	if len(line) <= 4*maxShownLine {
		runes := []rune(line)
		col = min(col, len(runes)+1)
		first := 0
		if len(runes) > maxShownLine && col > maxShownLine/2 {
			first = col - maxShownLine/2
		}
		last := min(len(runes), first+maxShownLine)
		before, after = string(runes[first:col-1]), string(runes[col-1:last])
		cutStart, cutEnd = first > 0, last < len(runes)
	} else {
		// More than maxShownLine characters: walk to the column keeping the
		// offsets of the characters before it that may open the window.
		const kept = maxShownLine/2 - 1
		var ring [kept]int
		n, at := 0, 0
		for n < col-1 && at < len(line) {
			ring[n%kept] = at
			_, size := utf8.DecodeRuneInString(line[at:])
			at += size
			n++
		}
		start, shownBefore := 0, n
		if n >= kept && col > maxShownLine/2 {
			start, shownBefore = ring[n%kept], kept
		}
		end := at
		for c := shownBefore; c < maxShownLine && end < len(line); c++ {
			_, size := utf8.DecodeRuneInString(line[end:])
			end += size
		}
		// Through runes, as the short case: an invalid byte is one U+FFFD.
		before, after = string([]rune(line[start:at])), string([]rune(line[at:end]))
		cutStart, cutEnd = start > 0, end < len(line)
	}
	prefix := printable.String(before)
	shown = prefix + printable.String(after)
	if cutStart {
		shown, prefix = "…"+shown, "…"+prefix
	}
	if cutEnd {
		shown += "…"
	}
	return shown, strings.Repeat(" ", utf8.RuneCountInString(prefix))
}

// Located returns err with the Offset and Length of its problems set from
// src (see Locate) when it is a Problems error, and err as it is otherwise.
func Located(err error, src []byte) error {
	var ps Problems
	if errors.As(err, &ps) {
		ps.Locate(src)
	}
	return err
}
