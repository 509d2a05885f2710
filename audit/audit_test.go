package audit_test

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/quals-dev/quals/audit"
	"github.com/quals-dev/quals/diag"
	"github.com/quals-dev/quals/match"
)

// cell is a block of identical candidates in a synthetic sample: n
// candidates reporting sex and race (noRow: no groups entry at all), of
// whom the first selected have the verdict eligible (the others alternate
// ineligible and needs-info) and the first above score above the sample's
// median (60, 70, 80, 90 in turn); the others score exactly 40.
type cell struct {
	sex, race          string
	noRow              bool
	n, selected, above int
}

// build makes the results and groups of a sample, candidate ids c001…
// in cell order.
func build(cells []cell) ([]match.Result, audit.Groups) {
	var results []match.Result
	groups := audit.Groups{}
	for _, c := range cells {
		for i := range c.n {
			id := fmt.Sprintf("c%03d", len(results)+1)
			r := match.Result{Posting: "p", Candidate: id, Verdict: match.Ineligible, Score: 40}
			if i%2 == 1 {
				r.Verdict = match.NeedsInfo
			}
			if i < c.selected {
				r.Verdict = match.Eligible
			}
			if i < c.above {
				r.Score = float64(60 + 10*(i%4))
			}
			results = append(results, r)
			if !c.noRow {
				groups[id] = audit.Group{Sex: c.sex, RaceEthnicity: c.race}
			}
		}
	}
	return results, groups
}

// The synthetic sample: 100 candidates.
//
//	sex                race                              n  selected  above
//	Female             Asian                            10     6        4
//	Female             Black or African American        10     3        2
//	Female             Hispanic or Latino               10     4        3
//	Female             White                            15     9        6
//	Female             (blank)                           3     1        0
//	Male               Asian                            10     8        5
//	Male               Black or African American        10     0        0
//	Male               Hispanic or Latino               10     5        5
//	Male               White                            15    12        8
//	Male               American Indian or Alaska Native  1     1        1
//	Decline to state   Asian                             2     1        0
//	(no row in the groups)                               4     2        1
//
// 35 candidates score above 40 and 65 score exactly 40, so both middle
// scores (the 50th and 51st) are 40: the median is 40 and "above the
// median" is exactly the "above" column.
var synthetic = []cell{
	{"Female", "Asian", false, 10, 6, 4},
	{"Female", "Black or African American", false, 10, 3, 2},
	{"Female", "Hispanic or Latino", false, 10, 4, 3},
	{"Female", "White", false, 15, 9, 6},
	{"Female", "", false, 3, 1, 0},
	{"Male", "Asian", false, 10, 8, 5},
	{"Male", "Black or African American", false, 10, 0, 0},
	{"Male", "Hispanic or Latino", false, 10, 5, 5},
	{"Male", "White", false, 15, 12, 8},
	{"Male", "American Indian or Alaska Native", false, 1, 1, 1},
	{"Decline to state", "Asian", false, 2, 1, 0},
	{"", "", true, 4, 2, 1},
}

// q is the fraction a/b as the float nearest it. Every rate and ratio
// below is written as the fraction worked out by hand, reduced; a float
// division of two whole numbers is correctly rounded, so equal fractions
// give identical floats and the comparisons are exact.
func q(a, b int) float64 { return float64(a) / float64(b) }

func qp(a, b int) *float64 { f := q(a, b); return &f }

// want is one expected category: counts, rates, ratios (nil: undefined)
// and which ratios flag it.
type want struct {
	dim                 audit.Dimension
	name                string
	n, selected, above  int
	sr, sc              float64
	ir, sir             *float64
	bySelection, byScor bool
}

func category(w want) audit.Category {
	return audit.Category{Dimension: w.dim, Name: w.name, N: w.n, Selected: w.selected, AboveMedian: w.above,
		SelectionRate: w.sr, ScoringRate: w.sc, ImpactRatio: w.ir, ScoringImpactRatio: w.sir,
		Flagged: w.bySelection || w.byScor, FlaggedBySelection: w.bySelection, FlaggedByScoring: w.byScor}
}

func categories(ws []want) []audit.Category {
	out := make([]audit.Category, len(ws))
	for i, w := range ws {
		out[i] = category(w)
	}
	return out
}

