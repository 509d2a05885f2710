package diag_test

import (
	"errors"
	"fmt"
	"os"

	"github.com/quals-dev/quals/diag"
	"github.com/quals-dev/quals/profile"
)

func ExampleProblems_Format() {
	src := []byte(`{"basics": {"name": "Ada"}, "work": [{"startDate": "2021-13"}]}`)
	_, err := profile.Parse("ada.json", src)
	var ps diag.Problems
	if errors.As(err, &ps) {
		ps.Format(os.Stdout, src)
		fmt.Println(errors.Is(err, diag.ErrInvalid), ps[0].Field)
	}
	// Output:
	// ada.json:1:52: work[0].startDate: "2021-13" has no month 13
	//       1 | {"basics": {"name": "Ada"}, "work": [{"startDate": "2021-13"}]}
	//         |                                                    ^
	// true work[0].startDate
}
