package audit_test

import (
	"fmt"
	"os"

	"github.com/quals-dev/quals/audit"
	"github.com/quals-dev/quals/match"
)

// The worked example of the package doc: ten results and their groups.
func ExampleAudit() {
	results, err := audit.ParseResults("results.json", []byte(`[
		{"candidate": "c01", "verdict": "eligible",   "score": 90},
		{"candidate": "c02", "verdict": "ineligible", "score": 40},
		{"candidate": "c03", "verdict": "eligible",   "score": 80},
		{"candidate": "c04", "verdict": "ineligible", "score": 30},
		{"candidate": "c05", "verdict": "eligible",   "score": 85},
		{"candidate": "c06", "verdict": "eligible",   "score": 70},
		{"candidate": "c07", "verdict": "eligible",   "score": 75},
		{"candidate": "c08", "verdict": "ineligible", "score": 20},
		{"candidate": "c09", "verdict": "eligible",   "score": 60},
		{"candidate": "c10", "verdict": "needs-info", "score": 50}
	]`))
	if err != nil {
		panic(err)
	}
	groups, err := audit.ParseGroups("groups.csv", []byte(`candidate,sex,race_ethnicity
c01,Female,Asian
c02,Female,Asian
c03,Female,Black
c04,Female,Black
c05,Male,Asian
c06,Male,Asian
c07,Male,Black
c08,Male,Black
c09,Male,decline to state
`))
	if err != nil {
		panic(err)
	}
	rep, err := audit.Audit(results, groups)
	if err != nil {
		panic(err)
	}
	fmt.Println("median:", rep.MedianScore, "unknown:", rep.Unknown)
	for _, c := range rep.Categories {
		fmt.Printf("%-14s %-14s n=%d selected=%d SR=%.3f SC=%.3f IR=%.3f SIR=%.3f flagged=%t\n",
			c.Dimension, c.Name, c.N, c.Selected, c.SelectionRate, c.ScoringRate, *c.ImpactRatio, *c.ScoringImpactRatio, c.Flagged)
	}
	// Output:
	// median: 65 unknown: 2
	// sex            Female         n=4 selected=2 SR=0.500 SC=0.500 IR=0.625 SIR=0.833 flagged=true
	// sex            Male           n=5 selected=4 SR=0.800 SC=0.600 IR=1.000 SIR=1.000 flagged=false
	// race_ethnicity Asian          n=4 selected=3 SR=0.750 SC=0.750 IR=1.000 SIR=1.000 flagged=false
	// race_ethnicity Black          n=4 selected=2 SR=0.500 SC=0.500 IR=0.667 SIR=0.667 flagged=true
	// intersection   Female / Asian n=2 selected=1 SR=0.500 SC=0.500 IR=0.500 SIR=0.500 flagged=true
	// intersection   Female / Black n=2 selected=1 SR=0.500 SC=0.500 IR=0.500 SIR=0.500 flagged=true
	// intersection   Male / Asian   n=2 selected=2 SR=1.000 SC=1.000 IR=1.000 SIR=1.000 flagged=false
	// intersection   Male / Black   n=2 selected=1 SR=0.500 SC=0.500 IR=0.500 SIR=0.500 flagged=true
}

