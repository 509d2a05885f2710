package vocab_test

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/quals-dev/quals/internal/decode"
	"github.com/quals-dev/quals/vocab"
)

// The alias pairs of the issue resolve to one concept either way round.
func TestIssueAliasPairs(t *testing.T) {
	v := vocab.Default()
	for _, pair := range [][3]string{
		{"ML", "machine learning", "machine learning"},
		{"k8s", "Kubernetes", "Kubernetes"},
		{"golang", "Go", "Go"},
		{"PySpark", "Spark", "Spark"},
		{"Postgres", "PostgreSQL", "PostgreSQL"},
		{"sklearn", "scikit-learn", "scikit-learn"},
		// the same product under two spellings in the sources became one skill
		{"Excel", "Microsoft Excel", "Microsoft Excel"},
		{"Apache Kafka", "Kafka", "Kafka"},
		{"Autodesk AutoCAD", "AutoCAD", "AutoCAD"},
		{"JetBrains IntelliJ IDEA", "IntelliJ IDEA", "IntelliJ IDEA"},
		{"IBM SPSS Statistics", "SPSS", "SPSS"},
		{"Oracle WebLogic Server", "WebLogic Server", "Oracle WebLogic Server"},
		{"Microsoft SQL Server Integration Services", "SSIS", "SSIS"},
		{"Google Compute Engine", "GCE", "Google Compute Engine"},
		{"TensorFlow", "tensorflow", "TensorFlow"},
	} {
		t.Run(pair[0]+"="+pair[1], func(t *testing.T) {
			assert.Equal(t, pair[2], v.Skill(pair[0]).Concept)
			assert.Equal(t, pair[2], v.Skill(pair[1]).Concept)
		})
	}
}

// The generated layer adds thousands of names from the taxonomies.
func TestGeneratedSkills(t *testing.T) {
	v := vocab.Default()
	for name, want := range map[string]string{
		"Apache Cassandra":                    "Cassandra",        // O*NET, joined to the curated skill
		"Snakemake":                           "Snakemake",        // Microsoft/Stackshare
		"SPARQL":                              "SPARQL",           // ESCO
		"NetBeans":                            "NetBeans",         // an ESCO instance of an IDE
		"Haxe":                                "Haxe",             // curated and Linguist
		"COBOL":                               "COBOL",            // curated and O*NET
		"Blackboard Learn":                    "Blackboard Learn", // O*NET
		"ArcGIS":                              "ArcGIS",           // curated
		"Minitab":                             "Minitab",          // curated
		"Esri ArcGIS":                         "ArcGIS",           // a vendor prefix
		"Adobe Photoshop":                     "Adobe Photoshop",  // curated
		"Dynamic host configuration protocol": "DHCP",             // an O*NET acronym and its expansion
	} {
		assert.Equal(t, want, v.Skill(name).Concept, name)
	}
	assert.NotEmpty(t, v.SkillCategory("Blackboard Learn"), "O*NET's commodity title is the category")
	assert.Equal(t, "language", v.SkillCategory("Befunge"), "Linguist's programming languages are languages")
	assert.Empty(t, v.Skill("use spreadsheets software").Concept, "ESCO skills that are sentences are left out")
}

