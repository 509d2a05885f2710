package cli

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"text/tabwriter"

	"github.com/quals-dev/quals/diag"
	"github.com/quals-dev/quals/extract"
	"github.com/quals-dev/quals/internal/printable"
)

const extractHelp = `Usage:
  quals extract [--format yaml|json] [--report FILE] POSTING

Read a job description — plain text, or a careers page's schema.org
JobPosting (JSON-LD, or an HTML page holding it) — into a posting document.
Every qualification bullet or sentence becomes a requirement, read into
predicates (degree, years of experience, skills, languages, authorization,
start dates, publications, certifications) where it can be and into
evidence terms where it cannot; no line is dropped.

The document goes to standard output and feeds 'quals match --posting' and
'quals check' unchanged. A report of how each line was read goes to
standard error, or to FILE with --report: text, or JSON with --format json.

Flags:
  --format FORMAT  yaml (default) or json, for the document and the report
  --report FILE    write the report to FILE instead of standard error

Examples:
  quals extract job.txt > posting.yaml
  quals extract --report report.txt job.html > posting.yaml
  quals extract --format json job.txt > posting.json
`

func runExtract(e *env, args []string) int {
	fs := newFlags("extract")
	format := fs.String("format", "yaml", "")
	reportPath := fs.String("report", "", "")
	rest, status, ok := parse(e, fs, extractHelp, args)
	if !ok {
		return status
	}
	switch {
	case len(rest) != 1:
		return usageError(e, "extract", "give exactly one job description file (or - for standard input)")
	case !oneOf(*format, "yaml", "json"):
		return usageError(e, "extract", "--format must be yaml or json, not %q", *format)
	}
	src, err := readInput(e, "description", rest[0])
	if err != nil {
		fmt.Fprintf(e.stderr, "quals: %v\n", err)
		return exitInput
	}
	name := displayName(rest[0], "description")
	x, err := extractPosting(name, src)
	if err != nil {
		printProblems(e.stderr, err, src)
		if x == nil {
			return exitInput
		}
	}
	if _, lerr := x.Document.Load(name); lerr != nil {
		// The extractor's own output must load; say so plainly if it does not.
		fmt.Fprintf(e.stderr, "quals: the extracted document does not load (a bug in quals): %v\n", lerr)
		return exitInput
	}

	var out []byte
	if *format == "json" {
		out, err = x.Document.JSON()
	} else {
		out, err = x.Document.YAML()
	}
	if err == nil {
		_, err = e.stdout.Write(out)
	}
	if err != nil {
		fmt.Fprintf(e.stderr, "quals: writing the document: %v\n", err)
		return exitInput
	}

	report := e.stderr
	if *reportPath != "" && samePath(*reportPath, rest[0]) {
		return usageError(e, "extract", "--report %s is the description itself; give another file", *reportPath)
	}
	if *reportPath != "" {
		f, err := os.Create(*reportPath)
		if err != nil {
			fmt.Fprintf(e.stderr, "quals: %v\n", fileError("report", *reportPath, err))
			return exitInput
		}
		defer f.Close()
		report = f
	}
	if *format == "json" {
		err = writeReportJSON(report, name, x)
	} else {
		err = writeReportText(report, name, x)
	}
	if err != nil {
		fmt.Fprintf(e.stderr, "quals: writing the report: %v\n", err)
		return exitInput
	}
	if len(x.Document.Required)+len(x.Document.Preferred) == 0 {
		return exitInput
	}
	return exitOK
}

// extractPosting reads plain text, or a JobPosting in JSON-LD or HTML. Problems
// are named after the file they are in.
func extractPosting(name string, src []byte) (*extract.Extraction, error) {
	var x *extract.Extraction
	var err error
	if extract.IsJobPosting(src) {
		x, err = extract.JobPosting(src)
	} else {
		x, err = extract.Description(string(src))
	}
	var ps diag.Problems
	if errors.As(err, &ps) {
		for i := range ps {
			if ps[i].File == "" {
				ps[i].File = name
			}
		}
	}
	return x, err
}

// writeReportText writes the report as a table, then the lines read only as
// free-text evidence, which deserve a look.
func writeReportText(out io.Writer, name string, x *extract.Extraction) error {
	w := &errWriter{w: out}
	fmt.Fprintf(w, "%s: %d required and %d preferred requirements from %d lines; %s\n", printable.String(name),
		len(x.Document.Required), len(x.Document.Preferred), len(x.Lines), extract.Weighting)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "LINE\tSECTION\tREQUIREMENT\tWEIGHT\tREADING")
	for _, l := range x.Lines {
		req, weight := l.Requirement, strconv.FormatFloat(l.Weight, 'f', -1, 64)
		if req == "" {
			req, weight = "—", "—"
		}
		reading := l.Reading
		if l.Heading {
			reading = "heading: " + shorten(l.Text, 60)
		}
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\n", l.Line, l.Section, printable.String(req), weight, printable.String(reading))
	}
	tw.Flush()
	if free := x.Uninterpreted(); len(free) > 0 {
		fmt.Fprintf(w, "\n%d lines read only as free-text evidence:\n", len(free))
		for _, l := range free {
			fmt.Fprintf(w, "  line %d (%s): %s\n", l.Line, l.Requirement, printable.String(shorten(l.Text, 100)))
		}
	}
	return w.err
}

func shorten(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

func writeReportJSON(w io.Writer, name string, x *extract.Extraction) error {
	rep := struct {
		File          string               `json:"file"`
		Weighting     string               `json:"weighting"`
		Required      int                  `json:"required"`
		Preferred     int                  `json:"preferred"`
		Lines         []extract.LineReport `json:"lines"`
		Uninterpreted []extract.LineReport `json:"uninterpreted"`
	}{name, extract.Weighting, len(x.Document.Required), len(x.Document.Preferred), x.Lines, x.Uninterpreted()}
	if rep.Lines == nil {
		rep.Lines = []extract.LineReport{}
	}
	if rep.Uninterpreted == nil {
		rep.Uninterpreted = []extract.LineReport{}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(rep)
}
