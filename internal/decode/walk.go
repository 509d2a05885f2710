package decode

import (
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
)

// Walker reads a node tree into Go values, collecting every problem.
// The zero value is not ready: set File (and UnknownKeys for formats that
// allow extra keys).
type Walker struct {
	File        string
	UnknownKeys Severity // how to report a key no handler knows: Error or Warning
	Problems    Problems
	dropped     int // problems past MaxProblems, counted in the last one
}

// MaxProblems is how many problems a document collects; past it, the last
// problem says how many more were found. A hostile document of thousands
// of bad keys costs a bounded list, as a compiler stops listing errors.
const MaxProblems = 1000

// Errorf records an error of kind ErrInvalid at n about field.
func (w *Walker) Errorf(n *yaml.Node, field, format string, args ...any) {
	w.add(n, field, Error, ErrInvalid, fmt.Sprintf(format, args...))
}

// Failf records an error of the given kind at n about field.
func (w *Walker) Failf(kind Kind, n *yaml.Node, field, format string, args ...any) {
	w.add(n, field, Error, kind, fmt.Sprintf(format, args...))
}

// Warnf records a warning at n about field.
func (w *Walker) Warnf(n *yaml.Node, field, format string, args ...any) {
	w.add(n, field, Warning, ErrInvalid, fmt.Sprintf(format, args...))
}

func (w *Walker) add(n *yaml.Node, field string, sev Severity, kind Kind, msg string) {
	if len(w.Problems) >= MaxProblems {
		w.dropped++
		last := &w.Problems[len(w.Problems)-1]
		if w.dropped == 1 {
			*last = Problem{File: w.File, Line: last.Line, Column: last.Column, Kind: ErrLimit, Severity: last.Severity}
		}
		if sev == Error {
			last.Severity = Error // the document fails if any problem left out is an error
		}
		last.Message = fmt.Sprintf("and %d more problems, not listed (a document lists at most %d)", w.dropped+1, MaxProblems-1)
		return
	}
	p := Problem{File: w.File, Field: field, Message: msg, Severity: sev, Kind: kind}
	if n != nil {
		p.Line, p.Column = n.Line, n.Column
	}
	w.Problems = append(w.Problems, p)
}

// Field is one known key of a mapping and what to do with its value.
type Field struct {
	Key  string
	Read func(value *yaml.Node, path string)
}

// Resolve follows a YAML alias to the node it names.
func Resolve(n *yaml.Node) *yaml.Node {
	for n != nil && n.Kind == yaml.AliasNode {
		n = n.Alias
	}
	return n
}

// Find follows a path of mapping keys (string) and sequence indexes (int)
// from n, returning the node there or nil. It lets a check that runs after
// decoding still point at the value it is about.
func Find(n *yaml.Node, path ...any) *yaml.Node {
	for _, step := range path {
		n = Resolve(n)
		if n == nil {
			return nil
		}
		switch s := step.(type) {
		case string:
			if n.Kind != yaml.MappingNode {
				return nil
			}
			var next *yaml.Node
			for i := 0; i+1 < len(n.Content); i += 2 {
				if n.Content[i].Value == s {
					next = n.Content[i+1]
				}
			}
			n = next
		case int:
			if n.Kind != yaml.SequenceNode || s < 0 || s >= len(n.Content) {
				return nil
			}
			n = n.Content[s]
		default:
			return nil
		}
	}
	return Resolve(n)
}

// IsNull reports whether n is absent or an explicit null.
func IsNull(n *yaml.Node) bool {
	n = Resolve(n)
	return n == nil || (n.Kind == yaml.ScalarNode && n.Tag == "!!null")
}

// Join builds a field path: Join("required[1]", "degree") = "required[1].degree".
func Join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

// Index builds a field path for a sequence item: Index("required", 2) = "required[2]".
func Index(path string, i int) string {
	return path + "[" + strconv.Itoa(i) + "]"
}

// Mapping walks a mapping node, calling each field's Read for the keys it
// knows and reporting unknown and duplicate keys. It reports false when n is
// not a mapping.
func (w *Walker) Mapping(n *yaml.Node, path string, fields ...Field) bool {
	n = Resolve(n)
	if n == nil {
		return false
	}
	if n.Kind != yaml.MappingNode {
		w.Failf(ErrType, n, path, "must be a mapping of keys to values, not %s", describe(n))
		return false
	}
	seen := make(map[string]bool, len(n.Content)/2)
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := Resolve(n.Content[i]), n.Content[i+1]
		if k.Kind != yaml.ScalarNode {
			w.Failf(ErrType, k, path, "a key must be a plain name, not %s", describe(k))
			continue
		}
		if k.Value == "<<" {
			w.Failf(ErrSyntax, k, path, "YAML merge keys (<<) are not supported; write the keys out")
			continue
		}
		fieldPath := Join(path, k.Value)
		if seen[k.Value] {
			w.Failf(ErrDuplicate, k, fieldPath, "key appears twice")
			continue
		}
		seen[k.Value] = true
		found := false
		for _, f := range fields {
			if f.Key == k.Value {
				f.Read(v, fieldPath)
				found = true
				break
			}
		}
		if !found {
			w.add(k, fieldPath, w.UnknownKeys, ErrUnknownKey, unknownKeyMessage(k.Value, fields))
		}
	}
	return true
}

