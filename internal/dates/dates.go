// Package dates reads the calendar dates postings and résumés use — a full
// date, a year and month, or a year alone — and measures periods between
// them in whole days.
package dates

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Precision says how much of a date was written.
type Precision uint8

const (
	YearPrecision Precision = iota + 1
	MonthPrecision
	DayPrecision
)

// Date is a calendar date as written, with its precision.
type Date struct {
	Y, M, D   int // M and D are 1 when not written
	Precision Precision
}

// IsZero reports whether d was not set.
func (d Date) IsZero() bool { return d.Precision == 0 }

// Parse reads "2021", "2021-06" or "2021-06-30". A YAML timestamp such as
// "2021-06-30T00:00:00Z" is read for its date.
func Parse(s string) (Date, error) {
	s = strings.TrimSpace(s)
	if i := strings.IndexAny(s, "T "); i == 10 {
		s = s[:10]
	}
	parts := strings.Split(s, "-")
	if len(parts) > 3 || len(parts[0]) != 4 {
		return Date{}, fmt.Errorf("%q is not a date; write YYYY, YYYY-MM or YYYY-MM-DD", s)
	}
	nums := make([]int, len(parts))
	for i, p := range parts {
		if (i > 0 && len(p) != 2) || !allDigits(p) {
			return Date{}, fmt.Errorf("%q is not a date; write YYYY, YYYY-MM or YYYY-MM-DD", s)
		}
		nums[i], _ = strconv.Atoi(p)
	}
	d := Date{Y: nums[0], M: 1, D: 1, Precision: Precision(len(parts))}
	if d.Y < 1900 || d.Y > 2200 {
		return Date{}, fmt.Errorf("%q has a year outside 1900..2200", s)
	}
	if len(nums) > 1 {
		d.M = nums[1]
		if d.M < 1 || d.M > 12 {
			return Date{}, fmt.Errorf("%q has no month %d", s, d.M)
		}
	}
	if len(nums) > 2 {
		d.D = nums[2]
		if d.D < 1 || d.D > daysIn(d.Y, d.M) {
			return Date{}, fmt.Errorf("%q has no day %d in that month", s, d.D)
		}
	}
	return d, nil
}

func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

var monthDays = [13]int{0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}

func daysIn(y, m int) int {
	if m == 2 && y%4 == 0 && (y%100 != 0 || y%400 == 0) {
		return 29
	}
	return monthDays[m]
}

// First is the first day d covers: "2021" is 2021-01-01.
func (d Date) First() Day { return DayOf(d.Y, d.M, d.D) }

// Last is the last day d covers: "2021" is 2021-12-31, "2021-06" is 2021-06-30.
func (d Date) Last() Day {
	switch d.Precision {
	case YearPrecision:
		return DayOf(d.Y, 12, 31)
	case MonthPrecision:
		return DayOf(d.Y, d.M, daysIn(d.Y, d.M))
	}
	return DayOf(d.Y, d.M, d.D)
}

// String writes d back at its precision.
func (d Date) String() string {
	switch d.Precision {
	case YearPrecision:
		return fmt.Sprintf("%04d", d.Y)
	case MonthPrecision:
		return fmt.Sprintf("%04d-%02d", d.Y, d.M)
	case DayPrecision:
		return fmt.Sprintf("%04d-%02d-%02d", d.Y, d.M, d.D)
	}
	return ""
}

// Day counts days since 1970-01-01, so periods are plain integer ranges.
type Day int32

// DayOf returns the Day of a calendar date.
// It is plain arithmetic on the proleptic Gregorian calendar (the
// days-from-civil method), since matching converts dates in its inner loop.
func DayOf(y, m, d int) Day {
	if m <= 2 {
		y--
	}
	era := y / 400
	if y < 0 && y%400 != 0 {
		era--
	}
	yoe := y - era*400 // [0, 399]
	mp := (m + 9) % 12 // March is 0
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return Day(era*146097 + doe - 719468)
}

// FromTime returns the Day of t's calendar date in t's location.
func FromTime(t time.Time) Day {
	y, m, d := t.Date()
	return DayOf(y, int(m), d)
}

// Time returns the day as midnight UTC.
func (d Day) Time() time.Time { return time.Unix(int64(d)*86400, 0).UTC() }

// String writes the day as YYYY-MM-DD.
func (d Day) String() string { return d.Time().Format("2006-01-02") }

// Period is the inclusive range of days [From, To].
type Period struct{ From, To Day }

// Days is the number of days in p; 0 when empty.
func (p Period) Days() int {
	if p.To < p.From {
		return 0
	}
	return int(p.To-p.From) + 1
}

// UnionDays counts the days covered by any of the periods, each day once.
// It sorts ps in place.
func UnionDays(ps []Period) int {
	if len(ps) == 0 {
		return 0
	}
	sortPeriods(ps)
	total := 0
	cur := ps[0]
	for _, p := range ps[1:] {
		if p.To < p.From {
			continue
		}
		if p.From <= cur.To+1 {
			if p.To > cur.To {
				cur.To = p.To
			}
			continue
		}
		total += cur.Days()
		cur = p
	}
	return total + cur.Days()
}

func sortPeriods(ps []Period) {
	// insertion sort: lists are short, and this keeps it allocation-free
	for i := 1; i < len(ps); i++ {
		for j := i; j > 0 && (ps[j].From < ps[j-1].From || (ps[j].From == ps[j-1].From && ps[j].To < ps[j-1].To)); j-- {
			ps[j], ps[j-1] = ps[j-1], ps[j]
		}
	}
}

// Years converts a number of days to years of 365 days, so that two full
// calendar years (730 or 731 days) are at least 2 years.
func Years(days int) float64 { return float64(days) / 365 }
