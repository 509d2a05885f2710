// Package audit measures adverse impact in match results: the bias audit
// New York City's Local Law 144 asks of automated employment decision
// tools, with the EEOC's four-fifths rule as the flag.
//
// Audit takes the results of matching (match.Rank's, or the JSON of
// `quals rank --format json` read by ParseResults) and, separately, each
// candidate's self-reported categories (Groups, read by ParseGroups from a
// CSV with the header candidate,sex,race_ethnicity or the equivalent JSON).
// Demographics are never part of a profile and matching never sees them:
// they are joined to the results by candidate id only, after matching.
//
// # Dimensions and categories
//
// There are three dimensions: sex, race_ethnicity, and intersection, every
// sex × race/ethnicity pair, named sex + " / " + race/ethnicity
// ("Female / Hispanic or Latino"; see IntersectionSeparator). Categories
// are the values candidates reported, trimmed and with runs of spaces made
// one; two spellings that differ only in case are refused rather than
// audited as two categories. Categories are compared within their
// dimension only, and listed in the order sex, race_ethnicity,
// intersection, then by name (byte order).
//
// A candidate's category in a dimension is unknown when the candidate has
// no entry in the groups, or reported a blank value or one of "unknown",
// "decline to state", "declined to state", "prefer not to say" (in any
// case). Such a candidate is left out of that dimension, and of the
// intersection, but still counts in the other dimension when that category
// is known: someone who reported sex but declined race/ethnicity is in the
// sex table only. Report.UnknownByDimension counts those left out of each
// dimension, and Report.Unknown is the number left out of at least one,
// which is the intersection's count. Every result still counts in the
// sample: in the median and in the N the excluded shares are taken of.
// Groups naming no candidate of the results are ignored.
//
// # Formulas
//
// With N results audited, and for a category c of a dimension d:
//
//   - selected: by default a candidate is selected when the verdict is
//     eligible; with Threshold(T), when the score is at least T (score ≥ T),
//     whatever the verdict.
//   - n(c) = candidates in c; sel(c) = those selected.
//   - selection rate SR(c) = sel(c) / n(c).
//   - median M = the median score of all N results (the mean of the two
//     middle scores when N is even), whatever their categories.
//   - above(c) = candidates in c scoring strictly above M.
//   - scoring rate SC(c) = above(c) / n(c). This is Local Law 144's
//     scoring rate for a continuous score: "the rate at which individuals
//     in a category receive a score above the sample's median score".
//   - impact ratio IR(c) = SR(c) / max SR(k) over the categories k of d.
//   - scoring impact ratio SIR(c) = SC(c) / max SC(k) over the categories
//     k of d.
//   - flagged(c) = IR(c) < 0.8 or SIR(c) < 0.8: either ratio flags;
//     Category.FlaggedBySelection and Category.FlaggedByScoring say which.
//
// When the highest rate of a dimension is 0 (no one in it selected, or no
// one above the median: every score equal, say) the ratios against it are
// undefined: they are nil (null in JSON, "n/a" in text, an empty CSV cell)
// and never flag. A category whose own rate is 0 while another's is not
// has a ratio of 0, and is flagged. The ratios and the flag are computed
// from the counts: IR(c) = sel(c)·n(m) / (n(c)·sel(m)) in one division,
// where m has the highest rate, and flagged when 5·sel(c)·n(m) <
// 4·n(c)·sel(m), so a ratio of exactly 4/5 is not flagged and no rounding
// moves a category across the line. Rates and ratios are floats, rounded
// only for display.
//
// # Significance and small samples
//
// Adverse-impact practice reads the four-fifths rule beside a test of
// significance, since with few candidates one person more or less moves a
// ratio across 0.8. For each category c other than m (the first category
// with the highest selection rate), Category.SelectionP is the two-sided
// p-value of Fisher's exact test on the 2×2 table of c's and m's
// selected and not selected candidates: the probability, with the table's
// margins fixed, of a table at most as likely as the one observed, summed
// over the hypergeometric distribution (to six significant digits). A p
// under 0.05 says the difference in selection is unlikely to be chance; a
// large p says the sample cannot tell. Category.SmallSample is set when c
// or m has fewer than SmallSample (30) candidates: its ratios are then
// only indicative, and the text report says so under the table.
//
// # Small categories
//
// ExcludeBelow(X) leaves out of a dimension every category with
// 100·n(c)/N < X (Local Law 144 allows an auditor to exclude categories
// under 2% of the data). An excluded category is listed in Report.Excluded
// with its n, selected count, rates and percentage of the sample; it gets
// no ratios, is never flagged, and does not set the highest rate the
// others are compared with. Each dimension is judged on its own: an
// intersection can be excluded while both its sex and its race/ethnicity
// categories are kept. Without ExcludeBelow nothing is excluded.
//
// # A worked example
//
// Ten results; c09 declined to state race/ethnicity and c10 has no row in
// the groups:
//
//	candidate  sex     race/ethnicity    verdict     score
//	c01        Female  Asian             eligible    90
//	c02        Female  Asian             ineligible  40
//	c03        Female  Black             eligible    80
//	c04        Female  Black             ineligible  30
//	c05        Male    Asian             eligible    85
//	c06        Male    Asian             eligible    70
//	c07        Male    Black             eligible    75
//	c08        Male    Black             ineligible  20
//	c09        Male    decline to state  eligible    60
//	c10        (no row)                  needs-info  50
//
// The scores sorted are 20 30 40 50 60 70 75 80 85 90, so the median is
// (60 + 70) / 2 = 65, and the five scoring above it are c01, c03, c05, c06
// and c07. Selection is by verdict: c01, c03, c05, c06, c07 and c09.
//
// Sex (c10 unknown): Female is c01–c04: n 4, selected 2 (c01, c03), SR
// 2/4 = 0.5, above 2 (c01, c03), SC 2/4 = 0.5. Male is c05–c09: n 5,
// selected 4, SR 4/5 = 0.8, above 3 (c05, c06, c07), SC 3/5 = 0.6. The
// highest SR is Male's 0.8, so IR(Female) = 0.5/0.8 = 0.625 and IR(Male) =
// 1; the highest SC is Male's 0.6, so SIR(Female) = 0.5/0.6 = 0.833 and
// SIR(Male) = 1. Female is flagged, by selection only (0.625 < 0.8 ≤
// 0.833).
//
// Race/ethnicity (c09 and c10 unknown): Asian is c01, c02, c05, c06: n 4,
// selected 3, SR 0.75, above 3, SC 0.75. Black is c03, c04, c07, c08: n 4,
// selected 2, SR 0.5, above 2, SC 0.5. IR(Black) = SIR(Black) = 0.5/0.75 =
// 0.667: flagged by both.
//
// Intersection (c09 and c10 unknown): Female / Asian (c01, c02), Female /
// Black (c03, c04) and Male / Black (c07, c08) each have n 2, selected 1,
// SR 0.5, above 1, SC 0.5; Male / Asian (c05, c06) has n 2, selected 2,
// SR 1, above 2, SC 1. So the three others have IR = SIR = 0.5 and are
// flagged by both; Male / Asian has 1 and 1.
//
// Unknown: 2 (c09, c10), split as sex 1, race_ethnicity 2, intersection 2.
// With ExcludeBelow(25) every intersection, 2 of 10 = 20% of the sample,
// would be excluded and listed; sex and race/ethnicity, at 40% and more,
// would stay.
//
// With Threshold(75) instead, the selected are those scoring 75 or more:
// c01, c03, c05 and c07. Female: 2 of 4, SR 0.5; Male: 2 of 5, SR 0.4;
// IR(Male) = 0.4/0.5 = 0.8 exactly, which is not below four fifths, so
// Male is not flagged (the scoring rates do not depend on the rule).
//
// # Output
//
// WriteText prints a table per dimension; WriteJSON prints
//
//	{"categories": [{"dimension", "category", "n", "selected",
//	  "selection_rate", "scoring_rate", "impact_ratio",
//	  "scoring_impact_ratio", "flagged"}...],
//	 "unknown": N, "excluded": [{"dimension", "category", "n", "selected",
//	  "selection_rate", "scoring_rate", "percent"}...],
//	 "unknown_by_dimension": {"sex", "race_ethnicity", "intersection"},
//	 "candidates": N, "median_score": M,
//	 "selection": {"rule": "verdict", "verdict": "eligible"} or
//	              {"rule": "threshold", "threshold": T},
//	 "exclude_below_percent": X}
//
// and WriteCSV a row per category (then the excluded ones and the unknown
// count of each dimension). The same inputs give the same bytes.
package audit