// With a score threshold, Male's selection rate of 2/5 against Female's
// 2/4 is an impact ratio of exactly 0.8: not below four fifths.
func ExampleThreshold() {
	rep, err := audit.Audit([]match.Result{
		{Candidate: "c01", Verdict: match.Eligible, Score: 90},
		{Candidate: "c03", Verdict: match.Eligible, Score: 80},
		{Candidate: "c02", Verdict: match.Ineligible, Score: 40},
		{Candidate: "c04", Verdict: match.Ineligible, Score: 30},
		{Candidate: "c05", Verdict: match.Eligible, Score: 85},
		{Candidate: "c07", Verdict: match.Eligible, Score: 75},
		{Candidate: "c06", Verdict: match.Eligible, Score: 70},
		{Candidate: "c08", Verdict: match.Ineligible, Score: 20},
		{Candidate: "c09", Verdict: match.Eligible, Score: 60},
	}, audit.Groups{
		"c01": {Sex: "Female"}, "c02": {Sex: "Female"}, "c03": {Sex: "Female"}, "c04": {Sex: "Female"},
		"c05": {Sex: "Male"}, "c06": {Sex: "Male"}, "c07": {Sex: "Male"}, "c08": {Sex: "Male"}, "c09": {Sex: "Male"},
	}, audit.Threshold(75))
	if err != nil {
		panic(err)
	}
	fmt.Println("selected:", rep.Selection)
	for _, c := range rep.Categories {
		fmt.Printf("%s: %d of %d, impact ratio %.2f, flagged %t\n", c.Name, c.Selected, c.N, *c.ImpactRatio, c.Flagged)
	}
	// Output:
	// selected: score ≥ 75
	// Female: 2 of 4, impact ratio 1.00, flagged false
	// Male: 2 of 5, impact ratio 0.80, flagged false
}

func ExampleWriteText() {
	results := []match.Result{
		{Candidate: "a", Verdict: match.Eligible, Score: 80},
		{Candidate: "b", Verdict: match.Ineligible, Score: 30},
		{Candidate: "c", Verdict: match.Eligible, Score: 70},
		{Candidate: "d", Verdict: match.Eligible, Score: 90},
	}
	groups := audit.Groups{"a": {"Female", "Asian"}, "b": {"Female", "White"}, "c": {"Male", "White"}}
	rep, err := audit.Audit(results, groups)
	if err != nil {
		panic(err)
	}
	if err := audit.WriteText(os.Stdout, rep); err != nil {
		panic(err)
	}
	// Output:
	// Bias audit of 4 candidates
	// Selected: verdict is eligible
	// Median score: 75 (the scoring rate is the share of a category scoring above it)
	// Flagged: an impact ratio below 0.8, by selection, scoring or both (the four-fifths rule)
	// Tested: each category's selections against the category selected most, Fisher's exact test (two-sided p)
	//
	// Sex
	//   CATEGORY  N  SELECTED  SELECTION RATE  IMPACT RATIO  ABOVE MEDIAN  SCORING RATE  SCORING IMPACT RATIO  FLAGGED          SELECTION P
	//   Female    2  1         0.500           0.500         1             0.500         1.000                 yes (selection)  1
	//   Male      1  1         1.000           1.000         0             0.000         0.000                 yes (scoring)    —
	//   small sample: a category or the one it is compared with has fewer than 30 candidates; the impact ratios are indicative, the p-values say more
	//   unknown: 1 candidate left out
	//
	// Race/ethnicity
	//   CATEGORY  N  SELECTED  SELECTION RATE  IMPACT RATIO  ABOVE MEDIAN  SCORING RATE  SCORING IMPACT RATIO  FLAGGED     SELECTION P
	//   Asian     1  1         1.000           1.000         1             1.000         1.000                 no          —
	//   White     2  1         0.500           0.500         0             0.000         0.000                 yes (both)  1
	//   small sample: a category or the one it is compared with has fewer than 30 candidates; the impact ratios are indicative, the p-values say more
	//   unknown: 1 candidate left out
	//
	// Intersection (sex / race/ethnicity)
	//   CATEGORY        N  SELECTED  SELECTION RATE  IMPACT RATIO  ABOVE MEDIAN  SCORING RATE  SCORING IMPACT RATIO  FLAGGED        SELECTION P
	//   Female / Asian  1  1         1.000           1.000         1             1.000         1.000                 no             —
	//   Female / White  1  0         0.000           0.000         0             0.000         0.000                 yes (both)     1
	//   Male / White    1  1         1.000           1.000         0             0.000         0.000                 yes (scoring)  1
	//   small sample: a category or the one it is compared with has fewer than 30 candidates; the impact ratios are indicative, the p-values say more
	//   unknown: 1 candidate left out
	//
	// Unknown: 1 candidate left out of at least one dimension (sex 1, race_ethnicity 1, intersection 1)
	// Excluded: none (no category is excluded for its size)
}
