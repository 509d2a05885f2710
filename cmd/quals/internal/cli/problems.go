package cli

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/quals-dev/quals/internal/printable"
	"github.com/quals-dev/quals/requirements"
)

// printProblems writes err: each problem of a document on its own line as
// file:line:column: field: message, followed by the offending line of src
// and a caret under the column. Other errors are written as they are.
func printProblems(w io.Writer, err error, src []byte) {
	var ps requirements.Problems
	if !errors.As(err, &ps) {
		fmt.Fprintf(w, "quals: %v\n", err)
		return
	}
	for _, p := range ps {
		fmt.Fprintln(w, printable.String(p.Error()))
		line, ok := sourceLine(src, p.Line)
		if !ok {
			continue
		}
		col := p.Column
		if col == 0 {
			// The YAML parser gives a line only: point at where it starts.
			col = 1 + utf8.RuneCountInString(line) - utf8.RuneCountInString(strings.TrimLeft(line, " \t"))
		}
		shown, pad := caretLine(line, col)
		fmt.Fprintf(w, "  %5d | %s\n", p.Line, shown)
		fmt.Fprintf(w, "        | %s^\n", pad)
	}
}

// maxShownLine bounds how many characters of a long line are echoed.
const maxShownLine = 200

// sourceLine returns line n (1-based) of src without its newline.
func sourceLine(src []byte, n int) (string, bool) {
	if n <= 0 {
		return "", false
	}
	for i := 1; i < n; i++ {
		j := bytes.IndexByte(src, '\n')
		if j < 0 {
			return "", false
		}
		src = src[j+1:]
	}
	if j := bytes.IndexByte(src, '\n'); j >= 0 {
		src = src[:j]
	}
	return strings.TrimRight(string(src), "\r"), true
}

// caretLine returns the line as it can be shown (control characters and
// invalid bytes escaped, long lines cut around the column) and the padding
// that puts a caret under column col, counted in characters.
func caretLine(line string, col int) (shown, pad string) {
	runes := []rune(line)
	col = min(max(col, 1), len(runes)+1)
	start := 0
	if len(runes) > maxShownLine && col > maxShownLine/2 {
		start = col - maxShownLine/2
	}
	end := min(len(runes), start+maxShownLine)
	before := printable.String(string(runes[start : col-1]))
	shown = before + printable.String(string(runes[col-1:end]))
	if start > 0 {
		shown, before = "…"+shown, "…"+before
	}
	if end < len(runes) {
		shown += "…"
	}
	return shown, strings.Repeat(" ", utf8.RuneCountInString(before))
}
