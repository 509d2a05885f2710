package cli

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"iter"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"

	"github.com/quals-dev/quals/internal/printable"
	"github.com/quals-dev/quals/profile"
)

// A ranking reads its candidates as a stream: files are loaded in
// parallel, ahead of the matching but never more than a window ahead, and
// handed on in input order; a JSON Lines file (.jsonl) gives one candidate
// per line. With --top N nothing but the N best results is kept, so a
// folder or a file of any size ranks in bounded memory.

// unit is one candidate to load: a file, or one line of a JSON Lines file.
type unit struct {
	path   string // the file
	line   int    // its line in a JSON Lines file, or 0
	src    []byte // the line's JSON; nil for a file, read when loaded
	folder string // the folder the file was found in, if any
}

type loadedUnit struct {
	unit
	p      *profile.Profile
	src    []byte
	format string
	err    error
}

// maxJSONLine bounds one line of a JSON Lines file: one profile.
const maxJSONLine = maxInput

// units yields what the files hold: each file, and each non-blank line of
// a .jsonl file. A JSON Lines file that cannot be read yields one unit
// carrying the error.
func units(e *env, files []string, inFolder map[string]string) iter.Seq[unit] {
	return func(yield func(unit) bool) {
		for _, f := range files {
			if !strings.EqualFold(filepath.Ext(f), ".jsonl") {
				if !yield(unit{path: f, folder: inFolder[f]}) {
					return
				}
				continue
			}
			var r *os.File
			var err error
			if f == "-" {
				r = nil
			} else if r, err = os.Open(f); err != nil {
				yield(unit{path: f, src: []byte{}, line: -1})
				continue
			}
			sc := bufio.NewScanner(e.stdin)
			if r != nil {
				sc = bufio.NewScanner(r)
			}
			sc.Buffer(make([]byte, 64<<10), maxJSONLine+1)
			for n := 1; sc.Scan(); n++ {
				if len(bytes.TrimSpace(sc.Bytes())) == 0 {
					continue
				}
				if !yield(unit{path: f, line: n, src: bytes.Clone(sc.Bytes()), folder: inFolder[f]}) {
					if r != nil {
						r.Close()
					}
					return
				}
			}
			if err := sc.Err(); err != nil {
				yield(unit{path: f, line: -1, src: []byte(err.Error())})
			}
			if r != nil {
				r.Close()
			}
		}
	}
}

// loadUnit loads one unit.
func loadUnit(e *env, u unit) loadedUnit {
	l := loadedUnit{unit: u}
	switch {
	case u.line < 0:
		l.err = fmt.Errorf("cannot read the profiles %s: %s", displayName(u.path, "profiles"), string(u.src))
		if len(u.src) == 0 {
			_, l.err = os.Stat(u.path)
			l.err = fileError("profiles", u.path, l.err)
		}
	case u.line > 0:
		base := strings.TrimSuffix(filepath.Base(u.path), filepath.Ext(u.path))
		name := displayName(u.path, "profiles") + ":" + strconv.Itoa(u.line)
		// A JSON Lines file is a JSON Resume per line; problems name the
		// line (their own line numbers count within it).
		l.p, l.src, l.format, l.err = candidateFrom(name, ".json", base+"-"+strconv.Itoa(u.line), u.src)
	default:
		l.p, l.src, l.format, l.err = loadCandidate(e, u.path)
	}
	return l
}

// loadInOrder loads the units in parallel, at most a window ahead, and
// yields them in input order.
func loadInOrder(e *env, us iter.Seq[unit]) iter.Seq[loadedUnit] {
	return func(yield func(loadedUnit) bool) {
		workers := runtime.GOMAXPROCS(0)
		type slot struct {
			u    unit
			done chan loadedUnit
		}
		work := make(chan slot)
		order := make(chan chan loadedUnit, 4*workers) // the window
		var wg sync.WaitGroup
		for range workers {
			wg.Go(func() {
				for s := range work {
					s.done <- loadUnit(e, s.u)
				}
			})
		}
		stop := make(chan struct{})
		go func() {
			defer close(order)
			defer close(work)
			for u := range us {
				done := make(chan loadedUnit, 1)
				select {
				case order <- done:
				case <-stop:
					return
				}
				select {
				case work <- slot{u, done}:
				case <-stop:
					return
				}
			}
		}()
		defer func() {
			close(stop)
			for range order { // let the producer finish
			}
			wg.Wait()
		}()
		for done := range order {
			if !yield(<-done) {
				return
			}
		}
	}
}

// loadStats is what loading found beside the profiles, said after them.
type loadStats struct {
	failed     bool
	documents  []string
	skipped    map[string]bool // folders with a text file that was no résumé
	loadedFrom map[string]bool // folders that gave a candidate
	seen       map[string]string
}

// candidateStream streams the profiles of the files, reporting problems and
// warnings as it goes; stats are complete once the sequence is done.
func candidateStream(e *env, files []string, inFolder map[string]string, stats *loadStats) iter.Seq[*profile.Profile] {
	stats.skipped, stats.loadedFrom, stats.seen = map[string]bool{}, map[string]bool{}, map[string]string{}
	return func(yield func(*profile.Profile) bool) {
		for l := range loadInOrder(e, units(e, files, inFolder)) {
			where := l.path
			if l.line > 0 {
				where += ":" + strconv.Itoa(l.line)
			}
			if l.err == nil && l.format != "" {
				stats.documents = append(stats.documents, printable.String(displayName(l.path, "profile"))+" ("+formatName(l.format)+")")
			}
			if l.err == nil {
				if prev, dup := stats.seen[l.p.ID()]; dup {
					fmt.Fprintf(e.stderr, "quals: warning: %s and %s are both candidate %q; rank them apart by their file names\n", prev, where, l.p.ID())
				}
				stats.seen[l.p.ID()] = where
			}
			if l.err != nil && l.src == nil && l.folder != "" && maybeResume(l.path) {
				why := l.err
				if inner := errors.Unwrap(why); inner != nil {
					why = inner // the message without the file name, said already
				}
				fmt.Fprintf(e.stderr, "quals: skipped %s: not read as a résumé (%v)\n", printable.String(l.path), why)
				stats.skipped[l.folder] = true
				continue
			}
			if l.folder != "" {
				stats.loadedFrom[l.folder] = true
			}
			if l.err != nil {
				printProblems(e.stderr, l.err, l.src)
				stats.failed = true
				continue
			}
			printWarnings(e, l.p, l.src)
			if !yield(l.p) {
				return
			}
		}
	}
}

// report says, after the stream, what it skipped and read from documents.
func (stats *loadStats) report(e *env) {
	for _, folder := range sortedKeys(stats.skipped) {
		if !stats.loadedFrom[folder] {
			fmt.Fprintf(e.stderr, "quals: %s holds no profiles (.json, .jsonl) or résumés (.pdf, .docx, .md, .txt)\n", printable.String(folder))
			stats.failed = true
		}
	}
	if len(stats.documents) > 0 && !e.quiet {
		fmt.Fprintf(e.stderr, "quals: %s read from résumé documents: %s\n", countNoun(len(stats.documents), "candidate"), strings.Join(stats.documents, ", "))
	}
}
