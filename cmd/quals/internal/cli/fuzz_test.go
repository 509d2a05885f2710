package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/quals-dev/quals/internal/watchdog"
)

// FuzzRun runs the command line with argument lists made by splitting the
// fuzzed string on spaces. {P}, {F}, {B} and {D} stand for the example
// posting, a profile, a malformed profile and a folder of profiles in a
// temporary directory; standard input holds the profile. Run must never
// panic and must exit 0, 1 or 2.
func FuzzRun(f *testing.F) {
	dir := f.TempDir()
	posting := filepath.Join(dir, "posting.yaml")
	prof := filepath.Join(dir, "profiles", "chen-wei.json")
	bad := filepath.Join(dir, "bad.json")
	copyFile(f, examplePosting, posting)
	copyFile(f, exampleProfile("chen-wei"), prof)
	copyFile(f, exampleProfile("ben-okafor"), filepath.Join(dir, "profiles", "ben-okafor.json"))
	copyFile(f, "testdata/malformed-profile.json", bad)
	copyFile(f, "testdata/malformed-posting.yaml", filepath.Join(dir, "malformed.yaml"))
	stdin, err := os.ReadFile(prof)
	if err != nil {
		f.Fatal(err)
	}
	expand := strings.NewReplacer("{P}", posting, "{F}", prof, "{B}", bad, "{D}", filepath.Join(dir, "profiles"), "{M}", filepath.Join(dir, "malformed.yaml"))

	for _, seed := range []string{
		"",
		"match --posting {P} --profile {F} --as-of 2026-02-15",
		"match --posting {P} --profile {F} --as-of 2026-02-15 --format json",
		"match --posting {P} --profile {F} --as-of 2026-02-15 --format markdown --color always",
		"match --posting {P} --profile - --as-of 2026-02-15",
		"match --posting - --profile - --as-of 2026-02-15",
		"match --posting {M} --profile {B} --as-of 2026-02-15",
		"match --profile {F} --as-of 2026-02-15 --posting",
		"match --posting {P} --profile {F} --as-of 2026-02-31",
		"rank --posting {P} --as-of 2026-02-15 {D}",
		"rank --posting {P} --as-of 2026-02-15 --top 1 --format csv {D} {B}",
		"rank {D} --posting {P} --as-of 2026-02-15 --format json -- {F}",
		"rank --posting {P} --as-of 2026-02-15 --top -3 {F}",
		"rank --posting {P} --as-of 2026-02-15 - {F}",
		"check {P}",
		"check --format json {M}",
		"check -",
		"check",
		"--version",
		"--help",
		"help",
		"frobnicate --posting {P}",
		"match -h",
		"rank --top=99999999999999999999 --posting {P} {F}",
		"match --posting={P} --profile={F} --as-of=2026-02-15 --color=",
	} {
		f.Add(seed)
	}

	f.Fuzz(watchdog.Guard(func(t *testing.T, line string) {
		args := strings.Split(expand.Replace(line), " ")
		if line == "" {
			args = nil
		}
		for _, a := range args {
			if !safeArg(a, dir) {
				t.Skip("the argument names a file outside the fuzz folder")
			}
		}
		var stdout, stderr bytes.Buffer
		code := Run(args, bytes.NewReader(stdin), &stdout, &stderr)
		switch code {
		case exitOK, exitInput, exitUsage:
		default:
			t.Fatalf("Run(%q) = %d, want 0, 1 or 2", args, code)
		}
		if code == exitUsage && stderr.Len() == 0 {
			t.Fatalf("Run(%q) is a usage error with nothing on standard error", args)
		}
	}))
}

// safeArg reports whether an argument (or the value after its "=") is not
// the name of an existing file or folder outside dir, so the fuzzer cannot
// walk the file system or read a device like /dev/zero.
func safeArg(a, dir string) bool {
	for _, s := range []string{a, a[strings.IndexByte(a, '=')+1:]} {
		if s == "" || s == "-" {
			continue
		}
		if _, err := os.Lstat(s); err != nil {
			continue
		}
		abs, err := filepath.Abs(s)
		if err != nil {
			return false
		}
		rel, err := filepath.Rel(dir, abs)
		if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
			return false
		}
	}
	return true
}
