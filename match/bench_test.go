package match_test

import (
	"runtime"
	"strconv"
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

// fitPosting is a posting as the extractor writes one from a careers
// page: a role, a seniority, stacks to cover and free text beside the
// gates.
const fitPosting = `id: fit
required:
  - id: role
    weight: 3
    role: {title: Senior Backend Engineer}
  - id: seniority
    seniority: {level: senior}
  - id: go
    skill: {any: [Go, Java]}
  - id: stack
    weight: 2
    experience: {coverage: [Kafka, PostgreSQL, Redis, Kubernetes, Terraform]}
preferred:
  - id: ml
    experience: {any: [machine learning], min_years: 2}
  - id: words
    weight: 0.5
    evidence: {terms: [mentoring, on-call, design reviews]}
`

// BenchmarkMatchFit matches Ada against fitPosting: the predicates the
// extractor adds (role, seniority, coverage) and topic inheritance.
func BenchmarkMatchFit(b *testing.B) {
	post := parsePosting(b, fitPosting)
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
// parsed: profile.New indexes the Resume it is given and parses nothing
// (named, so that it does not hash the résumé for an id either).
func BenchmarkIndexProfile(b *testing.B) {
	resume := exampleProfile(b, "ada-lovelace-example").Resume()
	b.ReportAllocs()
	for b.Loop() {
		profile.New(resume, profile.WithID("ada"))
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

// BenchmarkResidentProfile measures what a loaded profile keeps in memory:
// the live heap after loading b.N copies of Ada's two-page résumé, per
// profile (B/profile), the source text and the index included.
func BenchmarkResidentProfile(b *testing.B) {
	src := readExample(b, "profiles/ada-lovelace-example.json")
	kept := make([]*profile.Profile, 0, b.N)
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	for i := range b.N {
		p, err := profile.Parse("ada.json", src, profile.WithID("ada-"+strconv.Itoa(i)))
		if err != nil {
			b.Fatal(err)
		}
		kept = append(kept, p)
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	b.ReportMetric(float64(after.HeapAlloc-before.HeapAlloc)/float64(b.N), "B/profile")
	runtime.KeepAlive(kept)
}
