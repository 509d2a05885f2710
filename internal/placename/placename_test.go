package placename

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestKey(t *testing.T) {
	for in, want := range map[string]string{
		"Palo Alto":         "palo alto",
		"  Palo   Alto  ":   "palo alto",
		"München":           "munchen",
		"Zürich":            "zurich",
		"São Paulo":         "sao paulo",
		"Kraków":            "krakow",
		"Łódź":              "lodz",
		"Straße":            "strasse",
		"Hà Nội":            "ha noi",
		"Winston-Salem":     "winston salem",
		"St. Louis":         "st louis",
		"Saint-Louis":       "st louis",
		"Ste. Foy":          "ste foy",
		"Mount Vernon":      "mt vernon",
		"Ft. Worth":         "ft worth",
		"St. John's":        "st johns",
		"Hawaiʻi":           "hawaii",
		"Stavropol’":        "stavropol",
		"Antigua & Barbuda": "antigua and barbuda",
		"U.S.A.":            "usa",
		"Washington, D.C.":  "washington dc",
		"Москва":            "москва",
		"":                  "",
		"--":                "",
		"Bengaluru 560001":  "bengaluru 560001",
		"Cafe\u0301":        "cafe", // a combining accent
	} {
		assert.Equal(t, want, Key(in), "Key(%q)", in)
	}
}

func TestAppendKey(t *testing.T) {
	b := AppendKey([]byte("new york|"), "Saint Paul")
	assert.Equal(t, "new york|st paul", string(b))
}

func TestFold(t *testing.T) {
	s, ok := Fold('é')
	assert.True(t, ok)
	assert.Equal(t, "e", s)
	_, ok = Fold('×') // U+00D7, a sign
	assert.False(t, ok)
	_, ok = Fold('a')
	assert.False(t, ok, "ASCII needs no folding")
}
