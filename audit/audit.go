package audit

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/quals-dev/quals/diag"
	"github.com/quals-dev/quals/match"
)

// Dimension is what categories are compared within: a category's impact
// ratios are against the highest rate of its own dimension.
type Dimension string

// The dimensions, in the order a Report lists them.
const (
	Sex           Dimension = "sex"
	RaceEthnicity Dimension = "race_ethnicity"
	Intersection  Dimension = "intersection" // sex × race/ethnicity: "Female / Asian"
)

// dimensions is the report order.
var dimensions = []Dimension{Sex, RaceEthnicity, Intersection}

// FourFifths is the EEOC four-fifths rule: an impact ratio below it flags
// the category.
const FourFifths = 0.8

// IntersectionSeparator joins a sex category and a race/ethnicity category
// into the name of their intersection: "Female" and "Hispanic or Latino"
// make "Female / Hispanic or Latino".
const IntersectionSeparator = " / "

// Group is one candidate's self-reported categories. A blank value, or one
// of the answers listed in the package doc ("unknown", "decline to state"…),
// means the category is unknown.
type Group struct {
	Sex           string
	RaceEthnicity string
}

// Groups holds each candidate's categories by candidate id (the id of
// match.Result.Candidate). Demographics are never part of a profile: they
// are joined to the results by this id only.
type Groups map[string]Group

// Report is the outcome of an audit. Its JSON form is stable: categories,
// unknown and excluded as the package doc describes, then the facts the
// numbers depend on.
type Report struct {
	// Categories holds, per dimension (sex, race_ethnicity, intersection,
	// in that order), every category audited, by name.
	Categories []Category `json:"categories"`
	// Unknown counts the candidates left out of at least one dimension
	// because a category of theirs is unknown (which is the intersection's
	// unknown count); UnknownByDimension splits it.
	Unknown int `json:"unknown"`
	// Excluded lists the categories under the ExcludeBelow share, in the
	// same order as Categories; they have no ratios and set no maximum.
	Excluded []Excluded `json:"excluded"`

	UnknownByDimension UnknownCounts `json:"unknown_by_dimension"`
	Candidates         int           `json:"candidates"`            // results audited
	MedianScore        float64       `json:"median_score"`          // of every result audited
	Selection          Selection     `json:"selection"`             // who counts as selected
	ExcludeBelow       float64       `json:"exclude_below_percent"` // 0: nothing excluded
}

// UnknownCounts is how many candidates each dimension leaves out because
// their category in it is unknown.
type UnknownCounts struct {
	Sex           int `json:"sex"`
	RaceEthnicity int `json:"race_ethnicity"`
	Intersection  int `json:"intersection"`
}

// Of returns the count for dimension d.
func (u UnknownCounts) Of(d Dimension) int {
	switch d {
	case Sex:
		return u.Sex
	case RaceEthnicity:
		return u.RaceEthnicity
	default:
		return u.Intersection
	}
}

// Selection is the rule deciding who is selected.
type Selection struct {
	Rule      string        `json:"rule"`                // "verdict" or "threshold"
	Verdict   match.Verdict `json:"verdict,omitempty"`   // rule verdict: the verdict selected
	Threshold *float64      `json:"threshold,omitempty"` // rule threshold: the lowest score selected
}

// String describes the rule: "verdict is eligible", "score ≥ 60".
func (s Selection) String() string {
	if s.Threshold != nil {
		return "score ≥ " + formatNumber(*s.Threshold)
	}
	return "verdict is " + string(s.Verdict)
}

// Category is one category of one dimension.
type Category struct {
	Dimension     Dimension `json:"dimension"`
	Name          string    `json:"category"`
	N             int       `json:"n"`
	Selected      int       `json:"selected"`
	SelectionRate float64   `json:"selection_rate"` // Selected / N
	ScoringRate   float64   `json:"scoring_rate"`   // AboveMedian / N
	// ImpactRatio is SelectionRate / the dimension's highest selection
	// rate; nil (null) when that highest rate is 0.
	ImpactRatio *float64 `json:"impact_ratio"`
	// ScoringImpactRatio is ScoringRate / the dimension's highest scoring
	// rate; nil (null) when that highest rate is 0.
	ScoringImpactRatio *float64 `json:"scoring_impact_ratio"`
	// Flagged is FlaggedBySelection || FlaggedByScoring.
	Flagged bool `json:"flagged"`
	// SelectionP is the two-sided p-value of Fisher's exact test of the
	// category's selections against those of the category with the
	// highest selection rate; nil (null) for that category itself. Under
	// 0.05, the difference is unlikely to be chance.
	SelectionP *float64 `json:"selection_p"`
	// SmallSample is set when the category or the one it is compared with
	// has fewer than SmallSample candidates: the impact ratio is then only
	// indicative, and SelectionP says more.
	SmallSample bool `json:"small_sample"`

	// Not in the JSON (its fields change only by being added); the text and CSV show them.
	AboveMedian        int  `json:"-"` // candidates scoring above the sample's median
	FlaggedBySelection bool `json:"-"` // ImpactRatio < 0.8
	FlaggedByScoring   bool `json:"-"` // ScoringImpactRatio < 0.8
}

