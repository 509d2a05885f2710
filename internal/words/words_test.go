package words_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/quals-dev/quals/internal/words"
	"github.com/quals-dev/quals/vocab"
)

func TestJoin(t *testing.T) {
	tests := []struct {
		name  string
		words []string
		want  string
	}{
		{"none", nil, ""},
		{"one", []string{"Java"}, "Java"},
		{"two", []string{"Java", "C++"}, "Java or C++"},
		{"three with a final conjunction and no serial comma", []string{"Java", "C++", "Python"}, "Java, C++ or Python"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, words.Join(tt.words, "or"))
		})
	}
	assert.Equal(t, "Go and Rust", words.Terms([]vocab.Term{{Text: "Go", Concept: "Go"}, {Text: "Rust"}}, "and"),
		"Terms uses the text as written")
}

func TestYears(t *testing.T) {
	tests := []struct {
		years float64
		want  string
	}{
		{1, "1 year"},
		{2, "2 years"},
		{1.5, "1.5 years"},
		{0.5, "0.5 years"},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			assert.Equal(t, tt.want, words.Years(tt.years))
		})
	}
}
