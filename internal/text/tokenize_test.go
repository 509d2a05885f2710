package text

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// tok is the part of a Token a table names: its surface form, term and
// whether it is a keyword.
type tok struct {
	Surface string
	Term    string
	Keyword bool
}

func surfaceTokens(s string, toks []Token) []tok {
	out := make([]tok, len(toks))
	for i, t := range toks {
		out[i] = tok{s[t.Start:t.End], t.Term, t.Keyword}
	}
	return out
}

func TestTokensSurfaceAndTerm(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []tok
	}{
		{"empty", "", []tok{}},
		{"only separators", " ,;/()|[]•·*\t\n", []tok{}},
		{"plain words", "Led teams", []tok{{"Led", "led", false}, {"teams", "team", false}}},
		{"C++", "C++", []tok{{"C++", "c++", true}}},
		{"C+", "C+ and C", []tok{{"C+", "c+", true}, {"and", "and", false}, {"C", "c", false}}},
		{"C++ before digits", "C++11", []tok{{"C++", "c++", true}, {"11", "11", false}}},
		{"plus between letters separates", "A+B", []tok{{"A", "a", false}, {"B", "b", false}}},
		{"plus after digits separates", "5+ years", []tok{{"5", "5", false}, {"years", "year", false}}},
		{"C# and F#", "C#, F#", []tok{{"C#", "c#", true}, {"F#", "f#", true}}},
		{"leading dot", ".NET", []tok{{".NET", ".net", true}}},
		{"leading dot after slash", "C#/.NET", []tok{{"C#", "c#", true}, {".NET", ".net", true}}},
		{"dots after dots do not lead", "etc...Next", []tok{{"etc", "etc", false}, {"Next", "next", false}}},
		{"Node.js", "Node.js", []tok{{"Node.js", "node.js", true}}},
		{"ASP.NET", "ASP.NET Core", []tok{{"ASP.NET", "asp.net", true}, {"Core", "core", false}}},
		{"B.Sc.", "B.Sc. in Physics", []tok{{"B.Sc", "b.sc", true}, {"in", "in", false}, {"Physics", "physic", false}}},
		{"Ph.D.", "Ph.D.", []tok{{"Ph.D", "ph.d", true}}},
		{"e.g.", "e.g. Go", []tok{{"e.g", "e.g", true}, {"Go", "go", false}}},
		{"U.S.", "U.S.", []tok{{"U.S", "u.s", true}}},
		{"version", "Python 3.10.", []tok{{"Python", "python", false}, {"3.10", "3.10", true}}},
		{"sentence period", "Python.", []tok{{"Python", "python", false}}},
		{"Go", "Go", []tok{{"Go", "go", false}}},
		{"R", "R", []tok{{"R", "r", false}}},
		{"R&D", "R&D and AT&T", []tok{{"R&D", "r&d", true}, {"and", "and", false}, {"AT&T", "at&t", true}}},
		{"spaced ampersand separates", "R & D", []tok{{"R", "r", false}, {"D", "d", false}}},
		{"digits mixed with letters", "3D k8s", []tok{{"3D", "3d", true}, {"k8s", "k8s", true}}},
		{"digits alone are not keywords", "2019", []tok{{"2019", "2019", false}}},
		{"possessive", "bachelor's", []tok{{"bachelor's", "bachelor", false}}},
		{"contraction", "don't", []tok{{"don't", "dont", false}}},
		{"typographic apostrophe", "Master’s", []tok{{"Master’s", "master", false}}},
		{"quotes are not apostrophes", "'quoted' words'", []tok{{"quoted", "quot", false}, {"words", "word", false}}},
		{"hyphen splits", "real-time", []tok{{"real", "real", false}, {"time", "time", false}}},
		{"separators", "a/b,c;d(e)f[g]h|i•j·k*l", []tok{
			{"a", "a", false}, {"b", "b", false}, {"c", "c", false}, {"d", "d", false}, {"e", "e", false}, {"f", "f", false},
			{"g", "g", false}, {"h", "h", false}, {"i", "i", false}, {"j", "j", false}, {"k", "k", false}, {"l", "l", false},
		}},
		{"NUL separates", "Go\x00Rust", []tok{{"Go", "go", false}, {"Rust", "rust", false}}},
		{"invalid UTF-8 separates", "Go\xffRust\xc3", []tok{{"Go", "go", false}, {"Rust", "rust", false}}},
		{"unicode letters", "Zürich naïve", []tok{{"Zürich", "zürich", false}, {"naïve", "naïv", false}}},
		{"combining mark stays in word", "nai\u0308ve", []tok{{"nai\u0308ve", "nai\u0308v", false}}},
		{"unicode uppercase", "ÉCOLE", []tok{{"ÉCOLE", "école", false}}},
		{"short words are not stemmed", "is as us", []tok{{"is", "is", false}, {"as", "as", false}, {"us", "us", false}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := English().Tokens(nil, tt.in)
			assert.Equal(t, tt.want, surfaceTokens(tt.in, got))
		})
	}
}

