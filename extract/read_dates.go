package extract

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/quals-dev/quals/requirements"
)

const monthPattern = `(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`

// dateRE finds a date as postings write it. Groups: 1-3 ISO; 4-6 numeric
// (month first unless the first number cannot be a month); 7-9 "May 18,
// 2026"; 10-12 "18 May 2026"; 13-14 "June 2026"; 15-16 "Summer 2026".
var dateRE = regexp.MustCompile(`(?i)\b(?:` +
	`(\d{4})-(\d{2})-(\d{2})` +
	`|(\d{1,2})/(\d{1,2})/(\d{4})` +
	`|` + monthPattern + `\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s*(\d{4}))?` +
	`|(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?` + monthPattern + `(?:,?\s*(\d{4}))?` +
	`|` + monthPattern + `,?\s+(?:of\s+)?(\d{4})` +
	`|(summer|fall|autumn|winter|spring)\s+(?:of\s+)?(?:term\s+)?(\d{4})` +
	`)\b`)

// dateSpan is a date found in a line: the first and last day it covers.
type dateSpan struct {
	from, to   time.Time
	start, end int  // bytes in the line
	noYear     bool // the year was not written: take the other end's
}

var monthNames = map[string]time.Month{
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}

// seasonMonths are the months a season covers in the northern hemisphere, as
// internships use them: "Summer 2026" is June 1 – August 31. Winter is the
// winter term, January to March of the year named.
var seasonMonths = map[string][2]time.Month{
	"spring": {3, 5}, "summer": {6, 8}, "fall": {9, 11}, "autumn": {9, 11}, "winter": {1, 3},
}

func monthOf(s string) time.Month {
	if len(s) < 3 {
		return 0
	}
	return monthNames[strings.ToLower(s[:3])]
}

// dateOf returns the date, or ok=false when it does not exist.
func dateOf(y int, m time.Month, d int) (time.Time, bool) {
	t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	return t, t.Year() == y && t.Month() == m && t.Day() == d && y >= 1900 && y <= 2200
}

func lastDay(y int, m time.Month) time.Time {
	return time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC)
}

// findDates finds the dates in a line, in order.
func findDates(l *lineText) []dateSpan {
	if !holdsYear(l.s) {
		return nil // a window needs a year somewhere
	}
	var out []dateSpan
	atoi := func(s string) int { n, _ := strconv.Atoi(s); return n }
	for _, m := range dateRE.FindAllStringSubmatchIndex(l.s, -1) {
		g := func(i int) string {
			if m[2*i] < 0 {
				return ""
			}
			return l.s[m[2*i]:m[2*i+1]]
		}
		d := dateSpan{start: m[0], end: m[1]}
		var ok bool
		switch {
		case g(1) != "":
			d.from, ok = dateOf(atoi(g(1)), time.Month(atoi(g(2))), atoi(g(3)))
			d.to = d.from
		case g(4) != "":
			mo, dd := atoi(g(4)), atoi(g(5))
			if mo > 12 {
				mo, dd = dd, mo
			}
			d.from, ok = dateOf(atoi(g(6)), time.Month(mo), dd)
			d.to = d.from
		case g(7) != "":
			y := atoi(g(9))
			d.noYear = y == 0
			d.from, ok = dateOf(max(y, 1900), monthOf(g(7)), atoi(g(8)))
			d.to = d.from
		case g(10) != "":
			y := atoi(g(12))
			d.noYear = y == 0
			d.from, ok = dateOf(max(y, 1900), monthOf(g(11)), atoi(g(10)))
			d.to = d.from
		case g(13) != "":
			y, mo := atoi(g(14)), monthOf(g(13))
			d.from, ok = dateOf(y, mo, 1)
			d.to = lastDay(y, mo)
		case g(15) != "":
			y, s := atoi(g(16)), seasonMonths[strings.ToLower(g(15))]
			d.from, ok = dateOf(y, s[0], 1)
			d.to = lastDay(y, s[1])
		}
		if ok {
			out = append(out, d)
		}
	}
	return out
}

// holdsYear reports whether s holds a four-digit number from 1900 to 2199.
func holdsYear(s string) bool {
	for i := 0; i+4 <= len(s); i++ {
		if (s[i] == '1' && s[i+1] == '9' || s[i] == '2' && (s[i+1] == '0' || s[i+1] == '1')) && isDigitByte(s[i+2]) && isDigitByte(s[i+3]) {
			return true
		}
	}
	return false
}

