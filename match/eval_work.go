package match

import (
	"math"

	"github.com/quals-dev/quals/internal/dates"
	"github.com/quals-dev/quals/internal/index"
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
		f.Gap = gapOf(e.cfg.asOf, fact{reason: noWorkStartDates, want: minYears})
	case len(periods) == 0:
		f.Gap = gapOf(e.cfg.asOf, fact{reason: noDatedWork})
	default:
		f.Gap = gapOf(e.cfg.asOf, fact{reason: workTooShort, have: years, want: minYears})
	}
}