// Sex (6 unknown: 2 "Decline to state", 4 without a row). The three
// Females with a blank race/ethnicity count here.
//
//	Female: n 10+10+10+15+3 = 48, selected 6+3+4+9+1 = 23, above 4+2+3+6+0 = 15
//	Male:   n 10+10+10+15+1 = 46, selected 8+0+5+12+1 = 26, above 5+0+5+8+1 = 19
//
// Highest selection rate: Male's 26/46 = 13/23 (0.565 > 23/48 = 0.479);
// IR(Female) = (23/48)/(26/46) = 1058/1248 = 529/624 = 0.848, not flagged.
// Highest scoring rate: Male's 19/46 (0.413 > 15/48 = 0.3125);
// SIR(Female) = (15/48)/(19/46) = 690/912 = 115/152 = 0.757, flagged by
// scoring only. Exclusion at 2% changes nothing here.
var wantSex = []want{
	{audit.Sex, "Female", 48, 23, 15, q(23, 48), q(5, 16), qp(529, 624), qp(115, 152), false, true},
	{audit.Sex, "Male", 46, 26, 19, q(13, 23), q(19, 46), qp(1, 1), qp(1, 1), false, false},
}

// Race/ethnicity (7 unknown: 3 blank, 4 without a row); the two who
// declined to state their sex count under Asian.
//
//	American Indian or Alaska Native: n 1,  selected 1,  above 1
//	Asian:                            n 22, selected 15, above 9
//	Black or African American:        n 20, selected 3,  above 2
//	Hispanic or Latino:               n 20, selected 9,  above 8
//	White:                            n 30, selected 21, above 14
//
// With nothing excluded, American Indian or Alaska Native (1 of 1) has
// the highest rate of both kinds, 1, so every ratio equals the rate, and
// every other category is flagged by both.
var wantRaceAll = []want{
	{audit.RaceEthnicity, "American Indian or Alaska Native", 1, 1, 1, 1, 1, qp(1, 1), qp(1, 1), false, false},
	{audit.RaceEthnicity, "Asian", 22, 15, 9, q(15, 22), q(9, 22), qp(15, 22), qp(9, 22), true, true},
	{audit.RaceEthnicity, "Black or African American", 20, 3, 2, q(3, 20), q(1, 10), qp(3, 20), qp(1, 10), true, true},
	{audit.RaceEthnicity, "Hispanic or Latino", 20, 9, 8, q(9, 20), q(2, 5), qp(9, 20), qp(2, 5), true, true},
	{audit.RaceEthnicity, "White", 30, 21, 14, q(7, 10), q(7, 15), qp(7, 10), qp(7, 15), true, true},
}

// Excluding categories under 2% of the 100 candidates leaves out American
// Indian or Alaska Native (1%). White then has the highest rates: 21/30 =
// 7/10 selected (> 15/22 = 0.682) and 14/30 = 7/15 above (> 9/22 = 0.409).
//
//	Asian:    IR (15/22)/(7/10) = 150/154 = 75/77 = 0.974;  SIR (9/22)/(7/15) = 135/154 = 0.877
//	Black:    IR (3/20)/(7/10)  = 30/140  = 3/14  = 0.214;  SIR (1/10)/(7/15) = 15/70 = 3/14
//	Hispanic: IR (9/20)/(7/10)  = 90/140  = 9/14  = 0.643;  SIR (2/5)/(7/15)  = 30/35 = 6/7 = 0.857
//
// Asian is not flagged, Black is flagged by both, Hispanic or Latino by
// selection only.
var wantRaceExcl = []want{
	{audit.RaceEthnicity, "Asian", 22, 15, 9, q(15, 22), q(9, 22), qp(75, 77), qp(135, 154), false, false},
	{audit.RaceEthnicity, "Black or African American", 20, 3, 2, q(3, 20), q(1, 10), qp(3, 14), qp(3, 14), true, true},
	{audit.RaceEthnicity, "Hispanic or Latino", 20, 9, 8, q(9, 20), q(2, 5), qp(9, 14), qp(6, 7), true, false},
	{audit.RaceEthnicity, "White", 30, 21, 14, q(7, 10), q(7, 15), qp(1, 1), qp(1, 1), false, false},
}

