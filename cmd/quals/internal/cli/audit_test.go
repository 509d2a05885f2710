package cli

import (
	"encoding/json"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The audit fixtures: the audit package doc's worked example as quals
// rank prints it (ten candidates; c09 declined to state race/ethnicity, c10
// has no row in the groups), and the groups as CSV and as JSON.
const (
	auditDir          = "testdata/audit"
	auditResults      = auditDir + "/worked-results.json"
	auditGroups       = auditDir + "/worked-groups.csv"
	auditGroupsJSON   = auditDir + "/worked-groups.json"
	auditBadGroups    = auditDir + "/bad-groups.csv"
	auditExampleGroup = auditDir + "/ml-intern-groups.csv"
)

// auditDoc is the JSON quals audit prints, as the issue fixes it.
type auditDoc struct {
	Categories []struct {
		Dimension          string   `json:"dimension"`
		Category           string   `json:"category"`
		N                  int      `json:"n"`
		Selected           int      `json:"selected"`
		SelectionRate      float64  `json:"selection_rate"`
		ScoringRate        float64  `json:"scoring_rate"`
		ImpactRatio        *float64 `json:"impact_ratio"`
		ScoringImpactRatio *float64 `json:"scoring_impact_ratio"`
		Flagged            bool     `json:"flagged"`
	} `json:"categories"`
	Unknown  int `json:"unknown"`
	Excluded []struct {
		Dimension string  `json:"dimension"`
		Category  string  `json:"category"`
		N         int     `json:"n"`
		Percent   float64 `json:"percent"`
	} `json:"excluded"`
	Candidates  int     `json:"candidates"`
	MedianScore float64 `json:"median_score"`
}

func parseAuditJSON(t *testing.T, out string) auditDoc {
	t.Helper()
	var doc auditDoc
	require.NoError(t, json.Unmarshal([]byte(out), &doc), out)
	return doc
}

func fptr(f float64) *float64 { return &f }

// The text report of the worked example, byte for byte (go test
// ./cmd/quals/internal/cli -update rewrites it), with groups given as CSV or JSON.
func TestAuditText(t *testing.T) {
	tests := []struct {
		golden string
		args   []string
	}{
		{"audit/worked-text.golden", []string{"audit", "--groups", auditGroups, auditResults}},
		{"audit/worked-text.golden", []string{"audit", auditResults, "--groups", auditGroupsJSON, "--format", "text"}},
		{"audit/worked-threshold-exclude-text.golden", []string{"audit", "--groups", auditGroups, "--threshold", "75", "--exclude-below", "25", auditResults}},
	}
	for _, tt := range tests {
		t.Run(tt.golden, func(t *testing.T) {
			got := run(t, "", tt.args...)
			require.Equal(t, exitOK, got.code, got.stderr)
			assert.Empty(t, got.stderr)
			golden(t, tt.golden, got.stdout)
		})
	}
}

// The JSON of the worked example holds the numbers the package doc works
// out by hand.
func TestAuditJSON(t *testing.T) {
	got := run(t, "", "audit", "--groups", auditGroups, "--format", "json", auditResults)
	require.Equal(t, exitOK, got.code, got.stderr)
	assert.Empty(t, got.stderr)
	doc := parseAuditJSON(t, got.stdout)
	assert.Equal(t, 10, doc.Candidates)
	assert.Equal(t, 65.0, doc.MedianScore)
	assert.Equal(t, 2, doc.Unknown)
	assert.Empty(t, doc.Excluded)

	type row struct {
		dim, cat    string
		n, selected int
		sr, sc      float64
		ir, sir     *float64
		flagged     bool
	}
	want := []row{
		{"sex", "Female", 4, 2, 0.5, 0.5, fptr(5.0 / 8), fptr(5.0 / 6), true},
		{"sex", "Male", 5, 4, 0.8, 0.6, fptr(1), fptr(1), false},
		{"race_ethnicity", "Asian", 4, 3, 0.75, 0.75, fptr(1), fptr(1), false},
		{"race_ethnicity", "Black", 4, 2, 0.5, 0.5, fptr(2.0 / 3), fptr(2.0 / 3), true},
		{"intersection", "Female / Asian", 2, 1, 0.5, 0.5, fptr(0.5), fptr(0.5), true},
		{"intersection", "Female / Black", 2, 1, 0.5, 0.5, fptr(0.5), fptr(0.5), true},
		{"intersection", "Male / Asian", 2, 2, 1, 1, fptr(1), fptr(1), false},
		{"intersection", "Male / Black", 2, 1, 0.5, 0.5, fptr(0.5), fptr(0.5), true},
	}
	var rows []row
	for _, c := range doc.Categories {
		rows = append(rows, row{c.Dimension, c.Category, c.N, c.Selected, c.SelectionRate, c.ScoringRate, c.ImpactRatio, c.ScoringImpactRatio, c.Flagged})
	}
	assert.Equal(t, want, rows)

	// No one scores 100: with that threshold no one is selected, and the
	// impact ratios are null and flag nothing.
	got = run(t, "", "audit", "--groups", auditGroups, "--format", "json", "--threshold", "100", auditResults)
	require.Equal(t, exitOK, got.code, got.stderr)
	for _, c := range parseAuditJSON(t, got.stdout).Categories {
		assert.Nil(t, c.ImpactRatio, c.Category)
		assert.Equal(t, c.ScoringImpactRatio != nil && *c.ScoringImpactRatio < 0.8, c.Flagged, c.Category)
	}
}

func TestAuditCSV(t *testing.T) {
	got := run(t, "", "audit", "--groups", auditGroups, "--format", "csv", "--exclude-below", "25", auditResults)
	require.Equal(t, exitOK, got.code, got.stderr)
	rows := parseCSV(t, got.stdout)
	assert.Equal(t, []string{"dimension", "category", "n", "selected", "selection_rate", "scoring_rate", "impact_ratio", "scoring_impact_ratio", "flagged", "flagged_by", "note", "selection_p", "small_sample"}, rows[0])
	assert.Equal(t, []string{"sex", "Female", "4", "2", "0.5", "0.5", "0.625", "0.8333333333333334", "true", "selection", "", "0.52381", "true"}, rows[1])
	assert.Equal(t, []string{"intersection", "Female / Asian", "2", "1", "0.5", "0.5", "", "", "", "", "excluded: 20% of the sample, under 25%", "", ""}, rows[7])
	assert.Equal(t, []string{"intersection", "unknown", "2", "", "", "", "", "", "", "", "left out: no category reported", "", ""}, rows[len(rows)-1])
}

// quals rank's JSON feeds quals audit through a pipe, end to end on the
// bundled example: every candidate is counted once in each dimension,
// as a category or as unknown.
func TestAuditRankOutput(t *testing.T) {
	ranked := run(t, "", "rank", "--posting", examplePosting, "--as-of", asOf, "--format", "json", exampleProfiles)
	require.Equal(t, exitOK, ranked.code, ranked.stderr)
	n := len(exampleIDs(t))

	got := run(t, ranked.stdout, "audit", "--groups", auditExampleGroup, "--format", "json", "-")
	require.Equal(t, exitOK, got.code, got.stderr)
	doc := parseAuditJSON(t, got.stdout)
	assert.Equal(t, n, doc.Candidates)
	// fatima-haddad declined race/ethnicity.
	assert.Equal(t, 1, doc.Unknown)
	perDimension := map[string]int{}
	for _, c := range doc.Categories {
		perDimension[c.Dimension] += c.N
		assert.LessOrEqual(t, c.Selected, c.N)
	}
	assert.Equal(t, map[string]int{"sex": n, "race_ethnicity": n - 1, "intersection": n - 1}, perDimension)
}

func TestAuditUsage(t *testing.T) {
	tests := []struct {
		name   string
		args   []string
		stderr string
	}{
		{"no groups", []string{"audit", auditResults}, "quals audit: --groups is required\nRun 'quals audit --help' for usage.\n"},
		{"no results", []string{"audit", "--groups", auditGroups}, "quals audit: give the results file (the JSON of quals rank --format json), or - for standard input\nRun 'quals audit --help' for usage.\n"},
		{"two results", []string{"audit", "--groups", auditGroups, auditResults, auditResults}, "quals audit: give one results file, not 2\nRun 'quals audit --help' for usage.\n"},
		{"both on stdin", []string{"audit", "--groups", "-", "-"}, "quals audit: standard input can hold only one document; give the groups or the results as a file\nRun 'quals audit --help' for usage.\n"},
		{"bad format", []string{"audit", "--groups", auditGroups, "--format", "xml", auditResults}, "quals audit: --format must be text, json or csv, not \"xml\"\nRun 'quals audit --help' for usage.\n"},
		{"threshold not a number", []string{"audit", "--groups", auditGroups, "--threshold", "high", auditResults}, "quals audit: --threshold must be a score from 0 to 100, not \"high\"\nRun 'quals audit --help' for usage.\n"},
		{"threshold over 100", []string{"audit", "--groups", auditGroups, "--threshold", "101", auditResults}, "quals audit: --threshold must be a score from 0 to 100, not \"101\"\nRun 'quals audit --help' for usage.\n"},
		{"exclude 100%", []string{"audit", "--groups", auditGroups, "--exclude-below", "100", auditResults}, "quals audit: --exclude-below must be a percentage from 0 up to 100, not \"100\"\nRun 'quals audit --help' for usage.\n"},
		{"unknown flag", []string{"audit", "--groups", auditGroups, "--top", "3", auditResults}, "quals audit: flag provided but not defined: --top\nRun 'quals audit --help' for usage.\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := run(t, "", tt.args...)
			assert.Equal(t, exitUsage, got.code)
			assert.Empty(t, got.stdout)
			assert.Equal(t, tt.stderr, got.stderr)
		})
	}
}

