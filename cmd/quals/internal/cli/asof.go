package cli

import (
	"fmt"
	"regexp"
	"time"

	"github.com/quals-dev/quals/internal/dates"
)

// parseAsOf reads --as-of: a full date, or "" for today.
func parseAsOf(s string) (time.Time, error) {
	if s == "" {
		return time.Now(), nil
	}
	d, err := dates.Parse(s)
	if err != nil || d.Precision != dates.DayPrecision || !isoDay.MatchString(s) {
		return time.Time{}, fmt.Errorf("--as-of must be a date written YYYY-MM-DD, not %q", s)
	}
	return d.First().Time(), nil
}

// isoDay is the one form --as-of takes: nothing before the date, nothing
// after it.
var isoDay = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)
