package audit

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"unicode/utf8"

	"github.com/quals-dev/quals/diag"
)

// element is one object of a JSON document, with where it starts.
type element struct {
	raw       json.RawMessage
	line, col int
}

// jsonElements splits a JSON document holding one object, or an array of
// them, into its elements. array says which it was. A document that is
// not valid JSON gives one ErrSyntax problem with its position; what
// names the elements expected, for the message when the document is
// neither an object nor an array.
func jsonElements(name string, src []byte, what string) (elems []element, array bool, ps diag.Problems) {
	if !utf8.Valid(src) || bytes.IndexByte(src, 0) >= 0 {
		line, col := encodingError(src)
		return nil, false, diag.Problems{{File: name, Line: line, Column: col, Kind: diag.ErrEncoding, Message: "document is not UTF-8 text"}}
	}
	var whole json.RawMessage
	if err := json.Unmarshal(src, &whole); err != nil {
		off, msg := len(src), err.Error()
		var syn *json.SyntaxError
		if errors.As(err, &syn) {
			off = int(syn.Offset) - 1
			if msg == "unexpected end of JSON input" {
				off, msg = len(src), "unexpected end of document"
			}
		}
		line, col := position(src, off)
		return nil, false, diag.Problems{{File: name, Line: line, Column: col, Kind: diag.ErrSyntax, Message: "invalid JSON: " + msg}}
	}
	start := skipSpace(src, 0)
	line, col := position(src, start)
	switch src[start] {
	case '{':
		return []element{{raw: whole, line: line, col: col}}, false, nil
	case '[':
	default:
		return nil, false, diag.Problems{{File: name, Line: line, Column: col, Kind: diag.ErrType, Message: "must be " + what}}
	}
	dec := json.NewDecoder(bytes.NewReader(src))
	if _, err := dec.Token(); err != nil {
		return nil, true, diag.Problems{{File: name, Line: line, Column: col, Kind: diag.ErrSyntax, Message: fmt.Sprintf("invalid JSON: %v", err)}}
	}
	cur := cursor{src: src, line: 1, col: 1}
	for dec.More() {
		off := skipSpace(src, int(dec.InputOffset()))
		line, col := cur.at(off)
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return nil, true, diag.Problems{{File: name, Line: line, Column: col, Kind: diag.ErrSyntax, Message: fmt.Sprintf("invalid JSON: %v", err)}}
		}
		elems = append(elems, element{raw: raw, line: line, col: col})
	}
	return elems, true, nil
}

// cursor turns increasing byte offsets into lines and columns, scanning
// the document once however many elements it holds (position would scan
// it again for each).
type cursor struct {
	src       []byte
	off       int // where line and col are
	line, col int
}

func (c *cursor) at(off int) (line, col int) {
	if off < c.off {
		c.off, c.line, c.col = 0, 1, 1
	}
	seg := c.src[c.off:off]
	if n := bytes.Count(seg, []byte{'\n'}); n > 0 {
		c.line += n
		c.col = 1
		seg = seg[bytes.LastIndexByte(seg, '\n')+1:]
	}
	c.col += utf8.RuneCount(seg)
	c.off = off
	return c.line, c.col
}

// skipSpace returns the offset of the first byte at or after off that is
// neither white space nor the comma between array elements.
func skipSpace(src []byte, off int) int {
	for off < len(src) && bytes.IndexByte([]byte(" \t\r\n,"), src[off]) >= 0 {
		off++
	}
	return min(off, len(src)-1)
}

// jsonKind names a JSON value's type for messages.
func jsonKind(raw json.RawMessage) string {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 {
		return "nothing"
	}
	switch raw[0] {
	case '{':
		return "an object"
	case '[':
		return "an array"
	case '"':
		return "text"
	case 't', 'f':
		return "a boolean"
	case 'n':
		return "null"
	default:
		return "the number " + string(raw)
	}
}
