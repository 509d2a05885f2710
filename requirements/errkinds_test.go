package requirements_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/quals-dev/quals/profile"
	"github.com/quals-dev/quals/requirements"
)

// Every kind of problem is an error value a caller can test with
// errors.Is, and each comes with its exact message.
func TestErrorKinds(t *testing.T) {
	tests := []struct {
		name string
		doc  string
		kind requirements.ErrorKind
		msg  string
	}{
		{"invalid", "id: x\nrequired:\n  - weight: 0\n    skill: {any: [Go]}\n", requirements.ErrInvalid,
			"k.yaml:3:13: required[0].weight: must be greater than 0, not 0"},
		{"syntax", "id: x\nrequired: [\n", requirements.ErrSyntax,
			"k.yaml:2: invalid YAML: did not find expected node content"},
		{"encoding", "id: x\x00\n", requirements.ErrEncoding,
			"k.yaml:1:6: document holds a NUL byte"},
		{"limit", "id: x\nrequired:\n  - skill: {any: [" + strings.Repeat("[", 70) + strings.Repeat("]", 70) + "]}\n", requirements.ErrLimit,
			"k.yaml:3:79: document nests deeper than 64 levels"},
		{"type", "id: x\nrequired:\n  - weight: heavy\n    skill: {any: [Go]}\n", requirements.ErrType,
			`k.yaml:3:13: required[0].weight: must be a number, not the text "heavy"`},
		{"unknown key", "id: x\ntitel: T\nrequired:\n  - skill: {any: [Go]}\n", requirements.ErrUnknownKey,
			`k.yaml:2:1: titel: unknown key "titel" (did you mean "title"?)`},
		{"duplicate", "id: x\nrequired:\n  - id: a\n    skill: {any: [Go]}\n  - id: a\n    skill: {any: [Go]}\n", requirements.ErrDuplicate,
			`k.yaml:5:9: required[1].id: id "a" is already used by required[0]`},
		{"missing", "id: x\nrequired:\n  - degree: {status: completed}\n", requirements.ErrMissing,
			"k.yaml:3:13: required[0].degree.level: a degree needs a level (high-school, associate, bachelor, master or doctorate)"},
		{"empty", "", requirements.ErrEmpty, "k.yaml: the posting is empty"},
	}
	kinds := []requirements.ErrorKind{requirements.ErrInvalid, requirements.ErrSyntax, requirements.ErrEncoding, requirements.ErrLimit,
		requirements.ErrType, requirements.ErrUnknownKey, requirements.ErrDuplicate, requirements.ErrMissing, requirements.ErrEmpty}
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
			var ps requirements.Problems
			require.True(t, errors.As(err, &ps))
			assert.Equal(t, tt.kind, ps[0].Kind)
		})
	}
	assert.Equal(t, "unknown key", requirements.ErrUnknownKey.Error())
}

func TestProfileErrorKinds(t *testing.T) {
	_, err := profile.Parse("r.json", []byte(`{"work": [{"startDate": "June 2021"}]}`))
	assert.True(t, errors.Is(err, requirements.ErrInvalid))
	_, err = profile.Parse("r.json", []byte(`{"work": {"name": "x"}}`))
	assert.True(t, errors.Is(err, requirements.ErrType))
	_, err = profile.Parse("r.json", []byte(`{"work": [`))
	assert.True(t, errors.Is(err, requirements.ErrSyntax))
	_, err = profile.Parse("r.json", nil)
	assert.True(t, errors.Is(err, requirements.ErrEmpty))
	p, err := profile.Parse("r.json", []byte(`{"extra": 1}`))
	require.NoError(t, err, "an unknown key in a profile is a warning")
	assert.False(t, errors.Is(p.Warnings(), requirements.ErrUnknownKey), "warnings are not errors")
	assert.Equal(t, requirements.ErrUnknownKey, p.Warnings()[0].Kind)
}
