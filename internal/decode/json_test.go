package decode

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
	"go.yaml.in/yaml/v3"

	"github.com/quals-dev/quals/internal/watchdog"
)

// plain turns a node tree into the values encoding/json gives, numbers
// as json.Number, so that the two readers can be compared.
func plain(n *yaml.Node) any {
	switch n.Kind {
	case yaml.MappingNode:
		m := map[string]any{}
		for i := 0; i+1 < len(n.Content); i += 2 {
			m[n.Content[i].Value] = plain(n.Content[i+1])
		}
		return m
	case yaml.SequenceNode:
		l := []any{}
		for _, c := range n.Content {
			l = append(l, plain(c))
		}
		return l
	}
	switch n.Tag {
	case "!!int", "!!float":
		return json.Number(n.Value)
	case "!!bool":
		return n.Value == "true"
	case "!!null":
		return nil
	}
	return n.Value
}

// starts checks that every node's line and column name the first byte of
// its value in data.
func starts(t *testing.T, data []byte, n *yaml.Node) {
	lines := bytes.Split(data, []byte("\n"))
	line := lines[n.Line-1]
	col := []rune(string(line))
	require.Less(t, n.Column-1, len(col), "column past the line")
	first := col[n.Column-1]
	want := map[yaml.Kind]string{yaml.MappingNode: "{", yaml.SequenceNode: "["}[n.Kind]
	if want == "" {
		want = `"tfn-0123456789`
	}
	require.Contains(t, want, string(first), "node at %d:%d starts with %q", n.Line, n.Column, first)
	for _, c := range n.Content {
		starts(t, data, c)
	}
}

func checkAgainstStandardLibrary(t *testing.T, data []byte) {
	root, err := ParseJSON("f.json", data, Limits{})
	if !json.Valid(data) || len(bytes.TrimSpace(data)) == 0 || !isText(data) {
		return
	}
	require.NoError(t, err, "valid JSON refused")
	var want any
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	require.NoError(t, dec.Decode(&want))
	require.Equal(t, want, plain(root))
	starts(t, data, root)
}

func isText(data []byte) bool {
	return !bytes.HasPrefix(data, []byte("\xef\xbb\xbf")) && !bytes.ContainsRune(data, 0) && strings.ToValidUTF8(string(data), "") == string(data)
}

func TestParseJSONReadsWhatTheStandardLibraryReads(t *testing.T) {
	for _, doc := range []string{
		`{}`, `[]`, `[[],{}]`, `0`, `-1.5e+3`, `"x"`, `true`, `null`,
		"{\n\t\"a\" :\r\n [ 1 , \"é\\u00e9\\n\\\"\" , {\"b\":null}],\"c\":false }",
		`{"a":"\ud83d\ude00 \/ \\ \t"}`,
		"[\n  \"Zürich\",\n  \"東京\", 12345678901234567890\n]",
		`{"dup":1,"dup":2}`,
	} {
		checkAgainstStandardLibrary(t, []byte(doc))
	}
}

func FuzzParseJSON(f *testing.F) {
	for _, s := range []string{`{"a":[1,"x",{"b":true}]}`, "[\n1,\n\"\\u00e9\"\n]", `{"a":"\"}`} {
		f.Add([]byte(s))
	}
	f.Fuzz(watchdog.Guard(func(t *testing.T, data []byte) {
		checkAgainstStandardLibrary(t, data)
	}))
}
