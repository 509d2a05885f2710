package cli

import (
	"fmt"
	"time"

	"github.com/quals-dev/quals/internal/dates"
)

// parseAsOf reads --as-of: a full date, or "" for today.
func parseAsOf(s string) (time.Time, error) {
	if s == "" {
		return time.Now(), nil
	}
	d, err := dates.Parse(s)
	if err != nil || d.Precision != dates.DayPrecision {
		return time.Time{}, fmt.Errorf("--as-of must be a date written YYYY-MM-DD, not %q", s)
	}
	return d.First().Time(), nil
}
