package extract

import (
	"testing"

	"github.com/quals-dev/quals/requirements"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestHTMLText(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"plain text keeps its lines", "\nRequirements:\n- Go\r\n\n- SQL &amp; dbt  \n", "\nRequirements:\n- Go\n\n- SQL & dbt"},
		{"a less-than sign is not a tag", "Teams of <10 people; a < b", "Teams of <10 people; a < b"},
		{"paragraphs and breaks", "<p>About us</p><p>We ship.<br/>Daily.</p>", "About us\nWe ship.\nDaily."},
		{"list items become bullets", "<h3>Requirements</h3><ul>\n  <li>Go</li>\n  <li><b>SQL</b> and dbt</li></ul>", "Requirements:\n• Go\n• SQL and dbt"},
		{"headings get a colon", "<h2>What you'll do</h2><p>Ship.</p><h2>Who you are:</h2><h4>A very long heading that runs on and on for more than twelve words in all</h4>",
			"What you'll do:\nShip.\nWho you are:\nA very long heading that runs on and on for more than twelve words in all"},
		{"a line all in bold is a heading", "<p><strong>Nice to have</strong></p><p><b>Bonus:</b> Rust</p><p><b>Must have five years of Java experience</b></p><p>Go <b>and</b></p>",
			"Nice to have:\nBonus: Rust\nMust have five years of Java experience\nGo and"},
		{"bold then a break", "<p><strong>Requirements </strong><br>Go</p>", "Requirements:\nGo"},
		{"source line breaks are spaces", "<p>Five years\n   of   experience</p>", "Five years of experience"},
		{"inline tags join words", "<p><strong>Bonus:</strong> Rust and <em>Go</em>.</p>", "Bonus: Rust and Go."},
		{"entities", "<p>R&amp;D &ndash; caf&eacute; &#8217;n&nbsp;more &lt;b&gt;</p>", "R&D – café ’n more <b>"},
		{"scripts, styles and comments hold no text", "<style>p{}</style><p>Hi<!-- hidden --></p><script>var a = '<p>x</p>';</script>", "Hi"},
		{"escaped markup is unescaped once", "&lt;p&gt;Hello&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Go&lt;/li&gt;&lt;/ul&gt;", "Hello\n• Go"},
		{"attributes with a > in quotes", `<p class="a>b">Text</p>`, "Text"},
		{"table cells", "<table><tr><td>Go</td><td>3 years</td></tr></table>", "Go 3 years"},
		{"an unclosed tag is text", "<p>Go <b", "Go <b"},
		{"control characters removed", "<p>Go\x00\x1b[2J and\u2028SQL</p>", "Go [2J andSQL"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, htmlText(tc.in))
		})
	}
}

func TestScriptBlocks(t *testing.T) {
	page := []byte("<html><head>\n" +
		"<script src=\"app.js\"></script>\n" +
		"<script type=\"application/ld+json\">{\"a\": 1}</script>\n" +
		"<!-- <script type=\"application/ld+json\">{\"b\": 2}</script> -->\n" +
		"<SCRIPT type=application/ld+json>\n<!--\n{\"c\": 3}\n-->\n</SCRIPT>\n" +
		"<script type='text/javascript'>var s = \"<script type='application/ld+json'>\";</script>\n" +
		"<script type=\"application/ld+json\">{\"d\": 4}") // unclosed
	blocks, microdata := htmlScriptBlocks(page)
	assert.False(t, microdata)
	require.Len(t, blocks, 3)
	assert.Equal(t, `{"a": 1}`, string(blocks[0].text))
	assert.Equal(t, "\n    \n{\"c\": 3}\n   \n", string(blocks[1].text), "wrappers blanked, positions kept")
	assert.Equal(t, `{"d": 4}`, string(blocks[2].text))
	line, col := ldPosition(page, blocks[0].offset)
	assert.Equal(t, [2]int{3, 36}, [2]int{line, col})
}

func TestHTMLAttr(t *testing.T) {
	attrs := []byte(` data-x = "1" TYPE='application/ld+json' async src=a.js`)
	assert.Equal(t, "application/ld+json", htmlAttr(attrs, "type"))
	assert.Equal(t, "a.js", htmlAttr(attrs, "src"))
	assert.Equal(t, "1", htmlAttr(attrs, "data-x"))
	assert.Equal(t, "", htmlAttr(attrs, "async"))
	assert.Equal(t, "", htmlAttr(attrs, "id"))
}

func TestRoleOf(t *testing.T) {
	for in, want := range map[string]string{
		"Senior Backend Engineer II - Payments": "Backend Engineer",
		"Sr. Data Analyst (Remote)":             "Data Analyst",
		"Registered Nurse, ICU":                 "Registered Nurse",
		"Staff Engineer":                        "Engineer",
		"Lead":                                  "",
	} {
		assert.Equal(t, want, ldRoleOf(in), in)
	}
}

