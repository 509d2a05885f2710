package audit_test

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/quals-dev/quals/audit"
)

// The JSON holds exactly the fields the issue names for each category,
// null for an undefined ratio, and the rates in full.
func TestWriteJSON(t *testing.T) {
	results, groups := build(synthetic)
	rep, err := audit.Audit(results, groups, audit.ExcludeBelow(2))
	require.NoError(t, err)
	var buf bytes.Buffer
	require.NoError(t, audit.WriteJSON(&buf, rep))

	var doc map[string]json.RawMessage
	require.NoError(t, json.Unmarshal(buf.Bytes(), &doc))
	for _, k := range []string{"categories", "unknown", "excluded"} {
		assert.Contains(t, doc, k)
	}
	var cats []map[string]any
	require.NoError(t, json.Unmarshal(doc["categories"], &cats))
	require.Len(t, cats, len(rep.Categories))
	want := []string{"category", "dimension", "flagged", "impact_ratio", "n", "scoring_impact_ratio", "scoring_rate", "selected", "selection_p", "selection_rate", "small_sample"}
	for _, c := range cats {
		keys := make([]string, 0, len(c))
		for k := range c {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		assert.Equal(t, want, keys)
	}
	// Female in sex: 23/48 selected, scoring impact ratio 115/152.
	assert.Equal(t, "sex", cats[0]["dimension"])
	assert.Equal(t, "Female", cats[0]["category"])
	assert.Equal(t, q(23, 48), cats[0]["selection_rate"])
	assert.Equal(t, q(115, 152), cats[0]["scoring_impact_ratio"])
	assert.Equal(t, true, cats[0]["flagged"])
	assert.JSONEq(t, `9`, string(doc["unknown"]))
	assert.JSONEq(t, `[
		{"dimension": "race_ethnicity", "category": "American Indian or Alaska Native", "n": 1, "selected": 1, "selection_rate": 1, "scoring_rate": 1, "percent": 1},
		{"dimension": "intersection", "category": "Male / American Indian or Alaska Native", "n": 1, "selected": 1, "selection_rate": 1, "scoring_rate": 1, "percent": 1}
	]`, string(doc["excluded"]))

	// Decoded back, the report is the same but for the fields JSON leaves out.
	var back audit.Report
	require.NoError(t, json.Unmarshal(buf.Bytes(), &back))
	assert.Equal(t, rep.Categories[0].ScoringImpactRatio, back.Categories[0].ScoringImpactRatio)
	assert.Equal(t, rep.UnknownByDimension, back.UnknownByDimension)

	// An undefined ratio is null.
	rep, err = audit.Audit(workedResults, workedGroups, audit.Threshold(100))
	require.NoError(t, err)
	buf.Reset()
	require.NoError(t, audit.WriteJSON(&buf, rep))
	assert.Contains(t, buf.String(), `"impact_ratio": null`)
	assert.Contains(t, buf.String(), `"selection": {
    "rule": "threshold",
    "threshold": 100
  }`)
}

func TestWriteCSV(t *testing.T) {
	results, groups := build(synthetic)
	rep, err := audit.Audit(results, groups, audit.ExcludeBelow(2))
	require.NoError(t, err)
	var buf bytes.Buffer
	require.NoError(t, audit.WriteCSV(&buf, rep))
	rows, err := csv.NewReader(&buf).ReadAll()
	require.NoError(t, err)
	assert.Equal(t, []string{"dimension", "category", "n", "selected", "selection_rate", "scoring_rate", "impact_ratio", "scoring_impact_ratio", "flagged", "flagged_by", "note", "selection_p", "small_sample"}, rows[0])
	assert.Equal(t, []string{"sex", "Female", "48", "23", "0.4791666666666667", "0.3125", "0.8477564102564102", "0.756578947368421", "true", "scoring", "", "0.418", "false"}, rows[1])
	assert.Equal(t, []string{"sex", "unknown", "6", "", "", "", "", "", "", "", "left out: no category reported", "", ""}, rows[3])
	var excluded, dims []string
	for _, r := range rows[1:] {
		if strings.HasPrefix(r[10], "excluded") {
			excluded = append(excluded, r[0]+": "+r[1]+": "+r[10])
		}
		if len(dims) == 0 || dims[len(dims)-1] != r[0] {
			dims = append(dims, r[0])
		}
	}
	assert.Equal(t, []string{
		"race_ethnicity: American Indian or Alaska Native: excluded: 1% of the sample, under 2%",
		"intersection: Male / American Indian or Alaska Native: excluded: 1% of the sample, under 2%",
	}, excluded)
	assert.Equal(t, []string{"sex", "race_ethnicity", "intersection"}, dims)
	// 3 header and sex rows, 4 + 1 + 1 race/ethnicity, 8 + 1 + 1 intersection, header.
	assert.Len(t, rows, 1+3+6+10)
}

// A category name that a spreadsheet would run as a formula is quoted.
func TestWriteCSVDefusesFormulas(t *testing.T) {
	rep, err := audit.Audit(workedResults[:2], audit.Groups{"c01": {"=HYPERLINK(\"x\")", "A"}, "c02": {"F", "A"}})
	require.NoError(t, err)
	var buf bytes.Buffer
	require.NoError(t, audit.WriteCSV(&buf, rep))
	assert.Contains(t, buf.String(), `'=HYPERLINK(""x"")`)
	assert.NotContains(t, buf.String(), "\n=")
}
