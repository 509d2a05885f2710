package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// windowCases read date windows: ranges in the ways postings write dates,
// and start dates, which cover their month or season (Summer is June 1 to
// August 31).
var windowCases = []lineCase{
	{"May 18, 2026 – August 7, 2026", `{availability: {windows: [{from: "2026-05-18", to: "2026-08-07"}]}}`},
	{"Internship runs 18 May 2026 to 7 August 2026.", `{availability: {windows: [{from: "2026-05-18", to: "2026-08-07"}]}}`},
	{"Available for the full period 2026-05-18 to 2026-08-07.", `{availability: {windows: [{from: "2026-05-18", to: "2026-08-07"}]}}`},
	{"Able to commit from June 15 – September 4, 2026.", `{availability: {windows: [{from: "2026-06-15", to: "2026-09-04"}]}}`},
	{"Dates: 06/01/2026 - 08/28/2026.", `{availability: {windows: [{from: "2026-06-01", to: "2026-08-28"}]}}`},
	{"Available from December 14 – January 22, 2027.", `{availability: {windows: [{from: "2026-12-14", to: "2027-01-22"}]}}`},
	{"Start date: June 2026.", `{availability: {windows: [{from: "2026-06-01", to: "2026-06-30"}]}}`},
	{"Available to start in Summer 2026.", `{availability: {windows: [{from: "2026-06-01", to: "2026-08-31"}]}}`},
	{"Must be able to start in March or April 2026.", `{availability: {windows: [{from: "2026-03-01", to: "2026-03-31"}, {from: "2026-04-01", to: "2026-04-30"}]}}`},
	{"Available to work between May and September 2026.", `{availability: {windows: [{from: "2026-05-01", to: "2026-09-30"}]}}`},
}

func TestReadWindows(t *testing.T) { runLineCases(t, windowCases) }

func TestDatesThatAreNoWindow(t *testing.T) {
	for _, line := range []string{
		"Application deadline: March 1, 2026.",
		"Founded in May 2012, we serve stores in 40 countries.",
		"Graduating between December 2026 and June 2027.",
		"Experience with May 2026 releases.", // a date, but no start and no range
		"Start date: February 30, 2026.",     // no such day
		"May 18 – August 7",                  // no year
		"From August 7, 2026 to May 18, 2026.",
	} {
		t.Run(line, func(t *testing.T) {
			x := testExtractor()
			_, ok := readWindows(x.prepare(line))
			assert.False(t, ok)
		})
	}
}
