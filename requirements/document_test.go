package requirements_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/quals-dev/quals/requirements"
	"go.yaml.in/yaml/v3"
)

// Names that YAML would read as another type, or that need quoting, come
// back from a written document as the same strings.
func TestListNamesRoundTrip(t *testing.T) {
	names := requirements.List{"yes", "1.0", "null", "C++", "C#", "a: b", "- dash", "[x]", "#tag", "Node.js", "multi\nline", "'quoted'", "~", "0x1F", "2026-01-01", ""}
	doc := requirements.Document{ID: "q", Required: []requirements.RequirementDoc{{ID: "r", PredicateDoc: requirements.PredicateDoc{Evidence: &requirements.EvidenceDoc{Terms: names[:len(names)-1], Min: 1}}}}}
	src, err := doc.YAML()
	require.NoError(t, err)
	var back struct {
		Required []struct {
			Evidence struct {
				Terms []string `yaml:"terms"`
			} `yaml:"evidence"`
		} `yaml:"required"`
	}
	require.NoError(t, yaml.Unmarshal(src, &back), string(src))
	assert.Equal(t, []string(names[:len(names)-1]), back.Required[0].Evidence.Terms, string(src))
}
