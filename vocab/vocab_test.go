package vocab_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/quals-dev/quals/internal/lexicon"
	"github.com/quals-dev/quals/vocab"
)

func TestDefaultAliasesResolve(t *testing.T) {
	v := vocab.Default()
	for alias, want := range map[string]string{
		"ML": "machine learning", "machine learning": "machine learning",
		"k8s": "Kubernetes", "Kubernetes": "Kubernetes",
		"golang": "Go", "Go": "Go",
		"PySpark": "Spark", "Apache Spark": "Spark",
		"Postgres": "PostgreSQL", "postgresql": "PostgreSQL",
		"sklearn": "scikit-learn", "scikit learn": "scikit-learn",
		"C++": "C++", "C#": "C#", ".NET": ".NET", "Node.js": "Node.js",
		"NLP": "natural language processing",
	} {
		t.Run(alias, func(t *testing.T) {
			assert.Equal(t, want, v.Skill(alias).Concept)
		})
	}
	assert.Empty(t, v.Skill("underwater basket weaving").Concept, "an unknown name keeps no concept")
	assert.Equal(t, []string{"underwat", "basket", "weav"}, v.Skill("underwater basket weaving").Terms)
}

// scan returns the skills found in s as prose (list=false) or a list item.
func scan(v *vocab.Vocabulary, s string, list bool) []string {
	sc := lexicon.Of(v)
	toks := sc.Analyzer().Tokens(nil, s)
	var out []string
	for _, h := range sc.ScanSkills(nil, toks, list, s) {
		out = append(out, h.Concept)
	}
	return out
}

func TestAmbiguousWordsNeedContext(t *testing.T) {
	v := vocab.Default()
	for _, tc := range []struct {
		name, text string
		list       bool
		want       []string
	}{
		{"go as a verb", "I go to meetups and let's go further", false, nil},
		{"go-to compound", "Go-to person for visitor questions", false, nil},
		{"Go at sentence start alone", "Go is fun.", false, nil},
		{"Go with a cue word", "Built services in Go.", false, []string{"Go"}},
		{"Go beside another skill", "Wrote Go and Python services", false, []string{"Python", "Go"}},
		{"Go in a skills list", "Go", true, []string{"Go"}},
		{"R in a list of languages", "Python, R, SQL", false, []string{"Python", "R", "SQL"}},
		{"r lowercase in prose", "the r in the word", false, nil},
		{"Spark capitalized with context", "pipelines using Spark", false, []string{"Spark"}},
		{"sparked interest", "This sparked my interest in science", false, nil},
		{"Excel in a list", "Excel", true, []string{"Microsoft Excel"}},
		{"excellent is not Excel", "Excellent communication with Python users", false, []string{"communication", "Python"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, scan(v, tc.text, tc.list))
		})
	}
}

func TestStemCollisionsDoNotMatch(t *testing.T) {
	v := vocab.Default()
	for _, s := range []string{"personal growth", "virtual events", "an accessible building"} {
		t.Run(s, func(t *testing.T) {
			assert.Empty(t, scan(v, s, false))
		})
	}
	assert.Equal(t, []string{"collaboration"}, scan(v, "collaborated closely", false), "a close ending still counts")
}

func TestDegreeLevels(t *testing.T) {
	v := vocab.Default()
	for s, want := range map[string]vocab.Level{
		"PhD": vocab.Doctorate, "Ph.D.": vocab.Doctorate, "Doctor of Philosophy": vocab.Doctorate,
		"MS": vocab.Master, "M.Sc.": vocab.Master, "MEng": vocab.Master, "MBA": vocab.Master, "Master of Science": vocab.Master,
		"BS": vocab.Bachelor, "B.Sc.": vocab.Bachelor, "BA": vocab.Bachelor, "B.Tech": vocab.Bachelor, "Bachelor of Arts": vocab.Bachelor,
		"Associate of Science": vocab.Associate, "GED": vocab.HighSchool, "BS/MS": vocab.Master,
		"Scrum Master certification": vocab.NoLevel,
	} {
		t.Run(s, func(t *testing.T) { assert.Equal(t, want, v.Level(s)) })
	}
}

func TestRelatedFields(t *testing.T) {
	v := vocab.Default()
	cs := v.Field("Computer Science").Concept
	require.Equal(t, "computer science", cs)
	for _, other := range []string{"computer engineering", "electrical engineering", "software engineering"} {
		assert.True(t, v.Related(cs, other), other)
		assert.True(t, v.Related(other, cs), "relatedness is symmetric: "+other)
	}
	assert.True(t, v.Related("statistics", "mathematics"))
	assert.True(t, v.Related("statistics", "data science"))
	assert.False(t, v.Related(cs, "history"))
	assert.False(t, v.Related(cs, cs), "a field is the same field, not a related one")
}

