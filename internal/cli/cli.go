package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strings"
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
}

type command struct {
	name, summary string
	run           func(e *env, args []string) int
}

func commands() []command {
	return []command{
		{"match", "match one profile against a posting and explain the result", runMatch},
		{"rank", "rank many profiles (files or folders of .json) for a posting", runRank},
		{"check", "validate a posting and summarize the requirements understood", runCheck},
	}
}

const usage = `quals matches candidate profiles (JSON Resume) against job postings and
explains every point of the score.

Usage:
  quals <command> [flags] [arguments]

Commands:
%s
Run 'quals <command> --help' for a command's flags and examples.
Flags:
  --version   print the version
  --help      print this help
`

// Run runs the quals command line with args (without the program name) and
// returns the exit status.
func Run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	e := &env{stdin: stdin, stdout: stdout, stderr: stderr}
	if len(args) == 0 {
		printUsage(stderr)
		return exitUsage
	}
	switch args[0] {
	case "-h", "-help", "--help", "help":
		printUsage(stdout)
		return exitOK
	case "-version", "--version", "version":
		fmt.Fprintln(stdout, "quals", version())
		return exitOK
	}
	for _, c := range commands() {
		if c.name == args[0] {
			return c.run(e, args[1:])
		}
	}
	fmt.Fprintf(stderr, "quals: unknown command %q\n\n", args[0])
	printUsage(stderr)
	return exitUsage
}

func printUsage(w io.Writer) {
	var b strings.Builder
	for _, c := range commands() {
		fmt.Fprintf(&b, "  %-7s %s\n", c.name, c.summary)
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
			fmt.Fprintf(e.stderr, "quals %s: %v\n\n%s", fs.Name(), err, help)
			return nil, exitUsage, false
		}
		args = fs.Args()
		if len(args) == 0 {
			return positional, exitOK, true
		}
		if args[0] == "--" {
			return append(positional, args[1:]...), exitOK, true
		}
		positional = append(positional, args[0])
		args = args[1:]
	}
}

// usageError prints a usage problem with the command's help.
func usageError(e *env, name, help, format string, a ...any) int {
	fmt.Fprintf(e.stderr, "quals %s: %s\n\n%s", name, fmt.Sprintf(format, a...), help)
	return exitUsage
}

// isTerminal reports whether w is a terminal (a character device).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
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
	_, noColor := os.LookupEnv("NO_COLOR")
	return !noColor && isTerminal(w)
}
