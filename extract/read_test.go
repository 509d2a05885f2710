package extract

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.yaml.in/yaml/v3"

	"github.com/quals-dev/quals/requirements"
)

// lineCase is a qualification line and the predicate it must be read
// into, written as YAML in flow style.
type lineCase struct {
	line, want string
}

// testTitle is the job title the line tests extract under: experience
// that names no topic falls back to it.
const testTitle = "Platform Engineer"

func testExtractor() *extractor {
	x := newExtractor(newConfig(nil))
	x.doc.Title = testTitle
	return x
}

func parsePredicate(t *testing.T, src string) requirements.PredicateDoc {
	t.Helper()
	var p requirements.PredicateDoc
	require.NoError(t, yaml.Unmarshal([]byte(src), &p), "the expected predicate %s", src)
	return p
}

// flowYAML writes a predicate on one line, for comparisons that show
// what differs.
func flowYAML(t *testing.T, p requirements.PredicateDoc) string {
	t.Helper()
	var n yaml.Node
	require.NoError(t, n.Encode(p))
	var flow func(*yaml.Node)
	flow = func(n *yaml.Node) {
		n.Style = yaml.FlowStyle
		for _, c := range n.Content {
			flow(c)
		}
	}
	flow(&n)
	b, err := yaml.Marshal(&n)
	require.NoError(t, err)
	return string(b)
}

// runLineCases reads each line as a qualification and compares the
// predicate with the expected one.
func runLineCases(t *testing.T, cases []lineCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.line, func(t *testing.T) {
			got := testExtractor().readQualification(c.line)
			assert.Equal(t, flowYAML(t, parsePredicate(t, c.want)), flowYAML(t, got.Predicate), "reading: %s", got.Reading)
			assert.NotEmpty(t, got.Reading)
			assert.Equal(t, got.Predicate.Evidence != nil, got.FreeText, "free text exactly when only evidence was read")
		})
	}
}

var evidenceCases = []lineCase{
	{"Passion for building great products and a sense of humor.", `{evidence: {terms: [passion, building, products, sense, humor], min: 2}}`},
	{"Strong communicator who enjoys working across open-ended problems.", `{evidence: {terms: [communicator, open-ended, problems], min: 2}}`},
	{"Someone who will join us and you'll thrive beyond the usual in ambiguity and chaos.", `{evidence: {terms: [ambiguity, chaos], min: 1}}`},
	{"Familiarity with the Chinese market.", `{evidence: {terms: [market, chinese], min: 1}}`},
	{"A high degree of autonomy and ownership.", `{evidence: {terms: [autonomy, ownership], min: 1}}`},
	{"Valid driver's license.", `{evidence: {terms: [valid, driver's, license], min: 2}}`},
	{"Excellent.", `{evidence: {terms: [Excellent.], min: 1}}`},
}

func TestReadQualificationEvidence(t *testing.T) { runLineCases(t, evidenceCases) }

var sentenceCases = []lineCase{
	{"Experience with Docker. Experience with Kubernetes.", `{all: [{experience: {any: [Docker]}}, {experience: {any: [Kubernetes]}}]}`},
	// A sentence with nothing structured stays, as evidence any term of which counts.
	{"Experience with Docker. Comfortable in a fast-changing startup.", `{all: [{experience: {any: [Docker]}}, {evidence: {terms: [fast-changing, startup], min: 1}}]}`},
	// A sentence that is only a plus is not required.
	{"Fluent in English; Portuguese is a plus.", `{language: {name: English, level: C1}}`},
	{"Experience with Docker; knowledge of German is a plus.", `{experience: {any: [Docker]}}`},
	// A period inside "e.g." or a degree ends no sentence.
	{"B.S. in Computer Science. Experience with build tools (e.g. Bazel, Gradle).", `{all: [{degree: {level: bachelor, fields: [computer science]}}, {experience: {any: [Bazel, Gradle]}}]}`},
}

func TestReadQualificationSentences(t *testing.T) { runLineCases(t, sentenceCases) }

func TestKeyTerms(t *testing.T) {
	x := testExtractor()
	for _, c := range []struct {
		line string
		want []string
	}{
		// Known skills first, as the line writes them; then content words.
		{"Interest in research and in applying ML to impactful real-world problems.", []string{"research", "ML", "interest", "applying", "impactful", "real-world"}},
		// Fields of study count as known names; the longer name wins.
		{"Curiosity about operations research.", []string{"Curiosity", "operations research"}},
		// Generic words never do.
		{"Strong skills and excellent ability to work with experience.", nil},
		{"Deep knowledge of SQL and GCP.", []string{"SQL", "GCP"}},
	} {
		t.Run(c.line, func(t *testing.T) {
			assert.Equal(t, c.want, x.keyTerms(c.line))
		})
	}
	assert.LessOrEqual(t, len(x.keyTerms("Alpha bravo charlie delta echo foxtrot golf hotel india juliet.")), maxKeyTerms)
}

func TestSentenceSpans(t *testing.T) {
	for _, c := range []struct {
		line string
		want []string
	}{
		{"Experience with Go. Experience with Rust.", []string{"Experience with Go.", "Experience with Rust."}},
		{"Experience with tools (e.g. Bazel) and more.", []string{"Experience with tools (e.g. Bazel) and more."}},
		{"Holds a B.S. Degree in Physics.", []string{"Holds a B.S. Degree in Physics."}},
		{"Python, SQL; Go.", []string{"Python, SQL; Go."}}, // too short to be sentences
		{"Fluent in English; Spanish is a plus.", []string{"Fluent in English;", "Spanish is a plus."}},
	} {
		t.Run(c.line, func(t *testing.T) {
			var got []string
			for _, sp := range sentenceSpans(c.line) {
				got = append(got, c.line[sp[0]:sp[1]])
			}
			assert.Equal(t, c.want, got)
		})
	}
}

// allLineCases are every qualification line of the tests.
func allLineCases() []lineCase {
	var all []lineCase
	for _, cs := range [][]lineCase{evidenceCases, sentenceCases, degreeCases, degreeComboCases, yearsCases, namesCases,
		languageCases, authorizationCases, windowCases, publicationCases, certificationCases} {
		all = append(all, cs...)
	}
	return all
}

// TestExtractedLinesLoad loads, with Parse, a document made of every
// predicate the tests read: the extractor must never write one that does
// not load.
func TestExtractedLinesLoad(t *testing.T) {
	doc := requirements.Document{ID: "every-line"}
	for i, c := range allLineCases() {
		r := testExtractor().readQualification(c.line)
		doc.Required = append(doc.Required, requirements.RequirementDoc{ID: fmt.Sprintf("line-%d", i), Text: c.line, PredicateDoc: r.Predicate})
	}
	for i, c := range constraintCases {
		x := testExtractor()
		if r, ok := x.readConstraint(item{text: c.line, section: c.section}); ok && r.Predicate.Key() != "" {
			doc.Required = append(doc.Required, requirements.RequirementDoc{ID: fmt.Sprintf("constraint-%d", i), Text: c.line, PredicateDoc: r.Predicate})
		}
		doc.Locations = append(doc.Locations, x.doc.Locations...)
		doc.Workplace = append(doc.Workplace, x.doc.Workplace...)
	}
	doc.Workplace = requirements.List(uniqueFold(doc.Workplace))
	p, err := doc.Load("lines.yaml")
	require.NoError(t, err)
	assert.Len(t, p.Requirements(), len(doc.Required))
}
