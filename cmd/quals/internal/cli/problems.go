package cli

import (
	"errors"
	"fmt"
	"io"

	"github.com/quals-dev/quals/diag"
)

// printProblems writes err: each problem of a document on its own line as
// file:line:column: field: message, followed by the offending line of src
// and a caret under the column (diag.Problems.Format). Other errors are
// written as they are.
func printProblems(w io.Writer, err error, src []byte) {
	var ps diag.Problems
	if !errors.As(err, &ps) {
		fmt.Fprintf(w, "quals: %v\n", err)
		return
	}
	ps.Format(w, src)
}
