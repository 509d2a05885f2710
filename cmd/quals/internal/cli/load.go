package cli

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/quals-dev/quals/diag"
	"github.com/quals-dev/quals/extract"
	"github.com/quals-dev/quals/profile"
	"github.com/quals-dev/quals/requirements"
)

// maxInput bounds what the command reads from one file or standard input.
const maxInput = 4 << 20

// readInput reads a file, or standard input for "-", never more than a
// byte past maxInput, so /dev/zero or a huge file fails fast. what names the
// document in errors.
func readInput(e *env, what, path string) ([]byte, error) {
	return readUpTo(e, what, path, maxInput)
}

// readUpTo is readInput with another limit (a rank's results for an audit
// can be much larger than one posting).
func readUpTo(e *env, what, path string, limit int) ([]byte, error) {
	var r io.Reader = e.stdin
	if path != "-" {
		f, err := os.Open(path)
		if err != nil {
			return nil, fileError(what, path, err)
		}
		defer f.Close()
		if st, err := f.Stat(); err == nil && st.IsDir() {
			return nil, fmt.Errorf("cannot read the %s %s: it is a folder", what, path)
		}
		r = f
	}
	src, err := io.ReadAll(io.LimitReader(r, int64(limit)+1))
	if err != nil {
		return nil, fileError(what, displayName(path, what), err)
	}
	if len(src) > limit {
		return nil, fmt.Errorf("the %s %s is larger than %d MiB, the most quals reads", what, displayName(path, what), limit>>20)
	}
	return src, nil
}

// fileError says which document could not be read, without Go's "open".
func fileError(what, path string, err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	return fmt.Errorf("cannot read the %s %s: %w", what, path, err)
}

// loadPosting loads a posting, printing its problems; ok is false when it
// does not load.
func loadPosting(e *env, path string) (*requirements.Posting, bool) {
	src, err := readInput(e, "posting", path)
	if err != nil {
		fmt.Fprintf(e.stderr, "quals: %v\n", err)
		return nil, false
	}
	p, err := requirements.Parse(displayName(path, "posting"), src)
	if err != nil {
		printProblems(e.stderr, err, src)
		return nil, false
	}
	return p, true
}

// maxDocument bounds a résumé document (PDF, DOCX): their fonts and
// images make them larger than the text they hold.
const maxDocument = 16 << 20

// loadProfile loads a profile whose id is its file name without extension:
// a JSON Resume document, or a résumé in PDF, DOCX, Markdown or text, read
// into one (the format told by content). It returns the source too, so
// problems can show the offending line, and says which format a document
// was read from ("" for JSON Resume).
func loadProfile(e *env, path string) (*profile.Profile, []byte, error) {
	p, src, _, err := loadCandidate(e, path)
	return p, src, err
}

func loadCandidate(e *env, path string) (*profile.Profile, []byte, string, error) {
	src, err := readUpTo(e, "profile", path, maxDocument)
	if err != nil {
		return nil, nil, "", err
	}
	id := strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
	if path == "-" {
		id = "stdin"
	}
	return candidateFrom(displayName(path, "profile"), path, id, src)
}

// candidateFrom loads a candidate already read: name for messages, path
// for its extension, id for the profile.
func candidateFrom(name, path, id string, src []byte) (*profile.Profile, []byte, string, error) {
	// A .json file is a JSON Resume, whatever it holds, so that its problems
	// are told as JSON; anything else is told by its content.
	if format := extract.ResumeFormat(src); format != "json" && !strings.EqualFold(filepath.Ext(path), ".json") {
		x, err := extract.Resume(name, src)
		if err != nil {
			return nil, nil, format, err
		}
		return x.Profile(profile.WithID(id)), nil, x.Format, nil
	}
	if len(src) > maxInput {
		return nil, src, "", fmt.Errorf("the profile %s is larger than %d MiB, the most quals reads of JSON", name, maxInput>>20)
	}
	p, err := profile.Parse(name, src, profile.WithID(id))
	if err == nil && !p.HoldsResume() {
		// Ranked, it would score 0 with every requirement unknown; say so.
		return nil, src, "", diag.Problems{{File: name, Kind: diag.ErrEmpty,
			Message: "holds no résumé: no work, volunteering, education, skills, projects, publications, certificates or awards (is it a JSON Resume document?)"}}
	}
	return p, src, "", err
}

// displayName is how a file is named in messages; standard input is "-"
// only to the shell, so it is named after what it holds.
func displayName(path, what string) string {
	if path == "-" {
		return "<stdin " + what + ">"
	}
	return path
}

// printWarnings writes a profile's warnings (keys the schema lacks).
func printWarnings(e *env, p *profile.Profile, src []byte) {
	if ws := p.Warnings(); len(ws) > 0 && !e.quiet {
		printProblems(e.stderr, ws, src)
	}
}

// samePath reports whether two paths name one file, as far as the file
// system tells (a link, a relative path), so that an output never
// overwrites its own input.
func samePath(a, b string) bool {
	if a == "-" || b == "-" {
		return false
	}
	ia, err1 := os.Stat(a)
	ib, err2 := os.Stat(b)
	if err1 == nil && err2 == nil {
		return os.SameFile(ia, ib)
	}
	x, err1 := filepath.Abs(a)
	y, err2 := filepath.Abs(b)
	return err1 == nil && err2 == nil && x == y
}