func unknownKeyMessage(key string, fields []Field) string {
	known := make([]string, len(fields))
	for i, f := range fields {
		known[i] = f.Key
	}
	sort.Strings(known)
	if s := closest(key, known); s != "" {
		return fmt.Sprintf("unknown key %q (did you mean %q?)", key, s)
	}
	return fmt.Sprintf("unknown key %q; known keys are %s", key, strings.Join(known, ", "))
}

// closest returns the known key within edit distance 2 of key, if any.
func closest(key string, known []string) string {
	best, bestDist := "", 3
	for _, k := range known {
		if d := editDistance(strings.ToLower(key), k); d < bestDist {
			best, bestDist = k, d
		}
	}
	return best
}

func editDistance(a, b string) int {
	if len(a) > 64 || len(b) > 64 {
		return 99
	}
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// Sequence walks a sequence node, calling each for every item.
func (w *Walker) Sequence(n *yaml.Node, path string, each func(i int, item *yaml.Node, path string)) bool {
	n = Resolve(n)
	if IsNull(n) {
		return false
	}
	if n.Kind != yaml.SequenceNode {
		w.Failf(ErrType, n, path, "must be a list, not %s", describe(n))
		return false
	}
	for i, item := range n.Content {
		each(i, item, Index(path, i))
	}
	return true
}

// scalar returns n's text when it is a scalar other than null.
func (w *Walker) scalar(n *yaml.Node, path, want string) (*yaml.Node, bool) {
	n = Resolve(n)
	if IsNull(n) {
		return n, false
	}
	if n.Kind != yaml.ScalarNode {
		w.Failf(ErrType, n, path, "must be %s, not %s", want, describe(n))
		return n, false
	}
	return n, true
}

// String reads a text value. A number or boolean is taken as its text (a
// title of 2026, a résumé "score": 3.9), since refusing it helps nobody.
func (w *Walker) String(n *yaml.Node, path string) (string, bool) {
	n, ok := w.scalar(n, path, "text")
	if !ok {
		return "", false
	}
	return n.Value, true
}

// StringStrict reads a value that must be text, refusing numbers and booleans.
func (w *Walker) StringStrict(n *yaml.Node, path string) (string, bool) {
	n, ok := w.scalar(n, path, "text")
	if !ok {
		return "", false
	}
	if n.Tag != "!!str" && n.Tag != "!!timestamp" {
		w.Failf(ErrType, n, path, "must be text, not %s", describe(n))
		return "", false
	}
	return n.Value, true
}

// Float reads a finite number.
func (w *Walker) Float(n *yaml.Node, path string) (float64, bool) {
	n, ok := w.scalar(n, path, "a number")
	if !ok {
		return 0, false
	}
	if n.Tag != "!!int" && n.Tag != "!!float" {
		w.Failf(ErrType, n, path, "must be a number, not %s", describe(n))
		return 0, false
	}
	f, err := strconv.ParseFloat(strings.ReplaceAll(n.Value, "_", ""), 64)
	if err != nil || math.IsNaN(f) || math.IsInf(f, 0) {
		w.Errorf(n, path, "must be a finite number, not %q", n.Value)
		return 0, false
	}
	return f, true
}

// Int reads a whole number.
func (w *Walker) Int(n *yaml.Node, path string) (int, bool) {
	f, ok := w.Float(n, path)
	if !ok {
		return 0, false
	}
	if f != math.Trunc(f) || math.Abs(f) > 1e9 {
		w.Errorf(Resolve(n), path, "must be a whole number, not %s", Resolve(n).Value)
		return 0, false
	}
	return int(f), true
}

// Bool reads true or false.
func (w *Walker) Bool(n *yaml.Node, path string) (bool, bool) {
	n, ok := w.scalar(n, path, "true or false")
	if !ok {
		return false, false
	}
	if n.Tag != "!!bool" {
		w.Failf(ErrType, n, path, "must be true or false, not %s", describe(n))
		return false, false
	}
	return n.Value == "true" || n.Value == "True" || n.Value == "TRUE", true
}

// Strings reads a list of text values; a single text value is taken as a
// list of one, as people often write `any: Python`.
func (w *Walker) Strings(n *yaml.Node, path string) []string {
	r := Resolve(n)
	if IsNull(r) {
		return nil
	}
	if r.Kind == yaml.ScalarNode {
		s, ok := w.String(r, path)
		if !ok {
			return nil
		}
		return []string{s}
	}
	var out []string
	w.Sequence(r, path, func(i int, item *yaml.Node, p string) {
		if s, ok := w.String(item, p); ok {
			out = append(out, s)
		}
	})
	return out
}

// describe names a node's kind for error messages.
func describe(n *yaml.Node) string {
	n = Resolve(n)
	if n == nil {
		return "nothing"
	}
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	case yaml.ScalarNode:
		switch n.Tag {
		case "!!int", "!!float":
			return "the number " + n.Value
		case "!!bool":
			return "the boolean " + n.Value
		case "!!null":
			return "null"
		default:
			return fmt.Sprintf("the text %q", truncate(n.Value, 40))
		}
	}
	return "an unsupported value"
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := n
	for cut > 0 && s[cut]&0xC0 == 0x80 {
		cut--
	}
	return s[:cut] + "…"
}
