package cli

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/quals-dev/quals/profile"
	"github.com/quals-dev/quals/requirements"
)

// maxInput bounds what the command reads from one file or standard input.
const maxInput = 4 << 20

// readInput reads a file, or standard input for "-".
func readInput(e *env, path string) ([]byte, error) {
	if path == "-" {
		return io.ReadAll(io.LimitReader(e.stdin, maxInput+1))
	}
	return os.ReadFile(path)
}

// loadPosting loads a posting, printing its problems; ok is false when it
// does not load.
func loadPosting(e *env, path string) (*requirements.Posting, bool) {
	src, err := readInput(e, path)
	if err != nil {
		fmt.Fprintf(e.stderr, "quals: reading posting: %v\n", err)
		return nil, false
	}
	p, err := requirements.Parse(displayName(path, "posting"), src)
	if err != nil {
		printProblems(e.stderr, err, src)
		return nil, false
	}
	return p, true
}

// loadProfile loads a profile whose id is its file name without extension.
// It returns the source too, so problems can show the offending line.
func loadProfile(e *env, path string) (*profile.Profile, []byte, error) {
	src, err := readInput(e, path)
	if err != nil {
		return nil, nil, fmt.Errorf("reading profile: %w", err)
	}
	name := displayName(path, "profile")
	id := strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
	if path == "-" {
		id = "stdin"
	}
	p, err := profile.Parse(name, src, profile.WithID(id))
	return p, src, err
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
	if ws := p.Warnings(); len(ws) > 0 {
		printProblems(e.stderr, ws, src)
	}
}
