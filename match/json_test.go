package match_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/quals-dev/quals/match"
	"github.com/quals-dev/quals/profile"
)

func toJSON(t *testing.T, v any) []byte {
	t.Helper()
	var buf bytes.Buffer
	require.NoError(t, match.WriteJSON(&buf, v))
	return buf.Bytes()
}

func keys(m map[string]any) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

func TestJSONShape(t *testing.T) {
	// Chen's result has every status but unknown, evidence, gaps and a
	// combinator with children
	r := match.Match(exampleProfile(t, "chen-wei"), examplePosting(t), match.AsOf(asOf))
	var doc map[string]any
	require.NoError(t, json.Unmarshal(toJSON(t, r), &doc))

	assert.Equal(t, []string{"as_of", "candidate", "findings", "name", "posting", "schema_version", "score", "verdict"}, keys(doc),
		"rank is left out until Rank sets it")
	assert.Equal(t, float64(match.SchemaVersion), doc["schema_version"])
	assert.Equal(t, "ml-intern-2026", doc["posting"])
	assert.Equal(t, "chen-wei", doc["candidate"])
	assert.Equal(t, "Chen Wei", doc["name"])
	assert.Equal(t, "2026-02-15", doc["as_of"])
	assert.Equal(t, "ineligible", doc["verdict"])
	assert.IsType(t, float64(0), doc["score"])

	findings, ok := doc["findings"].([]any)
	require.True(t, ok)
	require.Len(t, findings, len(r.Findings))
	for i, raw := range findings {
		f := raw.(map[string]any)
		want := r.Findings[i]
		t.Run(want.ID, func(t *testing.T) {
			for _, k := range []string{"id", "kind", "predicate", "status", "weight", "credit", "points"} {
				assert.Contains(t, f, k)
			}
			assert.Equal(t, want.ID, f["id"])
			assert.Equal(t, want.Kind, f["kind"])
			assert.Equal(t, string(want.Status), f["status"])
			assert.Equal(t, want.Weight, f["weight"])
			assert.Equal(t, want.Credit, f["credit"])
			assert.Equal(t, want.Points, f["points"])
			if want.Gap == "" {
				assert.NotContains(t, f, "gap")
			} else {
				assert.Equal(t, want.Gap, f["gap"])
			}
			if len(want.Evidence) == 0 {
				assert.NotContains(t, f, "evidence")
			} else {
				ev := f["evidence"].([]any)
				require.Len(t, ev, len(want.Evidence))
				for j, e := range ev {
					assert.Equal(t, map[string]any{"source": want.Evidence[j].Source, "text": want.Evidence[j].Text}, e)
				}
			}
			for _, c := range childrenOf(f) {
				for _, k := range []string{"id", "predicate", "status", "credit"} {
					assert.Contains(t, c, k)
				}
				for _, k := range []string{"kind", "weight", "points"} {
					assert.NotContains(t, c, k, "child %v", c["id"])
				}
			}
		})
	}

	big := findings[2].(map[string]any)
	require.Equal(t, "big-data-and-streaming", big["id"])
	children := big["children"].([]any)
	require.Len(t, children, 2)
	assert.Equal(t, "big-data-and-streaming[0]", children[0].(map[string]any)["id"])
	assert.Equal(t, "partial", big["status"])
}

// childrenOf returns every descendant of a JSON finding.
func childrenOf(f map[string]any) []map[string]any {
	var out []map[string]any
	cs, _ := f["children"].([]any)
	for _, c := range cs {
		m := c.(map[string]any)
		out = append(out, m)
		out = append(out, childrenOf(m)...)
	}
	return out
}

func TestJSONRankField(t *testing.T) {
	results := match.Rank(exampleProfiles(t)[:2], examplePosting(t), match.AsOf(asOf))
	var docs []map[string]any
	require.NoError(t, json.Unmarshal(toJSON(t, results), &docs))
	require.Len(t, docs, 2)
	assert.Equal(t, 1.0, docs[0]["rank"])
	assert.Equal(t, 2.0, docs[1]["rank"])
}

