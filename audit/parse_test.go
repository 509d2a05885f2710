package audit_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/quals-dev/quals/internal/watchdog"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/quals-dev/quals/audit"
	"github.com/quals-dev/quals/diag"
	"github.com/quals-dev/quals/match"
)

func TestParseGroups(t *testing.T) {
	want := audit.Groups{
		"ada":  {Sex: "Female", RaceEthnicity: "Hispanic or Latino"},
		"ben":  {Sex: "Male", RaceEthnicity: "Black or African American"},
		"cy":   {Sex: "", RaceEthnicity: "Asian"},
		"dana": {Sex: "Female", RaceEthnicity: "Decline to state"},
	}
	tests := []struct {
		name, src string
	}{
		{"csv", "candidate,sex,race_ethnicity\nada,Female,Hispanic or Latino\nben,Male,Black or African American\ncy,,Asian\ndana,Female,Decline to state\n"},
		{"csv with a byte-order mark, CRLF, quotes, spaces and blank lines",
			"\ufeffCandidate, Sex ,RACE_ETHNICITY\r\n\r\n ada ,\"Female\",\"Hispanic or Latino\"\r\nben,Male, Black or African American\r\ncy,,Asian\r\ndana,Female,Decline to state"},
		{"csv columns in another order", "race_ethnicity,candidate,sex\nHispanic or Latino,ada,Female\nBlack or African American,ben,Male\nAsian,cy,\nDecline to state,dana,Female\n"},
		{"json", `[
			{"candidate": "ada", "sex": "Female", "race_ethnicity": "Hispanic or Latino"},
			{"candidate": "ben", "sex": "Male", "race_ethnicity": "Black or African American"},
			{"candidate": "cy", "sex": null, "race_ethnicity": "Asian"},
			{"candidate": "dana", "sex": "Female", "race_ethnicity": "Decline to state"}
		]`},
		{"json with a missing key", `[
			{"candidate": "ada", "sex": "Female", "race_ethnicity": "Hispanic or Latino"},
			{"candidate": "ben", "sex": "Male", "race_ethnicity": "Black or African American"},
			{"candidate": "cy", "race_ethnicity": "Asian"},
			{"race_ethnicity": "Decline to state", "sex": "Female", "candidate": "dana"}
		]`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := audit.ParseGroups("groups", []byte(tt.src))
			require.NoError(t, err)
			assert.Equal(t, want, got)
		})
	}
}

