package match

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
)

// WriteJSON writes v (a Result or a []Result) as indented JSON with a final
// newline. The output is byte-identical for identical inputs.
func WriteJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

var marks = map[Status]string{Met: "✓", Partial: "~", Missing: "✗", Unknown: "?"}

// Mark is the one-character sign of a status used by the text rendering.
func Mark(s Status) string { return marks[s] }

// WriteText writes a result for a person to read: verdict and score, then
// every requirement with its mark, evidence and gap. The layout may change
// between versions; use JSON for machines.
func WriteText(w io.Writer, r Result) error {
	b := bufio.NewWriter(w)
	who := r.Candidate
	if r.Name != "" {
		who = r.Name + " (" + r.Candidate + ")"
	}
	fmt.Fprintf(b, "%s — %s, as of %s\n", who, r.Posting, r.AsOf)
	fmt.Fprintf(b, "%s, score %.1f / 100\n", strings.ToUpper(string(r.Verdict)), r.Score)
	full := fullPoints(r.Findings)
	kind := ""
	for i, f := range r.Findings {
		if f.Kind != kind {
			kind = f.Kind
			fmt.Fprintf(b, "\n%s\n", capitalize(kind))
		}
		fmt.Fprintf(b, "  %s %s — %s, %.1f of %.1f points\n", Mark(f.Status), f.ID, f.Status, f.Points, full[i])
		if f.Text != "" {
			fmt.Fprintf(b, "      %s\n", f.Text)
		}
		writeFindingBody(b, f, "      ")
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

func writeFindingBody(b *bufio.Writer, f Finding, indent string) {
	for _, ev := range f.Evidence {
		fmt.Fprintf(b, "%s↳ %s: %s\n", indent, ev.Source, ev.Text)
	}
	if f.More > 0 {
		fmt.Fprintf(b, "%s↳ … and %d more\n", indent, f.More)
	}
	if len(f.Children) == 0 && f.Gap != "" {
		fmt.Fprintf(b, "%sgap: %s\n", indent, f.Gap)
	}
	for _, c := range f.Children {
		fmt.Fprintf(b, "%s%s %s (%s) — %s\n", indent, Mark(c.Status), c.ID, c.Predicate, c.Status)
		writeFindingBody(b, c, indent+"    ")
	}
}

// WriteMarkdown writes a result as a Markdown section: a summary line and a
// table of requirements, then the gaps.
func WriteMarkdown(w io.Writer, r Result) error {
	b := bufio.NewWriter(w)
	who := r.Candidate
	if r.Name != "" {
		who = r.Name + " (`" + r.Candidate + "`)"
	}
	fmt.Fprintf(b, "## %s — `%s`\n\n", who, r.Posting)
	fmt.Fprintf(b, "**Verdict:** %s · **Score:** %.1f / 100 · as of %s\n\n", r.Verdict, r.Score, r.AsOf)
	fmt.Fprintf(b, "| | Requirement | Kind | Status | Points | Evidence |\n|---|---|---|---|---:|---|\n")
	for _, f := range r.Findings {
		ev := markdownEvidence(nil, f)
		name := "`" + f.ID + "`"
		if f.Text != "" {
			name += " " + mdEscape(f.Text)
		}
		fmt.Fprintf(b, "| %s | %s | %s | %s | %.1f | %s |\n", Mark(f.Status), name, f.Kind, f.Status, f.Points, strings.Join(ev, "<br>"))
	}
	if gaps := r.Gaps(); len(gaps) > 0 {
		fmt.Fprintf(b, "\n**Gaps**\n\n")
		for _, g := range gaps {
			fmt.Fprintf(b, "- %s\n", mdEscape(g))
		}
	}
	return b.Flush()
}

// markdownEvidence lists a finding's quotes, and its children's for a
// combinator, whose own evidence is empty.
func markdownEvidence(ev []string, f Finding) []string {
	for _, e := range f.Evidence {
		ev = append(ev, "`"+e.Source+"`: "+mdEscape(e.Text))
	}
	if f.More > 0 {
		ev = append(ev, fmt.Sprintf("… and %d more", f.More))
	}
	for _, c := range f.Children {
		ev = markdownEvidence(ev, c)
	}
	return ev
}

func mdEscape(s string) string {
	return strings.NewReplacer("|", `\|`, "\n", " ", "*", `\*`, "_", `\_`, "<", "&lt;", ">", "&gt;").Replace(s)
}

// maxTableGaps is how many unmet requirements a table row names.
const maxTableGaps = 3

// WriteTable writes ranked results as a text table: rank, candidate,
// verdict, score and the first required findings not met.
func WriteTable(w io.Writer, results []Result) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "RANK\tCANDIDATE\tVERDICT\tSCORE\tMAIN GAPS")
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
		fmt.Fprintf(tw, "%d\t%s\t%s\t%.1f\t%s\n", r.Rank, r.Candidate, r.Verdict, r.Score, gaps)
	}
	return tw.Flush()
}
