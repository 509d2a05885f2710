package match

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/quals-dev/quals/internal/printable"
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
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%.1f\t%s\n", r.Rank, printable.String(r.Candidate), printable.String(name), r.Verdict, r.Score, printable.String(gaps))
	}
	return tw.Flush()
}

// cell keeps text from the documents from running as a spreadsheet formula
// (a cell starting with = + - @ does, in Excel and its kin) by prefixing a
// quote, as OWASP advises against CSV injection.
func cell(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
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
			header = append(header, cell(f.ID))
		}
	}
	header = append(header, "gaps")
	if err := cw.Write(header); err != nil {
		return err
	}
	for _, r := range results {
		row := []string{strconv.Itoa(r.Rank), cell(r.Candidate), cell(r.Name), string(r.Verdict), strconv.FormatFloat(r.Score, 'f', 1, 64)}
		for _, f := range r.Findings {
			row = append(row, string(f.Status)+" "+strconv.FormatFloat(f.Points, 'f', 1, 64))
		}
		row = append(row, cell(strings.Join(r.Gaps(), " | ")))
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}
