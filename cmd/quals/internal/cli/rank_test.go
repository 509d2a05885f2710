package cli

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/quals-dev/quals/match"
	"github.com/quals-dev/quals/profile"
	"github.com/quals-dev/quals/requirements"
)

// libraryRank ranks the bundled profiles with the library directly, each
// loaded with profile.LoadFile.
func libraryRank(t *testing.T) []match.Result {
	t.Helper()
	post, err := requirements.LoadFile(examplePosting)
	require.NoError(t, err)
	var profiles []*profile.Profile
	for _, id := range exampleIDs(t) {
		p, err := profile.LoadFile(exampleProfile(id))
		require.NoError(t, err)
		profiles = append(profiles, p)
	}
	return match.Rank(profiles, post, match.AsOf(asOfTime))
}

func parseRankJSON(t *testing.T, out string) []match.Result {
	t.Helper()
	var rs []match.Result
	require.NoError(t, json.Unmarshal([]byte(out), &rs), out)
	return rs
}

func parseCSV(t testing.TB, out string) [][]string {
	t.Helper()
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	require.NoError(t, err, out)
	return rows
}

func candidates(rs []match.Result) []string {
	ids := make([]string, len(rs))
	for i, r := range rs {
		ids[i] = r.Candidate
	}
	return ids
}

// quals rank orders the bundled candidates as the library's match.Rank does.
func TestRankOrderIsTheLibrarysOrder(t *testing.T) {
	got := run(t, "", "rank", "--posting", examplePosting, "--as-of", asOf, "--format", "json", exampleProfiles)
	require.Equal(t, exitOK, got.code, got.stderr)
	assert.Empty(t, got.stderr)
	rs := parseRankJSON(t, got.stdout)
	want := libraryRank(t)
	require.Len(t, rs, len(exampleIDs(t)))
	assert.Equal(t, candidates(want), candidates(rs))

	var doc bytes.Buffer
	require.NoError(t, match.WriteJSON(&doc, want))
	assert.Equal(t, doc.String(), got.stdout, "the CLI prints the library's ranking")
}

// The text table and the CSV list the candidates in the JSON's order.
func TestRankFormatsAgree(t *testing.T) {
	args := []string{"rank", "--posting", examplePosting, "--as-of", asOf, exampleProfiles}
	want := candidates(libraryRank(t))

	t.Run("json", func(t *testing.T) {
		got := run(t, "", append(args, "--format", "json")...)
		require.Equal(t, exitOK, got.code, got.stderr)
		rs := parseRankJSON(t, got.stdout)
		for i, r := range rs {
			assert.Equal(t, i+1, r.Rank, "ranks run 1..n")
			assert.Len(t, r.Findings, 9)
			assert.Equal(t, asOf, r.AsOf)
		}
		assert.Equal(t, want, candidates(rs))
	})
	t.Run("text", func(t *testing.T) {
		got := run(t, "", append(args, "--format", "text")...)
		require.Equal(t, exitOK, got.code, got.stderr)
		lines := strings.Split(strings.TrimSuffix(got.stdout, "\n"), "\n")
		require.Len(t, lines, len(want)+1)
		assert.Regexp(t, `^RANK\s+CANDIDATE\s+NAME\s+VERDICT\s+SCORE\s+MAIN GAPS$`, lines[0])
		for i, line := range lines[1:] {
			fields := strings.Fields(line)
			assert.Equal(t, strconv.Itoa(i+1), fields[0])
			assert.Equal(t, want[i], fields[1])
		}
	})
	t.Run("default is text", func(t *testing.T) {
		def := run(t, "", args...)
		text := run(t, "", append(args, "--format", "text")...)
		assert.Equal(t, text.stdout, def.stdout)
	})
	t.Run("csv", func(t *testing.T) {
		got := run(t, "", append(args, "--format", "csv")...)
		require.Equal(t, exitOK, got.code, got.stderr)
		rows := parseCSV(t, got.stdout)
		require.Len(t, rows, len(want)+1)
		assert.Equal(t, []string{"rank", "candidate", "name", "verdict", "score"}, rows[0][:5])
		assert.Equal(t, "gaps", rows[0][len(rows[0])-1])
		assert.Contains(t, rows[0], "phd", "a column per requirement")
		for i, row := range rows[1:] {
			assert.Equal(t, strconv.Itoa(i+1), row[0])
			assert.Equal(t, want[i], row[1])
			assert.Len(t, row, len(rows[0]))
		}
	})
}

