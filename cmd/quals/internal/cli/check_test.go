package cli

import (
	"encoding/json"
	"github.com/quals-dev/quals/requirements"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// checkDoc mirrors the JSON of quals check, decoded strictly.
type checkDoc struct {
	File     string `json:"file"`
	Valid    bool   `json:"valid"`
	Problems []struct {
		File     string `json:"file"`
		Line     int    `json:"line"`
		Column   int    `json:"column"`
		Field    string `json:"field"`
		Message  string `json:"message"`
		Severity string `json:"severity"`
	} `json:"problems"`
	Posting *struct {
		ID           string  `json:"id"`
		Title        string  `json:"title"`
		Organization string  `json:"organization"`
		Language     string  `json:"language"`
		TotalWeight  float64 `json:"total_weight"`
		Requirements []struct {
			ID          string  `json:"id"`
			Kind        string  `json:"kind"`
			Weight      float64 `json:"weight"`
			Predicate   string  `json:"predicate"`
			Description string  `json:"description"`
			Text        string  `json:"text"`
			Line        int     `json:"line"`
		} `json:"requirements"`
		Resolved []string                   `json:"names_resolved"`
		Unknown  []string                   `json:"names_unknown"`
		Lint     []requirements.LintWarning `json:"lint"`
	} `json:"posting"`
}

func decodeCheck(t *testing.T, out string) checkDoc {
	t.Helper()
	var doc checkDoc
	dec := json.NewDecoder(strings.NewReader(out))
	dec.DisallowUnknownFields()
	require.NoError(t, dec.Decode(&doc), out)
	return doc
}

func TestCheckText(t *testing.T) {
	got := run(t, "", "check", examplePosting)
	require.Equal(t, exitOK, got.code, got.stderr)
	assert.Empty(t, got.stderr)
	assert.True(t, strings.HasPrefix(got.stdout, examplePosting+": ok — ml-intern-2026, Machine Learning Intern at Example Corp\n"), got.stdout)
	assert.Contains(t, got.stdout, "9 requirements (7 required, 2 preferred), total weight 14\n")
	for _, id := range []string{"phd", "language-or-framework", "big-data-and-streaming", "research", "communication", "us-based", "start-date", "publications", "research-interest"} {
		assert.Regexp(t, `(?m)^  `+id+`\s+weight \d`, got.stdout)
	}
	t.Run("default is text", func(t *testing.T) {
		text := run(t, "", "check", "--format", "text", examplePosting)
		assert.Equal(t, got.stdout, text.stdout)
	})
}

func TestCheckJSON(t *testing.T) {
	t.Run("valid", func(t *testing.T) {
		got := run(t, "", "check", "--format", "json", examplePosting)
		require.Equal(t, exitOK, got.code, got.stderr)
		assert.Empty(t, got.stderr)
		doc := decodeCheck(t, got.stdout)
		assert.Equal(t, examplePosting, doc.File)
		assert.True(t, doc.Valid)
		assert.NotNil(t, doc.Problems, "problems is an empty list, not null")
		assert.Empty(t, doc.Problems)
		require.NotNil(t, doc.Posting)
		assert.Equal(t, "ml-intern-2026", doc.Posting.ID)
		assert.Equal(t, "Machine Learning Intern", doc.Posting.Title)
		assert.Equal(t, "Example Corp", doc.Posting.Organization)
		assert.Equal(t, 14.0, doc.Posting.TotalWeight)
		require.Len(t, doc.Posting.Requirements, 9)
		var weight float64
		kinds := map[string]int{}
		for _, r := range doc.Posting.Requirements {
			weight += r.Weight
			kinds[r.Kind]++
			assert.NotEmpty(t, r.Predicate)
			assert.NotEmpty(t, r.Description)
			assert.Positive(t, r.Line, "%s has its line", r.ID)
		}
		assert.Equal(t, doc.Posting.TotalWeight, weight)
		assert.Equal(t, map[string]int{"required": 7, "preferred": 2}, kinds)
		assert.Equal(t, "phd", doc.Posting.Requirements[0].ID)
		assert.Equal(t, "degree", doc.Posting.Requirements[0].Predicate)
		assert.NotNil(t, doc.Posting.Resolved)
		assert.NotNil(t, doc.Posting.Unknown)
	})
	t.Run("malformed", func(t *testing.T) {
		got := run(t, "", "check", "--format", "json", "testdata/malformed-posting.yaml")
		assert.Equal(t, exitInput, got.code)
		assert.Empty(t, got.stderr, "the problems are in the JSON")
		doc := decodeCheck(t, got.stdout)
		assert.False(t, doc.Valid)
		assert.Nil(t, doc.Posting)
		require.Len(t, doc.Problems, 3)
		type pos struct {
			Line, Column int
			Field        string
		}
		var got3 []pos
		for _, p := range doc.Problems {
			assert.Equal(t, "testdata/malformed-posting.yaml", p.File)
			assert.Equal(t, "error", p.Severity)
			assert.NotEmpty(t, p.Message)
			got3 = append(got3, pos{p.Line, p.Column, p.Field})
		}
		assert.Equal(t, []pos{{6, 31, "locations[0].country"}, {9, 13, "required[0].weight"}, {12, 5, "required[1].telepathy"}}, got3)
	})
	t.Run("bad indentation", func(t *testing.T) {
		got := run(t, "", "check", "--format", "json", "testdata/bad-indentation.yaml")
		assert.Equal(t, exitInput, got.code)
		doc := decodeCheck(t, got.stdout)
		assert.False(t, doc.Valid)
		require.Len(t, doc.Problems, 1)
		assert.Equal(t, 6, doc.Problems[0].Line)
	})
	t.Run("missing file", func(t *testing.T) {
		got := run(t, "", "check", "--format", "json", "testdata/no-such-posting.yaml")
		assert.Equal(t, exitInput, got.code)
		assert.Contains(t, got.stderr, "testdata/no-such-posting.yaml")
	})
}

func TestCheckStdin(t *testing.T) {
	got := run(t, readFile(t, examplePosting), "check", "-")
	require.Equal(t, exitOK, got.code, got.stderr)
	assert.True(t, strings.HasPrefix(got.stdout, "<stdin posting>: ok — ml-intern-2026"), got.stdout)

	bad := run(t, readFile(t, "testdata/malformed-posting.yaml"), "check", "--format", "json", "-")
	assert.Equal(t, exitInput, bad.code)
	doc := decodeCheck(t, bad.stdout)
	assert.Equal(t, "<stdin posting>", doc.File)
	require.NotEmpty(t, doc.Problems)
	assert.Equal(t, "<stdin posting>", doc.Problems[0].File)
}

// The posting in JSON checks the same as in YAML.
func TestCheckJSONPosting(t *testing.T) {
	dir := t.TempDir()
	path := writeFile(t, dir, "posting.json", `{
  "id": "json-posting",
  "title": "Analyst",
  "required": [
    {"id": "python", "weight": 2, "skill": {"any": ["Python"]}}
  ],
  "preferred": [
    {"id": "sql", "skill": {"any": "SQL"}}
  ]
}
`)
	got := run(t, "", "check", path)
	require.Equal(t, exitOK, got.code, got.stderr)
	assert.Contains(t, got.stdout, path+": ok — json-posting, Analyst\n")
	assert.Contains(t, got.stdout, "2 requirements (1 required, 1 preferred), total weight 3\n")

	bad := writeFile(t, dir, "bad.json", "{\n  \"id\": \"x\",\n  \"required\": [{\"weight\": \"heavy\", \"skill\": {\"any\": [\"Go\"]}}]\n}\n")
	got = run(t, "", "check", bad)
	assert.Equal(t, exitInput, got.code)
	assert.Contains(t, got.stderr, bad+":3:27: required[0].weight:")
}

func TestCheckLintsProtectedCharacteristics(t *testing.T) {
	path := writeFile(t, t.TempDir(), "posting.yaml", "id: x\ntitle: Young Salesman\nrequired:\n  - id: english\n    text: Native English speaker with a sales background.\n    language: {name: English, level: C2}\n")
	got := run(t, "", "check", path)
	assert.Equal(t, exitOK, got.code, "lint findings are warnings")
	assert.Contains(t, got.stdout, "3 wordings ask for a protected characteristic or a proxy for one:\n")
	assert.Contains(t, got.stdout, path+`:4: english: "Native English speaker" — "native speaker" screens by national origin`)
	assert.Contains(t, got.stdout, `suggestion: "native-level fluency in English" or "English at C2"`)

	js := decodeCheck(t, run(t, "", "check", "--format", "json", path).stdout)
	require.NotNil(t, js.Posting)
	require.Len(t, js.Posting.Lint, 3)
	assert.Equal(t, "national-origin", js.Posting.Lint[2].Category)
	assert.Equal(t, "english", js.Posting.Lint[2].Requirement)

	clean := decodeCheck(t, run(t, "", "check", "--format", "json", examplePosting).stdout)
	assert.Empty(t, clean.Posting.Lint, "the example posting asks for nothing protected")
}