// Excluded is a category left out for being under the ExcludeBelow share
// of the sample. Its rates are shown; it has no ratios and sets no maximum.
type Excluded struct {
	Dimension     Dimension `json:"dimension"`
	Name          string    `json:"category"`
	N             int       `json:"n"`
	Selected      int       `json:"selected"`
	SelectionRate float64   `json:"selection_rate"`
	ScoringRate   float64   `json:"scoring_rate"`
	Percent       float64   `json:"percent"` // 100 × N / candidates audited
	AboveMedian   int       `json:"-"`
}

// Option configures an audit. An option that is out of range makes Audit
// return an error.
type Option func(*config) error

type config struct {
	threshold    *float64
	excludeBelow float64
}

// Threshold selects the candidates scoring at least score (0 to 100)
// instead of those whose verdict is eligible.
func Threshold(score float64) Option {
	return func(c *config) error {
		if math.IsNaN(score) || score < 0 || score > 100 {
			return fmt.Errorf("the threshold must be a score from 0 to 100, not %s", formatNumber(score))
		}
		c.threshold = &score
		return nil
	}
}

// ExcludeBelow leaves out, in every dimension, the categories holding
// fewer than percent % of the candidates audited (NYC Local Law 144 allows
// 2). They are listed in Report.Excluded. percent runs from 0 (the
// default: nothing excluded) up to, not including, 100.
func ExcludeBelow(percent float64) Option {
	return func(c *config) error {
		if math.IsNaN(percent) || percent < 0 || percent >= 100 {
			return fmt.Errorf("the share to exclude below must be a percentage from 0 up to 100, not %s", formatNumber(percent))
		}
		c.excludeBelow = percent
		return nil
	}
}

// tally counts one category.
type tally struct{ n, selected, above int }

// Audit computes the selection and scoring rates and the impact ratios of
// every category in every dimension. See the package doc for the formulas.
//
// It returns:
//   - a Report and nil, when the results hold at least one result and
//     each has a candidate id, a verdict of eligible, needs-info or
//     ineligible and a score from 0 to 100, no (posting, candidate) pair
//     twice, and the options are in range;
//   - an empty Report and Problems (use errors.As) otherwise: one for no
//     results, or one per thing wrong with a result, its index in the
//     field ("[3].score");
//   - an empty Report and another error for an option out of range, or for
//     two categories of a dimension that differ only in case.
//
// Candidates missing from groups, or whose category is unknown, are
// counted in Unknown. Entries of groups naming no result are ignored.
// Audit does not modify its arguments and is safe to call concurrently.
func Audit(results []match.Result, groups Groups, opts ...Option) (Report, error) {
	var cfg config
	for _, o := range opts {
		if err := o(&cfg); err != nil {
			return Report{}, err
		}
	}
	if len(results) == 0 {
		return Report{}, diag.Problems{{Kind: diag.ErrEmpty, Message: "there are no results to audit"}}
	}
	if ps := checkResults(indexed(results)); len(ps) > 0 {
		return Report{}, ps
	}

	rep := Report{Candidates: len(results), ExcludeBelow: cfg.excludeBelow, Categories: []Category{}, Excluded: []Excluded{}}
	selected := func(r match.Result) bool { return r.Verdict == match.Eligible }
	rep.Selection = Selection{Rule: "verdict", Verdict: match.Eligible}
	if cfg.threshold != nil {
		t := *cfg.threshold
		selected = func(r match.Result) bool { return r.Score >= t }
		rep.Selection = Selection{Rule: "threshold", Threshold: &t}
	}
	var above func(float64) bool
	rep.MedianScore, above = median(results)

	tallies := map[Dimension]map[string]*tally{Sex: {}, RaceEthnicity: {}, Intersection: {}}
	add := func(d Dimension, name string, r match.Result) {
		t := tallies[d][name]
		if t == nil {
			t = &tally{}
			tallies[d][name] = t
		}
		t.n++
		if selected(r) {
			t.selected++
		}
		if above(r.Score) {
			t.above++
		}
	}
	for _, r := range results {
		g := groups[r.Candidate]
		sex, sexKnown := normalize(g.Sex)
		race, raceKnown := normalize(g.RaceEthnicity)
		if sexKnown {
			add(Sex, sex, r)
		} else {
			rep.UnknownByDimension.Sex++
		}
		if raceKnown {
			add(RaceEthnicity, race, r)
		} else {
			rep.UnknownByDimension.RaceEthnicity++
		}
		if sexKnown && raceKnown {
			add(Intersection, sex+IntersectionSeparator+race, r)
		} else {
			rep.UnknownByDimension.Intersection++
		}
	}
	rep.Unknown = rep.UnknownByDimension.Intersection

	for _, d := range dimensions[:2] {
		if err := caseClash(d, tallies[d]); err != nil {
			return Report{}, err
		}
	}
	for _, d := range dimensions {
		cats, excl := rate(d, tallies[d], len(results), cfg.excludeBelow)
		rep.Categories = append(rep.Categories, cats...)
		rep.Excluded = append(rep.Excluded, excl...)
	}
	return rep, nil
}

