package cli

import (
	"fmt"

	"github.com/quals-dev/quals/internal/printable"
	"github.com/quals-dev/quals/match"
)

const matchHelp = `Usage:
  quals match --posting POSTING --profile PROFILE [--as-of YYYY-MM-DD] [--format text|json|markdown]

Match one candidate's profile (a JSON Resume file, a résumé in PDF, DOCX,
Markdown or text, or - for standard input) against a posting (YAML or JSON) and explain the result: the verdict and
score, then every requirement with its status, the evidence quoted from the
profile and the gap.

Flags:
  --posting FILE   the posting document (required)
  --profile FILE   the candidate's JSON Resume or résumé document; its id is the file name without its extension (required)
  --as-of DATE     match as of this date (default: today); decides what is in progress and who is available
  --format FORMAT  text (default), json (the stable result document) or markdown
  --color WHEN     colour the text: auto (default: when standard output is a terminal and NO_COLOR is not set to a value), always or never
  --quiet          print no warnings about the profile (unknown keys, dates read as ongoing); errors still print

Examples:
  quals match --posting examples/ml-intern/posting.yaml --profile examples/ml-intern/profiles/chen-wei.json --as-of 2026-02-15
  quals match --posting posting.yaml --profile - --format json < ada.json
`

func runMatch(e *env, args []string) int {
	fs := newFlags("match")
	postingPath := fs.String("posting", "", "")
	profilePath := fs.String("profile", "", "")
	asOfFlag := fs.String("as-of", "", "")
	format := fs.String("format", "text", "")
	color := fs.String("color", "auto", "")
	fs.BoolVar(&e.quiet, "quiet", false, "")
	rest, status, ok := parse(e, fs, matchHelp, args)
	if !ok {
		return status
	}
	switch {
	case len(rest) > 0:
		return usageError(e, "match", "unexpected argument %q; give the profile with --profile", rest[0])
	case *postingPath == "":
		return usageError(e, "match", "--posting is required")
	case *profilePath == "":
		return usageError(e, "match", "--profile is required")
	case *postingPath == "-" && *profilePath == "-":
		return usageError(e, "match", "standard input can hold only one document; give the posting or the profile as a file")
	case !oneOf(*format, "text", "json", "markdown"):
		return usageError(e, "match", "--format must be text, json or markdown, not %q", *format)
	case !oneOf(*color, "auto", "always", "never"):
		return usageError(e, "match", "--color must be auto, always or never, not %q", *color)
	}
	asOf, err := parseAsOf(*asOfFlag)
	if err != nil {
		return usageError(e, "match", "%v", err)
	}

	posting, ok := loadPosting(e, *postingPath)
	if !ok {
		return exitInput
	}
	p, src, readFrom, err := loadCandidate(e, *profilePath)
	if err != nil {
		printProblems(e.stderr, err, src)
		return exitInput
	}
	printWarnings(e, p, src)
	if readFrom != "" && !e.quiet {
		fmt.Fprintf(e.stderr, "quals: %s read from a %s résumé; 'quals resume' shows how\n", printable.String(displayName(*profilePath, "profile")), formatName(readFrom))
	}

	r := match.Match(p, posting, match.AsOf(asOf))
	switch *format {
	case "json":
		err = match.WriteJSON(e.stdout, r)
	case "markdown":
		err = match.WriteMarkdown(e.stdout, r)
	default:
		var opts []match.RenderOption
		out := e.stdout
		if useColor(*color, e.stdout) {
			// The colours are the renderer's own escapes; it writes the
			// profile's and the posting's strings through printable itself.
			opts, out = append(opts, match.Colored()), raw(e.stdout)
		}
		err = match.WriteText(out, r, opts...)
	}
	if err != nil {
		fmt.Fprintf(e.stderr, "quals: writing the result: %v\n", err)
		return exitInput
	}
	return exitOK
}

func oneOf(s string, options ...string) bool {
	for _, o := range options {
		if s == o {
			return true
		}
	}
	return false
}
