package match

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"
)

// maxTableGaps is how many unmet requirements a table row names.
const maxTableGaps = 3

// WriteTable writes ranked results as a text table: rank, candidate id,
// name, verdict, score and the first required findings not met.
func WriteTable(w io.Writer, results []Result) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "RANK\tCANDIDATE\tNAME\tVERDICT\tSCORE\tMAIN GAPS")
	for _, r := range results {
		var ids []string
		for _, f := range r.Findings {
			if f.Status != Met && f.Kind == "required" {
				ids = append(ids, f.ID+" ("+string(f.Status)+")")
			}
		}
		if len(ids) > maxTableGaps {
			ids = append(ids[:maxTableGaps], fmt.Sprintf("+%d more", len(ids)-maxTableGaps))
		}
		gaps := strings.Join(ids, ", ")
		if gaps == "" {
			gaps = "—"
		}
		name := r.Name
		if name == "" {
			name = "—"
		}
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%.1f\t%s\n", r.Rank, r.Candidate, tabSafe(name), r.Verdict, r.Score, gaps)
	}
	return tw.Flush()
}

// tabSafe keeps a name from breaking the table's columns or lines.
func tabSafe(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '\t' || r == '\n' || r == '\r' {
			return ' '
		}
		return r
	}, s)
}

// WriteCSV writes ranked results for a spreadsheet: rank, candidate, name,
// verdict, score, one column per requirement holding its status and
// points ("partial 7.2"), and the gaps of the findings not met.
// Requirement columns follow the first result's findings.
func WriteCSV(w io.Writer, results []Result) error {
	cw := csv.NewWriter(w)
	header := []string{"rank", "candidate", "name", "verdict", "score"}
	if len(results) > 0 {
		for _, f := range results[0].Findings {
			header = append(header, f.ID)
		}
	}
	header = append(header, "gaps")
	if err := cw.Write(header); err != nil {
		return err
	}
	for _, r := range results {
		row := []string{strconv.Itoa(r.Rank), r.Candidate, r.Name, string(r.Verdict), strconv.FormatFloat(r.Score, 'f', 1, 64)}
		for _, f := range r.Findings {
			row = append(row, string(f.Status)+" "+strconv.FormatFloat(f.Points, 'f', 1, 64))
		}
		row = append(row, strings.Join(r.Gaps(), " | "))
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}