// median returns the median of the scores and a test for "above it" that
// is exact for every score of the sample: with lo and hi the two middle
// scores (the same one when their number is odd), no score of the sample
// lies strictly between them, so score > (lo+hi)/2 exactly when
// score > lo and score ≥ hi. No rounding of (lo+hi)/2 can move anyone.
func median(results []match.Result) (float64, func(float64) bool) {
	scores := make([]float64, len(results))
	for i, r := range results {
		scores[i] = r.Score
	}
	slices.Sort(scores)
	n := len(scores)
	lo, hi := scores[(n-1)/2], scores[n/2]
	return (lo + hi) / 2, func(s float64) bool { return s > lo && s >= hi }
}

// rate turns one dimension's tallies into its categories, by name, and
// the ones excluded for their size.
func rate(d Dimension, tallies map[string]*tally, total int, excludeBelow float64) ([]Category, []Excluded) {
	names := make([]string, 0, len(tallies))
	for name := range tallies {
		names = append(names, name)
	}
	slices.Sort(names)

	var kept []string
	var excluded []Excluded
	for _, name := range names {
		t := tallies[name]
		if float64(t.n)*100 < excludeBelow*float64(total) {
			excluded = append(excluded, Excluded{Dimension: d, Name: name, N: t.n, Selected: t.selected,
				SelectionRate: ratio(t.selected, t.n), ScoringRate: ratio(t.above, t.n),
				Percent: 100 * float64(t.n) / float64(total), AboveMedian: t.above})
			continue
		}
		kept = append(kept, name)
	}

	// The highest rates, as fractions, compared by cross-multiplying so
	// that no rounding decides which is highest.
	var maxSel, maxAbove tally
	var maxSelTally *tally // the category compared with, for the significance test
	for _, name := range kept {
		t := tallies[name]
		if maxSel.n == 0 || t.selected*maxSel.n > maxSel.selected*t.n {
			maxSel, maxSelTally = *t, t
		}
		if maxAbove.n == 0 || t.above*maxAbove.n > maxAbove.above*t.n {
			maxAbove = *t
		}
	}

	cats := make([]Category, 0, len(kept))
	for _, name := range kept {
		t := tallies[name]
		c := Category{Dimension: d, Name: name, N: t.n, Selected: t.selected, AboveMedian: t.above,
			SelectionRate: ratio(t.selected, t.n), ScoringRate: ratio(t.above, t.n)}
		c.ImpactRatio, c.FlaggedBySelection = impact(t.selected, t.n, maxSel.selected, maxSel.n)
		c.ScoringImpactRatio, c.FlaggedByScoring = impact(t.above, t.n, maxAbove.above, maxAbove.n)
		c.Flagged = c.FlaggedBySelection || c.FlaggedByScoring
		if t != maxSelTally {
			p := fisherExact(t.selected, t.n-t.selected, maxSel.selected, maxSel.n-maxSel.selected)
			c.SelectionP = &p
		}
		c.SmallSample = t.n < SmallSample || maxSel.n < SmallSample
		cats = append(cats, c)
	}
	return cats, excluded
}