// Each ambiguous word of the issue, in a context where it is a skill and
// in one where it is not.
func TestAmbiguousWordsBothWays(t *testing.T) {
	v := vocab.Default()
	for _, tc := range []struct {
		concept         string
		skill, nonSkill string
	}{
		{"Go", "Wrote backend services in Go and Python.", "We go to the office on Mondays and let's go further."},
		{"R", "Statistical analysis in R and Python.", "The letter R is the grade she got in Year R."},
		{"C", "Embedded firmware written in C for microcontrollers.", "Got a C in chemistry, plan C was next."},
		{"Swift", "Built iOS apps in Swift and Objective-C.", "Swift response to every customer request."},
		{"Rust", "Systems programming in Rust and C++.", "Removed rust from old bridges with a wire brush."},
		{"Ruby", "Web backends with Ruby and PostgreSQL.", "My sister Ruby joined the choir."},
		{"React", "Front-end work with React and TypeScript.", "Users react quickly when prices change."},
		{"Spark", "ETL pipelines using Spark and Hadoop.", "Her talk was the spark that started my career."},
		{"Microsoft Excel", "Financial models in Excel and VBA.", "Students excel at teamwork in this program."},
		{"Microsoft Access", "Queries in Microsoft Access and SQL.", "Access to healthcare matters to every family."},
		{"Microsoft Word", "Wrote reports in Word and Excel.", "In other words, she kept her word."},
		{"Shell scripting", "Automated deployments with Shell and Python scripts.", "She had an internship at Shell in Rotterdam."},
		{"Julia", "Numerical methods in Julia and Python.", "Julia is a colleague from the lab."},
	} {
		t.Run(tc.concept, func(t *testing.T) {
			assert.Contains(t, scan(v, tc.skill, false), tc.concept, tc.skill)
			assert.NotContains(t, scan(v, tc.nonSkill, false), tc.concept, tc.nonSkill)
		})
	}
}

// In a skills list an ambiguous word counts, as the vocabulary spells it.
func TestAmbiguousWordsInLists(t *testing.T) {
	v := vocab.Default()
	assert.Equal(t, []string{"Go"}, scan(v, "Go", true))
	assert.Equal(t, []string{"Microsoft Excel"}, scan(v, "excel", true), "case does not matter in a list")
	assert.Empty(t, scan(v, "Excellent", true), "a longer word is not the name")
	assert.NotContains(t, scan(v, "iOS apps", true), "Automated Package Processing System", "an acronym (APPS) counts only in capitals")
}

func TestDegreeLevelsOfRealSpellings(t *testing.T) {
	v := vocab.Default()
	cases := map[string]vocab.Level{
		// high school
		"High School Diploma": vocab.HighSchool, "high-school diploma": vocab.HighSchool, "GED": vocab.HighSchool,
		"General Educational Development": vocab.HighSchool, "A-levels": vocab.HighSchool, "AS level": vocab.HighSchool,
		"International Baccalaureate": vocab.HighSchool, "HiSET": vocab.HighSchool,
		// associate
		"Associate of Arts": vocab.Associate, "A.A.": vocab.Associate, "A.S.": vocab.Associate, "AAS": vocab.Associate,
		"Associate of Applied Science": vocab.Associate, "associate degree in nursing": vocab.Associate, "ADN": vocab.Associate,
		"Foundation degree": vocab.Associate, "FdSc": vocab.Associate, "HND": vocab.Associate,
		// bachelor
		"B.S.": vocab.Bachelor, "BS": vocab.Bachelor, "B.A.": vocab.Bachelor, "BA": vocab.Bachelor, "BSc": vocab.Bachelor,
		"B.Sc.": vocab.Bachelor, "BEng": vocab.Bachelor, "B.Tech": vocab.Bachelor, "BBA": vocab.Bachelor, "BSBA": vocab.Bachelor,
		"B.S.E.E.": vocab.Bachelor, "BSN": vocab.Bachelor, "LLB": vocab.Bachelor, "BFA": vocab.Bachelor, "B.Com": vocab.Bachelor,
		"Bachelor of Science": vocab.Bachelor, "Bachelor of Arts": vocab.Bachelor, "BSc (Hons)": vocab.Bachelor,
		"Bachelor of Divinity": vocab.Bachelor, "BLitt": vocab.Bachelor, "MBBS": vocab.Bachelor, "BSW": vocab.Bachelor,
		// master
		"M.S.": vocab.Master, "MS": vocab.Master, "M.A.": vocab.Master, "MSc": vocab.Master, "M.Sc.": vocab.Master,
		"MEng": vocab.Master, "MBA": vocab.Master, "M.B.A.": vocab.Master, "MPhil": vocab.Master, "MPH": vocab.Master,
		"LL.M.": vocab.Master, "M.Ed.": vocab.Master, "MFA": vocab.Master, "MSW": vocab.Master, "MRes": vocab.Master,
		"Master of Science": vocab.Master, "Master of Engineering": vocab.Master, "MLitt": vocab.Master, "MDiv": vocab.Master,
		"MSCS": vocab.Master, "Ed.S.": vocab.Master,
		// doctorate
		"Ph.D.": vocab.Doctorate, "PhD": vocab.Doctorate, "DPhil": vocab.Doctorate, "Doctor of Philosophy": vocab.Doctorate,
		"J.D.": vocab.Doctorate, "JD": vocab.Doctorate, "M.D.": vocab.Doctorate, "MD": vocab.Doctorate, "Ed.D.": vocab.Doctorate,
		"PharmD": vocab.Doctorate, "DPT": vocab.Doctorate, "Au.D.": vocab.Doctorate, "DNP": vocab.Doctorate,
		"Doctor of Civil Law": vocab.Doctorate, "Sc.D.": vocab.Doctorate, "DVM": vocab.Doctorate,
		// combined and in context
		"BS/MS": vocab.Master, "MD/PhD": vocab.Doctorate, "PhD candidate in Computer Science": vocab.Doctorate,
	}
	require.GreaterOrEqual(t, len(cases), 40)
	for s, want := range cases {
		t.Run(s, func(t *testing.T) { assert.Equal(t, want.String(), v.Level(s).String()) })
	}
	for _, s := range []string{"Scrum Master certification", "Certified ScrumMaster", "Google Analytics"} {
		assert.Equal(t, vocab.NoLevel, v.Level(s), s)
	}
}

