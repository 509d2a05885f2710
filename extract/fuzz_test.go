package extract_test

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/quals-dev/quals/internal/watchdog"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/quals-dev/quals/diag"
	"github.com/quals-dev/quals/extract"
	"github.com/quals-dev/quals/requirements"
)

// FuzzExtract checks that any text either is refused with a Problems error
// or extracts to a document that loads, with a report line for each line
// the text holds.
func FuzzExtract(f *testing.F) {
	if seed, err := os.ReadFile("testdata/extract_line_posting.txt"); err == nil {
		f.Add(string(seed))
	}
	for _, s := range []string{
		"Minimum qualifications:\n- BA/BS degree or equivalent practical experience.\n- 3 years of experience with Go.\n",
		"Requirements • PhD in CS • Fluent in English • Start date: June 2026",
		"Preferred qualifications10 years of experience in sales.",
		"QUALIFICATIONS\n1. Must be authorized to work in the US.\n2. AWS Certified Solutions Architect.",
	} {
		f.Add(s)
	}
	f.Fuzz(watchdog.Guard(func(t *testing.T, s string) {
		x, err := extract.Description(s)
		var ps diag.Problems
		if err != nil && errors.As(err, &ps) {
			return
		}
		if x == nil {
			t.Fatalf("no extraction and no Problems error: %v", err)
		}
		if len(x.Document.Required)+len(x.Document.Preferred) == 0 {
			return
		}
		if _, lerr := x.Document.Load("fuzz"); lerr != nil {
			t.Fatalf("extracted document does not load: %v", lerr)
		}
	}))
}

func TestExtractRefusesWhatIsNoDescription(t *testing.T) {
	for _, tt := range []struct {
		name, text string
		kind       diag.Kind
		msg        string
	}{
		{"100 MB", strings.Repeat("a", 100<<20), diag.ErrLimit, "the description is over the size limit of 4194304 bytes"},
		{"1 MB line", "Requirements:\n" + strings.Repeat("Go ", 1<<20/3), diag.ErrLimit, "2: a line of 1048575 bytes is over the limit of 65536"},
		{"invalid UTF-8", "Requirements:\n\xff\xfe", diag.ErrEncoding, "the description is not valid UTF-8"},
		{"NUL", "Requirements:\n- Go\x00\n", diag.ErrEncoding, "2: the description holds a NUL byte"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			x, err := extract.Description(tt.text)
			assert.Nil(t, x)
			require.Error(t, err)
			assert.True(t, errors.Is(err, tt.kind))
			assert.Equal(t, tt.msg, err.Error())
		})
	}
}

// Loading an extracted document directly gives the posting its YAML gives.
func TestDocumentLoadsAsItsYAML(t *testing.T) {
	src, err := os.ReadFile("testdata/extract_line_posting.txt")
	require.NoError(t, err)
	x, err := extract.Description(string(src))
	require.NoError(t, err)
	direct, err := x.Document.Load("direct")
	require.NoError(t, err)
	y, err := x.Document.YAML()
	require.NoError(t, err)
	viaYAML, err := requirements.Parse("yaml", y)
	require.NoError(t, err)
	describe := func(p *requirements.Posting) []string {
		out := []string{p.ID(), p.Title(), p.Language(), fmt.Sprint(p.Locations(), p.Workplace(), p.TotalWeight())}
		for _, r := range p.Requirements() {
			out = append(out, fmt.Sprintf("%s %s %s %g %q", r.Kind(), r.ID(), r.Predicate(), r.Weight(), r.Text()))
		}
		return out
	}
	assert.Equal(t, describe(viaYAML), describe(direct))
	assert.NotEmpty(t, direct.Requirements())
	// The report describes each requirement as the loaded posting does.
	docs := append(append([]requirements.RequirementDoc(nil), x.Document.Required...), x.Document.Preferred...)
	require.Len(t, direct.Requirements(), len(docs))
	for i, r := range direct.Requirements() {
		assert.Equal(t, r.Predicate().String(), docs[i].Describe(), r.ID())
	}
}