func ratio(a, b int) float64 { return float64(a) / float64(b) }

// impact returns (k/n) / (kMax/nMax), computed as one division of whole
// numbers so that equal fractions give equal floats, and whether it is
// below four fifths, decided on whole numbers (5·k·nMax < 4·n·kMax) so
// that a ratio of exactly 0.8 is never flagged. With kMax 0 the ratio is
// undefined: nil, and not flagged.
func impact(k, n, kMax, nMax int) (*float64, bool) {
	if kMax == 0 {
		return nil, false
	}
	r := ratio(k*nMax, n*kMax)
	return &r, 5*k*nMax < 4*n*kMax
}

// notReported are the answers that leave a category unknown, compared
// after folding case and runs of spaces.
var notReported = map[string]bool{
	"":                  true,
	"unknown":           true,
	"decline to state":  true,
	"declined to state": true,
	"prefer not to say": true,
}

// normalize trims a category and collapses runs of white space; known is
// false for a blank or not-reported answer.
func normalize(s string) (name string, known bool) {
	name = strings.Join(strings.Fields(s), " ")
	if notReported[strings.ToLower(name)] {
		return "", false
	}
	return name, true
}

// caseClash refuses two spellings of one category, which would otherwise
// be audited as two categories.
func caseClash(d Dimension, tallies map[string]*tally) error {
	seen := map[string]string{}
	names := make([]string, 0, len(tallies))
	for name := range tallies {
		names = append(names, name)
	}
	slices.Sort(names)
	for _, name := range names {
		key := strings.ToLower(name)
		if prev, ok := seen[key]; ok {
			return fmt.Errorf("the %s categories %q and %q differ only in case; spell each category one way", d, prev, name)
		}
		seen[key] = name
	}
	return nil
}

// placed is a result with where it came from, for problems.
type placed struct {
	match.Result
	file      string
	line, col int // where the result starts; 0 when unknown
	field     func(key string) string
}

// indexed places the results of a slice: "[3].score".
func indexed(results []match.Result) []placed {
	out := make([]placed, len(results))
	for i, r := range results {
		out[i] = placed{Result: r, field: elementField(i)}
	}
	return out
}

// elementField makes the field paths of element i of an array.
func elementField(i int) func(string) string {
	return func(key string) string {
		if key == "" {
			return "[" + strconv.Itoa(i) + "]"
		}
		return "[" + strconv.Itoa(i) + "]." + key
	}
}

// checkResults checks what the audit reads of each result.
func checkResults(results []placed) diag.Problems {
	var ps diag.Problems
	type key struct{ posting, candidate string }
	first := map[key]placed{}
	for _, r := range results {
		fail := func(kind diag.Kind, field, format string, a ...any) {
			ps = append(ps, diag.Problem{File: r.file, Line: r.line, Column: r.col, Field: r.field(field), Kind: kind, Message: fmt.Sprintf(format, a...)})
		}
		k := key{r.Posting, r.Candidate}
		if r.Candidate == "" {
			fail(diag.ErrMissing, "candidate", "the result has no candidate id")
		} else if prev, dup := first[k]; dup {
			where := fmt.Sprintf("result %s", prev.field(""))
			if prev.line > 0 {
				where += fmt.Sprintf(" (line %d)", prev.line)
			}
			fail(diag.ErrDuplicate, "candidate", "%q already has a result for this posting, %s; give each candidate one result", r.Candidate, where)
		} else {
			first[k] = r
		}
		if !slices.Contains([]match.Verdict{match.Eligible, match.NeedsInfo, match.Ineligible}, r.Verdict) {
			fail(diag.ErrInvalid, "verdict", "must be eligible, needs-info or ineligible, not %q", r.Verdict)
		}
		if math.IsNaN(r.Score) || r.Score < 0 || r.Score > 100 {
			fail(diag.ErrInvalid, "score", "must be from 0 to 100, not %s", formatNumber(r.Score))
		}
	}
	return ps
}

// formatNumber writes a number as briefly as it is exact: 60, 72.5.
func formatNumber(f float64) string {
	return strconv.FormatFloat(f, 'f', -1, 64)
}