func TestFieldRelations(t *testing.T) {
	v := vocab.Default()
	for _, tc := range []struct{ a, b, want string }{
		// deliberate cross-links of the curated fields
		{"computer science", "computer engineering", "cross-link"},
		{"computer science", "electrical engineering", "cross-link"},
		{"statistics", "data science", "cross-link"},
		{"statistics", "mathematics", "cross-link"},
		{"information science", "data science", "cross-link"},
		// the same 4-digit CIP series
		{"computer engineering", "computer software engineering", "same CIP series 14.09"},
		{"computer science", "computer and information sciences", "same CIP series 11.01"},
		{"electrical engineering", "telecommunications", "cross-link"},
		{"linguistics", "applied linguistics", "same CIP series 16.01"},
		{"business analytics", "data visualization", "same CIP series 30.71"},
		{"mathematics and statistics", "statistics", "same CIP series 27.05"},
		// the general field of a CIP family
		{"engineering", "petroleum engineering", "general field of CIP family 14"},
		{"mathematics", "mathematical statistics and probability", "general field of CIP family 27"},
		{"biology", "microbiology", "general field of CIP family 26"},
		{"social sciences", "economics", "general field of CIP family 45"},
		{"physical sciences", "chemistry", "general field of CIP family 40"},
		{"mathematics and statistics", "topology and foundations", "general field of CIP family 27"},
		// unrelated
		{"computer science", "history", ""},
		{"computer science", "petroleum engineering", ""},
		{"computer science", "word processing", ""}, // one family, but different series: too broad
		{"chemical engineering", "petroleum engineering", ""},
		{"computer science", "computer science", ""}, // the same field, not a related one
		{"computer science", "underwater basket weaving", ""},
	} {
		t.Run(tc.a+"~"+tc.b, func(t *testing.T) {
			assert.Equal(t, tc.want, v.Relation(tc.a, tc.b))
			assert.Equal(t, tc.want, v.Relation(tc.b, tc.a), "relations are symmetric")
			assert.Equal(t, tc.want != "", v.Related(tc.a, tc.b))
		})
	}
	assert.Equal(t, "information science", v.Field("Information Studies").Concept, "a CIP slash alternative")
	assert.Equal(t, "computer software engineering", v.Field("Computer Software Engineering").Concept)
	assert.Equal(t, "computer science", v.Field("Computer Science").Concept)
}

