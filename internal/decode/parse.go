package decode

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/quals-dev/quals/diag"
	"go.yaml.in/yaml/v3"
)

// Limits are the public limits; DefaultLimits, the defaults.
type Limits = diag.Limits

// DefaultLimits are diag.DefaultLimits().
var DefaultLimits = diag.DefaultLimits()

// checkNode enforces the per-value limits on one node.
func checkNode(lim Limits, file string, n *yaml.Node) error {
	if lim.MaxValueBytes > 0 && n.Kind == yaml.ScalarNode && len(n.Value) > lim.MaxValueBytes {
		return Problems{{File: file, Line: n.Line, Column: n.Column, Kind: ErrLimit,
			Message: fmt.Sprintf("a value of %d bytes is over the limit of %d", len(n.Value), lim.MaxValueBytes)}}
	}
	items := len(n.Content)
	if n.Kind == yaml.MappingNode {
		items /= 2
	}
	if lim.MaxItems > 0 && (n.Kind == yaml.SequenceNode || n.Kind == yaml.MappingNode) && items > lim.MaxItems {
		return Problems{{File: file, Line: n.Line, Column: n.Column, Kind: ErrLimit,
			Message: fmt.Sprintf("a list of %d items is over the limit of %d", items, lim.MaxItems)}}
	}
	return nil
}

// ParseYAML parses one YAML document into its root node (a mapping, or
// whatever the document holds). An empty document gives a nil node.
func ParseYAML(file string, data []byte, lim Limits) (*yaml.Node, error) {
	if err := checkBytes(file, data, lim); err != nil {
		return nil, err
	}
	var doc yaml.Node
	dec := yaml.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&doc); err != nil {
		if errors.Is(err, io.EOF) {
			return nil, nil
		}
		if strings.Contains(err.Error(), "exceeded max depth") {
			return nil, Problems{{File: file, Line: 1, Kind: ErrLimit, Message: fmt.Sprintf("document nests deeper than %d levels", lim.MaxDepth)}}
		}
		return nil, Problems{yamlProblem(file, data, err)}
	}
	var extra yaml.Node
	if err := dec.Decode(&extra); err == nil {
		return nil, Problems{{File: file, Line: extra.Line, Column: extra.Column, Kind: ErrSyntax,
			Message: "a second YAML document follows the first; a file holds one document"}}
	}
	root := &doc
	if root.Kind == yaml.DocumentNode {
		if len(root.Content) == 0 {
			return nil, nil
		}
		root = root.Content[0]
	}
	if err := checkTree(file, root, lim); err != nil {
		return nil, err
	}
	return root, nil
}

var yamlLine = regexp.MustCompile(`^yaml: (?:line (\d+): )?(.*)$`)

// yamlProblem turns the YAML parser's "yaml: line N: msg" into a Problem.
// The parser names the line of the enclosing block for some errors (a key
// indented wrongly under a list item), so in a document of at most
// maxRefinedBytes the line is found again: the first line whose prefix of
// the document fails with the same message.
func yamlProblem(file string, data []byte, err error) Problem {
	p := Problem{File: file, Message: err.Error(), Kind: ErrSyntax}
	m := yamlLine.FindStringSubmatch(err.Error())
	if m == nil {
		return p
	}
	p.Line, _ = strconv.Atoi(m[1])
	p.Message = "invalid YAML: " + m[2]
	for _, h := range yamlHints {
		if strings.HasPrefix(m[2], h.parser) {
			p.Message = "invalid YAML: " + h.plain + " (the parser says: " + m[2] + ")"
			break
		}
	}
	// The refinement re-parses prefixes: worth it on a document written by
	// hand, not on megabytes, where the parser's own line stands.
	if len(data) <= maxRefinedBytes {
		if line := firstFailingLine(data, m[2]); line > 0 {
			p.Line = line
		}
	}
	return p
}

// maxRefinedBytes bounds the documents whose syntax errors are located by
// re-parsing: about 17 parses of up to this many bytes.
const maxRefinedBytes = 256 << 10

// yamlHints say in plain words what the YAML parser's most common
// messages mean for someone writing a posting by hand.
var yamlHints = []struct{ parser, plain string }{
	{"did not find expected '-' indicator", "this line is indented differently from the lines around it"},
	{"did not find expected key", "this line is indented differently from the lines around it"},
	{"mapping values are not allowed in this context", "a colon and a space cannot stand here; quote the value, or fix the indentation"},
	{"found character that cannot start any token", "a character that cannot start a value here (YAML does not allow tabs for indentation)"},
	{"could not find expected ':'", "a key is missing its colon"},
	{"did not find expected ',' or ']'", "a [list] is not closed, or its items are not separated by commas"},
	{"did not find expected ',' or '}'", "a {mapping} is not closed, or its entries are not separated by commas"},
	{"found unexpected end of stream", "the document ends inside a value; is a quote or bracket left open?"},
}