func isDigitByte(c byte) bool { return '0' <= c && c <= '9' }

// rangeJoin is what stands between the two ends of a date window.
var rangeJoin = regexp.MustCompile(`(?i)^\s*(?:-+|to|through|thru|until|till|and)\s*$`)

// bareMonthBefore finds a month named without a year just before a date,
// and the word joining them.
var bareMonthBefore = regexp.MustCompile(`(?i)\b` + monthPattern + `\s*(-|to|through|until|till|and|or)\s*$`)

// startCue says a single date is when the work starts.
var startCue = regexp.MustCompile(`\b(?:start|starts|starting|begin|begins|beginning|commence|commences|commencing|available|availability|onboarding|join us)\b`)

// notWindow are lines whose dates are not when the candidate must be
// available: deadlines, graduation, history.
var notWindow = regexp.MustCompile(`\b(?:deadline|apply by|applications? (?:will be )?(?:accepted|due|close)|graduat\w*|posted|founded|since|established|expire|expires|until filled|salary|pay)\b`)

// readWindows reads the date windows a line gives: ranges ("May 18, 2026
// – August 7, 2026", "2026-05-18 to 2026-08-07") and start dates
// ("Start date: June 2026", "available to start in Summer 2026", which
// cover the month or season).
func readWindows(l *lineText) ([]requirements.WindowDoc, bool) {
	ds := findDates(l)
	if len(ds) == 0 || notWindow.MatchString(l.low) {
		return nil, false
	}
	var out []requirements.WindowDoc
	for i := 0; i < len(ds); i++ {
		d := ds[i]
		if i+1 < len(ds) && rangeJoin.MatchString(l.s[d.end:ds[i+1].start]) {
			e := ds[i+1]
			i++
			if d.noYear && !e.noYear {
				d.from, _ = dateOf(e.from.Year(), d.from.Month(), d.from.Day())
				if d.from.After(e.to) {
					d.from = d.from.AddDate(-1, 0, 0) // "December 15 – January 10, 2027"
				}
				d.noYear = false
			}
			if e.noYear && !d.noYear {
				e.to, _ = dateOf(d.from.Year(), e.to.Month(), e.to.Day())
				if e.to.Before(d.from) {
					e.to = e.to.AddDate(1, 0, 0)
				}
				e.noYear = false
			}
			if d.noYear || e.noYear || e.to.Before(d.from) {
				continue
			}
			out = append(out, requirements.WindowDoc{From: d.from.Format(time.DateOnly), To: e.to.Format(time.DateOnly)})
			continue
		}
		if d.noYear {
			continue
		}
		// "May or June 2018", "between May and September 2018": a month
		// named alone before a dated one shares its year.
		if m := bareMonthBefore.FindStringSubmatchIndex(l.s[max(0, d.start-24):d.start]); m != nil {
			base := max(0, d.start-24)
			mo := monthOf(l.s[base+m[2] : base+m[3]])
			y := d.from.Year()
			if mo > d.from.Month() {
				y--
			}
			first, _ := dateOf(y, mo, 1)
			if strings.EqualFold(l.s[base+m[4]:base+m[5]], "or") {
				if startCue.MatchString(l.low) {
					out = append(out, requirements.WindowDoc{From: first.Format(time.DateOnly), To: lastDay(y, mo).Format(time.DateOnly)},
						requirements.WindowDoc{From: d.from.Format(time.DateOnly), To: d.to.Format(time.DateOnly)})
				}
				continue
			}
			out = append(out, requirements.WindowDoc{From: first.Format(time.DateOnly), To: d.to.Format(time.DateOnly)})
			continue
		}
		if startCue.MatchString(l.low) {
			out = append(out, requirements.WindowDoc{From: d.from.Format(time.DateOnly), To: d.to.Format(time.DateOnly)})
		}
	}
	return out, len(out) > 0
}

// windowsPredicate makes an availability predicate of windows.
func windowsPredicate(ws []requirements.WindowDoc) requirements.PredicateDoc {
	return requirements.PredicateDoc{Availability: &requirements.AvailabilityDoc{Windows: ws}}
}

// readStartDates reads the dates a line says the work starts or runs
// over into an availability predicate.
func readStartDates(_ *extractor, l *lineText) (requirements.PredicateDoc, bool) {
	if ws, ok := readWindows(l); ok {
		return windowsPredicate(ws), true
	}
	return requirements.PredicateDoc{}, false
}