// Intersections (9 unknown: 3 blank race, 2 declined sex, 4 without a
// row). With nothing excluded, Male / American Indian or Alaska Native (1
// of 1) has the highest rates, 1, so every ratio equals its rate. Male /
// Asian and Male / White are selected at exactly 4/5: an impact ratio of
// 0.8 is not below four fifths, so selection does not flag them, but
// their scoring ratios (1/2, 8/15) do. Male / Black or African American
// has no one selected and no one above the median: ratios 0, flagged by
// both.
var wantInterAll = []want{
	{audit.Intersection, "Female / Asian", 10, 6, 4, q(3, 5), q(2, 5), qp(3, 5), qp(2, 5), true, true},
	{audit.Intersection, "Female / Black or African American", 10, 3, 2, q(3, 10), q(1, 5), qp(3, 10), qp(1, 5), true, true},
	{audit.Intersection, "Female / Hispanic or Latino", 10, 4, 3, q(2, 5), q(3, 10), qp(2, 5), qp(3, 10), true, true},
	{audit.Intersection, "Female / White", 15, 9, 6, q(3, 5), q(2, 5), qp(3, 5), qp(2, 5), true, true},
	{audit.Intersection, "Male / American Indian or Alaska Native", 1, 1, 1, 1, 1, qp(1, 1), qp(1, 1), false, false},
	{audit.Intersection, "Male / Asian", 10, 8, 5, q(4, 5), q(1, 2), qp(4, 5), qp(1, 2), false, true},
	{audit.Intersection, "Male / Black or African American", 10, 0, 0, 0, 0, qp(0, 1), qp(0, 1), true, true},
	{audit.Intersection, "Male / Hispanic or Latino", 10, 5, 5, q(1, 2), q(1, 2), qp(1, 2), qp(1, 2), true, true},
	{audit.Intersection, "Male / White", 15, 12, 8, q(4, 5), q(8, 15), qp(4, 5), qp(8, 15), false, true},
}

// Excluding under 2% leaves out Male / American Indian or Alaska Native.
// The highest selection rate is then 4/5 (Male / Asian and Male / White,
// tied) and the highest scoring rate Male / White's 8/15 (> 1/2).
//
//	Female / Asian:    IR (3/5)/(4/5)  = 3/4;  SIR (2/5)/(8/15)  = 30/40 = 3/4
//	Female / Black:    IR (3/10)/(4/5) = 3/8;  SIR (1/5)/(8/15)  = 15/40 = 3/8
//	Female / Hispanic: IR (2/5)/(4/5)  = 1/2;  SIR (3/10)/(8/15) = 45/80 = 9/16
//	Female / White:    IR (3/5)/(4/5)  = 3/4;  SIR (2/5)/(8/15)  = 3/4
//	Male / Asian:      IR 1;                   SIR (1/2)/(8/15)  = 15/16 = 0.9375
//	Male / Black:      IR 0;                   SIR 0
//	Male / Hispanic:   IR (1/2)/(4/5)  = 5/8;  SIR (1/2)/(8/15)  = 15/16
//	Male / White:      IR 1;                   SIR 1
var wantInterExcl = []want{
	{audit.Intersection, "Female / Asian", 10, 6, 4, q(3, 5), q(2, 5), qp(3, 4), qp(3, 4), true, true},
	{audit.Intersection, "Female / Black or African American", 10, 3, 2, q(3, 10), q(1, 5), qp(3, 8), qp(3, 8), true, true},
	{audit.Intersection, "Female / Hispanic or Latino", 10, 4, 3, q(2, 5), q(3, 10), qp(1, 2), qp(9, 16), true, true},
	{audit.Intersection, "Female / White", 15, 9, 6, q(3, 5), q(2, 5), qp(3, 4), qp(3, 4), true, true},
	{audit.Intersection, "Male / Asian", 10, 8, 5, q(4, 5), q(1, 2), qp(1, 1), qp(15, 16), false, false},
	{audit.Intersection, "Male / Black or African American", 10, 0, 0, 0, 0, qp(0, 1), qp(0, 1), true, true},
	{audit.Intersection, "Male / Hispanic or Latino", 10, 5, 5, q(1, 2), q(1, 2), qp(5, 8), qp(15, 16), true, false},
	{audit.Intersection, "Male / White", 15, 12, 8, q(4, 5), q(8, 15), qp(1, 1), qp(1, 1), false, false},
}

func concat(parts ...[]want) []want {
	var out []want
	for _, p := range parts {
		out = append(out, p...)
	}
	return out
}

