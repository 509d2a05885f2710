package cli

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/quals-dev/quals/internal/printable"
	"github.com/quals-dev/quals/match"
	"github.com/quals-dev/quals/profile"
)

const rankHelp = `Usage:
  quals rank --posting POSTING [--as-of YYYY-MM-DD] [--top N] [--format text|json|csv] PROFILE...

Rank candidates for a posting, best first: by score (the fit), then
eligible before needs-info before ineligible, then by candidate id. Each
PROFILE is a JSON Resume file, a résumé (PDF, DOCX, Markdown or text), or a
folder searched for them (.json, .pdf, .docx, .md, .txt). A profile that does not
load is reported and skipped; the others are still ranked, and the exit
status is then 1.

Flags:
  --posting FILE   the posting document (required)
  --as-of DATE     match as of this date (default: today)
  --top N          print only the first N candidates (default: all)
  --format FORMAT  text (a table, default), json (an array of results, each with its rank) or csv
  --quiet          print no warnings about the profiles; errors still print

Examples:
  quals rank --posting examples/ml-intern/posting.yaml --as-of 2026-02-15 examples/ml-intern/profiles
  quals rank --posting posting.yaml --top 10 --format csv resumes/ > shortlist.csv
`

func runRank(e *env, args []string) int {
	fset := newFlags("rank")
	postingPath := fset.String("posting", "", "")
	asOfFlag := fset.String("as-of", "", "")
	top := fset.Int("top", 0, "")
	format := fset.String("format", "text", "")
	fset.BoolVar(&e.quiet, "quiet", false, "")
	paths, status, ok := parse(e, fset, rankHelp, args)
	if !ok {
		return status
	}
	switch {
	case *postingPath == "":
		return usageError(e, "rank", "--posting is required")
	case len(paths) == 0:
		return usageError(e, "rank", "give at least one profile file or folder")
	case count(paths, "-")+count([]string{*postingPath}, "-") > 1:
		return usageError(e, "rank", "standard input (-) can hold only one document")
	case *top < 0:
		return usageError(e, "rank", "--top must be 0 (all) or more, not %d", *top)
	case !oneOf(*format, "text", "json", "csv"):
		return usageError(e, "rank", "--format must be text, json or csv, not %q", *format)
	}
	asOf, err := parseAsOf(*asOfFlag)
	if err != nil {
		return usageError(e, "rank", "%v", err)
	}

	posting, ok := loadPosting(e, *postingPath)
	if !ok {
		return exitInput
	}
	files, inFolder, failed := profileFiles(e, paths)
	var stats loadStats
	loaded := 0
	stream := func(yield func(*profile.Profile) bool) {
		for p := range candidateStream(e, files, inFolder, &stats) {
			loaded++
			if !yield(p) {
				return
			}
		}
	}
	prog := startProgress(e.stderr, "ranking candidates", len(files))
	results := match.RankSeq(stream, posting, *top, match.AsOf(asOf))
	prog.stop()
	stats.report(e)
	failed = failed || stats.failed
	if loaded == 0 && failed {
		fmt.Fprintln(e.stderr, "quals rank: no profile loaded")
		return exitInput
	}
	switch *format {
	case "json":
		err = match.WriteJSON(e.stdout, results)
	case "csv":
		err = match.WriteCSV(e.stdout, results)
	default:
		err = match.WriteTable(e.stdout, results)
	}
	if err != nil {
		fmt.Fprintf(e.stderr, "quals: writing the ranking: %v\n", err)
		return exitInput
	}
	if failed {
		return exitInput
	}
	return exitOK
}

func count(ss []string, s string) int {
	n := 0
	for _, x := range ss {
		if x == s {
			n++
		}
	}
	return n
}

// profileFiles expands folders into the .json files under them, in name
// order. A path that does not exist is reported; failed says so.
// profileExtensions are the files a folder of candidates is searched for.
var profileExtensions = map[string]bool{".json": true, ".jsonl": true, ".pdf": true, ".docx": true, ".md": true, ".markdown": true, ".txt": true}

// profileFiles expands folders into the files in them; inFolder gives the
// folder of each file a folder gave, as opposed to those named.
func profileFiles(e *env, paths []string) (files []string, inFolder map[string]string, failed bool) {
	inFolder = map[string]string{}
	for _, p := range paths {
		if p == "-" {
			files = append(files, p)
			continue
		}
		info, err := os.Stat(p)
		if err != nil {
			fmt.Fprintf(e.stderr, "quals: %v\n", fileError("profile", p, err))
			failed = true
			continue
		}
		if !info.IsDir() {
			files = append(files, p)
			continue
		}
		var found []string
		// A folder named through a symlink is walked where it points; the
		// paths found keep the name given.
		root := p
		if real, err := filepath.EvalSymlinks(p); err == nil {
			root = real
		}
		skipped := map[string]int{} // why → how many
		err = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if root != p {
				path = filepath.Join(p, strings.TrimPrefix(path, root))
			}
			switch {
			case d.Type()&fs.ModeSymlink != 0 && isDirLink(path):
				skipped["links to folders, not followed inside a folder (they may loop)"]++
			case d.IsDir():
			case profileExtensions[strings.ToLower(filepath.Ext(path))]:
				found = append(found, path)
			case !strings.HasPrefix(d.Name(), "."):
				skipped["files that are neither profiles nor résumés"]++
			}
			return nil
		})
		for _, why := range sortedKeys(mapKeys(skipped)) {
			fmt.Fprintf(e.stderr, "quals: %s: skipped %d %s\n", printable.String(p), skipped[why], why)
		}
		if err != nil {
			fmt.Fprintf(e.stderr, "quals: %v\n", err)
			failed = true
		}
		if len(found) == 0 && err == nil {
			fmt.Fprintf(e.stderr, "quals: %s holds no profiles (.json, .jsonl) or résumés (.pdf, .docx, .md, .txt)\n", p)
			failed = true
		}
		sort.Strings(found)
		files = append(files, found...)
		for _, f := range found {
			inFolder[f] = p
		}
	}
	return files, inFolder, failed
}

// maybeResume reports whether a file found in a folder may be something
// else than a résumé (notes, a README): text and Markdown files are
// skipped with a note when they do not read as one, not counted as
// failures.
func maybeResume(path string) bool {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".txt", ".md", ".markdown":
		return true
	}
	return false
}

// formatName names a résumé's format for people.
func formatName(format string) string {
	switch format {
	case "pdf", "docx":
		return strings.ToUpper(format)
	case "markdown":
		return "Markdown"
	}
	return "plain-text"
}

func countNoun(n int, noun string) string {
	if n == 1 {
		return "1 " + noun + " was"
	}
	return fmt.Sprintf("%d %ss were", n, noun)
}

func sortedKeys(m map[string]bool) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func mapKeys(m map[string]int) map[string]bool {
	out := make(map[string]bool, len(m))
	for k := range m {
		out[k] = true
	}
	return out
}

// isDirLink reports whether a symbolic link leads to a folder.
func isDirLink(path string) bool {
	info, err := os.Stat(path)
	return err == nil && info.IsDir()
}
