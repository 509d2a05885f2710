package audit

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"maps"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/quals-dev/quals/diag"
	"github.com/quals-dev/quals/internal/decode"
)

// MaxGroupsBytes bounds the groups document ParseGroups reads: 4 MiB, some
// 100,000 candidates.
const MaxGroupsBytes = 4 << 20

// The columns of a groups CSV, and the keys of a groups JSON object.
const (
	colCandidate = "candidate"
	colSex       = "sex"
	colRace      = "race_ethnicity"
)

var groupColumns = []string{colCandidate, colSex, colRace}

// ParseGroups reads each candidate's self-reported categories. name is the
// document's name in errors. The document is either
//
//   - CSV whose first row is the header candidate,sex,race_ethnicity (the
//     columns in any order, names without regard to case), then one row per
//     candidate; or
//   - JSON (its first character is "["): an array of objects
//     {"candidate": ..., "sex": ..., "race_ethnicity": ...}, where a missing
//     or null sex or race_ethnicity is unknown.
//
// Values are trimmed. It returns the groups and nil, or nil and Problems
// holding every problem found, each with its line (and column): a missing
// header or column, an unknown or repeated column, a row whose number of
// columns differs from the header's, a row without a candidate id, a
// candidate given twice, two spellings of a category that differ only in
// case, a document that holds no candidate, is not UTF-8 or is over
// MaxGroupsBytes.
func ParseGroups(name string, src []byte) (Groups, error) {
	v, err := parseGroups(name, src)
	return v, diag.Located(err, src)
}

func parseGroups(name string, src []byte) (Groups, error) {
	src = bytes.TrimPrefix(src, []byte("\ufeff"))
	if len(src) > MaxGroupsBytes {
		return nil, diag.Problems{{File: name, Kind: diag.ErrLimit, Message: fmt.Sprintf("document is over the size limit of %d bytes", MaxGroupsBytes)}}
	}
	if trimmed := bytes.TrimLeft(src, " \t\r\n"); len(trimmed) > 0 && (trimmed[0] == '[' || trimmed[0] == '{') {
		return parseGroupsJSON(name, src)
	}
	return parseGroupsCSV(name, src)
}

// groupReader collects groups and the problems found on the way.
type groupReader struct {
	file     string
	groups   Groups
	lines    map[string]int // where each candidate was given
	spelling [2]map[string]spelling
	problems diag.Problems
}

type spelling struct {
	name string
	line int
}

func newGroupReader(file string) *groupReader {
	return &groupReader{file: file, groups: Groups{}, lines: map[string]int{},
		spelling: [2]map[string]spelling{{}, {}}}
}

func (g *groupReader) fail(kind diag.Kind, line, col int, field, format string, a ...any) {
	g.problems = append(g.problems, diag.Problem{File: g.file, Line: line, Column: col, Field: field, Kind: kind, Message: fmt.Sprintf(format, a...)})
}

// add records one candidate's row; path is the row's field path (empty
// in a CSV) and pos gives the line and column of a column's value.
func (g *groupReader) add(path, candidate, sex, race string, pos func(col string) (int, int)) {
	candidate = strings.TrimSpace(candidate)
	line, col := pos(colCandidate)
	if candidate == "" {
		g.fail(diag.ErrMissing, line, col, decode.Join(path, colCandidate), "the row has no candidate id")
		return
	}
	if prev, dup := g.lines[candidate]; dup {
		g.fail(diag.ErrDuplicate, line, col, decode.Join(path, colCandidate), "%q already has a row, on line %d; give each candidate one row", candidate, prev)
		return
	}
	ok := true
	for i, v := range []struct{ col, value string }{{colSex, sex}, {colRace, race}} {
		name, known := normalize(v.value)
		if !known {
			continue
		}
		l, c := pos(v.col)
		key := strings.ToLower(name)
		if prev, seen := g.spelling[i][key]; seen && prev.name != name {
			g.fail(diag.ErrInvalid, l, c, decode.Join(path, v.col), "%q differs only in case from %q on line %d; spell each category one way", name, prev.name, prev.line)
			ok = false
		} else if !seen {
			g.spelling[i][key] = spelling{name, l}
		}
	}
	g.lines[candidate] = line
	if ok {
		g.groups[candidate] = Group{Sex: strings.TrimSpace(sex), RaceEthnicity: strings.TrimSpace(race)}
	}
}

func (g *groupReader) result() (Groups, error) {
	if len(g.problems) == 0 && len(g.groups) == 0 {
		g.fail(diag.ErrEmpty, 0, 0, "", "the document holds no candidate")
	}
	if len(g.problems) > 0 {
		g.problems.Sort()
		return nil, g.problems
	}
	return g.groups, nil
}

