package roles_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/quals-dev/quals/roles"
)

func TestResolveReadsTitlesAsWritten(t *testing.T) {
	tax := roles.Default()
	for title, family := range map[string]string{
		"Senior Software Engineer":              "software",
		"Software Engineer, Machine Learning":   "machine-learning",
		"Sr. Back-End Developer (Go/Kafka)":     "backend",
		"FRONT END ENGINEER":                    "frontend",
		"Full-Stack Developer":                  "full-stack",
		"iOS Engineer II":                       "mobile",
		"Staff Site Reliability Engineer":       "infrastructure",
		"Data Scientist, Ads":                   "data",
		"Firmware Engineer":                     "embedded",
		"ASIC Design Verification Engineer":     "hardware",
		"Lead Product Designer":                 "design",
		"UI/UX Designer":                        "design",
		"Enterprise Account Executive, EMEA":    "sales",
		"Product Marketing Manager":             "marketing",
		"Senior Financial Analyst":              "finance",
		"Technical Program Manager":             "project-management",
		"Product Manager, Payments":             "product-management",
		"Engineering Manager, Platform":         "engineering-management",
		"Talent Acquisition Partner":            "human-resources",
		"Registered Nurse":                      "healthcare",
		"Actuarial Analyst":                     "finance", // O*NET: an actuary's alternate title
		"Tax Preparer":                          "finance",
		"Welding Machine Setter":                "production",
		"Mechanical Engineer":                   "engineering",
		"software engineer in test":             "quality-assurance",
		"Customer Support Specialist (Spanish)": "customer-support",
		"Executive Assistant to the CEO":        "administration",
	} {
		r, ok := tax.Resolve(title)
		if assert.True(t, ok, title) {
			assert.Equal(t, family, r.Family, "%s (read from %q)", title, r.Phrase)
		}
	}
	for _, title := range []string{"", "Rockstar Ninja", "Team Member", "Manager", "Intern"} {
		_, ok := tax.Resolve(title)
		assert.False(t, ok, "%q names no family", title)
	}
}

func TestResolveSaysWhichWordsNamedTheFamily(t *testing.T) {
	r, ok := roles.Default().Resolve("Principal Engineer, Site Reliability")
	require.True(t, ok)
	assert.Equal(t, roles.Reading{Family: "infrastructure", Phrase: "site reliability"}, r)
	r, ok = roles.Default().Resolve("Actuarial Analyst")
	require.True(t, ok)
	assert.True(t, r.ONET, "read from an O*NET title")
}

func TestRelate(t *testing.T) {
	tax := roles.Default()
	for _, c := range []struct {
		a, b string
		want roles.Relation
	}{
		{"backend", "backend", roles.Same},
		{"backend", "software", roles.Broader},
		{"software", "mobile", roles.Broader},
		{"backend", "frontend", roles.Sibling},
		{"machine-learning", "data", roles.Sibling},
		{"sales", "marketing", roles.Near},
		{"marketing", "sales", roles.Near},
		{"frontend", "design", roles.Near},
		{"hardware", "embedded", roles.Near},
		{"backend", "sales", roles.Unrelated},
		{"finance", "design", roles.Unrelated},
		{"backend", "no-such-family", roles.Unrelated},
	} {
		assert.Equal(t, c.want, tax.Relate(c.a, c.b), "%s ~ %s", c.a, c.b)
	}
}

func TestLevelOf(t *testing.T) {
	tax := roles.Default()
	for title, want := range map[string]roles.Level{
		"Senior Software Engineer":          roles.Senior,
		"Sr. Data Engineer":                 roles.Senior,
		"Senior Staff Engineer, Storage":    roles.Staff,
		"Principal Product Designer":        roles.Principal,
		"Software Engineer II":              roles.Mid,
		"Junior Web Developer":              roles.Junior,
		"Software Engineering Intern, 2027": roles.Intern,
		"Head of Marketing":                 roles.Director,
		"Staff Accountant":                  roles.NoLevel, // an entry-level title in accounting
		"Chief of Staff, Hardware":          roles.NoLevel,
		"Account Executive":                 roles.NoLevel,
	} {
		assert.Equal(t, want, tax.LevelOf(title), title)
	}
	assert.Equal(t, 5.0, roles.Senior.MinYears())
	assert.Equal(t, 0.0, roles.Intern.MinYears())
	l, ok := roles.ParseLevel("staff")
	assert.True(t, ok)
	assert.Equal(t, roles.Staff, l)
	_, ok = roles.ParseLevel("wizard")
	assert.False(t, ok)
}

func TestNewReportsBrokenFamilies(t *testing.T) {
	_, err := roles.New([]roles.Family{
		{Name: "a", Group: "g", Near: []string{"zzz"}, Titles: []string{"alpha"}},
		{Name: "a", Group: "g"},
		{Name: "b", Group: "g", Titles: []string{"Alpha"}},
		{Name: "", Group: "g"},
	}, map[string]string{"beta tester": "nobody"})
	require.Error(t, err)
	for _, want := range []string{`"a" is defined twice`, `near "zzz"`, `"alpha" names both "a" and "b"`, "family 4 has no name", `"beta tester" is of family "nobody"`} {
		assert.Contains(t, err.Error(), want)
	}
}

func TestWordsBoundsAHostileTitle(t *testing.T) {
	long := ""
	for range 10000 {
		long += "data "
	}
	assert.Len(t, roles.Words(long), 32)
	assert.Equal(t, []string{"front", "end", "engineer", "ui", "ux"}, roles.Words("Front-End Engineer (UI/UX)"))
	_, ok := roles.Default().Resolve(long)
	assert.False(t, ok)
}

func TestDefaultFamiliesAreConsistent(t *testing.T) {
	tax := roles.Default()
	generals := map[string]int{}
	for _, f := range tax.Families() {
		if f.General {
			generals[f.Group]++
		}
	}
	for g, n := range generals {
		assert.Equal(t, 1, n, "group %s has one general family", g)
	}
	// Every SOC major group has a family.
	for _, code := range []string{"11", "13", "15", "17", "19", "21", "23", "25", "27", "29", "31", "33", "35", "37", "39", "41", "43", "45", "47", "49", "51", "53", "55"} {
		_, ok := tax.FamilyOfCode(code + "-0000.00")
		assert.True(t, ok, code)
	}
}

func BenchmarkResolve(b *testing.B) {
	tax := roles.Default()
	for b.Loop() {
		tax.Resolve("Senior Software Engineer, Machine Learning Infrastructure (Remote)")
	}
}
