package diag

import (
	"fmt"
	"slices"
	"strings"
)

// Severity says whether a problem stops a document from loading.
type Severity int

const (
	// Error problems make loading fail.
	Error Severity = iota
	// Warning problems are reported but the document still loads (an unknown
	// key that the format allows, for example).
	Warning
)

// Kind is the kind of a problem. The kinds are errors themselves, so a
// caller can ask errors.Is(err, diag.ErrUnknownKey) of what a loader
// returned.
type Kind uint8

const (
	ErrInvalid    Kind = iota // a value that cannot be right (a weight of 0, a date with month 13)
	ErrSyntax                 // the document is not well-formed YAML or JSON
	ErrEncoding               // not UTF-8, or holds a NUL byte
	ErrLimit                  // over a size, depth or count limit
	ErrType                   // a value of the wrong type (a list where a number belongs)
	ErrUnknownKey             // a key the format does not define
	ErrDuplicate              // a key or id given twice
	ErrMissing                // something required is absent
	ErrEmpty                  // the document holds nothing
)

var kindText = [...]string{"invalid value", "syntax error", "invalid encoding", "over a limit", "wrong type", "unknown key", "duplicate", "missing value", "empty document"}

// Error names the kind.
func (k Kind) Error() string {
	if int(k) < len(kindText) {
		return kindText[k]
	}
	return "problem"
}

// Problem is one thing wrong with a document, at a position.
type Problem struct {
	File   string // the name the caller gave the document; may be empty
	Line   int    // 1-based; 0 when the problem has no position
	Column int    // 1-based, in characters; 0 when unknown
	// Offset and Length are the bytes of the source the problem is about,
	// when known (Length 0: not known). Locate sets them from Line and
	// Column.
	Offset, Length int
	Field          string   // dotted path of the field, e.g. "required[2].weight"; may be empty
	Message        string   // what is wrong, lowercase, no trailing period
	Severity       Severity // Error or Warning
	Kind           Kind     // what kind of problem it is
}

// Is reports whether the problem is of the kind target names.
func (p Problem) Is(target error) bool {
	k, ok := target.(Kind)
	return ok && k == p.Kind
}

// Error returns the problem on one line: "file:line:col: field: message".
func (p Problem) Error() string {
	var b strings.Builder
	if p.File != "" {
		b.WriteString(p.File)
	}
	if p.Line > 0 {
		if b.Len() > 0 {
			b.WriteByte(':')
		}
		fmt.Fprintf(&b, "%d", p.Line)
		if p.Column > 0 {
			fmt.Fprintf(&b, ":%d", p.Column)
		}
	}
	if b.Len() > 0 {
		b.WriteString(": ")
	}
	if p.Field != "" {
		b.WriteString(p.Field)
		b.WriteString(": ")
	}
	if p.Severity == Warning {
		b.WriteString("warning: ")
	}
	b.WriteString(p.Message)
	return b.String()
}

// Problems is every problem found in one document, in document order.
// As an error it stands for the documents's errors; warnings ride along.
type Problems []Problem

// Error returns the first error and how many more there are, on one line.
// Range over the slice (or use errors.As) for all of them.
func (ps Problems) Error() string {
	errs := ps.Errors()
	switch len(errs) {
	case 0:
		return "no problems"
	case 1:
		return errs[0].Error()
	default:
		return fmt.Sprintf("%s (and %d more problems)", errs[0].Error(), len(errs)-1)
	}
}

// Is reports whether any error of the list is of the kind target names:
// errors.Is(err, ErrUnknownKey).
func (ps Problems) Is(target error) bool {
	for _, p := range ps {
		if p.Severity == Error && p.Is(target) {
			return true
		}
	}
	return false
}

// Errors returns only the problems of Error severity.
func (ps Problems) Errors() Problems {
	var out Problems
	for _, p := range ps {
		if p.Severity == Error {
			out = append(out, p)
		}
	}
	return out
}

// Warnings returns only the problems of Warning severity.
func (ps Problems) Warnings() Problems {
	var out Problems
	for _, p := range ps {
		if p.Severity == Warning {
			out = append(out, p)
		}
	}
	return out
}

// Sort orders the problems by position, keeping the order of problems at
// the same place (and of those without one, which go first).
func (ps Problems) Sort() {
	slices.SortStableFunc(ps, func(a, b Problem) int {
		if a.Line != b.Line {
			return a.Line - b.Line
		}
		return a.Column - b.Column
	})
}

// Err returns ps as an error when it holds at least one Error, else nil.
func (ps Problems) Err() error {
	for _, p := range ps {
		if p.Severity == Error {
			return ps
		}
	}
	return nil
}