func TestBroader(t *testing.T) {
	v := vocab.Default()
	for _, s := range []string{"Apache Flink", "Kafka Streams", "Storm", "Spark Streaming"} {
		assert.Contains(t, v.Broader(s), "stream processing", s)
	}
	for _, s := range []string{"Hadoop", "Spark", "Hive"} {
		assert.Contains(t, v.Broader(s), "big data", s)
	}
	for _, s := range []string{"PyTorch", "TensorFlow", "Keras", "scikit-learn"} {
		assert.Contains(t, v.Broader(s), "machine learning", s)
	}
	assert.Equal(t, []string{"deep learning", "machine learning", "artificial intelligence"}, v.Broader("PyTorch"), "nearest first, transitively")
	assert.Equal(t, v.Broader("Kubernetes"), v.Broader("k8s"), "any spelling resolves")
	assert.Contains(t, v.Broader("NetBeans"), "integrated development environment software", "ESCO's instances")
	assert.Equal(t, []string{"Python"}, v.Broader("NumPy"))
	assert.Empty(t, v.Broader("stream processing"))
	assert.Empty(t, v.Broader("no such skill"))
	assert.Equal(t, "Kafka", v.Skill("Apache Kafka").Concept, "Kafka Streams is narrower than Kafka, not Kafka")
	assert.ElementsMatch(t, []string{"Spark", "Spark Streaming"}, scan(v, "Built Spark Structured Streaming jobs.", false))
	assert.Equal(t, []string{"Spark", "stream processing", "big data"}, v.Broader("Structured Streaming"))
}

func TestCompactFormat(t *testing.T) {
	src := vocab.CompactHeader + `
# a comment
[skills]
@language
Zig|*ziglang|Zig lang
@
Zig Build	Zig
[fields]
quantum computing|QC	11.0799 11.07	physics
quantum information science	11.07
[degrees]
@master
MQC|Master of Quantum Computing
`
	d, err := vocab.ParseData("extra.txt", []byte(src))
	require.NoError(t, err)
	require.Len(t, d.Skills, 2)
	assert.Equal(t, vocab.Skill{Name: "Zig", Aliases: []string{"ziglang", "Zig lang"}, Category: "language", Ambiguous: []string{"ziglang"}}, d.Skills[0])
	assert.Equal(t, vocab.Skill{Name: "Zig Build", Broader: []string{"Zig"}}, d.Skills[1])
	assert.Equal(t, vocab.Field{Name: "quantum computing", Aliases: []string{"QC"}, Related: []string{"physics"}, CIP: []string{"11.0799", "11.07"}}, d.Fields[0])
	assert.Equal(t, []vocab.Degree{{Level: vocab.Master, Names: []string{"MQC", "Master of Quantum Computing"}}}, d.Degrees)

	v, err := vocab.Default().Extend(d)
	require.NoError(t, err)
	assert.Equal(t, "Zig", v.Skill("Zig lang").Concept)
	assert.Equal(t, []string{"Zig"}, v.Broader("Zig Build"))
	assert.Equal(t, "cross-link", v.Relation("quantum computing", "physics"))
	assert.Equal(t, "same CIP series 11.07", v.Relation("quantum computing", "computer science"))
	assert.Equal(t, "same CIP series 11.07", v.Relation("quantum computing", "quantum information science"))
	assert.Equal(t, vocab.Master, v.Level("MQC"))

	_, err = vocab.Empty().Extend(d)
	assert.EqualError(t, err, `vocabulary: field "quantum computing" is related to "physics", which is not a field`)
	e, err := vocab.Empty().Extend(vocab.Data{Skills: d.Skills, Fields: append(d.Fields, vocab.Field{Name: "physics"}), Degrees: d.Degrees})
	require.NoError(t, err, "starting from an empty vocabulary")
	assert.Equal(t, "Zig", e.Skill("ziglang").Concept)
	assert.Empty(t, e.Skill("Python").Concept)
	assert.Equal(t, "same CIP series 11.07", e.Relation("quantum computing", "quantum information science"))

	path := filepath.Join(t.TempDir(), "extra.txt")
	require.NoError(t, os.WriteFile(path, []byte(src), 0o644))
	d2, err := vocab.LoadFile(path)
	require.NoError(t, err)
	assert.Equal(t, d, d2)

	_, err = vocab.ParseData("bad.txt", []byte(vocab.CompactHeader+"\n[skills]\nA\tB\tC\n[colours]\nred\n[degrees]\nBSc\n@grand\n"))
	require.Error(t, err)
	for _, want := range []string{"bad.txt:3: a skill has at most two columns", "bad.txt:4: unknown section [colours]",
		"bad.txt:7: a degree spelling before its @level line", "bad.txt:8: unknown degree level"} {
		assert.Contains(t, problems(err), want)
	}
}

