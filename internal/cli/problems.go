package cli

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

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
		fmt.Fprintln(w, p.Error())
		if line, ok := sourceLine(src, p.Line); ok {
			fmt.Fprintf(w, "  %5d | %s\n", p.Line, line)
			if p.Column > 0 {
				fmt.Fprintf(w, "        | %s^\n", caretPad(line, p.Column))
			}
		}
	}
}

// maxShownLine bounds how much of a long line is echoed.
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
	line := strings.TrimRight(string(src), "\r")
	if len(line) > maxShownLine {
		cut := maxShownLine
		for cut > 0 && !utf8.RuneStart(line[cut]) {
			cut--
		}
		line = line[:cut] + "…"
	}
	return line, true
}

// caretPad is the indentation that puts a caret under column col (in
// characters) of line, keeping its tabs so the caret lines up.
func caretPad(line string, col int) string {
	var b strings.Builder
	i := 1
	for _, r := range line {
		if i >= col {
			break
		}
		if r == '\t' {
			b.WriteByte('\t')
		} else {
			b.WriteByte(' ')
		}
		i++
	}
	for ; i < col; i++ {
		b.WriteByte(' ')
	}
	return b.String()
}
