package text

import (
	"fmt"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestNewAnalyzer(t *testing.T) {
	tests := []struct {
		in, lang string
		word     string // a word the language's stemmer shortens
	}{
		{"english", "english", "running"},
		{"", "english", "running"},
		{" English ", "english", "running"},
		{"spanish", "spanish", "programación"},
		{"french", "french", "programmation"},
		{"russian", "russian", "программирование"},
		{"swedish", "swedish", "programmeringen"},
		{"norwegian", "norwegian", "programmeringen"},
		{"hungarian", "hungarian", "programozásban"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			a, err := NewAnalyzer(tt.in)
			require.NoError(t, err)
			assert.Equal(t, tt.lang, a.Language())
			term := a.Term(tt.word)
			assert.NotEmpty(t, term)
			assert.Less(t, len(term), len(tt.word), "stemmed")
		})
	}
}

func TestNewAnalyzerShared(t *testing.T) {
	a, err := NewAnalyzer("english")
	require.NoError(t, err)
	assert.Same(t, English(), a)
	b, err := NewAnalyzer("spanish")
	require.NoError(t, err)
	assert.NotSame(t, a, b)
}

func TestNewAnalyzerUnknown(t *testing.T) {
	a, err := NewAnalyzer("klingon")
	require.Error(t, err)
	assert.Nil(t, a)
	assert.Contains(t, err.Error(), `"klingon"`)
	for _, l := range []string{"english", "spanish", "french", "russian", "swedish", "norwegian", "hungarian"} {
		assert.Contains(t, err.Error(), l)
	}
}

func TestEnglishConflationsOnlyInEnglish(t *testing.T) {
	es, err := NewAnalyzer("spanish")
	require.NoError(t, err)
	assert.Nil(t, es.conflation)
	assert.NotEmpty(t, English().conflation)
}

func TestConcurrentUse(t *testing.T) {
	// Run with -race: analyzers and their caches are shared.
	const in = "Led research, publications and mentoring; built C++ and Go services."
	want := English().Tokens(nil, in)
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Go(func() {
			a := newAnalyzer("english", English().stemmer, englishConflations, 50)
			for i := range 200 {
				for _, an := range []*Analyzer{English(), a} {
					got := an.Tokens(nil, in)
					if !assert.Equal(t, want, got) {
						return
					}
				}
				English().Term(fmt.Sprintf("Word%cx%c", 'a'+g, 'a'+i%26))
			}
		})
	}
	wg.Wait()
}