func TestPlacesAndLanguages(t *testing.T) {
	v := vocab.Default()
	for s, want := range map[string]string{"US": "US", "United States": "US", "USA": "US", "Canada": "CA", "DE": "DE"} {
		code, ok := v.Country(s)
		assert.True(t, ok, s)
		assert.Equal(t, want, code, s)
	}
	code, ok := v.Region("US", "California")
	assert.True(t, ok)
	assert.Equal(t, "CA", code)
	name, ok := v.Language("en")
	assert.True(t, ok)
	assert.Equal(t, "English", name)
	_, ok = v.Country("Atlantis")
	assert.False(t, ok)
}

func TestFluency(t *testing.T) {
	for s, want := range map[string]vocab.Proficiency{
		"Native speaker": vocab.Native, "C1": vocab.C1, "Professional working proficiency": vocab.B2,
		"Full professional proficiency": vocab.C1, "Fluent": vocab.C1, "Elementary proficiency": vocab.A2,
		"Intermediate (B1)": vocab.B1,
	} {
		got, ok := vocab.Fluency(s)
		assert.True(t, ok, s)
		assert.Equal(t, want, got, s)
	}
	_, ok := vocab.Fluency("some")
	assert.False(t, ok)
}

func TestExtend(t *testing.T) {
	v, err := vocab.Default().Extend(vocab.Data{
		Skills: []vocab.Skill{{Name: "Kubernetes", Aliases: []string{"kube"}}, {Name: "Quarkus Mesh", Aliases: []string{"QMesh"}}},
		Fields: []vocab.Field{{Name: "quantum computing", Related: []string{"physics"}}},
	})
	require.NoError(t, err)
	assert.Equal(t, "Kubernetes", v.Skill("kube").Concept, "an alias added to an existing skill")
	assert.Equal(t, "Kubernetes", v.Skill("k8s").Concept, "the old aliases stay")
	assert.Equal(t, "Quarkus Mesh", v.Skill("QMesh").Concept)
	assert.True(t, v.Related("quantum computing", "physics"))
	assert.Empty(t, vocab.Default().Skill("QMesh").Concept, "Default is not changed")

	empty := vocab.Empty()
	assert.Empty(t, empty.Skill("Python").Concept)

	_, err = vocab.New(vocab.Data{Fields: []vocab.Field{{Name: "a", Related: []string{"b"}}}})
	assert.EqualError(t, err, `vocabulary: field "a" is related to "b", which is not a field`)
}

func TestParseData(t *testing.T) {
	d, err := vocab.ParseData("extra.yaml", []byte("skills:\n  - name: Zig\n    aliases: [ziglang]\n    category: language\n"))
	require.NoError(t, err)
	require.Len(t, d.Skills, 1)
	assert.Equal(t, "Zig", d.Skills[0].Name)

	_, err = vocab.ParseData("extra.yaml", []byte("skils:\n  - name: Zig\n"))
	assert.EqualError(t, err, `extra.yaml:1:1: skils: unknown key "skils" (did you mean "skills"?)`)
}

func TestCounts(t *testing.T) {
	d := vocab.Default().Data()
	skills := map[string]bool{}
	aliases, ambiguous, broader := 0, 0, 0
	for _, s := range d.Skills {
		skills[strings.ToLower(s.Name)] = true
		aliases += len(s.Aliases)
		ambiguous += len(s.Ambiguous)
		if len(s.Broader) > 0 {
			broader++
		}
	}
	fields := map[string]bool{}
	fieldAliases, coded := 0, 0
	for _, f := range d.Fields {
		if !fields[strings.ToLower(f.Name)] && len(f.CIP) > 0 {
			coded++
		}
		fields[strings.ToLower(f.Name)] = true
		fieldAliases += len(f.Aliases)
	}
	spellings := 0
	for _, deg := range d.Degrees {
		spellings += len(deg.Names)
	}
	assert.GreaterOrEqual(t, len(skills), 5000, "thousands of skills")
	assert.GreaterOrEqual(t, aliases, 1000)
	assert.GreaterOrEqual(t, len(fields), 1000, "CIP fields of study")
	assert.GreaterOrEqual(t, spellings, 300)
	t.Logf("skills %d (entries %d), aliases %d, ambiguous spellings %d, entries with broader skills %d",
		len(skills), len(d.Skills), aliases, ambiguous, broader)
	t.Logf("fields %d (with CIP codes %d), field aliases %d, degree spellings %d, languages %d, countries %d",
		len(fields), coded, fieldAliases, spellings, len(d.Languages), len(d.Places))
}
