package decode

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// ParseJSON parses a JSON document strictly (it must be JSON, not YAML) into
// the same node tree ParseYAML gives, with lines and columns.
//
// The standard library's scanner validates the document first, and reports
// the offending byte of a malformed one exactly; the tree is then built by
// a single pass over bytes known to be well-formed, which is several times
// faster than reading them as tokens from a json.Decoder.
func ParseJSON(file string, data []byte, lim Limits) (*yaml.Node, error) {
	if err := checkBytes(file, data, lim); err != nil {
		return nil, err
	}
	if bytes.HasPrefix(data, []byte("\xef\xbb\xbf")) {
		// A byte-order mark, as some editors write: blanks, so that every
		// offset and column stays where it was.
		data = append([]byte("   "), data[3:]...)
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, nil
	}
	if !json.Valid(data) {
		var raw json.RawMessage
		err := json.Unmarshal(data, &raw)
		if err != nil && strings.Contains(err.Error(), "exceeded max depth") {
			return nil, Problems{{File: file, Line: 1, Kind: ErrLimit, Message: fmt.Sprintf("document nests deeper than %d levels", lim.MaxDepth)}}
		}
		return nil, jsonSyntaxProblem(file, data, err)
	}
	p := jsonParser{file: file, data: data, lim: lim}
	return p.value(p.skipSpace(0), 0)
}

func jsonSyntaxProblem(file string, data []byte, err error) error {
	off, msg := len(data), "unexpected end of document"
	if err != nil {
		msg = err.Error()
	}
	var syn *json.SyntaxError
	if errors.As(err, &syn) {
		off = int(syn.Offset) - 1
		if msg == "unexpected end of JSON input" {
			off, msg = len(data), "unexpected end of document"
		}
	}
	line, col := position(data, max(0, off))
	return Problems{{File: file, Line: line, Column: col, Kind: ErrSyntax, Message: "invalid JSON: " + msg}}
}

// jsonParser builds the node tree of a document json.Valid accepted, so it
// need not check the grammar again: only the limits.
type jsonParser struct {
	file  string
	data  []byte
	lim   Limits
	nodes int
	at    cursor
}

// cursor turns increasing byte offsets into lines and columns, scanning
// each byte once: computing every value's position from the start would be
// quadratic in a long one-line document.
type cursor struct {
	off, line, col int
}

func (c *cursor) advance(data []byte, off int) (line, col int) {
	if c.line == 0 {
		c.line, c.col = 1, 1
	}
	if off < c.off {
		return position(data, off)
	}
	seg := data[c.off:off]
	if i := bytes.LastIndexByte(seg, '\n'); i >= 0 {
		c.line += bytes.Count(seg, []byte{'\n'})
		c.col = 1 + utf8.RuneCount(seg[i+1:])
	} else {
		c.col += utf8.RuneCount(seg)
	}
	c.off = off
	return c.line, c.col
}

func (p *jsonParser) skipSpace(off int) int {
	for off < len(p.data) {
		switch p.data[off] {
		case ' ', '\t', '\r', '\n':
			off++
		default:
			return off
		}
	}
	return off
}

// value reads the value starting at off and returns its node; p.at.off is
// then just past it.
func (p *jsonParser) value(off, depth int) (*yaml.Node, error) {
	line, col := p.at.advance(p.data, off)
	p.nodes++
	if p.lim.MaxValues > 0 && p.nodes > p.lim.MaxValues {
		return nil, Problems{{File: p.file, Line: line, Column: col, Kind: ErrLimit,
			Message: fmt.Sprintf("document holds more than %d values", p.lim.MaxValues)}}
	}
	if p.lim.MaxDepth > 0 && depth > p.lim.MaxDepth {
		return nil, Problems{{File: p.file, Line: line, Column: col, Kind: ErrLimit,
			Message: fmt.Sprintf("document nests deeper than %d levels", p.lim.MaxDepth)}}
	}
	n := &yaml.Node{Line: line, Column: col, Kind: yaml.ScalarNode}
	switch c := p.data[off]; c {
	case '{', '[':
		n.Kind, n.Tag = yaml.MappingNode, "!!map"
		if c == '[' {
			n.Kind, n.Tag = yaml.SequenceNode, "!!seq"
		}
		end := byte('}')
		if c == '[' {
			end = ']'
		}
		next := p.skipSpace(off + 1)
		for p.data[next] != end {
			item, err := p.value(next, depth+1)
			if err != nil {
				return nil, err
			}
			n.Content = append(n.Content, item)
			next = p.skipSpace(p.at.off)
			if c == '{' { // the colon, then the member's value
				val, err := p.value(p.skipSpace(next+1), depth+1)
				if err != nil {
					return nil, err
				}
				n.Content = append(n.Content, val)
				next = p.skipSpace(p.at.off)
			}
			if p.data[next] == ',' {
				next = p.skipSpace(next + 1)
			}
		}
		p.at.advance(p.data, next+1)
	case '"':
		end := off + 1
		escaped := false
		for p.data[end] != '"' {
			if p.data[end] == '\\' {
				escaped = true
				end++
			}
			end++
		}
		n.Tag, n.Style = "!!str", yaml.DoubleQuotedStyle
		if escaped {
			// Escapes are rare in documents: the standard library reads them.
			if err := json.Unmarshal(p.data[off:end+1], &n.Value); err != nil {
				return nil, jsonSyntaxProblem(p.file, p.data, err)
			}
		} else {
			n.Value = string(p.data[off+1 : end])
		}
		p.at.advance(p.data, end+1)
	case 't':
		n.Value, n.Tag = "true", "!!bool"
		p.at.advance(p.data, off+len("true"))
	case 'f':
		n.Value, n.Tag = "false", "!!bool"
		p.at.advance(p.data, off+len("false"))
	case 'n':
		n.Value, n.Tag = "null", "!!null"
		p.at.advance(p.data, off+len("null"))
	default: // a number
		end := off + 1
		for end < len(p.data) && strings.IndexByte("0123456789+-.eE", p.data[end]) >= 0 {
			end++
		}
		n.Value, n.Tag = string(p.data[off:end]), "!!int"
		if bytes.ContainsAny(p.data[off:end], ".eE") {
			n.Tag = "!!float"
		}
		p.at.advance(p.data, end)
	}
	if err := checkNode(p.lim, p.file, n); err != nil {
		return nil, err
	}
	return n, nil
}
