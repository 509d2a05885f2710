package audit

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/quals-dev/quals/internal/printable"
)

// WriteJSON writes the report as indented JSON with a final newline; the
// same report gives the same bytes.
func WriteJSON(w io.Writer, rep Report) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(rep)
}

// headings name the dimensions in the text rendering.
var headings = map[Dimension]string{
	Sex:           "Sex",
	RaceEthnicity: "Race/ethnicity",
	Intersection:  "Intersection (sex / race/ethnicity)",
}

// WriteText writes the report for a person to read: what was audited and
// how, then a table per dimension, then the unknown and excluded
// candidates. Rates and ratios are rounded to three decimals for display;
// the layout may change between versions, so use JSON or CSV for machines.
func WriteText(w io.Writer, rep Report) error {
	var b strings.Builder
	fmt.Fprintf(&b, "Bias audit of %s\n", plural(rep.Candidates, "candidate"))
	fmt.Fprintf(&b, "Selected: %s\n", rep.Selection)
	fmt.Fprintf(&b, "Median score: %s (the scoring rate is the share of a category scoring above it)\n", formatNumber(math.Round(rep.MedianScore*100)/100))
	fmt.Fprintf(&b, "Flagged: an impact ratio below %s, by selection, scoring or both (the four-fifths rule)\n", formatNumber(FourFifths))
	fmt.Fprintf(&b, "Tested: each category's selections against the category selected most, Fisher's exact test (two-sided p)\n")
	if _, err := io.WriteString(w, b.String()); err != nil {
		return err
	}

	for _, d := range dimensions {
		fmt.Fprintf(w, "\n%s\n", headings[d])
		var rows []Category
		for _, c := range rep.Categories {
			if c.Dimension == d {
				rows = append(rows, c)
			}
		}
		if len(rows) == 0 {
			fmt.Fprintln(w, "  (no category to compare)")
		} else {
			tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
			fmt.Fprintln(tw, "  CATEGORY\tN\tSELECTED\tSELECTION RATE\tIMPACT RATIO\tABOVE MEDIAN\tSCORING RATE\tSCORING IMPACT RATIO\tFLAGGED\tSELECTION P")
			for _, c := range rows {
				fmt.Fprintf(tw, "  %s\t%d\t%d\t%s\t%s\t%d\t%s\t%s\t%s\t%s\n", printable.String(c.Name), c.N, c.Selected,
					rateText(c.SelectionRate), ratioText(c.ImpactRatio), c.AboveMedian, rateText(c.ScoringRate),
					ratioText(c.ScoringImpactRatio), flagText(c), pText(c.SelectionP))
			}
			if err := tw.Flush(); err != nil {
				return err
			}
		}
		var notes []string
		for _, c := range rows {
			if c.SmallSample {
				notes = append(notes, fmt.Sprintf("small sample: a category or the one it is compared with has fewer than %d candidates; the impact ratios are indicative, the p-values say more", SmallSample))
				break
			}
		}
		if n := rep.UnknownByDimension.Of(d); n > 0 {
			notes = append(notes, fmt.Sprintf("unknown: %s left out", plural(n, "candidate")))
		}
		for _, e := range rep.Excluded {
			if e.Dimension == d {
				notes = append(notes, fmt.Sprintf("excluded: %s (n %d, %s%% of the sample; selected %d, above the median %d)",
					printable.String(e.Name), e.N, percentText(e.Percent), e.Selected, e.AboveMedian))
			}
		}
		for _, n := range notes {
			fmt.Fprintf(w, "  %s\n", n)
		}
	}

	fmt.Fprintf(w, "\nUnknown: %s left out of at least one dimension (sex %d, race_ethnicity %d, intersection %d)\n",
		plural(rep.Unknown, "candidate"), rep.UnknownByDimension.Sex, rep.UnknownByDimension.RaceEthnicity, rep.UnknownByDimension.Intersection)
	switch {
	case rep.ExcludeBelow == 0:
		_, err := fmt.Fprintln(w, "Excluded: none (no category is excluded for its size)")
		return err
	case len(rep.Excluded) == 0:
		_, err := fmt.Fprintf(w, "Excluded: none under %s%% of the sample\n", formatNumber(rep.ExcludeBelow))
		return err
	}
	_, err := fmt.Fprintf(w, "Excluded: %s under %s%% of the sample, left out of the ratios and listed above\n",
		plural(len(rep.Excluded), "category"), formatNumber(rep.ExcludeBelow))
	return err
}