func TestJSONRoundTrip(t *testing.T) {
	post := examplePosting(t)
	for _, p := range exampleProfiles(t) {
		t.Run(p.ID(), func(t *testing.T) {
			r := match.Match(p, post, match.AsOf(asOf))
			var back match.Result
			require.NoError(t, json.Unmarshal(toJSON(t, r), &back))
			assert.Equal(t, r, back)
		})
	}
	t.Run("combinators nested", func(t *testing.T) {
		r := matchOne(t, everyPredicate, comboProfile)
		var back match.Result
		require.NoError(t, json.Unmarshal(toJSON(t, r), &back))
		assert.Equal(t, r, back)
	})
	t.Run("ranked", func(t *testing.T) {
		rs := match.Rank(exampleProfiles(t), post, match.AsOf(asOf))
		var back []match.Result
		require.NoError(t, json.Unmarshal(toJSON(t, rs), &back))
		assert.Equal(t, rs, back)
	})
}

func TestJSONByteIdentical(t *testing.T) {
	// matching the same inputs, loaded afresh each time
	t.Run("Match", func(t *testing.T) {
		for _, id := range exampleIDs {
			var first []byte
			for i := range 20 {
				post := examplePosting(t)
				p := exampleProfile(t, id)
				out := toJSON(t, match.Match(p, post, match.AsOf(asOf)))
				if i == 0 {
					first = out
					continue
				}
				require.Equal(t, string(first), string(out), "%s: run %d differs", id, i)
			}
		}
	})
	t.Run("Rank with different workers", func(t *testing.T) {
		post := examplePosting(t)
		var first []byte
		for i := range 20 {
			workers := []int{1, 2, 3, 8, 64}[i%5]
			profiles := exampleProfiles(t)
			out := toJSON(t, match.Rank(profiles, post, match.AsOf(asOf), match.WithWorkers(workers)))
			if i == 0 {
				first = out
				continue
			}
			require.Equal(t, string(first), string(out), "run %d with %d workers differs", i, workers)
		}
	})
	t.Run("Rank and Match agree", func(t *testing.T) {
		post := examplePosting(t)
		profiles := exampleProfiles(t)
		ranked := match.Rank(profiles, post, match.AsOf(asOf), match.WithWorkers(4))
		byID := map[string]*profile.Profile{}
		for _, p := range profiles {
			byID[p.ID()] = p
		}
		for _, r := range ranked {
			single := match.Match(byID[r.Candidate], post, match.AsOf(asOf))
			single.Rank = r.Rank
			assert.Equal(t, string(toJSON(t, single)), string(toJSON(t, r)), r.Candidate)
		}
	})
	t.Run("shared profiles matched concurrently", func(t *testing.T) {
		post := examplePosting(t)
		p := exampleProfile(t, "ada-lovelace-example")
		many := make([]*profile.Profile, 64)
		for i := range many {
			many[i] = p
		}
		results := match.Rank(many, post, match.AsOf(asOf), match.WithWorkers(16))
		want := string(toJSON(t, match.Match(p, post, match.AsOf(asOf))))
		for i, r := range results {
			r.Rank = 0
			require.Equal(t, want, string(toJSON(t, r)), fmt.Sprintf("copy %d", i))
		}
	})
}

// A result reads back from its JSON; one written by a newer quals does not.
func TestResultJSONRoundTripAndVersion(t *testing.T) {
	r := match.Match(exampleProfile(t, "chen-wei"), examplePosting(t), match.AsOf(asOf))
	var back match.Result
	require.NoError(t, json.Unmarshal(toJSON(t, r), &back))
	assert.Equal(t, r.Score, back.Score)
	assert.Equal(t, len(r.Findings), len(back.Findings))
	err := json.Unmarshal([]byte(`{"schema_version": 99, "posting": "p"}`), &back)
	assert.EqualError(t, err, "result schema_version 99 is newer than this version of quals reads (1)")
	assert.Error(t, json.Unmarshal([]byte(`{"schema_version": 1, "postings": "typo"}`), &back), "an unknown field")
}
