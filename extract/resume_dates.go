package extract

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/quals-dev/quals/profile"
)

// The dates of a résumé entry, in the forms people write them: "Jan 2019 –
// Present", "January 2019 - now", "2019-01", "01/2019", "2019", "Sept.
// 2018 to Jun 2020", "since 2017", "(5 years 2 months)".

// resumeDatePart is one end of a range: a month and year, or a year.
var resumeDatePart = `(?:(?:19|20)\d{2}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])` + // 2019-01-15
	`|` + strings.Replace(monthPattern, "(", "(?:", 1) + `\s*,?\s*(?:'|’)?\d{2,4}` + // Jan 2019, Sept. '18
	`|(?:0?[1-9]|1[0-2])\s*[/.]\s*(?:19|20)\d{2}` + // 01/2019, 1.2019
	`|(?:19|20)\d{2}\s*[-/.]\s*(?:0[1-9]|1[0-2])\b` + // 2019-01, 2019/01
	`|(?:19|20)\d{2})` // 2019

// ongoingPart is what stands for an end that has not come.
const ongoingPart = `(?:present|current(?:ly)?|now|today|ongoing|date|till\s+date|to\s+date)`

var (
	resumeSingleRE = regexp.MustCompile(`(?i)(` + resumeDatePart + `)`)
	// yearMonthRE is "2012, November": the year first.
	yearMonthRE = regexp.MustCompile(`(?i)\b((?:19|20)\d{2})\s*,?\s+` + monthPattern + `(?:\s|$|[,;:])`)
	// durationRE is a length written beside or instead of dates.
	durationRE  = regexp.MustCompile(`(?i)\(?\s*\d{1,2}\+?\s*(?:years?|yrs?|months?|mos?)(?:\s*,?\s*(?:and\s+)?\d{1,2}\s*(?:months?|mos?))?\s*\)?`)
	monthYearRE = regexp.MustCompile(`(?i)^` + monthPattern + `\s*,?\s*(?:'|’)?(\d{2,4})$`)
	numMonthRE  = regexp.MustCompile(`^(\d{1,2})\s*[/.]\s*(\d{4})$`)
	isoDayRE    = regexp.MustCompile(`^(\d{4})-(\d{2})-(\d{2})$`)
	isoMonthRE  = regexp.MustCompile(`^(\d{4})\s*[-/.]\s*(\d{2})$`)
)

// entryDates is the period an entry's line states.
type entryDates struct {
	start, end profile.Date
	ongoing    bool
	at         [2]int // bytes of the line the dates (and a duration beside them) stand in
}

// maxDatedPrefix is how far into a line findEntryDates looks for dates.
const maxDatedPrefix = 1000

// isRange reports whether the dates are a period, not one month or year.
func (d entryDates) isRange() bool {
	return d.ongoing || !d.end.IsZero() && d.end.String() != d.start.String()
}

// findEntryDates reads the first period a line states: a range, "since X",
// or a lone month or year (an entry of one month or one year). A duration
// beside the dates is taken in with them; a duration alone is no date.
// The line's date parts are found in one pass; what stands between two
// of them says whether they make a range.
func findEntryDates(line string) (entryDates, bool) {
	var d entryDates
	// An entry's dates stand in its first words; a line of megabytes
	// (a flattened file) is read that far, in linear time overall.
	if len(line) > maxDatedPrefix {
		cut := maxDatedPrefix
		for cut > 0 && !utf8.RuneStart(line[cut]) {
			cut--
		}
		line = line[:cut]
	}
	if !holdsYear(line) && !strings.ContainsAny(line, "'’") {
		return d, false // every date form has a year, of four digits or "'18"
	}
	if m := gluedYears.FindStringSubmatchIndex(line); m != nil {
		start, ok1 := parseResumeDate(line[m[2]:m[3]])
		end, ok2 := parseResumeDate(line[m[4]:m[5]])
		if ok1 && ok2 && end.String() >= start.String() {
			d.start, d.end, d.at = start, end, [2]int{m[2], m[5]}
			return d.withDuration(line), true
		}
	}
	if m := yearMonthRE.FindStringSubmatchIndex(line); m != nil {
		if start, ok := parseResumeDate(line[m[4]:m[5]] + " " + line[m[2]:m[3]]); ok {
			d.start, d.end, d.at = start, start, [2]int{m[0], m[1]}
			return d, true
		}
	}
	var parts [][2]int
	for _, m := range resumeSingleRE.FindAllStringIndex(line, -1) {
		// A year inside a longer number or a phone is no date.
		if m[0] > 0 && isDigitByte(line[m[0]-1]) && isDigitByte(line[m[0]]) || m[1] < len(line) && isDigitByte(line[m[1]]) {
			continue
		}
		parts = append(parts, [2]int{m[0], m[1]})
	}
	single := -1
	for k, p := range parts {
		start, ok := parseResumeDate(line[p[0]:p[1]])
		if !ok {
			continue
		}
		after := line[p[1]:]
		if sep := rangeSeparator.FindStringIndex(after); sep != nil {
			rest := after[sep[1]:]
			if k+1 < len(parts) && parts[k+1][0] == p[1]+sep[1] {
				if end, ok := parseResumeDate(line[parts[k+1][0]:parts[k+1][1]]); ok {
					d.start, d.end, d.at = start, end, [2]int{sinceStart(line, p[0]), parts[k+1][1]}
					return d.withDuration(line), true
				}
			}
			if m := ongoingRE.FindStringIndex(rest); m != nil {
				d.start, d.ongoing, d.at = start, true, [2]int{sinceStart(line, p[0]), p[1] + sep[1] + m[1]}
				return d.withDuration(line), true
			}
		}
		// "Apr 2020Jun 2020": two months glued.
		if k+1 < len(parts) && parts[k+1][0] == p[1] && !isDigitByte(line[p[1]]) {
			if end, ok := parseResumeDate(line[parts[k+1][0]:parts[k+1][1]]); ok {
				d.start, d.end, d.at = start, end, [2]int{p[0], parts[k+1][1]}
				return d.withDuration(line), true
			}
		}
		if s := sinceStart(line, p[0]); s < p[0] {
			d.start, d.ongoing, d.at = start, true, [2]int{s, p[1]}
			return d.withDuration(line), true
		}
		if single < 0 {
			single = k
		}
	}
	if single >= 0 {
		p := parts[single]
		d.start, _ = parseResumeDate(line[p[0]:p[1]])
		d.end, d.at = d.start, p
		return d.withDuration(line), true
	}
	return entryDates{}, false
}