func TestAuditHelp(t *testing.T) {
	for _, args := range [][]string{{"audit", "--help"}, {"help", "audit"}} {
		got := run(t, "", args...)
		assert.Equal(t, exitOK, got.code)
		assert.Equal(t, auditHelp, got.stdout)
		assert.Contains(t, got.stdout, "Examples:\n  quals rank --posting")
	}
	got := run(t, "", "--help")
	assert.Contains(t, got.stdout, "  audit    audit match results for adverse impact")
}

// Bad input exits 1 naming the file, the line and what is wrong, for
// every problem of both documents.
func TestAuditBadInput(t *testing.T) {
	dir := t.TempDir()
	badResults := writeFile(t, dir, "results.json", "[\n  {\"candidate\": \"c01\", \"verdict\": \"eligible\", \"score\": 150}\n]\n")
	badGroups := auditBadGroups + ":3:1: the row has 2 columns; the header has 3 (candidate,sex,race_ethnicity)\n" +
		"      3 | c02,Female\n" +
		"        | ^\n" +
		auditBadGroups + ":4:1: candidate: \"c01\" already has a row, on line 2; give each candidate one row\n" +
		"      4 | c01,Female,Asian\n" +
		"        | ^\n" +
		auditBadGroups + ":5:1: candidate: the row has no candidate id\n" +
		"      5 | ,Male,Black\n" +
		"        | ^\n" +
		auditBadGroups + ":6:5: sex: \"female\" differs only in case from \"Female\" on line 2; spell each category one way\n" +
		"      6 | c05,female,Asian\n" +
		"        |     ^\n"
	tests := []struct {
		name   string
		args   []string
		stdin  string
		stderr string
	}{
		{"bad groups rows", []string{"audit", "--groups", auditBadGroups, auditResults}, "", badGroups},
		{"groups without a header", []string{"audit", "--groups", "-", auditResults}, "c01,Female,Asian\n",
			"<stdin groups>:1:1: the header is missing: the first row must name the columns candidate,sex,race_ethnicity, not \"c01,Female,Asian\"\n" +
				"      1 | c01,Female,Asian\n" +
				"        | ^\n"},
		{"bad results and groups", []string{"audit", "--groups", auditBadGroups, badResults}, "",
			badResults + ":2:3: [0].score: must be from 0 to 100, not 150\n" +
				"      2 |   {\"candidate\": \"c01\", \"verdict\": \"eligible\", \"score\": 150}\n" +
				"        |   ^\n" + badGroups},
		{"missing files", []string{"audit", "--groups", filepath.Join(dir, "nope.csv"), filepath.Join(dir, "nope.json")}, "",
			"quals: cannot read the results " + filepath.Join(dir, "nope.json") + ": no such file or directory\n" +
				"quals: cannot read the groups " + filepath.Join(dir, "nope.csv") + ": no such file or directory\n"},
		{"a folder", []string{"audit", "--groups", auditGroups, dir}, "",
			"quals: cannot read the results " + dir + ": it is a folder\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := run(t, tt.stdin, tt.args...)
			assert.Equal(t, exitInput, got.code)
			assert.Empty(t, got.stdout)
			assert.Equal(t, tt.stderr, got.stderr)
		})
	}
}