func TestTokensAppendsToDst(t *testing.T) {
	prior := Token{Start: 7, End: 9, Term: "prior"}
	got := English().Tokens([]Token{prior}, "Go, Rust")
	require.Len(t, got, 3)
	assert.Equal(t, prior, got[0], "tokens already in dst are left alone")
	assert.True(t, got[1].SentenceStart, "first token of this input")
	assert.Equal(t, "go", got[1].Term)
}

// flags is a token's surface with its position flags.
type flags struct {
	Surface                             string
	SentenceStart, HyphenNext, ListMark bool
}

func tokenFlags(s string, toks []Token) []flags {
	out := make([]flags, len(toks))
	for i, t := range toks {
		out[i] = flags{s[t.Start:t.End], t.SentenceStart, t.HyphenNext, t.ListMark}
	}
	return out
}

func TestTokensFlags(t *testing.T) {
	const (
		S = true // SentenceStart
		H = true // HyphenNext
		L = true // ListMark
		o = false
	)
	tests := []struct {
		name string
		in   string
		want []flags
	}{
		{"skills list", "Skills: Go, Python, R", []flags{
			{"Skills", S, o, o}, {"Go", S, o, L}, {"Python", o, o, L}, {"R", o, o, L},
		}},
		{"verb then sentence start", "I go to the gym. Go is fun.", []flags{
			{"I", S, o, o}, {"go", o, o, o}, {"to", o, o, o}, {"the", o, o, o}, {"gym", o, o, o},
			{"Go", S, o, o}, {"is", o, o, o}, {"fun", o, o, o},
		}},
		{"hyphen", "a go-to person", []flags{
			{"a", S, o, o}, {"go", o, H, o}, {"to", o, o, o}, {"person", o, o, o},
		}},
		{"unicode hyphen", "real‐time data", []flags{{"real", S, H, L}, {"time", o, o, L}, {"data", o, o, L}}},
		{"spaced dash is no hyphen", "Go - fast and small", []flags{
			{"Go", S, o, o}, {"fast", o, o, o}, {"and", o, o, o}, {"small", o, o, o},
		}},
		{"double hyphen is no hyphen", "Go--fast and small", []flags{
			{"Go", S, o, o}, {"fast", o, o, o}, {"and", o, o, o}, {"small", o, o, o},
		}},
		{"sentence punctuation", "Go! Rust? Yes: C and more", []flags{
			{"Go", S, o, o}, {"Rust", S, o, o}, {"Yes", S, o, o}, {"C", S, o, o}, {"and", o, o, o}, {"more", o, o, o},
		}},
		{"line starts", "Go and\nRust and Zig", []flags{
			{"Go", S, o, o}, {"and", o, o, o}, {"Rust", S, o, o}, {"and", o, o, o}, {"Zig", o, o, o},
		}},
		{"bullets", "- Go and more\n* Rust and more\n  • Zig and more", []flags{
			{"Go", S, o, L}, {"and", o, o, o}, {"more", o, o, o},
			{"Rust", S, o, L}, {"and", o, o, o}, {"more", o, o, o},
			{"Zig", S, o, L}, {"and", o, o, o}, {"more", o, o, o},
		}},
		{"inline bullets are list punctuation", "Tools used: Go • Rust · Zig", []flags{
			{"Tools", S, o, o}, {"used", o, o, o}, {"Go", S, o, L}, {"Rust", o, o, L}, {"Zig", o, o, L},
		}},
		{"mid-line star is no bullet", "Go * Rust is not a list", []flags{
			{"Go", S, o, o}, {"Rust", o, o, o}, {"is", o, o, o}, {"not", o, o, o}, {"a", o, o, o}, {"list", o, o, o},
		}},
		{"list punctuation ignoring spaces", "use Go ( or Rust ) | Zig / C ; Java [Kotlin] now", []flags{
			{"use", S, o, o}, {"Go", o, o, L}, {"or", o, o, L}, {"Rust", o, o, L}, {"Zig", o, o, L}, {"C", o, o, L},
			{"Java", o, o, L}, {"Kotlin", o, o, L}, {"now", o, o, L},
		}},
		{"look-behind crosses a line break", "Go,\nRust and more", []flags{
			{"Go", S, o, L}, {"Rust", S, o, L}, {"and", o, o, o}, {"more", o, o, o},
		}},
		{"look-ahead stops at a line break", "Led a team\n- Built it", []flags{
			{"Led", S, o, o}, {"a", o, o, o}, {"team", o, o, o}, {"Built", S, o, L}, {"it", o, o, o},
		}},
		{"single short item", "Machine Learning", []flags{{"Machine", S, o, L}, {"Learning", o, o, L}}},
		{"single word", "Go", []flags{{"Go", S, o, L}}},
		{"single item with final period", "Go.", []flags{{"Go", S, o, L}}},
		{"two sentences are not an item", "Go. Rust", []flags{{"Go", S, o, o}, {"Rust", S, o, o}}},
		{"four words are not an item", "I write Go daily", []flags{
			{"I", S, o, o}, {"write", o, o, o}, {"Go", o, o, o}, {"daily", o, o, o},
		}},
		{"abbreviation before lowercase", "Ph.D. in physics and more", []flags{
			{"Ph.D", S, o, o}, {"in", o, o, o}, {"physics", o, o, o}, {"and", o, o, o}, {"more", o, o, o},
		}},
		{"abbreviation before capital", "I hold a Ph.D. Then I left", []flags{
			{"I", S, o, o}, {"hold", o, o, o}, {"a", o, o, o}, {"Ph.D", o, o, o},
			{"Then", S, o, o}, {"I", o, o, o}, {"left", o, o, o},
		}},
		{"e.g. never ends a sentence", "tools, e.g. Go and Rust", []flags{
			{"tools", S, o, L}, {"e.g", o, o, L}, {"Go", o, o, o}, {"and", o, o, o}, {"Rust", o, o, o},
		}},
		{"etc. before capital", "Go etc. Rust is", []flags{{"Go", S, o, o}, {"etc", o, o, o}, {"Rust", S, o, o}, {"is", o, o, o}}},
		{"time is not a sentence break", "at 10:30 we met", []flags{
			{"at", S, o, o}, {"10", o, o, o}, {"30", o, o, o}, {"we", o, o, o}, {"met", o, o, o},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := English().Tokens(nil, tt.in)
			assert.Equal(t, tt.want, tokenFlags(tt.in, got))
		})
	}
}