var (
	// rangeSeparator is what stands between a range's ends; a column gap
	// (" | ") too, where a dash was lost when the text was taken out of
	// its document ("Feb. 2012  Present").
	rangeSeparator = regexp.MustCompile(`^\s*(?:(?:-+|–|—|~|→|\bto\b|\buntil\b|\btill\b|\bthrough\b)(?:\s*\|)?|\|)\s*`)
	// gluedYears are two years run together ("20202021"), the dash lost.
	gluedYears  = regexp.MustCompile(`(?:^|[^\d])((?:19|20)\d{2})((?:19|20)\d{2})(?:[^\d]|$)`)
	ongoingRE   = regexp.MustCompile(`(?i)^` + ongoingPart + `\b`)
	sinceBefore = regexp.MustCompile(`(?i)\b(?:since|from)\s+$`)
)

// sinceStart is where "since" or "from" before a date starts, or at.
func sinceStart(line string, at int) int {
	if m := sinceBefore.FindStringIndex(line[max(0, at-8):at]); m != nil {
		return max(0, at-8) + m[0]
	}
	return at
}

// withDuration widens at over a duration that follows the dates:
// "2019 – 2021 (2 years)".
func (d entryDates) withDuration(line string) entryDates {
	if m := durationRE.FindStringIndex(line[d.at[1]:]); m != nil && strings.TrimSpace(line[d.at[1]:d.at[1]+m[0]]) == "" {
		d.at[1] += m[1]
	}
	return d
}

func isOngoingEnd(s string) bool {
	s = strings.ToLower(strings.Join(strings.Fields(s), " "))
	switch s {
	case "present", "current", "currently", "now", "today", "ongoing", "date", "till date", "to date":
		return true
	}
	return false
}

// parseResumeDate reads one end of a range at the precision written: a
// bare year stays a year (as an end, its last day ends the period).
func parseResumeDate(s string) (profile.Date, bool) {
	s = strings.TrimSpace(s)
	if isoDayRE.MatchString(s) {
		d, err := profile.ParseDate(s)
		return d, err == nil
	}
	var y, m int
	switch {
	case monthYearRE.MatchString(s):
		g := monthYearRE.FindStringSubmatch(s)
		m = int(monthOf(g[1]))
		y, _ = strconv.Atoi(g[2])
		if len(g[2]) == 2 {
			y += 2000
			if y > 2069 {
				y -= 100
			}
		}
	case numMonthRE.MatchString(s):
		g := numMonthRE.FindStringSubmatch(s)
		m, _ = strconv.Atoi(g[1])
		y, _ = strconv.Atoi(g[2])
	case isoMonthRE.MatchString(s):
		g := isoMonthRE.FindStringSubmatch(s)
		y, _ = strconv.Atoi(g[1])
		m, _ = strconv.Atoi(g[2])
	default:
		if len(s) != 4 {
			return profile.Date{}, false
		}
		y, _ = strconv.Atoi(s)
	}
	if y < 1950 || y > 2100 || m < 0 || m > 12 {
		return profile.Date{}, false
	}
	text := strconv.Itoa(y)
	if m > 0 {
		text = fmt.Sprintf("%04d-%02d", y, m)
	}
	d, err := profile.ParseDate(text)
	return d, err == nil
}
