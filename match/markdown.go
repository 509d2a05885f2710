package match

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/quals-dev/quals/internal/printable"
)

// WriteMarkdown writes a result as a Markdown section: a summary line and a
// table of requirements, then the gaps.
func WriteMarkdown(w io.Writer, r Result) error {
	b := bufio.NewWriter(w)
	who := mdEscape(r.Candidate)
	if r.Name != "" {
		who = mdEscape(r.Name) + " (" + mdCode(r.Candidate) + ")"
	}
	fmt.Fprintf(b, "## %s — %s\n\n", who, mdCode(r.Posting))
	fmt.Fprintf(b, "**Verdict:** %s · **Score:** %.1f / 100 · as of %s\n\n", r.Verdict, r.Score, r.AsOf)
	fmt.Fprintf(b, "| | Requirement | Kind | Status | Points | Evidence |\n|---|---|---|---|---:|---|\n")
	for _, f := range r.Findings {
		ev := markdownEvidence(nil, f)
		name := mdCode(f.ID)
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
		ev = append(ev, mdCode(e.Source)+": "+mdEscape(e.Text))
	}
	if f.More > 0 {
		ev = append(ev, fmt.Sprintf("… and %d more", f.More))
	}
	for _, c := range f.Children {
		ev = markdownEvidence(ev, c)
	}
	return ev
}

var mdReplacer = strings.NewReplacer("|", `\|`, "*", `\*`, "_", `\_`, "`", "\\`", "[", `\[`, "]", `\]`, "#", `\#`, "<", "&lt;", ">", "&gt;", "&", "&amp;")

// mdEscape writes text from the documents so Markdown shows it as text:
// no emphasis, links, HTML or table breaks.
func mdEscape(s string) string { return mdReplacer.Replace(printable.String(s)) }

// mdCode writes an identifier as inline code; a backtick inside it would
// end the span, so it becomes a quote, and a bar is escaped: in a table a
// bar splits the cell even inside code (GitHub renders "\|" there as "|").
func mdCode(s string) string {
	return "`" + strings.NewReplacer("`", "'", "|", `\|`).Replace(printable.String(s)) + "`"
}
