package diag

import (
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/quals-dev/quals/internal/printable"
	"github.com/stretchr/testify/assert"
)

// oldCaretLine is the rune-slice reading of a line that caretLine must
// agree with on every line, long or short.
func oldCaretLine(line string, col int) (shown, pad string) {
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

func TestCaretLineWindowsLongLines(t *testing.T) {
	for _, line := range []string{
		"short: value",
		strings.Repeat("abcdefghij", 30),
		strings.Repeat("é", 1000),
		strings.Repeat("x", 5000),
		strings.Repeat("日本語テキスト", 200),
		strings.Repeat("a\xff\xfe", 400),
		"bin\x00\xff\x1b[2J",
	} {
		for _, col := range []int{0, 1, 2, 50, 99, 100, 101, 102, 150, 199, 200, 201, 250, 999, 1000, 4999, 5000, 5001, 9999} {
			want, wantPad := oldCaretLine(line, col)
			got, gotPad := caretLine(line, col)
			assert.Equal(t, want, got, "line of %d bytes, column %d", len(line), col)
			assert.Equal(t, wantPad, gotPad, "pad: line of %d bytes, column %d", len(line), col)
		}
	}
}

func TestFormatAndLocate(t *testing.T) {
	src := []byte("id: x\nweight: zero\n  title: \"a\\u001b[2Jb\"\n")
	ps := Problems{
		{File: "p.yaml", Line: 2, Column: 9, Field: "weight", Message: "must be a number, not the text \"zero\"", Kind: ErrType},
		{File: "p.yaml", Line: 3, Field: "title", Message: "bad indentation", Kind: ErrSyntax},
		{File: "p.yaml", Message: "no line"},
	}
	ps.Locate(src)
	assert.Equal(t, 14, ps[0].Offset)
	assert.Equal(t, 4, ps[0].Length, "the word at the column")
	assert.Equal(t, "zero", string(src[ps[0].Offset:ps[0].Offset+ps[0].Length]))
	var b strings.Builder
	assert.NoError(t, ps.Format(&b, src))
	assert.Equal(t, `p.yaml:2:9: weight: must be a number, not the text "zero"
      2 | weight: zero
        |         ^
p.yaml:3: title: bad indentation
      3 |   title: "a\u001b[2Jb"
        |   ^
p.yaml: no line
`, b.String())
}

func TestSourceLine(t *testing.T) {
	src := []byte("one\ntwo\r\nthree")
	tests := []struct {
		n    int
		want string
		ok   bool
	}{
		{0, "", false}, {-1, "", false}, {1, "one", true}, {2, "two", true}, {3, "three", true}, {4, "", false},
	}
	for _, tt := range tests {
		t.Run(strconv.Itoa(tt.n), func(t *testing.T) {
			got, ok := newLineIndex(src).line(tt.n)
			assert.Equal(t, tt.ok, ok)
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestCaretLine(t *testing.T) {
	tests := []struct {
		name, line string
		col        int
		shown, pad string
	}{
		{"first column", "abc", 1, "abc", ""},
		{"third column", "abc", 3, "abc", "  "},
		{"tabs shown as spaces", "\t\tx: 1", 3, "  x: 1", "  "},
		{"multibyte", "héllo: x", 8, "héllo: x", "       "},
		{"past the end", "ab", 5, "ab", "  "},
		{"escape sequence before the caret", "a\x1b[2Jb: x", 8, `a\x1b[2Jb: x`, "          "},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			shown, pad := caretLine(tt.line, tt.col)
			assert.Equal(t, tt.shown, shown)
			assert.Equal(t, tt.pad, pad)
		})
	}
	t.Run("long line is cut around the column", func(t *testing.T) {
		long := strings.Repeat("é", 300) + "X" + strings.Repeat("é", 300)
		shown, pad := caretLine(long, 301)
		assert.True(t, utf8.ValidString(shown))
		assert.True(t, strings.HasPrefix(shown, "…") && strings.HasSuffix(shown, "…"))
		assert.Equal(t, "X", string([]rune(shown)[utf8.RuneCountInString(pad)]), "the caret stands under the column")
		assert.LessOrEqual(t, utf8.RuneCountInString(shown), maxShownLine+2)
	})
}
