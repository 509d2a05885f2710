// Package diag is how every loader of quals reports what is wrong with a
// document: a Problem per fault, with the file, line, column and byte span
// it is at, the dotted path of the field, a one-line message, a Severity
// (an Error stops the document from loading; a Warning does not) and a
// Kind that errors.Is can test for.
//
// Loading a posting (package requirements), a profile (package profile) or
// a group file (package audit) returns Problems as its error:
//
//	_, err := requirements.LoadFile("posting.yaml")
//	var ps diag.Problems
//	if errors.As(err, &ps) {
//		ps.Format(os.Stderr, src) // each problem, its line and a caret
//	}
//
// Limits bound what a document may hold, so hostile input fails with a
// problem of kind ErrLimit instead of using unbounded time or memory.
package diag