func TestTokensTraps(t *testing.T) {
	// Each trap name must survive as one token with the right term, alone
	// and inside prose.
	tests := []struct {
		name    string
		term    string
		keyword bool
	}{
		{"C++", "c++", true},
		{"C#", "c#", true},
		{".NET", ".net", true},
		{"Node.js", "node.js", true},
		{"Go", "go", false},
		{"R", "r", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, in := range []string{tt.name, "I use " + tt.name + ", daily.", "(" + tt.name + ")", "Skills: " + tt.name + "."} {
				toks := English().Tokens(nil, in)
				var found *Token
				for i := range toks {
					if in[toks[i].Start:toks[i].End] == tt.name {
						found = &toks[i]
					}
				}
				require.NotNil(t, found, "%q in %q", tt.name, in)
				assert.Equal(t, tt.term, found.Term, in)
				assert.Equal(t, tt.keyword, found.Keyword, in)
			}
		})
	}
}

func TestTokensOffsetsMultibyte(t *testing.T) {
	const in = "Zürich — naïve café"
	toks := English().Tokens(nil, in)
	require.Len(t, toks, 3)
	want := []struct {
		start, end int
		surface    string
	}{{0, 7, "Zürich"}, {12, 18, "naïve"}, {19, 24, "café"}}
	for i, w := range want {
		assert.Equal(t, w.start, toks[i].Start, w.surface)
		assert.Equal(t, w.end, toks[i].End, w.surface)
		assert.Equal(t, w.surface, in[toks[i].Start:toks[i].End])
	}
	assert.Equal(t, "zürich", toks[0].Term)
}

func TestTokensHugeInput(t *testing.T) {
	long := make([]byte, 1<<20)
	for i := range long {
		long[i] = "Ab"[i%2]
	}
	toks := English().Tokens(nil, string(long)+" go")
	require.Len(t, toks, 2)
	assert.Equal(t, 1<<20, toks[0].End)
	assert.Len(t, toks[0].Term, 1<<20, "lowercased, not stemmed")
	assert.Equal(t, "go", toks[1].Term)
}

func TestTokensNoAllocsOnceCached(t *testing.T) {
	const in = "Senior Go engineer: built Node.js and C++ services; mentoring, publications."
	a := English()
	dst := a.Tokens(nil, in) // warm the cache and size dst
	allocs := testing.AllocsPerRun(100, func() {
		dst = a.Tokens(dst[:0], in)
	})
	assert.Zero(t, allocs)
}
