package decode

import (
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.yaml.in/yaml/v3"
)

func TestParseJSONPositions(t *testing.T) {
	root, err := ParseJSON("p.json", []byte("{\n  \"a\": [1, \"x\"],\n  \"b\": {\"c\": true}\n}"), DefaultLimits)
	require.NoError(t, err)
	require.Equal(t, yaml.MappingNode, root.Kind)
	a := root.Content[1]
	assert.Equal(t, [2]int{2, 8}, [2]int{a.Line, a.Column})
	assert.Equal(t, [2]int{2, 12}, [2]int{a.Content[1].Line, a.Content[1].Column})
	assert.Equal(t, "!!str", a.Content[1].Tag)
	assert.Equal(t, "!!int", a.Content[0].Tag)
	assert.Equal(t, "!!bool", root.Content[3].Content[1].Tag)
}

func TestParseJSONSyntaxError(t *testing.T) {
	_, err := ParseJSON("p.json", []byte("{\n  \"a\": [1, 2,,]\n}"), DefaultLimits)
	var ps Problems
	require.True(t, errors.As(err, &ps))
	assert.Equal(t, "p.json:2:14: invalid JSON: invalid character ',' looking for beginning of value", ps[0].Error())

	_, err = ParseJSON("p.json", []byte(`{"a": 1`), DefaultLimits)
	assert.EqualError(t, err, "p.json:1:8: invalid JSON: unexpected end of document")

	_, err = ParseJSON("p.json", []byte(`{"a": 1} {}`), DefaultLimits)
	assert.EqualError(t, err, "p.json:1:10: invalid JSON: invalid character '{' after top-level value")
}

func TestParseYAMLSyntaxError(t *testing.T) {
	_, err := ParseYAML("p.yaml", []byte("a: 1\n b: 2\n"), DefaultLimits)
	assert.EqualError(t, err, "p.yaml:2: invalid YAML: a colon and a space cannot stand here; quote the value, or fix the indentation (the parser says: mapping values are not allowed in this context)")
}

func TestLimits(t *testing.T) {
	_, err := ParseYAML("p.yaml", []byte(strings.Repeat("x", 100)), Limits{MaxBytes: 10})
	assert.EqualError(t, err, "p.yaml: document is over the size limit of 10 bytes")

	_, err = ParseJSON("p.json", []byte(strings.Repeat("[", 100)+strings.Repeat("]", 100)), DefaultLimits)
	assert.EqualError(t, err, "p.json:1:66: document nests deeper than 64 levels")

	bomb := "a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]\n"
	_, err = ParseYAML("bomb.yaml", []byte(bomb), DefaultLimits)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "more than 200000 values")

	_, err = ParseJSON("p.json", []byte("{\"a\": \"\xff\"}"), DefaultLimits)
	assert.EqualError(t, err, "p.json:1:8: document is not valid UTF-8")
	_, err = ParseYAML("p.yaml", []byte("a: \x00"), DefaultLimits)
	assert.EqualError(t, err, "p.yaml:1:4: document holds a NUL byte")
}

func TestWalkerReportsEveryProblem(t *testing.T) {
	root, err := ParseYAML("p.yaml", []byte("name: x\nage: [1]\nnmae: y\nname: z\nextra: 1\n"), DefaultLimits)
	require.NoError(t, err)
	w := &Walker{File: "p.yaml"}
	var name string
	var age float64
	w.Mapping(root, "",
		Field{Key: "name", Read: func(n *yaml.Node, p string) { name, _ = w.String(n, p) }},
		Field{Key: "age", Read: func(n *yaml.Node, p string) { age, _ = w.Float(n, p) }},
	)
	var got []string
	for _, p := range w.Problems {
		got = append(got, p.Error())
	}
	assert.Equal(t, []string{
		"p.yaml:2:6: age: must be a number, not a list",
		`p.yaml:3:1: nmae: unknown key "nmae" (did you mean "name"?)`,
		"p.yaml:4:1: name: key appears twice",
		`p.yaml:5:1: extra: unknown key "extra"; known keys are age, name`,
	}, got)
	assert.Equal(t, "x", name)
	assert.Zero(t, age)
	assert.Equal(t, `p.yaml:2:6: age: must be a number, not a list (and 3 more problems)`, w.Problems.Error())
}

func TestWarningsDoNotFail(t *testing.T) {
	root, err := ParseJSON("r.json", []byte(`{"basics": {}, "x-extra": 1}`), DefaultLimits)
	require.NoError(t, err)
	w := &Walker{File: "r.json", UnknownKeys: Warning}
	w.Mapping(root, "", Field{Key: "basics", Read: func(*yaml.Node, string) {}})
	require.Len(t, w.Problems, 1)
	assert.NoError(t, w.Problems.Err())
	assert.Equal(t, `r.json:1:16: x-extra: warning: unknown key "x-extra"; known keys are basics`, w.Problems[0].Error())
}
