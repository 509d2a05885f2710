package match

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/quals-dev/quals/internal/printable"
)

// WriteText writes a result for a person to read: verdict and score, then
// every requirement with its mark, evidence and gap. The layout may change
// between versions; use JSON for machines.
func WriteText(w io.Writer, r Result, opts ...RenderOption) error {
	c := newRenderConfig(opts)
	b := bufio.NewWriter(w)
	who := printable.String(r.Candidate)
	if r.Name != "" {
		who = printable.String(r.Name) + " (" + who + ")"
	}
	fmt.Fprintf(b, "%s — %s, as of %s\n", who, printable.String(r.Posting), r.AsOf)
	fmt.Fprintf(b, "%s, score %.1f / 100\n", c.paint(verdictColors[r.Verdict], strings.ToUpper(string(r.Verdict))), r.Score)
	full := fullPoints(r.Findings)
	kind := ""
	for i, f := range r.Findings {
		if f.Kind != kind {
			kind = f.Kind
			fmt.Fprintf(b, "\n%s\n", capitalize(kind))
		}
		fmt.Fprintf(b, "  %s %s — %s, %.1f of %.1f points\n", c.paint(statusColors[f.Status], Mark(f.Status)), printable.String(f.ID), c.paint(statusColors[f.Status], string(f.Status)), f.Points, full[i])
		if f.Text != "" {
			fmt.Fprintf(b, "      %s\n", printable.String(f.Text))
		}
		c.writeFindingBody(b, f, "      ")
	}
	return b.Flush()
}

// fullPoints returns each finding's share: its points at full credit.
func fullPoints(fs []Finding) []float64 {
	full := make([]Finding, len(fs))
	total := 0.0
	for i, f := range fs {
		full[i] = Finding{Weight: f.Weight, Credit: 1}
		total += f.Weight
	}
	apportion(full, total)
	out := make([]float64, len(fs))
	for i, f := range full {
		out[i] = f.Points
	}
	return out
}

func (c renderConfig) writeFindingBody(b *bufio.Writer, f Finding, indent string) {
	for _, ev := range f.Evidence {
		fmt.Fprintf(b, "%s↳ %s: %s\n", indent, printable.String(ev.Source), printable.String(ev.Text))
	}
	if f.More > 0 {
		fmt.Fprintf(b, "%s↳ … and %d more\n", indent, f.More)
	}
	if len(f.Children) == 0 && f.Gap != "" {
		fmt.Fprintf(b, "%sgap: %s\n", indent, printable.String(f.Gap))
	}
	for _, child := range f.Children {
		fmt.Fprintf(b, "%s%s %s (%s) — %s\n", indent, c.paint(statusColors[child.Status], Mark(child.Status)), printable.String(child.ID), child.Predicate, c.paint(statusColors[child.Status], string(child.Status)))
		c.writeFindingBody(b, child, indent+"    ")
	}
}
