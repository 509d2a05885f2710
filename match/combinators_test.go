package match_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/quals-dev/quals/match"
)

// comboProfile has skills but no location, so each of the leaf predicates
// below has a known status against it.
const comboProfile = `{"skills": [{"name": "Programming", "keywords": ["Python", "SQL"]}]}`

// Leaf predicates and their status against comboProfile.
const (
	leafMet     = "{skill: {any: [Python]}}"       // met, credit 1
	leafPartial = "{skill: {all: [Python, Rust]}}" // partial, credit 0.5
	leafMissing = "{skill: {any: [Rust]}}"         // missing, credit 0
	leafUnknown = "{location: {countries: [US]}}"  // unknown, credit 0
)

func TestCombinators(t *testing.T) {
	tests := []struct {
		name      string
		predicate string
		status    match.Status
		credit    float64
		children  []match.Status
		gap       string
	}{
		// any: the best child
		{"any: one met child meets it", "any: [" + leafMissing + ", " + leafMet + "]",
			match.Met, 1, []match.Status{match.Missing, match.Met}, ""},
		{"any: the best child's credit", "any: [" + leafMissing + ", " + leafPartial + "]",
			match.Partial, 0.5, []match.Status{match.Missing, match.Partial}, "No Rust in the profile; no Rust in the profile."},
		{"any: all missing", "any: [" + leafMissing + ", {skill: {any: [Java]}}]",
			match.Missing, 0, []match.Status{match.Missing, match.Missing}, "No Rust in the profile; no Java in the profile."},
		{"any: an unknown child could still meet it", "any: [" + leafMissing + ", " + leafUnknown + "]",
			match.Unknown, 0, []match.Status{match.Missing, match.Unknown},
			"No Rust in the profile; the profile gives no location; the posting asks for US."},

		{"any: partial, and an unknown could still meet it", "any: [" + leafPartial + ", " + leafUnknown + "]",
			match.Unknown, 0.5, []match.Status{match.Partial, match.Unknown},
			"No Rust in the profile; the profile gives no location; the posting asks for US."},

		// all: the mean of the children
		{"all: every child met", "all: [" + leafMet + ", {skill: {any: [SQL]}}]",
			match.Met, 1, []match.Status{match.Met, match.Met}, ""},
		{"all: the mean", "all: [" + leafMet + ", " + leafMissing + "]",
			match.Partial, 0.5, []match.Status{match.Met, match.Missing}, "No Rust in the profile."},
		{"all: mean of three", "all: [" + leafMet + ", " + leafPartial + ", " + leafMissing + "]",
			match.Partial, 0.5, []match.Status{match.Met, match.Partial, match.Missing}, "No Rust in the profile; no Rust in the profile."},
		{"all: none short, one unknown", "all: [" + leafMet + ", " + leafUnknown + "]",
			match.Unknown, 0.5, []match.Status{match.Met, match.Unknown}, "The profile gives no location; the posting asks for US."},
		{"all: a missing child decides, whatever is unknown", "all: [" + leafMissing + ", " + leafUnknown + "]",
			match.Missing, 0, []match.Status{match.Missing, match.Unknown},
			"No Rust in the profile; the profile gives no location; the posting asks for US."},
		{"all: a partial child decides, whatever is unknown", "all: [" + leafPartial + ", " + leafUnknown + "]",
			match.Partial, 0.25, []match.Status{match.Partial, match.Unknown},
			"No Rust in the profile; the profile gives no location; the posting asks for US."},

		// at_least n: the mean of the n best
		{"at_least 2: two met", "at_least: {n: 2, of: [" + leafMissing + ", " + leafMet + ", {skill: {any: [SQL]}}]}",
			match.Met, 1, []match.Status{match.Missing, match.Met, match.Met}, ""},
		{"at_least 2: mean of the two best", "at_least: {n: 2, of: [" + leafMet + ", " + leafPartial + ", " + leafMissing + "]}",
			match.Partial, 0.75, []match.Status{match.Met, match.Partial, match.Missing}, "No Rust in the profile; no Rust in the profile."},
		{"at_least 2: one met, the rest missing", "at_least: {n: 2, of: [" + leafMissing + ", " + leafMet + ", {skill: {any: [Java]}}]}",
			match.Partial, 0.5, []match.Status{match.Missing, match.Met, match.Missing}, "No Rust in the profile; no Java in the profile."},
		{"at_least 2: an unknown could still make two", "at_least: {n: 2, of: [" + leafMet + ", " + leafMissing + ", " + leafUnknown + "]}",
			match.Unknown, 0.5, []match.Status{match.Met, match.Missing, match.Unknown},
			"No Rust in the profile; the profile gives no location; the posting asks for US."},
		{"at_least 2: an unknown cannot make two alone", "at_least: {n: 2, of: [" + leafMissing + ", {skill: {any: [Java]}}, " + leafUnknown + "]}",
			match.Missing, 0, []match.Status{match.Missing, match.Missing, match.Unknown},
			"No Rust in the profile; no Java in the profile; the profile gives no location; the posting asks for US."},
		{"at_least 2: partial when unknowns cannot make two", "at_least: {n: 2, of: [" + leafPartial + ", " + leafMissing + ", " + leafUnknown + "]}",
			match.Partial, 0.25, []match.Status{match.Partial, match.Missing, match.Unknown},
			"No Rust in the profile; no Rust in the profile; the profile gives no location; the posting asks for US."},
		{"at_least 1 is any", "at_least: {n: 1, of: [" + leafMissing + ", " + leafPartial + "]}",
			match.Partial, 0.5, []match.Status{match.Missing, match.Partial}, "No Rust in the profile; no Rust in the profile."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := onlyFinding(t, tc.predicate, comboProfile)
			assert.Equal(t, tc.status, f.Status, "status")
			assert.InDelta(t, tc.credit, f.Credit, 1e-9, "credit")
			assert.Equal(t, tenths(100*tc.credit), tenths(f.Points), "points")
			assert.Equal(t, tc.gap, f.Gap, "gap")
			require.Len(t, f.Children, len(tc.children))
			for i, c := range f.Children {
				assert.Equal(t, tc.children[i], c.Status, "status of %s", c.ID)
			}
		})
	}
}

