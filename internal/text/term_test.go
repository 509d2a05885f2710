package text

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestStemmingJoins(t *testing.T) {
	groups := []struct {
		name  string
		words []string
	}{
		{"publish", []string{"publications", "publication", "published", "publish", "publishing"}},
		{"communicate", []string{"communication", "communicator", "communicate", "communications"}},
		{"collaborate", []string{"collaboration", "collaborate", "collaborative", "collaborating"}},
		{"mentor", []string{"mentoring", "mentor", "mentored", "mentorship"}},
		{"present", []string{"presenting", "presentation", "present", "presentations"}},
		{"research", []string{"research", "researching", "researcher"}},
		{"program", []string{"programming", "programmer", "programmers", "program", "programme"}},
		{"organize", []string{"organization", "organizational", "organize", "organisation", "organised"}},
		{"architect", []string{"architecture", "architectural", "architect"}},
		{"administer", []string{"administration", "administrator", "administer", "administering"}},
		{"supervise", []string{"supervisor", "supervision", "supervising"}},
		{"teach", []string{"teacher", "teaching", "teach"}},
		{"analyze", []string{"analysis", "analyses", "analyse", "analyze", "analyzing", "analyst", "analytics", "analytical"}},
	}
	a := English()
	for _, g := range groups {
		t.Run(g.name, func(t *testing.T) {
			want := a.Term(g.words[0])
			for _, w := range g.words[1:] {
				assert.Equal(t, want, a.Term(w), "%s vs %s", w, g.words[0])
			}
		})
	}
}

func TestConflationsStayNarrow(t *testing.T) {
	// Rules restricted by prefix must not swallow words sharing the stem.
	tests := []struct{ a, b string }{
		{"public", "publication"},
		{"publicly", "published"},
		{"organ", "organization"},
		{"organs", "organize"},
	}
	for _, tt := range tests {
		t.Run(tt.a+"/"+tt.b, func(t *testing.T) {
			assert.NotEqual(t, English().Term(tt.a), English().Term(tt.b))
		})
	}
}

func TestConflationTableWellFormed(t *testing.T) {
	for _, c := range englishConflations {
		t.Run(c.stem+"→"+c.to, func(t *testing.T) {
			assert.NotEqual(t, c.stem, c.to)
			// The target must be a fixed point: a word that already stems
			// to it must not be rewritten again.
			assert.Empty(t, English().conflation[c.to], "target %q is rewritten by another rule", c.to)
		})
	}
}

func TestTerm(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"  ", ""},
		{"C++", "c++"},
		{"C#", "c#"},
		{".NET", ".net"},
		{"Node.js", "node.js"},
		{"Ph.D.", "ph.d"},
		{"Go", "go"},
		{"R", "r"},
		{"Publications", "publish"},
		{"bachelor's", "bachelor"},
		{"Python.", "python"},
		{"machine learning", "machin learn"},
		{"real-time", "real time"},
		{"k8s", "k8s"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			assert.Equal(t, tt.want, English().Term(tt.in))
		})
	}
}

func TestTermMatchesTokens(t *testing.T) {
	const in = "Senior engineers publishing research on C++ and Node.js at Zürich."
	a := English()
	for _, tk := range a.Tokens(nil, in) {
		assert.Equal(t, tk.Term, a.Term(in[tk.Start:tk.End]), in[tk.Start:tk.End])
	}
}

func TestKeywordsAreNotStemmed(t *testing.T) {
	// Stemmed, "Services2" would lose its plural; as a keyword it stays.
	tests := []struct{ in, want string }{
		{"Services2", "services2"},
		{"Windows.Forms", "windows.forms"},
		{"Q&As", "q&as"},
		{"Programming++", "programming++"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			toks := English().Tokens(nil, tt.in)
			if assert.Len(t, toks, 1) {
				assert.True(t, toks[0].Keyword)
				assert.Equal(t, tt.want, toks[0].Term)
			}
		})
	}
}

func TestLowercaseTermIsInputSlice(t *testing.T) {
	// A short lowercase ASCII word needs no copy: its term is the input.
	const in = "go to it"
	allocs := testing.AllocsPerRun(100, func() {
		_ = English().term(in[:2], hasLetter)
	})
	assert.Zero(t, allocs)
	assert.Equal(t, "go", English().term(in[:2], hasLetter))
}
