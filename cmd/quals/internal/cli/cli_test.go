package cli

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestExitStatus(t *testing.T) {
	chen := exampleProfile("chen-wei")
	tests := []struct {
		name       string
		args       []string
		stdin      string
		want       int
		wantStderr string // a part of standard error
	}{
		// 0: success.
		{"match", []string{"match", "--posting", examplePosting, "--profile", chen, "--as-of", asOf}, "", exitOK, ""},
		{"rank", []string{"rank", "--posting", examplePosting, "--as-of", asOf, exampleProfiles}, "", exitOK, ""},
		{"check", []string{"check", examplePosting}, "", exitOK, ""},
		{"version", []string{"--version"}, "", exitOK, ""},
		{"help", []string{"--help"}, "", exitOK, ""},

		// 1: bad input.
		{"match malformed posting", []string{"match", "--posting", "testdata/malformed-posting.yaml", "--profile", chen, "--as-of", asOf}, "", exitInput, "testdata/malformed-posting.yaml:9:13: required[0].weight:"},
		{"match malformed profile", []string{"match", "--posting", examplePosting, "--profile", "testdata/malformed-profile.json", "--as-of", asOf}, "", exitInput, "testdata/malformed-profile.json:3:11: work: must be a list"},
		{"match missing posting", []string{"match", "--posting", "testdata/no-such-posting.yaml", "--profile", chen, "--as-of", asOf}, "", exitInput, "testdata/no-such-posting.yaml"},
		{"match missing profile", []string{"match", "--posting", examplePosting, "--profile", "testdata/no-such-profile.json", "--as-of", asOf}, "", exitInput, "testdata/no-such-profile.json"},
		{"rank malformed posting", []string{"rank", "--posting", "testdata/malformed-posting.yaml", "--as-of", asOf, exampleProfiles}, "", exitInput, "testdata/malformed-posting.yaml:12:5: required[1].telepathy:"},
		{"rank malformed profile", []string{"rank", "--posting", examplePosting, "--as-of", asOf, "testdata/malformed-profile.json"}, "", exitInput, "testdata/malformed-profile.json:3:11: work:"},
		{"rank missing profile", []string{"rank", "--posting", examplePosting, "--as-of", asOf, "testdata/no-such-profile.json"}, "", exitInput, "testdata/no-such-profile.json"},
		{"rank missing posting", []string{"rank", "--posting", "testdata/no-such-posting.yaml", "--as-of", asOf, exampleProfiles}, "", exitInput, "testdata/no-such-posting.yaml"},
		{"check malformed posting", []string{"check", "testdata/malformed-posting.yaml"}, "", exitInput, "testdata/malformed-posting.yaml:6:31: locations[0].country:"},
		{"check missing posting", []string{"check", "testdata/no-such-posting.yaml"}, "", exitInput, "testdata/no-such-posting.yaml"},
		{"check malformed posting as json", []string{"check", "--format", "json", "testdata/malformed-posting.yaml"}, "", exitInput, ""},
		{"match profile from empty stdin", []string{"match", "--posting", examplePosting, "--profile", "-", "--as-of", asOf}, "", exitInput, "<stdin profile>"},

		// 2: wrong usage.
		{"no command", nil, "", exitUsage, "Usage:"},
		{"unknown command", []string{"frobnicate"}, "", exitUsage, `unknown command "frobnicate"`},
		{"unknown flag before the command", []string{"--frobnicate"}, "", exitUsage, `unknown command "--frobnicate"`},
		{"match unknown flag", []string{"match", "--frobnicate", "--posting", examplePosting, "--profile", chen}, "", exitUsage, "frobnicate"},
		{"rank unknown flag", []string{"rank", "--posting", examplePosting, "--frobnicate", exampleProfiles}, "", exitUsage, "frobnicate"},
		{"check unknown flag", []string{"check", "--frobnicate", examplePosting}, "", exitUsage, "frobnicate"},
		{"rank has no --color", []string{"rank", "--color", "never", "--posting", examplePosting, exampleProfiles}, "", exitUsage, "color"},
		{"match without --posting", []string{"match", "--profile", chen, "--as-of", asOf}, "", exitUsage, "--posting is required"},
		{"match without --profile", []string{"match", "--posting", examplePosting, "--as-of", asOf}, "", exitUsage, "--profile is required"},
		{"match with a positional profile", []string{"match", "--posting", examplePosting, chen}, "", exitUsage, "unexpected argument"},
		{"rank without --posting", []string{"rank", "--as-of", asOf, exampleProfiles}, "", exitUsage, "--posting is required"},
		{"rank without profiles", []string{"rank", "--posting", examplePosting, "--as-of", asOf}, "", exitUsage, "at least one profile"},
		{"match bad --format", []string{"match", "--posting", examplePosting, "--profile", chen, "--format", "csv"}, "", exitUsage, `--format must be text, json or markdown, not "csv"`},
		{"rank bad --format", []string{"rank", "--posting", examplePosting, "--format", "markdown", exampleProfiles}, "", exitUsage, `--format must be text, json or csv, not "markdown"`},
		{"check bad --format", []string{"check", "--format", "yaml", examplePosting}, "", exitUsage, `--format must be text or json, not "yaml"`},
		{"match --as-of not a date", []string{"match", "--posting", examplePosting, "--profile", chen, "--as-of", "tomorrow"}, "", exitUsage, "--as-of must be a date"},
		{"match --as-of a month", []string{"match", "--posting", examplePosting, "--profile", chen, "--as-of", "2026-02"}, "", exitUsage, "--as-of must be a date"},
		{"match --as-of an impossible day", []string{"match", "--posting", examplePosting, "--profile", chen, "--as-of", "2026-02-30"}, "", exitUsage, "--as-of must be a date"},
		{"match --as-of day first", []string{"match", "--posting", examplePosting, "--profile", chen, "--as-of", "15/02/2026"}, "", exitUsage, "--as-of must be a date"},
		{"rank bad --as-of", []string{"rank", "--posting", examplePosting, "--as-of", "2026-13-01", exampleProfiles}, "", exitUsage, "--as-of must be a date"},
		{"match --as-of without a value", []string{"match", "--posting", examplePosting, "--profile", chen, "--as-of"}, "", exitUsage, "as-of"},
		{"rank --top not a number", []string{"rank", "--posting", examplePosting, "--top", "ten", exampleProfiles}, "", exitUsage, "top"},
		{"rank --top negative", []string{"rank", "--posting", examplePosting, "--top", "-1", exampleProfiles}, "", exitUsage, "--top must be 0 (all) or more, not -1"},
		{"match bad --color", []string{"match", "--posting", examplePosting, "--profile", chen, "--color", "sometimes"}, "", exitUsage, `--color must be auto, always or never, not "sometimes"`},
		{"check without a file", []string{"check"}, "", exitUsage, "give exactly one posting file"},
		{"check with two files", []string{"check", examplePosting, examplePosting}, "", exitUsage, "give exactly one posting file"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := run(t, tt.stdin, tt.args...)
			assert.Equal(t, tt.want, got.code, "stderr:\n%s", got.stderr)
			assert.Contains(t, got.stderr, tt.wantStderr)
			switch tt.want {
			case exitOK:
				assert.NotEmpty(t, got.stdout)
			case exitUsage:
				assert.NotEmpty(t, got.stderr, "a usage error must say what is wrong")
				if len(tt.args) > 0 {
					assert.Empty(t, got.stdout, "a usage error prints nothing on standard output")
				}
			}
		})
	}
}

