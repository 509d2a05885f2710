package requirements_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/quals-dev/quals/diag"
	"github.com/quals-dev/quals/profile"
	"github.com/quals-dev/quals/requirements"
)

// Every kind of problem is an error value a caller can test with
// errors.Is, and each comes with its exact message.
func TestErrorKinds(t *testing.T) {
	tests := []struct {
		name string
		doc  string
		kind diag.Kind
		msg  string
	}{
		{"invalid", "id: x\nrequired:\n  - weight: 0\n    skill: {any: [Go]}\n", diag.ErrInvalid,
			"k.yaml:3:13: required[0].weight: must be greater than 0, not 0"},
		{"syntax", "id: x\nrequired: [\n", diag.ErrSyntax,
			"k.yaml:2: invalid YAML: did not find expected node content"},
		{"encoding", "id: x\x00\n", diag.ErrEncoding,
			"k.yaml:1:6: document holds a NUL byte"},
		{"limit", "id: x\nrequired:\n  - skill: {any: [" + strings.Repeat("[", 70) + strings.Repeat("]", 70) + "]}\n", diag.ErrLimit,
			"k.yaml:3:79: document nests deeper than 64 levels"},
		{"type", "id: x\nrequired:\n  - weight: heavy\n    skill: {any: [Go]}\n", diag.ErrType,
			`k.yaml:3:13: required[0].weight: must be a number, not the text "heavy"`},
		{"unknown key", "id: x\ntitel: T\nrequired:\n  - skill: {any: [Go]}\n", diag.ErrUnknownKey,
			`k.yaml:2:1: titel: unknown key "titel" (did you mean "title"?)`},
		{"duplicate", "id: x\nrequired:\n  - id: a\n    skill: {any: [Go]}\n  - id: a\n    skill: {any: [Go]}\n", diag.ErrDuplicate,
			`k.yaml:5:9: required[1].id: id "a" is already used by required[0]`},
		{"missing", "id: x\nrequired:\n  - degree: {status: completed}\n", diag.ErrMissing,
			"k.yaml:3:13: required[0].degree.level: a degree needs a level (high-school, associate, bachelor, master or doctorate)"},
		{"empty", "", diag.ErrEmpty, "k.yaml: the posting is empty"},
	}
	kinds := []diag.Kind{diag.ErrInvalid, diag.ErrSyntax, diag.ErrEncoding, diag.ErrLimit,
		diag.ErrType, diag.ErrUnknownKey, diag.ErrDuplicate, diag.ErrMissing, diag.ErrEmpty}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := requirements.Parse("k.yaml", []byte(tt.doc))
			require.Error(t, err)
			assert.Equal(t, tt.msg, err.Error())
			assert.True(t, errors.Is(err, tt.kind), "errors.Is(err, %v)", tt.kind)
			for _, k := range kinds {
				if k != tt.kind {
					assert.False(t, errors.Is(err, k), "the error is not also %v", k)
				}
			}
			var ps diag.Problems
			require.True(t, errors.As(err, &ps))
			assert.Equal(t, tt.kind, ps[0].Kind)
		})
	}
	assert.Equal(t, "unknown key", diag.ErrUnknownKey.Error())
}

func TestProfileErrorKinds(t *testing.T) {
	_, err := profile.Parse("r.json", []byte(`{"work": [{"startDate": "June 2021"}]}`))
	assert.True(t, errors.Is(err, diag.ErrInvalid))
	_, err = profile.Parse("r.json", []byte(`{"work": {"name": "x"}}`))
	assert.True(t, errors.Is(err, diag.ErrType))
	_, err = profile.Parse("r.json", []byte(`{"work": [`))
	assert.True(t, errors.Is(err, diag.ErrSyntax))
	_, err = profile.Parse("r.json", nil)
	assert.True(t, errors.Is(err, diag.ErrEmpty))
	p, err := profile.Parse("r.json", []byte(`{"extra": 1}`))
	require.NoError(t, err, "an unknown key in a profile is a warning")
	assert.False(t, errors.Is(p.Warnings(), diag.ErrUnknownKey), "warnings are not errors")
	assert.Equal(t, diag.ErrUnknownKey, p.Warnings()[0].Kind)
}