// Every problem of a groups document, with its line, compared whole.
func TestParseGroupsErrors(t *testing.T) {
	tests := []struct {
		name, src string
		want      []string
		kind      error
	}{
		{"missing header", "ada,Female,Asian\nben,Male,White\n",
			[]string{`g.csv:1:1: the header is missing: the first row must name the columns candidate,sex,race_ethnicity, not "ada,Female,Asian"`}, diag.ErrMissing},
		{"header lacks a column", "candidate,sex\nada,Female\n",
			[]string{"g.csv:1:1: the header lacks the column race_ethnicity; it must name candidate,sex,race_ethnicity"}, diag.ErrMissing},
		{"unknown and repeated columns", "candidate,sex,race_ethnicity,age,sex\nada,Female,Asian,30,F\n",
			[]string{
				`g.csv:1:30: unknown column "age"; the columns are candidate,sex,race_ethnicity`,
				"g.csv:1:34: the column sex appears twice",
			}, diag.ErrUnknownKey},
		{"wrong column counts", "candidate,sex,race_ethnicity\nada,Female\nben,Male,White,extra\ncy,Male,Asian\n",
			[]string{
				"g.csv:2:1: the row has 2 columns; the header has 3 (candidate,sex,race_ethnicity)",
				"g.csv:3:1: the row has 4 columns; the header has 3 (candidate,sex,race_ethnicity)",
			}, diag.ErrInvalid},
		{"duplicate candidate", "candidate,sex,race_ethnicity\nada,Female,Asian\nben,Male,White\nada,Female,Asian\n",
			[]string{`g.csv:4:1: candidate: "ada" already has a row, on line 2; give each candidate one row`}, diag.ErrDuplicate},
		{"no candidate id", "candidate,sex,race_ethnicity\n,Female,Asian\n",
			[]string{"g.csv:2:1: candidate: the row has no candidate id"}, diag.ErrMissing},
		{"two spellings of a category", "candidate,sex,race_ethnicity\nada,Female,Asian\nben,female,ASIAN\n",
			[]string{
				`g.csv:3:5: sex: "female" differs only in case from "Female" on line 2; spell each category one way`,
				`g.csv:3:12: race_ethnicity: "ASIAN" differs only in case from "Asian" on line 2; spell each category one way`,
			}, diag.ErrInvalid},
		{"every problem, in line order", "candidate,sex,race_ethnicity\nada,Female,Asian\nada,Female,Asian\nben\n,Male,White\n",
			[]string{
				`g.csv:3:1: candidate: "ada" already has a row, on line 2; give each candidate one row`,
				"g.csv:4:1: the row has 1 columns; the header has 3 (candidate,sex,race_ethnicity)",
				"g.csv:5:1: candidate: the row has no candidate id",
			}, diag.ErrDuplicate},
		{"empty", "", []string{"g.csv: the document is empty; it needs the header candidate,sex,race_ethnicity and a row per candidate"}, diag.ErrEmpty},
		{"header only", "candidate,sex,race_ethnicity\n", []string{"g.csv: the document holds no candidate"}, diag.ErrEmpty},
		{"quote left open", "candidate,sex,race_ethnicity\nada,\"Female,Asian\nben,Male,White\n", []string{`g.csv:3:16: invalid CSV: extraneous or missing " in quoted-field (in the row starting on line 2)`}, diag.ErrSyntax},
		{"broken quote", "candidate,sex,race_ethnicity\nada,\"Female,Asian\n", []string{`g.csv:2:19: invalid CSV: extraneous or missing " in quoted-field`}, diag.ErrSyntax},
		{"not UTF-8", "candidate,sex,race_ethnicity\nada,F\xffemale,Asian\n", []string{"g.csv:2:6: document is not UTF-8 text"}, diag.ErrEncoding},
		{"json not an array", `{"candidate": "ada"}`, []string{`g.csv:1:1: must be an array of {"candidate", "sex", "race_ethnicity"} objects, not one object`}, diag.ErrType},
		{"json bad entries", "[\n {\"candidate\": \"ada\", \"age\": 30},\n {\"candidate\": \"ben\", \"sex\": [\"M\"]},\n \"cy\",\n {\"candidate\": \"ada\"}\n]",
			[]string{
				`g.csv:2:2: [0].age: unknown key "age"; the keys are candidate, sex, race_ethnicity`,
				"g.csv:3:2: [1].sex: must be text, not an array",
				"g.csv:4:2: [2]: must be an object with candidate, sex and race_ethnicity, not text",
			}, diag.ErrUnknownKey},
		{"json syntax", "[\n {\"candidate\": \"ada\",}\n]", []string{"g.csv:2:22: invalid JSON: invalid character '}' looking for beginning of object key string"}, diag.ErrSyntax},
		{"json empty", "[]", []string{"g.csv: the document holds no candidate"}, diag.ErrEmpty},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g, err := audit.ParseGroups("g.csv", []byte(tt.src))
			require.Error(t, err)
			assert.Nil(t, g)
			var ps diag.Problems
			require.True(t, errors.As(err, &ps), "%T", err)
			var got []string
			for _, p := range ps {
				got = append(got, p.Error())
			}
			assert.Equal(t, tt.want, got)
			assert.ErrorIs(t, err, tt.kind)
		})
	}
}

func TestParseGroupsTooLarge(t *testing.T) {
	src := "candidate,sex,race_ethnicity\n" + strings.Repeat("x", audit.MaxGroupsBytes)
	_, err := audit.ParseGroups("g.csv", []byte(src))
	assert.ErrorIs(t, err, diag.ErrLimit)
}

func TestParseResults(t *testing.T) {
	t.Run("an array, as quals rank prints it", func(t *testing.T) {
		rs, err := audit.ParseResults("r.json", []byte(`[
			{"rank": 1, "posting": "p", "candidate": "ada", "as_of": "2026-02-15", "verdict": "eligible", "score": 100,
			 "findings": [{"id": "phd", "kind": "required", "predicate": "degree", "status": "met", "weight": 3, "credit": 1, "points": 100}]},
			{"rank": 2, "posting": "p", "candidate": "ben", "as_of": "2026-02-15", "verdict": "needs-info", "score": 85.7, "findings": []}
		]`))
		require.NoError(t, err)
		require.Len(t, rs, 2)
		assert.Equal(t, "ada", rs[0].Candidate)
		assert.Equal(t, match.Eligible, rs[0].Verdict)
		assert.Equal(t, 100.0, rs[0].Score)
		assert.Equal(t, "phd", rs[0].Findings[0].ID)
		assert.Equal(t, 2, rs[1].Rank)
		assert.Equal(t, 85.7, rs[1].Score)
	})
	t.Run("one result, as quals match prints it", func(t *testing.T) {
		rs, err := audit.ParseResults("r.json", []byte(`{"posting": "p", "candidate": "ada", "verdict": "ineligible", "score": 12.5}`))
		require.NoError(t, err)
		require.Len(t, rs, 1)
		assert.Equal(t, 12.5, rs[0].Score)
	})
}