func TestRankTop(t *testing.T) {
	n := len(exampleIDs(t))
	want := candidates(libraryRank(t))
	tests := []struct {
		top, rows int
	}{
		{0, n}, {1, 1}, {3, 3}, {n, n}, {n + 5, n},
	}
	for _, tt := range tests {
		t.Run(strconv.Itoa(tt.top), func(t *testing.T) {
			for _, format := range []string{"json", "csv", "text"} {
				got := run(t, "", "rank", "--posting", examplePosting, "--as-of", asOf, "--top", strconv.Itoa(tt.top), "--format", format, exampleProfiles)
				require.Equal(t, exitOK, got.code, got.stderr)
				switch format {
				case "json":
					rs := parseRankJSON(t, got.stdout)
					assert.Equal(t, want[:tt.rows], candidates(rs))
				case "csv":
					assert.Len(t, parseCSV(t, got.stdout), tt.rows+1)
				case "text":
					assert.Equal(t, tt.rows+1, strings.Count(got.stdout, "\n"))
				}
			}
		})
	}
}

// A folder expands to the profiles and résumés under it, in name order;
// a text file that is no résumé is skipped with a note, other files are
// ignored.
func TestRankFolderExpandsToProfileFiles(t *testing.T) {
	dir := t.TempDir()
	copyFile(t, exampleProfile("chen-wei"), filepath.Join(dir, "chen-wei.json"))
	copyFile(t, exampleProfile("ben-okafor"), filepath.Join(dir, "nested", "ben-okafor.json"))
	copyFile(t, exampleProfile("dana-reyes"), filepath.Join(dir, "dana-reyes.JSON"))
	writeFile(t, dir, "notes.txt", "not a profile")
	writeFile(t, dir, "chen-wei.json.bak", "{ not even JSON")
	writeFile(t, dir, "README.md", "# résumés")

	got := run(t, "", "rank", "--posting", examplePosting, "--as-of", asOf, "--format", "json", dir)
	require.Equal(t, exitOK, got.code, got.stderr)
	assert.Equal(t, "quals: "+dir+": skipped 1 files that are neither profiles nor résumés\n"+"quals: skipped "+filepath.Join(dir, "README.md")+": not read as a résumé (no work, education, skills or other résumé section found)\n"+
		"quals: skipped "+filepath.Join(dir, "notes.txt")+": not read as a résumé (no work, education, skills or other résumé section found)\n", got.stderr)
	assert.ElementsMatch(t, []string{"chen-wei", "ben-okafor", "dana-reyes"}, candidates(parseRankJSON(t, got.stdout)))

	t.Run("a file and a folder", func(t *testing.T) {
		got := run(t, "", "rank", "--posting", examplePosting, "--as-of", asOf, "--format", "json", exampleProfile("eli-novak"), dir)
		require.Equal(t, exitOK, got.code, got.stderr)
		assert.ElementsMatch(t, []string{"chen-wei", "ben-okafor", "dana-reyes", "eli-novak"}, candidates(parseRankJSON(t, got.stdout)))
	})
	t.Run("a folder without profiles", func(t *testing.T) {
		empty := t.TempDir()
		writeFile(t, empty, "notes.txt", "nothing here")
		got := run(t, "", "rank", "--posting", examplePosting, "--as-of", asOf, "--format", "json", empty, exampleProfile("eli-novak"))
		assert.Equal(t, exitInput, got.code)
		assert.Contains(t, got.stderr, empty+" holds no profiles (.json, .jsonl) or résumés (.pdf, .docx, .md, .txt)")
		assert.Equal(t, []string{"eli-novak"}, candidates(parseRankJSON(t, got.stdout)), "the other profiles are still ranked")
	})
}

// One bad profile among good ones is reported with its file and line and
// skipped; the others are still ranked; the exit status is 1.
func TestRankSkipsABadProfile(t *testing.T) {
	dir := t.TempDir()
	for _, id := range exampleIDs(t) {
		copyFile(t, exampleProfile(id), filepath.Join(dir, id+".json"))
	}
	bad := filepath.Join(dir, "mal-formed.json")
	copyFile(t, "testdata/malformed-profile.json", bad)

	for _, format := range []string{"text", "json", "csv"} {
		t.Run(format, func(t *testing.T) {
			got := run(t, "", "rank", "--posting", examplePosting, "--as-of", asOf, "--format", format, dir)
			assert.Equal(t, exitInput, got.code)
			assert.Equal(t, bad+":3:11: work: must be a list, not the text \"none\"\n"+
				"      3 |   \"work\": \"none\"\n"+
				"        |           ^\n", got.stderr)
			assert.NotContains(t, got.stdout, "mal-formed")
			assert.NotContains(t, got.stdout, "Mal Formed")
			switch format {
			case "json":
				assert.Equal(t, candidates(libraryRank(t)), candidates(parseRankJSON(t, got.stdout)))
			case "csv":
				assert.Len(t, parseCSV(t, got.stdout), len(exampleIDs(t))+1)
			case "text":
				assert.Equal(t, len(exampleIDs(t))+1, strings.Count(got.stdout, "\n"))
			}
		})
	}
}

