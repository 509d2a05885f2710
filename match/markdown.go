package match

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

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