func TestParseResultsErrors(t *testing.T) {
	tests := []struct {
		name, src string
		want      []string
		kind      error
	}{
		{"syntax", "[\n  {\"candidate\": \"ada\" \"verdict\": \"eligible\"}\n]", []string{`r.json:2:23: invalid JSON: invalid character '"' after object key:value pair`}, diag.ErrSyntax},
		{"not results", `"ada"`, []string{"r.json:1:1: must be an array of results (quals rank --format json) or one result"}, diag.ErrType},
		{"no results", "[]", []string{"r.json: the document holds no results"}, diag.ErrEmpty},
		{"bad results", `[
  {"posting": "p", "candidate": "ada", "verdict": "eligible", "score": 90},
  {"posting": "p", "candidate": "ben", "verdict": "shortlisted", "score": 120},
  {"posting": "p", "candidate": "cy", "verdict": "eligible", "score": null},
  {"posting": "p", "candidate": "dee", "verdict": "eligible", "score": "high"},
  42,
  {"posting": "p", "candidate": "ada", "verdict": "ineligible", "score": 10}
]`, []string{
			`r.json:3:3: [1].verdict: must be eligible, needs-info or ineligible, not "shortlisted"`,
			"r.json:3:3: [1].score: must be from 0 to 100, not 120",
			"r.json:4:3: [2].score: the result has no score",
			"r.json:5:3: [3].score: must be a number, not string",
			"r.json:6:3: [4]: must be a result object, not the number 42",
			`r.json:7:3: [5].candidate: "ada" already has a result for this posting, result [0] (line 2); give each candidate one result`,
		}, diag.ErrInvalid},
		{"one bad result", `{"posting": "p", "candidate": "", "verdict": "eligible", "score": 1}`,
			[]string{"r.json:1:1: candidate: the result has no candidate id"}, diag.ErrMissing},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rs, err := audit.ParseResults("r.json", []byte(tt.src))
			require.Error(t, err)
			assert.Nil(t, rs)
			var ps diag.Problems
			require.True(t, errors.As(err, &ps), "%T", err)
			var got []string
			for _, p := range ps {
				got = append(got, p.Error())
			}
			assert.Equal(t, tt.want, got)
			assert.ErrorIs(t, err, tt.kind)
		})
	}
}

// FuzzParse feeds any document to both parsers and, when both accept it,
// to Audit: nothing panics, and an accepted document audits.
func FuzzParse(f *testing.F) {
	f.Add("candidate,sex,race_ethnicity\nada,Female,Asian\n", `[{"candidate": "ada", "verdict": "eligible", "score": 50}]`)
	f.Add(`[{"candidate": "ada", "sex": "F", "race_ethnicity": null}]`, `{"candidate": "ada", "verdict": "needs-info", "score": 0}`)
	f.Add("candidate,sex\n\"ada", "[1, {}]")
	f.Add("", "")
	f.Fuzz(watchdog.Guard2(func(t *testing.T, groupsSrc, resultsSrc string) {
		g, gerr := audit.ParseGroups("g", []byte(groupsSrc))
		rs, rerr := audit.ParseResults("r", []byte(resultsSrc))
		if gerr != nil || rerr != nil {
			return
		}
		rep, err := audit.Audit(rs, g, audit.ExcludeBelow(2))
		if err != nil {
			// Only two spellings of a category can stop an audit of
			// documents that parsed, and ParseGroups refuses those.
			t.Fatalf("Audit: %v", err)
		}
		for _, c := range rep.Categories {
			if c.N == 0 || c.Selected > c.N || c.AboveMedian > c.N {
				t.Fatalf("impossible category %+v", c)
			}
		}
	}))
}

// A large ranking on one line (minified) or on many parses in time
// proportional to its size, with the right positions.
func TestParseResultsLarge(t *testing.T) {
	const n = 20_000
	for _, sep := range []string{",", ",\n  "} {
		var b strings.Builder
		b.WriteString("[")
		for i := range n {
			if i > 0 {
				b.WriteString(sep)
			}
			fmt.Fprintf(&b, `{"posting":"p","candidate":"c%05d","verdict":"eligible","score":%d,"findings":[{"id":"x","kind":"required","predicate":"skill","status":"met","weight":1,"credit":1,"points":100,"text":"Python, SQL and a long line of posting text to make the document larger"}]}`, i, i%101)
		}
		b.WriteString(`,{"candidate":"bad","verdict":"eligible","score":-1}]`)
		src := b.String()
		_, err := audit.ParseResults("r.json", []byte(src))
		var ps diag.Problems
		require.True(t, errors.As(err, &ps), "%v", err)
		require.Len(t, ps, 1)
		line := strings.Count(src, "\n") + 1
		col := len(src) - strings.LastIndex(src, "\n") - 1 - len(`{"candidate":"bad","verdict":"eligible","score":-1}]`) + 1
		assert.Equal(t, line, ps[0].Line)
		assert.Equal(t, col, ps[0].Column)
		assert.Equal(t, fmt.Sprintf("[%d].score", n), ps[0].Field)
	}
}
