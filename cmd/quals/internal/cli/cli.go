package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strings"

	"github.com/quals-dev/quals/internal/printable"

	"golang.org/x/term"
)

// Exit statuses.
const (
	exitOK    = 0
	exitInput = 1
	exitUsage = 2
)

// env is what a command runs with.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	quiet          bool // --quiet: no warnings on documents that load
}

type command struct {
	name, summary  string
	run            func(e *env, args []string) int
	readsDocuments bool // reads postings or profiles, and so needs the embedded knowledge
}

func commands() []command {
	return []command{
		{"match", "match one profile against a posting and explain the result", runMatch, true},
		{"rank", "rank many profiles or résumés (files or folders) for a posting", runRank, true},
		{"check", "validate a posting and summarize the requirements understood", runCheck, true},
		{"extract", "read a plain-text or JSON-LD job description into a posting document", runExtract, true},
		{"resume", "read a résumé (PDF, DOCX, Markdown or text) into a JSON Resume document", runResume, true},
		{"audit", "audit match results for adverse impact by sex and race/ethnicity (four-fifths rule)", runAudit, false},
	}
}

const usage = `quals matches candidates (JSON Resume profiles, or résumés in PDF, DOCX,
Markdown or text) against job postings and explains every point of the score.

Usage:
  quals <command> [flags] [arguments]

Commands:
%s
Flags:
  --version   print the version
  --help      print this help

Examples:
  quals check posting.yaml
  quals rank --posting posting.yaml resumes/
  quals match --posting posting.yaml --profile ada.json

Run 'quals help <command>' (or 'quals <command> --help') for a command's
flags and examples.
`

// Run runs the quals command line with args (without the program name) and
// returns the exit status.
func Run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	// Every byte the commands write goes through the sanitising writer: a
	// string from a document or a file name reaches no terminal raw,
	// whatever path it took. What the program means as control (colours,
	// the progress line) is written to the writer underneath (raw).
	e := &env{stdin: stdin, stdout: printable.NewWriter(stdout), stderr: printable.NewWriter(stderr)}
	if len(args) == 0 {
		printUsage(stderr)
		return exitUsage
	}
	switch args[0] {
	case "help":
		if len(args) > 1 {
			return Run([]string{args[1], "--help"}, stdin, stdout, stderr)
		}
		printUsage(stdout)
		return exitOK
	case "-h", "-help", "--help":
		printUsage(stdout)
		return exitOK
	case "-version", "--version", "version":
		fmt.Fprintln(stdout, "quals", version())
		return exitOK
	}
	for _, c := range commands() {
		if c.name == args[0] {
			if c.readsDocuments {
				warmKnowledge()
			}
			return c.run(e, args[1:])
		}
	}
	fmt.Fprintf(stderr, "quals: unknown command %q; the commands are %s. Run 'quals --help' for usage.\n", args[0], commandNames())
	return exitUsage
}

func commandNames() string {
	var names []string
	for _, c := range commands() {
		names = append(names, c.name)
	}
	return strings.Join(names, ", ")
}

func printUsage(w io.Writer) {
	var b strings.Builder
	for _, c := range commands() {
		fmt.Fprintf(&b, "  %-8s %s\n", c.name, c.summary)
	}
	fmt.Fprintf(w, usage, b.String())
}

// version is the module version the binary was built from.
func version() string {
	if info, ok := debug.ReadBuildInfo(); ok && info.Main.Version != "" {
		return info.Main.Version
	}
	return "(devel)"
}

// newFlags makes a command's flag set; commands print their own help.
func newFlags(name string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	return fs
}

// parse parses flags that may stand before, between or after the
// positional arguments, which it returns. It prints the help and reports
// exitOK for --help, and prints the error and reports exitUsage for a bad
// flag; ok is false in both cases.
func parse(e *env, fs *flag.FlagSet, help string, args []string) (positional []string, status int, ok bool) {
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				fmt.Fprint(e.stdout, help)
				return nil, exitOK, false
			}
			return nil, usageError(e, fs.Name(), "%s", flagMessage(err, args)), false
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return positional, exitOK, true
		}
		// The flag package stops at "--" and drops it: everything after
		// it is positional, even what looks like a flag.
		if consumed := len(args) - len(rest); consumed > 0 && args[consumed-1] == "--" {
			return append(positional, rest...), exitOK, true
		}
		positional = append(positional, rest[0])
		args = rest[1:]
	}
}

// flagMessage rewords the flag package's error the way the user typed the
// flag: "--bogus", not "-bogus".
func flagMessage(err error, args []string) string {
	msg := err.Error()
	for _, a := range args {
		if strings.HasPrefix(a, "--") {
			name, _, _ := strings.Cut(a, "=")
			msg = strings.Replace(msg, " "+name[1:], " "+name, 1)
		}
	}
	return msg
}

// usageError prints a usage problem on one line, with where to find help.
func usageError(e *env, name, format string, a ...any) int {
	fmt.Fprintf(e.stderr, "quals %s: %s\nRun 'quals %s --help' for usage.\n", name, fmt.Sprintf(format, a...), name)
	return exitUsage
}

// isTerminal reports whether w is a terminal. A character device is not
// enough: /dev/null is one.
func isTerminal(w io.Writer) bool {
	w = raw(w)
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// useColor decides colour from --color and the environment: auto means a
// terminal without NO_COLOR set.
func useColor(mode string, w io.Writer) bool {
	switch mode {
	case "always":
		return true
	case "never":
		return false
	}
	// no-color.org: NO_COLOR set to a non-empty value turns colour off.
	return os.Getenv("NO_COLOR") == "" && isTerminal(w)
}

// raw is the writer under the sanitising one, for output the program
// itself composes of control sequences.
func raw(w io.Writer) io.Writer {
	if u, ok := w.(interface{ Unwrap() io.Writer }); ok {
		return u.Unwrap()
	}
	return w
}