// The description's requirements merge into the structured ones that
// already say them; these cases need the line reader's readings, so they
// are built here by hand.
func TestCoveredMergesTheDescription(t *testing.T) {
	bachelor := func(fields ...string) *requirements.DegreeDoc {
		return &requirements.DegreeDoc{Level: "bachelor", Fields: fields}
	}
	newReader := func(structured ...requirements.RequirementDoc) (*ldReader, []*ldPending) {
		r := &ldReader{x: newExtractor(newConfig(nil))}
		for _, s := range structured {
			r.add("educationRequirements", s, false)
		}
		return r, ldLive(r.pending)
	}

	r, s := newReader(requirements.RequirementDoc{Text: "bachelor degree", PredicateDoc: requirements.PredicateDoc{Degree: bachelor()}})
	p, how := r.covered(s, requirements.RequirementDoc{Text: "BS in Computer Science", PredicateDoc: requirements.PredicateDoc{Degree: bachelor("computer science")}})
	require.NotNil(t, p)
	assert.Contains(t, how, "merged")
	assert.Equal(t, requirements.List{"computer science"}, p.req.Degree.Fields, "the description's fields fill the bare level")

	r, s = newReader(requirements.RequirementDoc{Text: "bachelor degree", PredicateDoc: requirements.PredicateDoc{Degree: bachelor()}})
	fuller := requirements.PredicateDoc{Any: []requirements.PredicateDoc{{Degree: bachelor("physics")}, {Experience: &requirements.NamesDoc{Any: requirements.List{"physics"}, MinYears: 4}}}}
	p, how = r.covered(s, requirements.RequirementDoc{Text: "BS in Physics or equivalent experience", PredicateDoc: fuller})
	require.NotNil(t, p)
	assert.Contains(t, how, "replaces")
	assert.Equal(t, "BS in Physics or equivalent experience", p.req.Text)
	assert.Len(t, p.req.Any, 2)
	assert.True(t, p.says(ldTextKey("bachelor degree")), "it still answers to its first text")

	r, s = newReader(requirements.RequirementDoc{Text: "master", PredicateDoc: requirements.PredicateDoc{Degree: &requirements.DegreeDoc{Level: "master"}}})
	p, _ = r.covered(s, requirements.RequirementDoc{Text: "BS in Math", PredicateDoc: requirements.PredicateDoc{Degree: bachelor("mathematics")}})
	assert.Nil(t, p, "another level is another requirement")

	r, s = newReader(requirements.RequirementDoc{Text: "Skills: Go, SQL", PredicateDoc: requirements.PredicateDoc{Skill: &requirements.NamesDoc{All: requirements.List{"Go", "SQL"}}}})
	p, _ = r.covered(s, requirements.RequirementDoc{Text: "Proficiency in golang", PredicateDoc: requirements.PredicateDoc{Skill: &requirements.NamesDoc{Any: requirements.List{"golang"}}}})
	assert.NotNil(t, p, "a skill the skills name, by the vocabulary's name")
	p, _ = r.covered(s, requirements.RequirementDoc{Text: "Go and Rust", PredicateDoc: requirements.PredicateDoc{Skill: &requirements.NamesDoc{All: requirements.List{"Go", "Rust"}}}})
	assert.Nil(t, p, "Rust is new")
	p, _ = r.covered(s, requirements.RequirementDoc{Text: "3 years of Go", PredicateDoc: requirements.PredicateDoc{Experience: &requirements.NamesDoc{Any: requirements.List{"Go"}, MinYears: 3}}})
	assert.Nil(t, p, "years of experience say more than a skill")

	r, s = newReader(requirements.RequirementDoc{Text: "Start date", PredicateDoc: requirements.PredicateDoc{Availability: &requirements.AvailabilityDoc{Windows: []requirements.WindowDoc{{From: "2026-06-01", To: "2026-06-01"}}}}})
	p, _ = r.covered(s, requirements.RequirementDoc{Text: "Starts June 1, 2026", PredicateDoc: requirements.PredicateDoc{Availability: &requirements.AvailabilityDoc{Windows: []requirements.WindowDoc{{From: "2026-06-01", To: "2026-06-01"}}}}})
	assert.NotNil(t, p)

	r, s = newReader(requirements.RequirementDoc{Text: "Applicants in USA", PredicateDoc: requirements.PredicateDoc{Location: &requirements.LocationDoc{Countries: requirements.List{"US"}, Remote: true}}})
	p, _ = r.covered(s, requirements.RequirementDoc{Text: "US based applicants only", PredicateDoc: requirements.PredicateDoc{Location: &requirements.LocationDoc{Countries: requirements.List{"US"}}}})
	assert.NotNil(t, p)
}

func TestCoveredEvidenceOfListedSkills(t *testing.T) {
	r := &ldReader{x: newExtractor(newConfig(nil))}
	r.add("skills", requirements.RequirementDoc{Text: "Skills: Go, SQL", PredicateDoc: requirements.PredicateDoc{Skill: &requirements.NamesDoc{All: requirements.List{"Go", "SQL"}}}}, false)
	p, _ := r.covered(ldLive(r.pending), requirements.RequirementDoc{Text: "Strong proficiency in Go", PredicateDoc: requirements.PredicateDoc{Evidence: &requirements.EvidenceDoc{Terms: requirements.List{"Go"}, Min: 1}}})
	assert.NotNil(t, p)
	p, _ = r.covered(ldLive(r.pending), requirements.RequirementDoc{Text: "Go and teamwork", PredicateDoc: requirements.PredicateDoc{Evidence: &requirements.EvidenceDoc{Terms: requirements.List{"Go", "teamwork"}, Min: 1}}})
	assert.Nil(t, p)
}