// A usage error names the command and the problem on its first line, then
// shows the command's help, on standard error only.
func TestUsageErrorIsOneLineAndPointsToHelp(t *testing.T) {
	tests := []struct {
		command, firstLine string
		args               []string
	}{
		{"match", "quals match: --posting is required", []string{"match", "--profile", "x.json"}},
		{"rank", "quals rank: --posting is required", []string{"rank", "x.json"}},
		{"check", "quals check: give exactly one posting file", []string{"check"}},
	}
	for _, tt := range tests {
		t.Run(tt.command, func(t *testing.T) {
			got := run(t, "", tt.args...)
			require.Equal(t, exitUsage, got.code)
			assert.Equal(t, tt.firstLine+"\nRun 'quals "+tt.command+" --help' for usage.\n", got.stderr)
			assert.Empty(t, got.stdout)
		})
	}
}

func TestCommandHelp(t *testing.T) {
	for _, command := range []string{"match", "rank", "check"} {
		for _, flag := range []string{"--help", "-h", "-help"} {
			t.Run(command+" "+flag, func(t *testing.T) {
				got := run(t, "", command, flag)
				assert.Equal(t, exitOK, got.code)
				assert.Empty(t, got.stderr)
				assert.True(t, strings.HasPrefix(got.stdout, "Usage:\n  quals "+command+" "), "help starts with the usage line:\n%s", got.stdout)
				assert.Contains(t, got.stdout, "Examples:")
				assert.Contains(t, got.stdout, "--format")
			})
		}
	}
}

// Help wins even after other flags, and mentions every flag the command takes.
func TestCommandHelpListsEveryFlag(t *testing.T) {
	tests := map[string][]string{
		"match": {"--posting", "--profile", "--as-of", "--format", "--color"},
		"rank":  {"--posting", "--as-of", "--top", "--format"},
		"check": {"--format"},
	}
	for command, flags := range tests {
		t.Run(command, func(t *testing.T) {
			got := run(t, "", command, "--format", "json", "--help")
			require.Equal(t, exitOK, got.code)
			for _, f := range flags {
				assert.Contains(t, got.stdout, f)
			}
		})
	}
}