// WriteCSV writes the report for a spreadsheet, one row per category:
// dimension, category, n, selected, selection_rate, scoring_rate,
// impact_ratio, scoring_impact_ratio, flagged (true or false), flagged_by
// (selection, scoring, both or empty), note, selection_p (Fisher's exact
// test against the category selected most; empty for that category) and
// small_sample (true or false). Rates and ratios are
// written in full; an undefined ratio is an empty cell. After the
// categories of each dimension come its excluded categories (no ratios,
// note "excluded: …") and its unknown count (category "unknown", note
// "left out: no category reported").
func WriteCSV(w io.Writer, rep Report) error {
	cw := csv.NewWriter(w)
	header := []string{"dimension", "category", "n", "selected", "selection_rate", "scoring_rate",
		"impact_ratio", "scoring_impact_ratio", "flagged", "flagged_by", "note", "selection_p", "small_sample"}
	if err := cw.Write(header); err != nil {
		return err
	}
	for _, d := range dimensions {
		for _, c := range rep.Categories {
			if c.Dimension != d {
				continue
			}
			by := flaggedBy(c)
			if err := cw.Write([]string{string(d), cell(c.Name), strconv.Itoa(c.N), strconv.Itoa(c.Selected),
				formatNumber(c.SelectionRate), formatNumber(c.ScoringRate), ratioCell(c.ImpactRatio),
				ratioCell(c.ScoringImpactRatio), strconv.FormatBool(c.Flagged), by, "", ratioCell(c.SelectionP), strconv.FormatBool(c.SmallSample)}); err != nil {
				return err
			}
		}
		for _, e := range rep.Excluded {
			if e.Dimension != d {
				continue
			}
			note := fmt.Sprintf("excluded: %s%% of the sample, under %s%%", formatNumber(e.Percent), formatNumber(rep.ExcludeBelow))
			if err := cw.Write([]string{string(d), cell(e.Name), strconv.Itoa(e.N), strconv.Itoa(e.Selected),
				formatNumber(e.SelectionRate), formatNumber(e.ScoringRate), "", "", "", "", note, "", ""}); err != nil {
				return err
			}
		}
		if n := rep.UnknownByDimension.Of(d); n > 0 {
			if err := cw.Write([]string{string(d), "unknown", strconv.Itoa(n), "", "", "", "", "", "", "", "left out: no category reported", "", ""}); err != nil {
				return err
			}
		}
	}
	cw.Flush()
	return cw.Error()
}

// flaggedBy names the ratios that flag a category.
func flaggedBy(c Category) string {
	switch {
	case c.FlaggedBySelection && c.FlaggedByScoring:
		return "both"
	case c.FlaggedBySelection:
		return "selection"
	case c.FlaggedByScoring:
		return "scoring"
	}
	return ""
}

func flagText(c Category) string {
	if by := flaggedBy(c); by != "" {
		return "yes (" + by + ")"
	}
	return "no"
}

func rateText(r float64) string { return strconv.FormatFloat(r, 'f', 3, 64) }

func ratioText(r *float64) string {
	if r == nil {
		return "n/a"
	}
	return rateText(*r)
}

func ratioCell(r *float64) string {
	if r == nil {
		return ""
	}
	return formatNumber(*r)
}

// pText writes a p-value to three significant digits; the category
// compared with has none.
func pText(p *float64) string {
	if p == nil {
		return "—"
	}
	return strconv.FormatFloat(*p, 'g', 3, 64)
}

func percentText(p float64) string { return strconv.FormatFloat(p, 'f', 1, 64) }

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	if strings.HasSuffix(noun, "y") {
		return strconv.Itoa(n) + " " + strings.TrimSuffix(noun, "y") + "ies"
	}
	return strconv.Itoa(n) + " " + noun + "s"
}

// cell keeps a category name from running as a spreadsheet formula (a
// cell starting with = + - @ does) by prefixing a quote, as OWASP advises
// against CSV injection.
func cell(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}
