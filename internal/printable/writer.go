package printable

import (
	"io"
	"strconv"
	"unicode/utf8"
)

// Writer passes text on with every character that must not reach a
// terminal or a document as it is (Unsafe: control characters but line
// breaks and tabs, bidirectional overrides, invalid UTF-8) written as a
// visible escape: \u001b, \u202e (valid inside a JSON string as well). It is the one gate the command line's
// output goes through, so that a string from a document or a file name
// cannot drive the terminal whatever path it took. A character split
// across two writes is held until it is whole.
type Writer struct {
	w       io.Writer
	pending []byte // the start of a character the last write ended inside
}

// NewWriter returns a Writer writing to w.
func NewWriter(w io.Writer) *Writer { return &Writer{w: w} }

// Write escapes p's unsafe characters and writes the rest to the
// underlying writer. It reports len(p) written when that write succeeds.
func (s *Writer) Write(p []byte) (int, error) {
	data := p
	if len(s.pending) > 0 {
		data = append(s.pending, p...)
		s.pending = nil
	}
	out := make([]byte, 0, len(data))
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size <= 1 && !utf8.FullRune(data[i:]) {
			s.pending = append(s.pending, data[i:]...) // wait for the rest of the character
			break
		}
		switch {
		case r == '\n' || r == '\t':
			out = append(out, byte(r))
		case r == utf8.RuneError && size == 1:
			out = append(out, `\x`...)
			out = appendHex(out, uint32(data[i]), 2)
		case Unsafe(r):
			// \u, not \x: a valid escape inside a JSON string too.
			out = append(out, `\u`...)
			out = appendHex(out, uint32(r), 4)
		default:
			out = append(out, data[i:i+size]...)
		}
		i += size
	}
	if _, err := s.w.Write(out); err != nil {
		return 0, err
	}
	return len(p), nil
}

func appendHex(b []byte, v uint32, width int) []byte {
	h := strconv.FormatUint(uint64(v), 16)
	for range width - len(h) {
		b = append(b, '0')
	}
	return append(b, h...)
}

// Unwrap returns the writer underneath, for what must pass raw: a
// terminal test, the colours and the progress line the program writes
// itself.
func (s *Writer) Unwrap() io.Writer { return s.w }