func TestCombinatorChildren(t *testing.T) {
	f := onlyFinding(t, "all:\n  - "+leafMet+"\n  - any: ["+leafMissing+", "+leafPartial+"]\n  - "+leafUnknown, comboProfile)
	require.Len(t, f.Children, 3)

	t.Run("ids are parent[i]", func(t *testing.T) {
		assert.Equal(t, "req[0]", f.Children[0].ID)
		assert.Equal(t, "req[1]", f.Children[1].ID)
		assert.Equal(t, "req[2]", f.Children[2].ID)
		require.Len(t, f.Children[1].Children, 2)
		assert.Equal(t, "req[1][0]", f.Children[1].Children[0].ID)
		assert.Equal(t, "req[1][1]", f.Children[1].Children[1].ID)
	})
	t.Run("children keep their predicate, evidence and gap", func(t *testing.T) {
		met := f.Children[0]
		assert.Equal(t, "skill", met.Predicate)
		assert.Equal(t, match.Met, met.Status)
		assert.Equal(t, []match.Evidence{{Source: "skills[0].keywords[0]", Text: "Python"}}, met.Evidence)
		assert.Empty(t, met.Gap)

		any := f.Children[1]
		assert.Equal(t, "any", any.Predicate)
		assert.Equal(t, match.Partial, any.Status)
		assert.Equal(t, 0.5, any.Credit)

		unknown := f.Children[2]
		assert.Equal(t, "location", unknown.Predicate)
		assert.Equal(t, "The profile gives no location; the posting asks for US.", unknown.Gap)
	})
	t.Run("children have no kind, weight or points", func(t *testing.T) {
		var walk func(fs []match.Finding)
		walk = func(fs []match.Finding) {
			for _, c := range fs {
				assert.Empty(t, c.Kind, c.ID)
				assert.Zero(t, c.Weight, c.ID)
				assert.Zero(t, c.Points, c.ID)
				walk(c.Children)
			}
		}
		walk(f.Children)
	})
	t.Run("every child is evaluated, none short-circuited", func(t *testing.T) {
		// the first child of an any is met, and the second is still explained
		g := onlyFinding(t, "any: ["+leafMet+", "+leafMissing+"]", comboProfile)
		require.Len(t, g.Children, 2)
		assert.Equal(t, match.Missing, g.Children[1].Status)
		assert.Equal(t, "No Rust in the profile.", g.Children[1].Gap)
	})
}