// Every count, rate, ratio and flag of the synthetic sample is exactly
// what the tables above work out by hand, with and without excluding the
// categories under 2%.
func TestAuditSyntheticSample(t *testing.T) {
	results, groups := build(synthetic)
	require.Len(t, results, 100)
	unknown := audit.UnknownCounts{Sex: 6, RaceEthnicity: 7, Intersection: 9}

	tests := []struct {
		name     string
		opts     []audit.Option
		want     []want
		excluded []audit.Excluded
	}{
		{"nothing excluded", nil, concat(wantSex, wantRaceAll, wantInterAll), []audit.Excluded{}},
		{"under 2% excluded", []audit.Option{audit.ExcludeBelow(2)}, concat(wantSex, wantRaceExcl, wantInterExcl), []audit.Excluded{
			{Dimension: audit.RaceEthnicity, Name: "American Indian or Alaska Native", N: 1, Selected: 1, SelectionRate: 1, ScoringRate: 1, Percent: 1, AboveMedian: 1},
			{Dimension: audit.Intersection, Name: "Male / American Indian or Alaska Native", N: 1, Selected: 1, SelectionRate: 1, ScoringRate: 1, Percent: 1, AboveMedian: 1},
		}},
		// 1 of 100 is exactly 1%: not under 1%, so it stays.
		{"a category at exactly the cut stays", []audit.Option{audit.ExcludeBelow(1)}, concat(wantSex, wantRaceAll, wantInterAll), []audit.Excluded{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rep, err := audit.Audit(results, groups, tt.opts...)
			require.NoError(t, err)
			assert.Equal(t, 100, rep.Candidates)
			assert.Equal(t, 40.0, rep.MedianScore)
			assert.Equal(t, audit.Selection{Rule: "verdict", Verdict: match.Eligible}, rep.Selection)
			assert.Equal(t, 9, rep.Unknown, "left out of at least one dimension")
			assert.Equal(t, unknown, rep.UnknownByDimension)
			assert.Equal(t, categories(tt.want), withoutTests(rep.Categories))
			assert.Equal(t, tt.excluded, rep.Excluded)
			// Everyone is accounted for in every dimension: kept, excluded or unknown.
			for _, d := range []audit.Dimension{audit.Sex, audit.RaceEthnicity, audit.Intersection} {
				total := rep.UnknownByDimension.Of(d)
				for _, c := range rep.Categories {
					if c.Dimension == d {
						total += c.N
					}
				}
				for _, e := range rep.Excluded {
					if e.Dimension == d {
						total += e.N
					}
				}
				assert.Equal(t, 100, total, "%s", d)
			}
		})
	}
}

// The report does not depend on the order of the results or on the
// spacing and case of the unknown answers.
func TestAuditIsDeterministic(t *testing.T) {
	results, groups := build(synthetic)
	want, err := audit.Audit(results, groups, audit.ExcludeBelow(2))
	require.NoError(t, err)

	shuffled := append([]match.Result(nil), results...)
	rand.New(rand.NewPCG(1, 2)).Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
	respelled := audit.Groups{}
	for id, g := range groups {
		if g.Sex == "Decline to state" {
			g.Sex = "  DECLINE   to state "
		}
		if g.RaceEthnicity == "Hispanic or Latino" {
			g.RaceEthnicity = " Hispanic  or Latino"
		}
		respelled[id] = g
	}
	got, err := audit.Audit(shuffled, respelled, audit.ExcludeBelow(2))
	require.NoError(t, err)
	assert.Equal(t, want, got)
}

// The worked example of the package doc, number for number.
var workedResults = []match.Result{
	{Posting: "p", Candidate: "c01", Verdict: match.Eligible, Score: 90},
	{Posting: "p", Candidate: "c02", Verdict: match.Ineligible, Score: 40},
	{Posting: "p", Candidate: "c03", Verdict: match.Eligible, Score: 80},
	{Posting: "p", Candidate: "c04", Verdict: match.Ineligible, Score: 30},
	{Posting: "p", Candidate: "c05", Verdict: match.Eligible, Score: 85},
	{Posting: "p", Candidate: "c06", Verdict: match.Eligible, Score: 70},
	{Posting: "p", Candidate: "c07", Verdict: match.Eligible, Score: 75},
	{Posting: "p", Candidate: "c08", Verdict: match.Ineligible, Score: 20},
	{Posting: "p", Candidate: "c09", Verdict: match.Eligible, Score: 60},
	{Posting: "p", Candidate: "c10", Verdict: match.NeedsInfo, Score: 50},
}

