package dates

import (
	"testing"
	"time"

	"github.com/quals-dev/quals/internal/watchdog"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParsePrecisions(t *testing.T) {
	for _, tc := range []struct {
		in          string
		first, last string
	}{
		{"2021", "2021-01-01", "2021-12-31"},
		{"2021-06", "2021-06-01", "2021-06-30"},
		{"2024-02", "2024-02-01", "2024-02-29"},
		{"2021-06-15", "2021-06-15", "2021-06-15"},
		{"2021-06-15T00:00:00Z", "2021-06-15", "2021-06-15"},
	} {
		t.Run(tc.in, func(t *testing.T) {
			d, err := Parse(tc.in)
			require.NoError(t, err)
			assert.Equal(t, tc.first, d.First().String())
			assert.Equal(t, tc.last, d.Last().String())
		})
	}
}

func TestParseRejects(t *testing.T) {
	for in, msg := range map[string]string{
		"June 2021":  `"June 2021" is not a date; write YYYY, YYYY-MM or YYYY-MM-DD`,
		"2021-13":    `"2021-13" has no month 13`,
		"2021-02-30": `"2021-02-30" has no day 30 in that month`,
		"21-06":      `"21-06" is not a date; write YYYY, YYYY-MM or YYYY-MM-DD`,
		"":           `"" is not a date; write YYYY, YYYY-MM or YYYY-MM-DD`,
		"1066":       `"1066" has a year outside 1900..2200`,
	} {
		_, err := Parse(in)
		require.Error(t, err, in)
		assert.Equal(t, msg, err.Error())
	}
}

func TestUnionDaysCountsOverlapOnce(t *testing.T) {
	d := func(s string) Day { x, _ := Parse(s); return x.First() }
	ps := []Period{
		{d("2020-01-01"), d("2020-12-31")}, // 366 days
		{d("2020-07-01"), d("2021-06-30")}, // overlaps half of the first
		{d("2023-01-01"), d("2023-01-10")}, // separate, 10 days
	}
	assert.Equal(t, 366+181+10, UnionDays(ps))
	assert.Equal(t, 0, UnionDays(nil))
	assert.Equal(t, 0, UnionDays([]Period{{From: 5, To: 4}}))
}

func TestDayOfAgreesWithTime(t *testing.T) {
	for y := 1899; y <= 2201; y += 7 {
		for m := 1; m <= 12; m++ {
			for _, d := range []int{1, 15, daysIn(y, m)} {
				want := Day(time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC).Unix() / 86400)
				if got := DayOf(y, m, d); got != want {
					t.Fatalf("DayOf(%d, %d, %d) = %d, want %d", y, m, d, got, want)
				}
			}
		}
	}
	assert.Equal(t, 29, daysIn(2000, 2))
	assert.Equal(t, 28, daysIn(1900, 2))
	assert.Equal(t, 29, daysIn(2024, 2))
	assert.Equal(t, "2026-02-15", DayOf(2026, 2, 15).String())
}

// FuzzParse checks that any text either parses into a date whose periods
// are well formed and which writes back as it reads, or is refused.
func FuzzParse(f *testing.F) {
	for _, s := range []string{"2021", "2021-06", "2021-06-30", "2024-02-29", "2021-13", "June 2021", "", "2021-06-30T10:00:00Z", "99999"} {
		f.Add(s)
	}
	f.Fuzz(watchdog.Guard(func(t *testing.T, s string) {
		d, err := Parse(s)
		if err != nil {
			return
		}
		if d.Last() < d.First() {
			t.Fatalf("%q: last day %v before first %v", s, d.Last(), d.First())
		}
		again, err := Parse(d.String())
		if err != nil || again != d {
			t.Fatalf("%q: %v does not read back (%v, %v)", s, d, again, err)
		}
	}))
}