// firstFailingLine binary-searches the shortest prefix of whole lines that
// fails to parse with msg; 0 when none does (the error needs the whole
// document, like an unclosed bracket).
func firstFailingLine(data []byte, msg string) int {
	ends := []int{}
	for i, b := range data {
		if b == '\n' {
			ends = append(ends, i+1)
		}
	}
	if len(ends) == 0 || ends[len(ends)-1] != len(data) {
		ends = append(ends, len(data))
	}
	fails := func(k int) bool {
		var n yaml.Node
		err := yaml.Unmarshal(data[:ends[k]], &n)
		if err == nil {
			return false
		}
		m := yamlLine.FindStringSubmatch(err.Error())
		return m != nil && m[2] == msg
	}
	lo, hi := 0, len(ends)-1
	if !fails(hi) {
		return 0
	}
	for lo < hi {
		mid := (lo + hi) / 2
		if fails(mid) {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return lo + 1
}

func checkBytes(file string, data []byte, lim Limits) error {
	if lim.MaxBytes > 0 && len(data) > lim.MaxBytes {
		return Problems{{File: file, Kind: ErrLimit, Message: fmt.Sprintf("document is over the size limit of %d bytes", lim.MaxBytes)}}
	}
	if bytes.HasPrefix(data, []byte("\xff\xfe")) || bytes.HasPrefix(data, []byte("\xfe\xff")) {
		return Problems{{File: file, Line: 1, Column: 1, Kind: ErrEncoding, Message: "the document is UTF-16 (it opens with a UTF-16 byte-order mark); save it as UTF-8"}}
	}
	if !utf8.Valid(data) {
		off := invalidUTF8(data)
		line, col := position(data, off)
		return Problems{{File: file, Line: line, Column: col, Kind: ErrEncoding, Message: "document is not valid UTF-8"}}
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		line, col := position(data, i)
		return Problems{{File: file, Line: line, Column: col, Kind: ErrEncoding, Message: "document holds a NUL byte"}}
	}
	return nil
}

func invalidUTF8(data []byte) int {
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size == 1 {
			return i
		}
		i += size
	}
	return len(data)
}

// checkTree enforces depth and node-count limits, following aliases, so an
// alias bomb is refused before anything walks it.
func checkTree(file string, root *yaml.Node, lim Limits) error {
	count := 0
	var walk func(n *yaml.Node, depth int) error
	walk = func(n *yaml.Node, depth int) error {
		count++
		if lim.MaxValues > 0 && count > lim.MaxValues {
			return Problems{{File: file, Line: n.Line, Column: n.Column, Kind: ErrLimit,
				Message: fmt.Sprintf("document holds more than %d values (counting alias expansions)", lim.MaxValues)}}
		}
		if lim.MaxDepth > 0 && depth > lim.MaxDepth {
			return Problems{{File: file, Line: n.Line, Column: n.Column, Kind: ErrLimit,
				Message: fmt.Sprintf("document nests deeper than %d levels", lim.MaxDepth)}}
		}
		if err := checkNode(lim, file, n); err != nil {
			return err
		}
		if n.Style&yaml.TaggedStyle != 0 {
			// "!!binary", "!!python/object": a tag asks the reader to build
			// a value of its own kind; quals reads none and says so.
			return Problems{{File: file, Line: n.Line, Column: n.Column, Kind: ErrSyntax,
				Message: fmt.Sprintf("the YAML tag %q is not read; write the value without it", n.Tag)}}
		}
		if n.Kind == yaml.AliasNode && n.Alias != nil {
			return walk(n.Alias, depth+1)
		}
		for _, c := range n.Content {
			if err := walk(c, depth+1); err != nil {
				return err
			}
		}
		return nil
	}
	return walk(root, 0)
}

// position converts a byte offset into a 1-based line and a 1-based column
// counted in characters.
func position(data []byte, off int) (line, col int) {
	if off > len(data) {
		off = len(data)
	}
	line = 1 + bytes.Count(data[:off], []byte{'\n'})
	lineStart := bytes.LastIndexByte(data[:off], '\n') + 1
	col = 1 + utf8.RuneCount(data[lineStart:off])
	return line, col
}