// Every bad profile is reported, in the order given, whatever order the
// parallel loading finishes in.
func TestRankReportsEveryBadProfileInOrder(t *testing.T) {
	dir := t.TempDir()
	var args []string
	for i := range 12 {
		name := "bad-" + strconv.Itoa(10+i) + ".json"
		copyFile(t, "testdata/malformed-profile.json", filepath.Join(dir, name))
	}
	copyFile(t, exampleProfile("chen-wei"), filepath.Join(dir, "chen-wei.json"))
	args = append(args, "rank", "--posting", examplePosting, "--as-of", asOf, "--format", "json", dir)
	for range 5 {
		got := run(t, "", args...)
		assert.Equal(t, exitInput, got.code)
		var files []string
		for _, line := range strings.Split(got.stderr, "\n") {
			if strings.HasPrefix(line, dir) {
				files = append(files, strings.TrimPrefix(strings.SplitN(line, ":", 2)[0], dir+string(filepath.Separator)))
			}
		}
		require.Len(t, files, 12)
		for i, f := range files {
			assert.Equal(t, "bad-"+strconv.Itoa(10+i)+".json", f)
		}
		assert.Equal(t, []string{"chen-wei"}, candidates(parseRankJSON(t, got.stdout)))
	}
}

func TestRankNoProfileLoads(t *testing.T) {
	tests := []struct {
		name  string
		paths []string
	}{
		{"a bad profile", []string{"testdata/malformed-profile.json"}},
		{"a missing file", []string{"testdata/no-such-profile.json"}},
		{"both", []string{"testdata/malformed-profile.json", "testdata/no-such-profile.json"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := run(t, "", append([]string{"rank", "--posting", examplePosting, "--as-of", asOf}, tt.paths...)...)
			assert.Equal(t, exitInput, got.code)
			assert.Empty(t, got.stdout)
			for _, p := range tt.paths {
				assert.Contains(t, got.stderr, p)
			}
			assert.Contains(t, got.stderr, "quals rank: no profile loaded")
		})
	}
}

// A missing file among good ones is reported and the rest ranked.
func TestRankMissingFileAmongGoodOnes(t *testing.T) {
	got := run(t, "", "rank", "--posting", examplePosting, "--as-of", asOf, "--format", "json", exampleProfile("chen-wei"), "testdata/no-such-profile.json", exampleProfile("ben-okafor"))
	assert.Equal(t, exitInput, got.code)
	assert.Contains(t, got.stderr, "testdata/no-such-profile.json")
	assert.ElementsMatch(t, []string{"chen-wei", "ben-okafor"}, candidates(parseRankJSON(t, got.stdout)))
}

// Flags after the positional arguments work, so a recruiter can add them
// at the end of the line.
func TestRankFlagsAfterProfiles(t *testing.T) {
	want := run(t, "", "rank", "--posting", examplePosting, "--as-of", asOf, "--top", "2", "--format", "json", exampleProfiles)
	got := run(t, "", "rank", exampleProfiles, "--posting", examplePosting, "--as-of", asOf, "--top", "2", "--format", "json")
	require.Equal(t, exitOK, got.code, got.stderr)
	assert.Equal(t, want.stdout, got.stdout)
	assert.Len(t, parseRankJSON(t, got.stdout), 2)

	t.Run("interleaved", func(t *testing.T) {
		got := run(t, "", "rank", exampleProfile("chen-wei"), "--posting", examplePosting, exampleProfile("ben-okafor"), "--as-of", asOf, "--format", "json", exampleProfile("dana-reyes"))
		require.Equal(t, exitOK, got.code, got.stderr)
		assert.ElementsMatch(t, []string{"chen-wei", "ben-okafor", "dana-reyes"}, candidates(parseRankJSON(t, got.stdout)))
	})
}

func TestRankProfileFromStdin(t *testing.T) {
	got := run(t, readFile(t, exampleProfile("chen-wei")), "rank", "--posting", examplePosting, "--as-of", asOf, "--format", "json", "-", exampleProfile("ben-okafor"))
	require.Equal(t, exitOK, got.code, got.stderr)
	assert.ElementsMatch(t, []string{"stdin", "ben-okafor"}, candidates(parseRankJSON(t, got.stdout)))
}

// Standard input named twice is read by two goroutines at once; it must be
// refused (or read once), not raced on.
func TestRankStdinTwiceIsAUsageError(t *testing.T) {
	got := run(t, readFile(t, exampleProfile("chen-wei")), "rank", "--posting", examplePosting, "--as-of", asOf, "--format", "json", "-", "-")
	assert.Equal(t, exitUsage, got.code, "stderr:\n%s", got.stderr)
}

