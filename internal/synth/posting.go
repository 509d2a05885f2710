package synth

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

// Posting returns the YAML of posting i, drawn from r: a role, required
// and preferred requirements of every predicate, some combined.
func Posting(r *rand.Rand, i int) string {
	k := kinds[r.IntN(len(kinds))]
	var b strings.Builder
	fmt.Fprintf(&b, "id: synth-%d\ntitle: %s\nlocations:\n  - {city: San Francisco, region: CA, country: US}\n", i, pick(r, k.titles))
	n := 0
	section := func(name string, count int) {
		fmt.Fprintf(&b, "%s:\n", name)
		for range count {
			n++
			fmt.Fprintf(&b, "  - id: r%d\n    weight: %g\n", n, float64(1+r.IntN(6))/2)
			b.WriteString(indent(predicate(r, k, 2), "    "))
		}
	}
	section("required", 1+r.IntN(5))
	if r.IntN(4) > 0 {
		section("preferred", 1+r.IntN(4))
	}
	return b.String()
}

// predicate writes one predicate, or a combinator of up to depth levels,
// as YAML lines.
func predicate(r *rand.Rand, k kind, depth int) string {
	names := func(n int) string { return "[" + strings.Join(picks(r, k.skills, n), ", ") + "]" }
	years := func() string {
		if r.IntN(2) == 0 {
			return ""
		}
		return fmt.Sprintf(", min_years: %d", 1+r.IntN(6))
	}
	switch c := r.IntN(16); {
	case c < 3:
		return fmt.Sprintf("skill: {%s: %s%s}\n", pick(r, []string{"any", "all"}), names(1+r.IntN(3)), years())
	case c < 5:
		return fmt.Sprintf("experience: {%s: %s%s}\n", pick(r, []string{"any", "all", "coverage"}), names(2+r.IntN(4)), years())
	case c == 5:
		return fmt.Sprintf("degree: {level: %s, fields: [%s], status: %s}\n",
			pick(r, []string{"bachelor", "master", "doctorate"}), pick(r, k.fields), pick(r, []string{"any", "completed", "in-progress"}))
	case c == 6:
		return fmt.Sprintf("location: {countries: [%s], remote: %t}\n", pick(r, []string{"US", "CA", "DE"}), r.IntN(2) == 0)
	case c == 7:
		return fmt.Sprintf("authorization: {countries: [%s]}\n", pick(r, []string{"US", "CA"}))
	case c == 8:
		return "availability:\n  windows:\n    - {from: 2026-05-18, to: 2026-08-07}\n"
	case c == 9:
		return fmt.Sprintf("language: {name: %s, level: %s}\n", pick(r, spoken), pick(r, []string{"b1", "b2", "c1", "native"}))
	case c == 10:
		return "certification: {any: [AWS Certified Solutions Architect, CKA]}\n"
	case c == 11:
		return fmt.Sprintf("evidence: {terms: [%s], min: %d}\n", strings.Join(picks(r, softSkills, 2+r.IntN(3)), ", "), 1+r.IntN(2))
	case c == 12:
		return fmt.Sprintf("seniority: {level: %s}\n", pick(r, []string{"mid", "senior", "staff", "principal"}))
	case c == 13:
		return fmt.Sprintf("role: {title: %s}\n", k.titles[0]) // every kind's first title names a known family
	case c == 14 && depth > 0:
		return fmt.Sprintf("publications: {min: %d, topics: [%s]}\n", 1+r.IntN(2), pick(r, k.skills))
	case depth > 0:
		op := pick(r, []string{"any", "all", "at_least"})
		var b strings.Builder
		children := 2 + r.IntN(2)
		if op == "at_least" {
			fmt.Fprintf(&b, "at_least:\n  n: %d\n  of:\n", 1+r.IntN(children))
		} else {
			fmt.Fprintf(&b, "%s:\n", op)
		}
		for range children {
			child := predicate(r, k, depth-1)
			if op == "at_least" {
				b.WriteString(indent(child, "    - ", "      "))
			} else {
				b.WriteString(indent(child, "  - ", "    "))
			}
		}
		return b.String()
	}
	return fmt.Sprintf("skill: {any: %s}\n", names(2))
}

// indent prefixes the first line with first and the others with rest
// (first again when rest is not given).
func indent(s, first string, rest ...string) string {
	other := first
	if len(rest) > 0 {
		other = rest[0]
	}
	lines := strings.SplitAfter(strings.TrimSuffix(s, "\n"), "\n")
	var b strings.Builder
	for i, l := range lines {
		if i == 0 {
			b.WriteString(first)
		} else {
			b.WriteString(other)
		}
		b.WriteString(l)
	}
	return b.String() + "\n"
}