// problems lists the problems of a loading error, one a line.
func problems(err error) string {
	var ps decode.Problems
	if !errors.As(err, &ps) {
		return err.Error()
	}
	lines := make([]string, len(ps))
	for i, p := range ps {
		lines[i] = p.Error()
	}
	return strings.Join(lines, "\n")
}

func TestNewReportsBadTaxonomyData(t *testing.T) {
	_, err := vocab.New(vocab.Data{Skills: []vocab.Skill{{Name: "Zig Build", Broader: []string{"Zig"}}}})
	assert.EqualError(t, err, `vocabulary: skill "Zig Build" has the broader skill "Zig", which is not a skill`)
	_, err = vocab.New(vocab.Data{Fields: []vocab.Field{{Name: "alchemy", CIP: []string{"11.7"}}}})
	assert.EqualError(t, err, `vocabulary: field "alchemy" has the CIP code "11.7", which is not NN, NN.NN or NN.NNNN`)
	v, err := vocab.New(vocab.Data{Skills: []vocab.Skill{{Name: "A", Broader: []string{"B"}}, {Name: "B", Broader: []string{"A"}}}})
	require.NoError(t, err)
	assert.Equal(t, []string{"B"}, v.Broader("A"), "a cycle ends")
}

func TestEmptyKnowsNothing(t *testing.T) {
	v := vocab.Empty()
	assert.Empty(t, v.Skill("Kubernetes").Concept)
	assert.Empty(t, v.Broader("PyTorch"))
	assert.Empty(t, v.Relation("computer science", "computer engineering"))
	assert.Equal(t, vocab.NoLevel, v.Level("PhD"))
}

// The embedded skills, fields and degrees stay small.
func TestEmbeddedSize(t *testing.T) {
	var total int64
	err := filepath.WalkDir("data", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		base := filepath.Base(path)
		if slices.ContainsFunc([]string{"skills", "fields", "degrees"}, func(k string) bool { return strings.HasPrefix(base, k) }) {
			info, err := d.Info()
			if err != nil {
				return err
			}
			total += info.Size()
			t.Logf("%s: %d bytes", path, info.Size())
		}
		return nil
	})
	require.NoError(t, err)
	t.Logf("skills, fields and degrees: %d bytes", total)
	assert.LessOrEqual(t, total, int64(2<<20))
}

func TestCompactFormatRejectsBadBytes(t *testing.T) {
	_, err := vocab.ParseData("bad.txt", []byte(vocab.CompactHeader+"\n[skills]\nZ\xffg\n"))
	assert.ErrorIs(t, err, decode.ErrEncoding)
	_, err = vocab.ParseData("bad.txt", []byte(vocab.CompactHeader+"\n[skills]\nZ\x00g\n"))
	assert.ErrorIs(t, err, decode.ErrEncoding)
	d, err := vocab.ParseData("empty.txt", []byte(vocab.CompactHeader+"\n"))
	require.NoError(t, err)
	assert.Empty(t, d.Skills)
}