func parseGroupsCSV(name string, src []byte) (Groups, error) {
	g := newGroupReader(name)
	if !utf8.Valid(src) || bytes.IndexByte(src, 0) >= 0 {
		line, col := encodingError(src)
		g.fail(diag.ErrEncoding, line, col, "", "document is not UTF-8 text")
		return g.result()
	}
	r := csv.NewReader(bytes.NewReader(src))
	r.FieldsPerRecord = -1

	header, err := r.Read()
	if errors.Is(err, io.EOF) {
		g.fail(diag.ErrEmpty, 0, 0, "", "the document is empty; it needs the header %s and a row per candidate", strings.Join(groupColumns, ","))
		return g.result()
	}
	if err != nil {
		g.csvError(err)
		return g.result()
	}
	index, ok := g.header(header, r.FieldPos)
	if !ok {
		return g.result()
	}
	for {
		row, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			// The reader cannot find the next row reliably after a
			// broken quote: report it and stop.
			g.csvError(err)
			break
		}
		line, _ := r.FieldPos(0)
		if len(row) != len(header) {
			g.fail(diag.ErrInvalid, line, 1, "", "the row has %d columns; the header has %d (%s)", len(row), len(header), strings.Join(header, ","))
			continue
		}
		pos := func(col string) (int, int) { return r.FieldPos(index[col]) }
		g.add("", row[index[colCandidate]], row[index[colSex]], row[index[colRace]], pos)
	}
	return g.result()
}

// header checks the first row and returns each column's index.
func (g *groupReader) header(header []string, fieldPos func(int) (int, int)) (map[string]int, bool) {
	want := strings.Join(groupColumns, ",")
	known := false
	for _, h := range header {
		if _, ok := columnName(h); ok {
			known = true
		}
	}
	if !known {
		line, col := fieldPos(0)
		g.fail(diag.ErrMissing, line, col, "", "the header is missing: the first row must name the columns %s, not %q", want, strings.Join(header, ","))
		return nil, false
	}
	index := map[string]int{}
	ok := true
	for i, h := range header {
		line, col := fieldPos(i)
		c, known := columnName(h)
		if !known {
			g.fail(diag.ErrUnknownKey, line, col, "", "unknown column %q; the columns are %s", strings.TrimSpace(h), want)
			ok = false
			continue
		}
		if _, dup := index[c]; dup {
			g.fail(diag.ErrDuplicate, line, col, "", "the column %s appears twice", c)
			ok = false
			continue
		}
		index[c] = i
	}
	for _, c := range groupColumns {
		if _, found := index[c]; !found {
			line, _ := fieldPos(0)
			g.fail(diag.ErrMissing, line, 1, "", "the header lacks the column %s; it must name %s", c, want)
			ok = false
		}
	}
	return index, ok
}

// columnName recognizes a header cell.
func columnName(h string) (string, bool) {
	h = strings.ToLower(strings.TrimSpace(h))
	for _, c := range groupColumns {
		if h == c {
			return c, true
		}
	}
	return "", false
}

func (g *groupReader) csvError(err error) {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		msg := fmt.Sprintf("invalid CSV: %v", pe.Err)
		if pe.StartLine != pe.Line {
			msg += fmt.Sprintf(" (in the row starting on line %d)", pe.StartLine)
		}
		g.fail(diag.ErrSyntax, pe.Line, pe.Column, "", "%s", msg)
		return
	}
	g.fail(diag.ErrSyntax, 0, 0, "", "invalid CSV: %v", err)
}

// encodingError finds the first invalid byte or NUL.
func encodingError(src []byte) (line, col int) {
	off := 0
	for off < len(src) {
		r, size := utf8.DecodeRune(src[off:])
		if (r == utf8.RuneError && size == 1) || r == 0 {
			break
		}
		off += size
	}
	return position(src, off)
}

// position turns a byte offset into a 1-based line and column (in
// characters).
func position(src []byte, off int) (line, col int) {
	off = min(max(off, 0), len(src))
	line = 1 + bytes.Count(src[:off], []byte{'\n'})
	start := bytes.LastIndexByte(src[:off], '\n') + 1
	return line, 1 + utf8.RuneCount(src[start:off])
}

func parseGroupsJSON(name string, src []byte) (Groups, error) {
	const want = `an array of {"candidate", "sex", "race_ethnicity"} objects`
	elems, array, ps := jsonElements(name, src, want)
	if ps != nil {
		return nil, ps
	}
	g := newGroupReader(name)
	if !array {
		g.fail(diag.ErrType, elems[0].line, elems[0].col, "", "must be %s, not one object", want)
		return g.result()
	}
	for i, e := range elems {
		path := "[" + strconv.Itoa(i) + "]"
		at := func(string) (int, int) { return e.line, e.col }
		var obj map[string]json.RawMessage
		if err := json.Unmarshal(e.raw, &obj); err != nil || obj == nil {
			g.fail(diag.ErrType, e.line, e.col, path, "must be an object with candidate, sex and race_ethnicity, not %s", jsonKind(e.raw))
			continue
		}
		keys := slices.Sorted(maps.Keys(obj))
		values := map[string]string{}
		ok := true
		for _, k := range keys {
			if !slices.Contains(groupColumns, k) {
				g.fail(diag.ErrUnknownKey, e.line, e.col, decode.Join(path, k), "unknown key %q; the keys are %s", k, strings.Join(groupColumns, ", "))
				ok = false
				continue
			}
			var v any
			dec := json.NewDecoder(bytes.NewReader(obj[k]))
			dec.UseNumber()
			if err := dec.Decode(&v); err != nil {
				ok = false
				continue
			}
			switch v := v.(type) {
			case nil:
			case string:
				values[k] = v
			case json.Number:
				values[k] = v.String()
			default:
				g.fail(diag.ErrType, e.line, e.col, decode.Join(path, k), "must be text, not %s", jsonKind(obj[k]))
				ok = false
			}
		}
		if ok {
			g.add(path, values[colCandidate], values[colSex], values[colRace], at)
		}
	}
	return g.result()
}
