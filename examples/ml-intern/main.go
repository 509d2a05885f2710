// Command ml-intern ranks the example candidates against the machine
// learning internship posting and prints each candidate's gaps.
//
//	go run ./examples/ml-intern
//
// The posting and profiles are embedded, so it runs from any directory.
// It matches as of 2026-02-15, before the internship starts, so its output
// does not change from day to day.
package main

import (
	"embed"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"
	"time"

	"github.com/quals-dev/quals/match"
	"github.com/quals-dev/quals/profile"
	"github.com/quals-dev/quals/requirements"
)

//go:embed posting.yaml profiles/*.json
var files embed.FS

// asOf fixes the matching date so the example's output is reproducible.
var asOf = time.Date(2026, 2, 15, 0, 0, 0, 0, time.UTC)

func main() {
	if err := run(os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "ml-intern:", err)
		os.Exit(1)
	}
}

func run(out io.Writer) error {
	src, err := files.ReadFile("posting.yaml")
	if err != nil {
		return err
	}
	posting, err := requirements.Parse("posting.yaml", src)
	if err != nil {
		return err
	}
	names, err := fs.Glob(files, "profiles/*.json")
	if err != nil {
		return err
	}
	var profiles []*profile.Profile
	for _, name := range names {
		data, err := files.ReadFile(name)
		if err != nil {
			return err
		}
		id := strings.TrimSuffix(strings.TrimPrefix(name, "profiles/"), ".json")
		p, err := profile.Parse(name, data, profile.WithID(id))
		if err != nil {
			return err
		}
		profiles = append(profiles, p)
	}

	results := match.Rank(profiles, posting, match.AsOf(asOf))
	fmt.Fprintf(out, "%s — %s (%d candidates, as of %s)\n\n", posting.Title(), posting.ID(), len(results), asOf.Format("2006-01-02"))
	if err := match.WriteTable(out, results); err != nil {
		return err
	}
	for _, r := range results {
		fmt.Fprintf(out, "\n%d. %s — %s, %.1f\n", r.Rank, r.Candidate, r.Verdict, r.Score)
		gaps := r.Gaps()
		if len(gaps) == 0 {
			fmt.Fprintln(out, "   no gaps")
		}
		for _, g := range gaps {
			fmt.Fprintf(out, "   - %s\n", g)
		}
	}
	return nil
}
