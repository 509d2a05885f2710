package match

import (
	"fmt"
	"math"

	"github.com/quals-dev/quals/internal/dates"
	"github.com/quals-dev/quals/internal/index"
	"github.com/quals-dev/quals/internal/words"
)

// workYears evaluates experience in no particular topic ("5 years of
// professional experience"): the years the dated work entries cover,
// overlapping ones once, each entry quoted as evidence.
func (e *evaluator) workYears(f *Finding, minYears float64) {
	var buf [16]dates.Period
	periods := buf[:0]
	undated := 0
	for _, en := range e.ix.Entries {
		if en.Section != index.SectionWork {
			continue
		}
		if en.Start.IsZero() {
			undated++
			continue
		}
		periods = append(periods, en.Period(e.cfg.asOf))
		e.addEvidence(f, en.Path, entryQuote(en))
	}
	years := math.Round(dates.Years(dates.UnionDays(periods))*100) / 100
	switch {
	case minYears <= 0:
		f.Credit = 0
		if len(periods) > 0 {
			f.Credit = 1
		}
	case years >= minYears:
		f.Credit = 1
	default:
		f.Credit = years / minYears
	}
	f.Status = statusOf(roundCredit(f.Credit), e.ix.HasContent)
	if f.Status == Met {
		return
	}
	switch {
	case len(periods) == 0 && undated > 0:
		f.Gap = fmt.Sprintf("no work entry has a start date, %s of work asked", words.Years(minYears))
	case len(periods) == 0:
		f.Gap = "no dated work entry in the profile"
	default:
		f.Gap = fmt.Sprintf("dated work entries cover %s, %s asked", yearsText(years), words.Years(minYears))
	}
}

// entryQuote names a dated entry with its dates: "Data Engineer at Example
// Co, 2019-03 to 2023-06".
func entryQuote(en index.Entry) string {
	to := "now"
	if !en.End.IsZero() {
		to = en.End.String()
	}
	label := en.Label
	if label == "" {
		label = en.Path
	}
	return fmt.Sprintf("%s, %s to %s", label, en.Start.String(), to)
}