var workedGroups = audit.Groups{
	"c01": {"Female", "Asian"}, "c02": {"Female", "Asian"},
	"c03": {"Female", "Black"}, "c04": {"Female", "Black"},
	"c05": {"Male", "Asian"}, "c06": {"Male", "Asian"},
	"c07": {"Male", "Black"}, "c08": {"Male", "Black"},
	"c09": {"Male", "decline to state"},
}

func TestAuditWorkedExample(t *testing.T) {
	rep, err := audit.Audit(workedResults, workedGroups)
	require.NoError(t, err)
	assert.Equal(t, 65.0, rep.MedianScore)
	assert.Equal(t, 2, rep.Unknown)
	assert.Equal(t, audit.UnknownCounts{Sex: 1, RaceEthnicity: 2, Intersection: 2}, rep.UnknownByDimension)
	assert.Equal(t, categories([]want{
		{audit.Sex, "Female", 4, 2, 2, q(1, 2), q(1, 2), qp(5, 8), qp(5, 6), true, false},
		{audit.Sex, "Male", 5, 4, 3, q(4, 5), q(3, 5), qp(1, 1), qp(1, 1), false, false},
		{audit.RaceEthnicity, "Asian", 4, 3, 3, q(3, 4), q(3, 4), qp(1, 1), qp(1, 1), false, false},
		{audit.RaceEthnicity, "Black", 4, 2, 2, q(1, 2), q(1, 2), qp(2, 3), qp(2, 3), true, true},
		{audit.Intersection, "Female / Asian", 2, 1, 1, q(1, 2), q(1, 2), qp(1, 2), qp(1, 2), true, true},
		{audit.Intersection, "Female / Black", 2, 1, 1, q(1, 2), q(1, 2), qp(1, 2), qp(1, 2), true, true},
		{audit.Intersection, "Male / Asian", 2, 2, 2, 1, 1, qp(1, 1), qp(1, 1), false, false},
		{audit.Intersection, "Male / Black", 2, 1, 1, q(1, 2), q(1, 2), qp(1, 2), qp(1, 2), true, true},
	}), withoutTests(rep.Categories))

	rep, err = audit.Audit(workedResults, workedGroups, audit.ExcludeBelow(25))
	require.NoError(t, err)
	var excluded []string
	for _, e := range rep.Excluded {
		excluded = append(excluded, string(e.Dimension)+": "+e.Name)
		assert.Equal(t, 20.0, e.Percent)
	}
	assert.Equal(t, []string{"intersection: Female / Asian", "intersection: Female / Black", "intersection: Male / Asian", "intersection: Male / Black"}, excluded)
	for _, c := range rep.Categories {
		assert.NotEqual(t, audit.Intersection, c.Dimension, "every intersection is excluded")
	}
}

// With a threshold, selection is by score alone (score ≥ T), whatever the
// verdict; the scoring rates do not change. In the worked example at 75,
// c01 (90), c03 (80), c05 (85) and c07 (75, exactly the threshold) are
// selected; c06 (70) and c09 (60) are eligible but not selected.
func TestAuditThreshold(t *testing.T) {
	rep, err := audit.Audit(workedResults, workedGroups, audit.Threshold(75))
	require.NoError(t, err)
	seventyFive := 75.0
	assert.Equal(t, audit.Selection{Rule: "threshold", Threshold: &seventyFive}, rep.Selection)
	assert.Equal(t, "score ≥ 75", rep.Selection.String())
	assert.Equal(t, categories([]want{
		// Male: 2 of 5 = 0.4 against Female's 2 of 4 = 0.5: IR exactly 4/5, not flagged.
		{audit.Sex, "Female", 4, 2, 2, q(1, 2), q(1, 2), qp(1, 1), qp(5, 6), false, false},
		{audit.Sex, "Male", 5, 2, 3, q(2, 5), q(3, 5), qp(4, 5), qp(1, 1), false, false},
		{audit.RaceEthnicity, "Asian", 4, 2, 3, q(1, 2), q(3, 4), qp(1, 1), qp(1, 1), false, false},
		{audit.RaceEthnicity, "Black", 4, 2, 2, q(1, 2), q(1, 2), qp(1, 1), qp(2, 3), false, true},
		{audit.Intersection, "Female / Asian", 2, 1, 1, q(1, 2), q(1, 2), qp(1, 1), qp(1, 2), false, true},
		{audit.Intersection, "Female / Black", 2, 1, 1, q(1, 2), q(1, 2), qp(1, 1), qp(1, 2), false, true},
		{audit.Intersection, "Male / Asian", 2, 1, 2, q(1, 2), 1, qp(1, 1), qp(1, 1), false, false},
		{audit.Intersection, "Male / Black", 2, 1, 1, q(1, 2), q(1, 2), qp(1, 1), qp(1, 2), false, true},
	}), withoutTests(rep.Categories))

	// At 0 everyone is selected (the 9 of known sex; c10 has none), at 90
	// only c01, above 90 no one.
	for _, tt := range []struct {
		threshold float64
		selected  int
	}{{0, 9}, {90, 1}, {90.1, 0}} {
		rep, err := audit.Audit(workedResults, workedGroups, audit.Threshold(tt.threshold))
		require.NoError(t, err)
		n := 0
		for _, c := range rep.Categories {
			if c.Dimension == audit.Sex {
				n += c.Selected
			}
		}
		assert.Equal(t, tt.selected, n, "threshold %v", tt.threshold)
	}
}

