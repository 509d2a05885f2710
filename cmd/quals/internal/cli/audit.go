package cli

import (
	"fmt"
	"math"
	"strconv"

	"github.com/quals-dev/quals/audit"
)

const auditHelp = `Usage:
  quals audit --groups GROUPS [--threshold SCORE] [--exclude-below PERCENT] [--format text|json|csv] RESULTS

Audit match results for adverse impact, as New York City's Local Law 144
bias audits ask: per sex, per race/ethnicity and per sex × race/ethnicity
category, how many candidates were selected and how many scored above the
median, each rate against the highest of its dimension (the impact ratio),
and a flag on any ratio below 0.8 (the EEOC four-fifths rule).

RESULTS is the JSON of 'quals rank --format json' (or of one
'quals match --format json'), up to 64 MiB, or - for standard input.
GROUPS holds each candidate's self-reported categories, joined to the
results by candidate id and never part of a profile: a CSV with the header
candidate,sex,race_ethnicity, or a JSON array of
{"candidate", "sex", "race_ethnicity"} objects. A candidate with no row, or
a blank, "unknown" or "decline to state" category, is counted as unknown
and left out of that dimension. The formulas and a worked example are in
the audit package's documentation (go doc github.com/quals-dev/quals/audit).

Flags:
  --groups FILE            the candidates' categories, CSV or JSON (required)
  --threshold SCORE        select the candidates scoring at least SCORE (0 to 100);
                           default: select those whose verdict is eligible
  --exclude-below PERCENT  leave out categories under PERCENT % of the candidates
                           (Local Law 144 allows 2); they are listed as excluded
  --format FORMAT          text (tables, default), json or csv

Examples:
  quals rank --posting posting.yaml --format json resumes/ > results.json
  quals audit --groups groups.csv results.json
  quals audit --groups groups.csv --threshold 70 --exclude-below 2 --format json results.json
  quals rank --posting posting.yaml --format json resumes/ | quals audit --groups groups.csv --format csv -
`

// maxResults bounds the results document: an audit covers a whole
// applicant pool, whose ranking is larger than one posting or profile.
const maxResults = 64 << 20

func runAudit(e *env, args []string) int {
	fs := newFlags("audit")
	groupsPath := fs.String("groups", "", "")
	thresholdFlag := fs.String("threshold", "", "")
	excludeFlag := fs.String("exclude-below", "", "")
	format := fs.String("format", "text", "")
	rest, status, ok := parse(e, fs, auditHelp, args)
	if !ok {
		return status
	}
	switch {
	case *groupsPath == "":
		return usageError(e, "audit", "--groups is required")
	case len(rest) == 0:
		return usageError(e, "audit", "give the results file (the JSON of quals rank --format json), or - for standard input")
	case len(rest) > 1:
		return usageError(e, "audit", "give one results file, not %d", len(rest))
	case rest[0] == "-" && *groupsPath == "-":
		return usageError(e, "audit", "standard input can hold only one document; give the groups or the results as a file")
	case !oneOf(*format, "text", "json", "csv"):
		return usageError(e, "audit", "--format must be text, json or csv, not %q", *format)
	}
	var opts []audit.Option
	if *thresholdFlag != "" {
		t, err := strconv.ParseFloat(*thresholdFlag, 64)
		if err != nil || math.IsNaN(t) || t < 0 || t > 100 {
			return usageError(e, "audit", "--threshold must be a score from 0 to 100, not %q", *thresholdFlag)
		}
		opts = append(opts, audit.Threshold(t))
	}
	if *excludeFlag != "" {
		p, err := strconv.ParseFloat(*excludeFlag, 64)
		if err != nil || math.IsNaN(p) || p < 0 || p >= 100 {
			return usageError(e, "audit", "--exclude-below must be a percentage from 0 up to 100, not %q", *excludeFlag)
		}
		opts = append(opts, audit.ExcludeBelow(p))
	}

	// Read both documents and report the problems of both before giving up.
	resultsPath := rest[0]
	rsrc, err := readUpTo(e, "results", resultsPath, maxResults)
	failed := false
	if err != nil {
		fmt.Fprintf(e.stderr, "quals: %v\n", err)
		failed = true
	}
	gsrc, gerr := readInput(e, "groups", *groupsPath)
	if gerr != nil {
		fmt.Fprintf(e.stderr, "quals: %v\n", gerr)
		failed = true
	}
	if failed {
		return exitInput
	}
	rs, err := audit.ParseResults(displayName(resultsPath, "results"), rsrc)
	if err != nil {
		printProblems(e.stderr, err, rsrc)
		failed = true
	}
	groups, err := audit.ParseGroups(displayName(*groupsPath, "groups"), gsrc)
	if err != nil {
		printProblems(e.stderr, err, gsrc)
		failed = true
	}
	if failed {
		return exitInput
	}

	rep, err := audit.Audit(rs, groups, opts...)
	if err != nil {
		fmt.Fprintf(e.stderr, "quals audit: %v\n", err)
		return exitInput
	}
	matched := 0
	for _, r := range rs {
		if _, ok := groups[r.Candidate]; ok {
			matched++
		}
	}
	if matched == 0 && len(rs) > 0 {
		// An audit of candidates without categories says nothing of them;
		// the report counts them as unknown, this says why.
		fmt.Fprintf(e.stderr, "quals audit: warning: none of the %d candidates in the results has a row in %s (ids are compared as written)\n",
			len(rs), displayName(*groupsPath, "groups"))
	}
	switch *format {
	case "json":
		err = audit.WriteJSON(e.stdout, rep)
	case "csv":
		err = audit.WriteCSV(e.stdout, rep)
	default:
		err = audit.WriteText(e.stdout, rep)
	}
	if err != nil {
		fmt.Fprintf(e.stderr, "quals: writing the audit: %v\n", err)
		return exitInput
	}
	return exitOK
}
