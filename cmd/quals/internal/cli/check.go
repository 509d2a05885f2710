package cli

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/quals-dev/quals/diag"
	"github.com/quals-dev/quals/internal/printable"
	"github.com/quals-dev/quals/requirements"
	"github.com/quals-dev/quals/vocab"
)

const checkHelp = `Usage:
  quals check [--format text|json] POSTING

Load and validate a posting (YAML or JSON). Every problem is reported with
file:line:column and the field, under the offending line with a caret.
A valid posting is summarized: its requirements as quals understood them,
how their names were resolved through the vocabulary, and the wordings
that ask for a protected characteristic (age, sex, national origin,
religion, disability, pregnancy, family status, race) or a proxy for one,
each with the reason and a neutral rewording. Those are warnings: the
exit status stays 0.

Flags:
  --format FORMAT  text (default) or json

Examples:
  quals check examples/ml-intern/posting.yaml
  quals check --format json posting.yaml
`

func runCheck(e *env, args []string) int {
	fs := newFlags("check")
	format := fs.String("format", "text", "")
	rest, status, ok := parse(e, fs, checkHelp, args)
	if !ok {
		return status
	}
	switch {
	case len(rest) != 1:
		return usageError(e, "check", "give exactly one posting file")
	case !oneOf(*format, "text", "json"):
		return usageError(e, "check", "--format must be text or json, not %q", *format)
	}
	path := rest[0]
	src, err := readInput(e, "posting", path)
	if err != nil {
		if *format == "json" {
			if werr := writeCheckJSON(e.stdout, displayName(path, "posting"), nil, err); werr != nil {
				fmt.Fprintf(e.stderr, "quals: writing the report: %v\n", werr)
			}
		}
		fmt.Fprintf(e.stderr, "quals: %v\n", err)
		return exitInput
	}
	posting, err := requirements.Parse(displayName(path, "posting"), src)
	var werr error
	switch {
	case *format == "json":
		werr = writeCheckJSON(e.stdout, displayName(path, "posting"), posting, err)
	case err != nil:
		printProblems(e.stderr, err, src)
	default:
		werr = writeCheckText(e.stdout, displayName(path, "posting"), posting)
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

func writeCheckText(out io.Writer, file string, p *requirements.Posting) error {
	w := &errWriter{w: out}
	title := p.Title()
	if p.Organization() != "" {
		title += " at " + p.Organization()
	}
	fmt.Fprintf(w, "%s: ok — %s", file, p.ID())
	if title != "" {
		fmt.Fprintf(w, ", %s", title)
	}
	fmt.Fprintln(w)
	var nReq, nPref int
	for _, r := range p.Requirements() {
		if r.Kind() == requirements.Required {
			nReq++
		} else {
			nPref++
		}
	}
	fmt.Fprintf(w, "%d requirements (%d required, %d preferred), total weight %g\n", nReq+nPref, nReq, nPref, p.TotalWeight())
	if locs := p.Locations(); len(locs) > 0 {
		places := make([]string, len(locs))
		for i, l := range locs {
			places[i] = l.String()
		}
		fmt.Fprintf(w, "locations: %s\n", strings.Join(places, "; "))
	}
	if len(p.Workplace()) > 0 {
		fmt.Fprintf(w, "workplace: %s\n", strings.Join(p.Workplace(), ", "))
	}
	for _, kind := range []requirements.Kind{requirements.Required, requirements.Preferred} {
		tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
		header := false
		for _, r := range p.Requirements() {
			if r.Kind() != kind {
				continue
			}
			if !header {
				fmt.Fprintf(w, "\n%s\n", kind)
				header = true
			}
			fmt.Fprintf(tw, "  %s\tweight %g\t%s\t%s\n", r.ID(), r.Weight(), r.Predicate().Key(), r.Predicate().String())
		}
		tw.Flush()
	}
	resolved, unknown := names(p)
	if len(resolved) > 0 {
		fmt.Fprintf(w, "\nnames resolved: %s\n", strings.Join(resolved, ", "))
	}
	if len(unknown) > 0 {
		fmt.Fprintf(w, "not in the vocabulary, matched by their own words: %s\n", strings.Join(unknown, ", "))
	}
	if ws := requirements.Lint(p); len(ws) > 0 {
		fmt.Fprintf(w, "\n%d wordings ask for a protected characteristic or a proxy for one:\n", len(ws))
		for _, l := range ws {
			where := "title"
			if l.Requirement != "" {
				where = fmt.Sprintf("%s:%d: %s", file, l.Line, l.Requirement)
			}
			fmt.Fprintf(w, "  %s: %q — %s (%s)\n      suggestion: %s\n", printable.String(where), printable.String(l.Words), l.Reason, l.Category, l.Suggestion)
		}
	}
	return w.err
}

// errWriter keeps the first write error, so a report of many Fprintf
// calls is checked once at the end.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) Write(p []byte) (int, error) {
	if e.err != nil {
		return 0, e.err
	}
	n, err := e.w.Write(p)
	e.err = err
	return n, err
}

// names lists the posting's names the vocabulary resolved to another
// spelling ("ML → machine learning") and those it does not know, each once.
func names(p *requirements.Posting) (resolved, unknown []string) {
	seen := map[string]bool{}
	visit := func(terms []vocab.Term) {
		for _, t := range terms {
			if seen[t.Text] {
				continue
			}
			seen[t.Text] = true
			switch {
			case t.Concept == "":
				unknown = append(unknown, t.Text)
			case !strings.EqualFold(t.Concept, t.Text):
				resolved = append(resolved, t.Text+" → "+t.Concept)
			}
		}
	}
	var walk func(requirements.Predicate)
	walk = func(pred requirements.Predicate) {
		switch x := pred.(type) {
		case *requirements.Skill:
			visit(x.Terms)
		case *requirements.Experience:
			visit(x.Terms)
		case *requirements.Degree:
			visit(x.Fields)
		case *requirements.Publications:
			visit(x.Topics)
		case *requirements.Certification:
			visit(x.Terms)
		case *requirements.Evidence:
			visit(x.Terms)
		case *requirements.Any:
			for _, c := range x.Of {
				walk(c)
			}
		case *requirements.All:
			for _, c := range x.Of {
				walk(c)
			}
		case *requirements.AtLeast:
			for _, c := range x.Of {
				walk(c)
			}
		}
	}
	for _, r := range p.Requirements() {
		walk(r.Predicate())
	}
	return resolved, unknown
}

// checkReport is the JSON form of quals check.
type checkReport struct {
	File     string          `json:"file"`
	Valid    bool            `json:"valid"`
	Problems []problemReport `json:"problems"`
	Posting  *postingReport  `json:"posting,omitempty"`
}

type problemReport struct {
	File     string `json:"file"`
	Line     int    `json:"line,omitempty"`
	Column   int    `json:"column,omitempty"`
	Field    string `json:"field,omitempty"`
	Message  string `json:"message"`
	Severity string `json:"severity"`
}

type postingReport struct {
	ID           string                     `json:"id"`
	Title        string                     `json:"title,omitempty"`
	Organization string                     `json:"organization,omitempty"`
	Language     string                     `json:"language"`
	TotalWeight  float64                    `json:"total_weight"`
	Requirements []requirementReport        `json:"requirements"`
	Resolved     []string                   `json:"names_resolved"`
	Unknown      []string                   `json:"names_unknown"`
	Lint         []requirements.LintWarning `json:"lint"`
}

type requirementReport struct {
	ID          string  `json:"id"`
	Kind        string  `json:"kind"`
	Weight      float64 `json:"weight"`
	Predicate   string  `json:"predicate"`
	Description string  `json:"description"`
	Text        string  `json:"text,omitempty"`
	Line        int     `json:"line,omitempty"`
}

func writeCheckJSON(w io.Writer, file string, p *requirements.Posting, loadErr error) error {
	rep := checkReport{File: file, Valid: loadErr == nil, Problems: []problemReport{}}
	var ps diag.Problems
	switch {
	case errors.As(loadErr, &ps):
		for _, pr := range ps {
			sev := "error"
			if pr.Severity != 0 {
				sev = "warning"
			}
			rep.Problems = append(rep.Problems, problemReport{File: pr.File, Line: pr.Line, Column: pr.Column, Field: pr.Field, Message: pr.Message, Severity: sev})
		}
	case loadErr != nil:
		rep.Problems = append(rep.Problems, problemReport{File: file, Message: loadErr.Error(), Severity: "error"})
	}
	if p != nil {
		pr := &postingReport{ID: p.ID(), Title: p.Title(), Organization: p.Organization(), Language: p.Language(), TotalWeight: p.TotalWeight(), Requirements: []requirementReport{}}
		for _, r := range p.Requirements() {
			pr.Requirements = append(pr.Requirements, requirementReport{ID: r.ID(), Kind: string(r.Kind()), Weight: r.Weight(),
				Predicate: r.Predicate().Key(), Description: r.Predicate().String(), Text: r.Text(), Line: r.Line()})
		}
		pr.Resolved, pr.Unknown = names(p)
		pr.Lint = requirements.Lint(p)
		if pr.Lint == nil {
			pr.Lint = []requirements.LintWarning{}
		}
		if pr.Resolved == nil {
			pr.Resolved = []string{}
		}
		if pr.Unknown == nil {
			pr.Unknown = []string{}
		}
		rep.Posting = pr
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(rep)
}