// When the highest rate of a dimension is 0, the ratios against it are
// undefined (nil) and flag nothing; a zero rate beside a positive one is
// a ratio of 0 and flags.
func TestAuditZeroRates(t *testing.T) {
	g := audit.Groups{"a": {"F", "X"}, "b": {"F", "X"}, "c": {"M", "Y"}, "d": {"M", "Y"}}
	res := func(va, vb, vc, vd match.Verdict, sa, sb, sc, sd float64) []match.Result {
		return []match.Result{
			{Candidate: "a", Verdict: va, Score: sa}, {Candidate: "b", Verdict: vb, Score: sb},
			{Candidate: "c", Verdict: vc, Score: sc}, {Candidate: "d", Verdict: vd, Score: sd},
		}
	}
	in, el := match.Ineligible, match.Eligible
	tests := []struct {
		name            string
		results         []match.Result
		wantIR, wantSIR [2]*float64 // F, M
		flagged         [2]bool
	}{
		{"no one selected, equal scores", res(in, in, in, in, 50, 50, 50, 50), [2]*float64{nil, nil}, [2]*float64{nil, nil}, [2]bool{false, false}},
		{"no one selected, M above", res(in, in, in, in, 10, 20, 80, 90), [2]*float64{nil, nil}, [2]*float64{qp(0, 1), qp(1, 1)}, [2]bool{true, false}},
		{"F selected, equal scores", res(el, in, in, in, 50, 50, 50, 50), [2]*float64{qp(1, 1), qp(0, 1)}, [2]*float64{nil, nil}, [2]bool{false, true}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rep, err := audit.Audit(tt.results, g)
			require.NoError(t, err)
			for i, name := range []string{"F", "M"} {
				c := rep.Categories[i]
				require.Equal(t, name, c.Name)
				assert.Equal(t, tt.wantIR[i], c.ImpactRatio, "%s impact ratio", name)
				assert.Equal(t, tt.wantSIR[i], c.ScoringImpactRatio, "%s scoring impact ratio", name)
				assert.Equal(t, tt.flagged[i], c.Flagged, "%s flagged", name)
			}
		})
	}
}

// Every way of not reporting a category counts as unknown, in that
// dimension only.
func TestAuditUnknown(t *testing.T) {
	answers := []string{"", "   ", "unknown", "Unknown", "Decline to state", "DECLINED TO STATE", "prefer  not to say"}
	var results []match.Result
	groups := audit.Groups{}
	for i, a := range answers {
		id := fmt.Sprintf("u%d", i)
		results = append(results, match.Result{Candidate: id, Verdict: match.Eligible, Score: 50})
		groups[id] = audit.Group{Sex: "Female", RaceEthnicity: a}
	}
	results = append(results, match.Result{Candidate: "norow", Verdict: match.Eligible, Score: 50})
	rep, err := audit.Audit(results, groups)
	require.NoError(t, err)
	assert.Equal(t, audit.UnknownCounts{Sex: 1, RaceEthnicity: 8, Intersection: 8}, rep.UnknownByDimension)
	assert.Equal(t, 8, rep.Unknown)
	require.Len(t, rep.Categories, 1)
	assert.Equal(t, "Female", rep.Categories[0].Name)
	assert.Equal(t, 7, rep.Categories[0].N)
}

