package audit

import (
	"encoding/json"
	"errors"
	"fmt"
	"reflect"

	"github.com/quals-dev/quals/diag"
	"github.com/quals-dev/quals/match"
)

// ParseResults reads match results: the JSON array `quals rank --format
// json` prints, or one result as `quals match --format json` prints it.
// name is the document's name in errors.
//
// Of each result, the audit reads candidate, verdict and score (and
// posting, to tell results apart); the other fields are decoded as
// match.Result decodes them and not checked. It returns the results in
// document order and nil, or nil and Problems holding every problem found,
// each with the line and column where its result starts and its field
// ("[3].score"): a document that is not JSON or not UTF-8, that is neither
// an array nor an object, or that holds no result; a result that is not
// an object, lacks a candidate, verdict or score, has a verdict other than
// eligible, needs-info or ineligible, or a score outside 0 to 100; and a
// candidate given twice for one posting. It reads all of src, in time
// proportional to its size: the caller bounds what it reads (quals audit
// reads at most 64 MiB).
func ParseResults(name string, src []byte) ([]match.Result, error) {
	v, err := parseResults(name, src)
	return v, diag.Located(err, src)
}

func parseResults(name string, src []byte) ([]match.Result, error) {
	elems, array, ps := jsonElements(name, src, "an array of results (quals rank --format json) or one result")
	if ps != nil {
		return nil, ps
	}
	if len(elems) == 0 {
		return nil, diag.Problems{{File: name, Kind: diag.ErrEmpty, Message: "the document holds no results"}}
	}
	field := elementField
	if !array {
		field = func(int) func(string) string { return func(key string) string { return key } }
	}
	results := make([]match.Result, len(elems))
	var good []placed
	for i, e := range elems {
		at := placed{file: name, line: e.line, col: e.col, field: field(i)}
		failed := false
		fail := func(kind diag.Kind, key, format string, a ...any) {
			ps = append(ps, diag.Problem{File: name, Line: e.line, Column: e.col, Field: at.field(key), Kind: kind, Message: fmt.Sprintf(format, a...)})
			failed = true
		}
		var keys map[string]json.RawMessage
		if err := json.Unmarshal(e.raw, &keys); err != nil || keys == nil {
			fail(diag.ErrType, "", "must be a result object, not %s", jsonKind(e.raw))
			continue
		}
		for _, k := range []string{"candidate", "verdict", "score"} {
			if v, ok := keys[k]; !ok || string(v) == "null" {
				fail(diag.ErrMissing, k, "the result has no %s", k)
			}
		}
		if failed {
			continue
		}
		if err := json.Unmarshal(e.raw, &results[i]); err != nil {
			var te *json.UnmarshalTypeError
			if errors.As(err, &te) {
				fail(diag.ErrType, te.Field, "must be %s, not %s", jsonType(te.Type.Kind()), te.Value)
			} else {
				fail(diag.ErrInvalid, "", "%v", err)
			}
			continue
		}
		at.Result = results[i]
		good = append(good, at)
	}
	// Results that did not decode are reported already.
	ps = append(ps, checkResults(good)...)
	if len(ps) > 0 {
		ps.Sort()
		return nil, ps
	}
	return results, nil
}

// jsonType names the JSON type a Go kind decodes from.
func jsonType(k reflect.Kind) string {
	switch k {
	case reflect.String:
		return "text"
	case reflect.Float32, reflect.Float64, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return "a number"
	case reflect.Bool:
		return "true or false"
	case reflect.Slice, reflect.Array:
		return "an array"
	default:
		return "an object"
	}
}