// The JSON of rank is an array even for one candidate.
func TestRankJSONOneCandidate(t *testing.T) {
	got := run(t, "", "rank", "--posting", examplePosting, "--as-of", asOf, "--format", "json", exampleProfile("chen-wei"))
	require.Equal(t, exitOK, got.code, got.stderr)
	assert.True(t, strings.HasPrefix(strings.TrimSpace(got.stdout), "["))
	rs := parseRankJSON(t, got.stdout)
	require.Len(t, rs, 1)
	assert.Equal(t, 1, rs[0].Rank)
	assert.Equal(t, "chen-wei", rs[0].Candidate)
}

// Profiles are loaded in parallel; many of them still rank deterministically.
func TestRankManyProfilesIsDeterministic(t *testing.T) {
	dir := t.TempDir()
	ids := exampleIDs(t)
	for i := range 60 {
		id := ids[i%len(ids)]
		copyFile(t, exampleProfile(id), filepath.Join(dir, strconv.Itoa(100+i)+"-"+id+".json"))
	}
	first := run(t, "", "rank", "--posting", examplePosting, "--as-of", asOf, "--format", "csv", dir)
	require.Equal(t, exitOK, first.code, first.stderr)
	assert.Len(t, parseCSV(t, first.stdout), 61)
	for range 3 {
		again := run(t, "", "rank", "--posting", examplePosting, "--as-of", asOf, "--format", "csv", dir)
		assert.Equal(t, first.stdout, again.stdout)
	}
}

// A profile in a folder that cannot be read (a dangling link) is reported
// with its path and skipped.
func TestRankUnreadableProfileInFolder(t *testing.T) {
	dir := t.TempDir()
	copyFile(t, exampleProfile("ben-okafor"), filepath.Join(dir, "ben-okafor.json"))
	if err := os.Symlink(filepath.Join(dir, "gone.json"), filepath.Join(dir, "dangling.json")); err != nil {
		t.Skipf("no symbolic links here: %v", err)
	}
	got := run(t, "", "rank", "--posting", examplePosting, "--as-of", asOf, "--format", "json", dir)
	assert.Equal(t, exitInput, got.code)
	assert.Contains(t, got.stderr, filepath.Join(dir, "dangling.json"))
	assert.Equal(t, []string{"ben-okafor"}, candidates(parseRankJSON(t, got.stdout)))
}

// A document that holds no résumé — a name alone — is refused with a
// clear message instead of ranked first or last; the others are ranked.
func TestRankRefusesADocumentThatIsNoResume(t *testing.T) {
	dir := t.TempDir()
	for _, id := range exampleIDs(t) {
		copyFile(t, exampleProfile(id), filepath.Join(dir, id+".json"))
	}
	empty := filepath.Join(dir, "no-resume.json")
	copyFile(t, "testdata/no-resume.json", empty)
	got := run(t, "", "rank", "--posting", examplePosting, "--as-of", asOf, dir)
	assert.Equal(t, exitInput, got.code)
	assert.Equal(t, empty+": holds no résumé: no work, volunteering, education, skills, projects, publications, certificates or awards (is it a JSON Resume document?)\n", got.stderr)
	assert.NotContains(t, got.stdout, "Pat Empty")
	assert.Equal(t, len(exampleIDs(t))+1, strings.Count(got.stdout, "\n"))

	got = run(t, "", "match", "--posting", examplePosting, "--as-of", asOf, "--profile", empty)
	assert.Equal(t, exitInput, got.code)
	assert.Contains(t, got.stderr, "holds no résumé")
	assert.Empty(t, got.stdout)
}

// A JSON Lines file is one candidate per line, streamed; its ids are the
// file's name and the line, its problems named by both.
func TestRankJSONLines(t *testing.T) {
	dir := t.TempDir()
	var lines []string
	for _, id := range []string{"ada-lovelace-example", "chen-wei", "eli-novak"} {
		src, err := os.ReadFile(exampleProfile(id))
		require.NoError(t, err)
		var v any
		require.NoError(t, json.Unmarshal(src, &v))
		b, err := json.Marshal(v)
		require.NoError(t, err)
		lines = append(lines, string(b))
	}
	lines = append(lines, "", `{"work": "not a list"}`)
	path := writeFile(t, dir, "pool.jsonl", strings.Join(lines, "\n")+"\n")
	got := run(t, "", "rank", "--posting", examplePosting, "--as-of", asOf, "--format", "json", path)
	assert.Equal(t, exitInput, got.code, "one line does not load")
	assert.Equal(t, []string{"pool-1", "pool-2", "pool-3"}, candidates(parseRankJSON(t, got.stdout)))
	assert.Contains(t, got.stderr, path+":5:")

	top := run(t, "", "rank", "--posting", examplePosting, "--as-of", asOf, "--format", "json", "--top", "1", path)
	assert.Equal(t, []string{"pool-1"}, candidates(parseRankJSON(t, top.stdout)))
}