func TestTopLevelHelp(t *testing.T) {
	for _, arg := range []string{"--help", "-h", "-help", "help"} {
		t.Run(arg, func(t *testing.T) {
			got := run(t, "", arg)
			assert.Equal(t, exitOK, got.code)
			assert.Empty(t, got.stderr)
			assert.Contains(t, got.stdout, "Usage:\n  quals <command>")
			for _, command := range []string{"match", "rank", "check"} {
				assert.Contains(t, got.stdout, "  "+command+" ")
			}
		})
	}
}

func TestVersion(t *testing.T) {
	for _, arg := range []string{"--version", "-version", "version"} {
		t.Run(arg, func(t *testing.T) {
			got := run(t, "", arg)
			assert.Equal(t, exitOK, got.code)
			assert.True(t, strings.HasPrefix(got.stdout, "quals "), "got %q", got.stdout)
			assert.True(t, strings.HasSuffix(got.stdout, "\n"))
			assert.Len(t, strings.Split(strings.TrimSpace(got.stdout), "\n"), 1, "the version is one line")
			assert.Empty(t, got.stderr)
		})
	}
}

func TestNoCommandPrintsUsageToStderr(t *testing.T) {
	got := run(t, "")
	assert.Equal(t, exitUsage, got.code)
	assert.Empty(t, got.stdout)
	assert.Contains(t, got.stderr, "Usage:\n  quals <command>")
	assert.Contains(t, got.stderr, "Commands:")
}

func TestUnknownCommandNamesTheCommands(t *testing.T) {
	got := run(t, "", "frobnicate", "posting.txt")
	assert.Equal(t, exitUsage, got.code)
	assert.Empty(t, got.stdout)
	assert.Equal(t, "quals: unknown command \"frobnicate\"; the commands are match, rank, check, extract, resume, audit. Run 'quals --help' for usage.\n", got.stderr)
}

// Flags may come before, between and after the positional arguments; a
// repeated flag keeps its last value.
func TestFlagsAnywhere(t *testing.T) {
	ids := exampleIDs(t)
	tests := []struct {
		name string
		args []string
	}{
		{"flags first", []string{"rank", "--posting", examplePosting, "--as-of", asOf, "--format", "csv", exampleProfiles}},
		{"flags last", []string{"rank", exampleProfiles, "--posting", examplePosting, "--as-of", asOf, "--format", "csv"}},
		{"flags between", []string{"rank", "--as-of", asOf, exampleProfiles, "--posting", examplePosting, "--format", "csv"}},
		{"repeated flags", []string{"rank", "--format", "json", "--posting", "nowhere.yaml", exampleProfiles, "--posting", examplePosting, "--as-of", asOf, "--format", "csv"}},
		{"single dash and =", []string{"rank", "-posting=" + examplePosting, exampleProfiles, "-as-of=" + asOf, "-format=csv"}},
	}
	var first string
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := run(t, "", tt.args...)
			require.Equal(t, exitOK, got.code, got.stderr)
			assert.Empty(t, got.stderr)
			rows := parseCSV(t, got.stdout)
			assert.Len(t, rows, len(ids)+1)
			if i == 0 {
				first = got.stdout
			} else {
				assert.Equal(t, first, got.stdout, "the place of the flags changes nothing")
			}
		})
	}
}

// After "--" every argument is positional, even one that looks like a flag.
func TestDoubleDashEndsFlags(t *testing.T) {
	posting, err := filepath.Abs(examplePosting)
	require.NoError(t, err)
	dir := t.TempDir()
	writeFile(t, dir, "-posting.yaml", readFile(t, examplePosting))
	writeFile(t, dir, "-a.json", readFile(t, exampleProfile("chen-wei")))
	writeFile(t, dir, "-b.json", readFile(t, exampleProfile("ben-okafor")))
	t.Chdir(dir)

	t.Run("check", func(t *testing.T) {
		got := run(t, "", "check", "--", "-posting.yaml")
		assert.Equal(t, exitOK, got.code, got.stderr)
	})
	t.Run("rank with one file", func(t *testing.T) {
		got := run(t, "", "rank", "--posting", posting, "--as-of", asOf, "--format", "csv", "--", "-a.json")
		require.Equal(t, exitOK, got.code, got.stderr)
		assert.Len(t, parseCSV(t, got.stdout), 2)
	})
	t.Run("rank with two files", func(t *testing.T) {
		got := run(t, "", "rank", "--posting", posting, "--as-of", asOf, "--format", "csv", "--", "-a.json", "-b.json")
		require.Equal(t, exitOK, got.code, "both files after -- are profiles; stderr:\n%s", got.stderr)
		assert.Len(t, parseCSV(t, got.stdout), 3)
	})
}
