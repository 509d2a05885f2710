package match_test

import (
	"testing"

	"github.com/quals-dev/quals/match"
	"github.com/quals-dev/quals/profile"
	"github.com/quals-dev/quals/requirements"
)

// BenchmarkMatch matches the example posting against Ada's profile, both
// loaded once: the cost of one match.
func BenchmarkMatch(b *testing.B) {
	post := examplePosting(b)
	ada := exampleProfile(b, "ada-lovelace-example")
	b.ReportAllocs()
	for b.Loop() {
		match.Match(ada, post, match.AsOf(asOf))
	}
}

// BenchmarkRank ranks the eight example profiles.
func BenchmarkRank(b *testing.B) {
	post := examplePosting(b)
	profiles := exampleProfiles(b)
	b.ReportAllocs()
	for b.Loop() {
		match.Rank(profiles, post, match.AsOf(asOf))
	}
}

// BenchmarkIndexProfile builds the index of Ada's two-page résumé, already
// parsed: profile.New indexes the Resume it is given and parses nothing.
func BenchmarkIndexProfile(b *testing.B) {
	resume := exampleProfile(b, "ada-lovelace-example").Resume()
	b.ReportAllocs()
	for b.Loop() {
		profile.New(resume)
	}
}

// BenchmarkLoadProfile loads Ada's profile from JSON: parsing and indexing.
func BenchmarkLoadProfile(b *testing.B) {
	src := readExample(b, "profiles/ada-lovelace-example.json")
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := profile.Parse("ada-lovelace-example.json", src); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLoadPosting parses the example posting.
func BenchmarkLoadPosting(b *testing.B) {
	src := readExample(b, "posting.yaml")
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := requirements.Parse("posting.yaml", src); err != nil {
			b.Fatal(err)
		}
	}
}
