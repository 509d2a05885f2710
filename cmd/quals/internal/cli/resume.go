package cli

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"
	"text/tabwriter"

	"go.yaml.in/yaml/v3"

	"github.com/quals-dev/quals/extract"
	"github.com/quals-dev/quals/internal/printable"
)

const resumeHelp = `Usage:
  quals resume [--format json|yaml] [--report FILE] RESUME

Read a résumé — PDF, Word (.docx), Markdown or plain text, told by its
content — into a JSON Resume document: sections, entries with their dates,
skills, education, languages, and what it says of the right to work and of
availability. Personal details (name, e-mail, phone, links) go into basics,
which matching never reads.

The document goes to standard output and feeds 'quals match --profile'
unchanged ('match' and 'rank' also read résumé files directly). A report of
how each line was read — where it went, or that it was not read — goes to
standard error as text, or to FILE with --report (JSON when FILE ends in
.json).

Flags:
  --format FORMAT  json (default) or yaml, for the document
  --report FILE    write the report to FILE instead of standard error

Examples:
  quals resume cv.pdf > ada.json
  quals resume --report report.txt cv.docx > ada.json
  quals match --posting posting.yaml --profile cv.pdf
`

func runResume(e *env, args []string) int {
	fs := newFlags("resume")
	format := fs.String("format", "json", "")
	reportPath := fs.String("report", "", "")
	rest, status, ok := parse(e, fs, resumeHelp, args)
	if !ok {
		return status
	}
	switch {
	case len(rest) != 1:
		return usageError(e, "resume", "give exactly one résumé file (or - for standard input)")
	case !oneOf(*format, "json", "yaml"):
		return usageError(e, "resume", "--format must be json or yaml, not %q", *format)
	}
	src, err := readUpTo(e, "résumé", rest[0], maxDocument)
	if err != nil {
		fmt.Fprintf(e.stderr, "quals: %v\n", err)
		return exitInput
	}
	name := displayName(rest[0], "résumé")
	x, err := extract.Resume(name, src)
	if err != nil {
		fmt.Fprintf(e.stderr, "quals: %s\n", printable.String(err.Error()))
		if x == nil {
			return exitInput
		}
	}
	out, werr := x.JSON()
	if werr == nil && *format == "yaml" {
		out, werr = jsonToYAML(out)
	}
	if werr == nil {
		_, werr = e.stdout.Write(out)
	}
	if werr != nil {
		fmt.Fprintf(e.stderr, "quals: writing the document: %v\n", werr)
		return exitInput
	}
	report := e.stderr
	if *reportPath != "" && samePath(*reportPath, rest[0]) {
		return usageError(e, "resume", "--report %s is the résumé itself; give another file", *reportPath)
	}
	if *reportPath != "" {
		f, ferr := os.Create(*reportPath)
		if ferr != nil {
			fmt.Fprintf(e.stderr, "quals: %v\n", fileError("report", *reportPath, ferr))
			return exitInput
		}
		defer f.Close()
		report = f
	}
	if strings.HasSuffix(strings.ToLower(*reportPath), ".json") {
		werr = writeResumeReportJSON(report, name, x)
	} else {
		werr = writeResumeReportText(report, name, x)
	}
	if werr != nil {
		fmt.Fprintf(e.stderr, "quals: writing the report: %v\n", werr)
		return exitInput
	}
	if err != nil {
		return exitInput
	}
	return exitOK
}

// jsonToYAML rewrites a JSON document as YAML, keys in their order.
func jsonToYAML(src []byte) ([]byte, error) {
	var n yaml.Node
	if err := yaml.Unmarshal(src, &n); err != nil {
		return nil, err
	}
	clearStyle(&n)
	var b bytes.Buffer
	enc := yaml.NewEncoder(&b)
	enc.SetIndent(2)
	if err := enc.Encode(&n); err != nil {
		return nil, err
	}
	return b.Bytes(), enc.Close()
}

// clearStyle drops the flow style and quoting JSON gives every node.
func clearStyle(n *yaml.Node) {
	n.Style = 0
	for _, c := range n.Content {
		clearStyle(c)
	}
}

func writeResumeReportText(out io.Writer, name string, x *extract.ResumeExtraction) error {
	w := &errWriter{w: out}
	r := x.Resume
	fmt.Fprintf(w, "%s: read as %s — %d work, %d education, %d skills, %d projects entries from %d lines\n",
		printable.String(name), x.Format, len(r.Work), len(r.Education), len(r.Skills), len(r.Projects), len(x.Lines))
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "LINE\tSECTION\tFIELD\tREADING")
	for _, l := range x.Lines {
		field := l.Field
		if field == "" {
			field = "—"
		}
		reading := l.Reading
		if l.Heading {
			reading = "heading: " + shorten(l.Text, 60)
		}
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\n", l.Line, l.Section, printable.String(field), printable.String(shorten(reading, 100)))
	}
	tw.Flush()
	if unread := x.Unread(); len(unread) > 0 {
		fmt.Fprintf(w, "\n%d lines not read:\n", len(unread))
		for _, l := range unread {
			fmt.Fprintf(w, "  line %d (%s): %s\n", l.Line, l.Section, printable.String(shorten(l.Text, 100)))
		}
	}
	return w.err
}

func writeResumeReportJSON(w io.Writer, name string, x *extract.ResumeExtraction) error {
	rep := struct {
		File   string               `json:"file"`
		Format string               `json:"format"`
		Lines  []extract.ResumeLine `json:"lines"`
		Unread []extract.ResumeLine `json:"unread"`
	}{name, x.Format, x.Lines, x.Unread()}
	if rep.Lines == nil {
		rep.Lines = []extract.ResumeLine{}
	}
	if rep.Unread == nil {
		rep.Unread = []extract.ResumeLine{}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(rep)
}