func TestAuditErrors(t *testing.T) {
	ok := match.Result{Posting: "p", Candidate: "a", Verdict: match.Eligible, Score: 50}
	with := func(f func(r *match.Result)) match.Result { r := ok; f(&r); return r }
	tests := []struct {
		name    string
		results []match.Result
		groups  audit.Groups
		opts    []audit.Option
		want    string
	}{
		{"no results", nil, nil, nil, "there are no results to audit"},
		{"no candidate", []match.Result{with(func(r *match.Result) { r.Candidate = "" })}, nil, nil, "[0].candidate: the result has no candidate id"},
		{"a candidate twice", []match.Result{ok, with(func(r *match.Result) { r.Score = 60 })}, nil, nil,
			`[1].candidate: "a" already has a result for this posting, result [0]; give each candidate one result`},
		{"bad verdict", []match.Result{with(func(r *match.Result) { r.Verdict = "maybe" })}, nil, nil, `[0].verdict: must be eligible, needs-info or ineligible, not "maybe"`},
		{"score over 100", []match.Result{with(func(r *match.Result) { r.Score = 120 })}, nil, nil, "[0].score: must be from 0 to 100, not 120"},
		{"NaN score", []match.Result{with(func(r *match.Result) { r.Score = math.NaN() })}, nil, nil, "[0].score: must be from 0 to 100, not NaN"},
		{"case clash", []match.Result{ok, with(func(r *match.Result) { r.Candidate = "b" })}, audit.Groups{"a": {"Female", "X"}, "b": {"female", "X"}}, nil,
			`the sex categories "Female" and "female" differ only in case; spell each category one way`},
		{"threshold out of range", []match.Result{ok}, nil, []audit.Option{audit.Threshold(101)}, "the threshold must be a score from 0 to 100, not 101"},
		{"exclude 100%", []match.Result{ok}, nil, []audit.Option{audit.ExcludeBelow(100)}, "the share to exclude below must be a percentage from 0 up to 100, not 100"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := audit.Audit(tt.results, tt.groups, tt.opts...)
			require.Error(t, err)
			assert.Equal(t, tt.want, err.Error())
		})
	}

	// The same candidate for two postings is two results, not a duplicate.
	_, err := audit.Audit([]match.Result{ok, with(func(r *match.Result) { r.Posting = "q" })}, nil)
	require.NoError(t, err)

	var ps diag.Problems
	_, err = audit.Audit([]match.Result{with(func(r *match.Result) { r.Verdict = "" })}, nil)
	require.True(t, errors.As(err, &ps))
	assert.ErrorIs(t, err, diag.ErrInvalid)
}

// withoutTests clears what the significance test adds, for comparing the
// rates and ratios alone (TestAuditSignificance checks the test).
func withoutTests(cs []audit.Category) []audit.Category {
	out := make([]audit.Category, len(cs))
	for i, c := range cs {
		c.SelectionP, c.SmallSample = nil, false
		out[i] = c
	}
	return out
}

// Each category's selections are tested against those of the category
// with the highest selection rate (Fisher's exact test, two-sided), and a
// sample under 30 is marked small.
func TestAuditSignificance(t *testing.T) {
	rep, err := audit.Audit(workedResults, workedGroups)
	require.NoError(t, err)
	female, male := rep.Categories[0], rep.Categories[1]
	require.Equal(t, "Female", female.Name)
	require.NotNil(t, female.SelectionP)
	// Female 2 of 4 selected against Male 4 of 5: p = 0.5238, computed
	// exactly from the hypergeometric distribution.
	assert.InDelta(t, 0.5238, *female.SelectionP, 0.0001)
	assert.Nil(t, male.SelectionP, "the comparison category is not tested against itself")
	assert.True(t, female.SmallSample)

	results, groups := build(synthetic)
	big, err := audit.Audit(results, groups, audit.ExcludeBelow(2))
	require.NoError(t, err)
	for _, c := range big.Categories {
		if c.Dimension == audit.Sex {
			assert.False(t, c.SmallSample, "%s has %d candidates", c.Name, c.N)
		}
	}
}
