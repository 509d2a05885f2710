package requirements_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/quals-dev/quals/diag"
	"github.com/quals-dev/quals/knowledge"
	"github.com/quals-dev/quals/profile"
	"github.com/quals-dev/quals/requirements"
)

// hostileInputs are documents strangers could send to a service embedding
// quals. Each must be refused with a clean error of the right kind.
func hostileInputs() []struct {
	name string
	src  []byte
	kind diag.Kind
} {
	nested := strings.Repeat("- ", 100_000) + "x\n"
	var bomb strings.Builder
	bomb.WriteString("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n")
	for i := 1; i < 9; i++ {
		prev := "*a" + string(rune('0'+i-1))
		bomb.WriteString("a" + string(rune('0'+i)) + ": &a" + string(rune('0'+i)) + " [" + strings.Repeat(prev+", ", 9) + prev + "]\n")
	}
	return []struct {
		name string
		src  []byte
		kind diag.Kind
	}{
		{"100 MB document", make([]byte, 100<<20), diag.ErrLimit},
		{"deeply nested YAML", []byte(nested), diag.ErrLimit},
		{"billion laughs", []byte(bomb.String()), diag.ErrLimit},
		{"invalid UTF-8", []byte("id: x\ntitle: \xff\xfe\n"), diag.ErrEncoding},
		{"NUL bytes", []byte("id: x\x00\x00\n"), diag.ErrEncoding},
		{"1 MB single line", []byte("id: x\ntitle: " + strings.Repeat("a", 1<<20) + "\n"), diag.ErrLimit},
		{"100,000 requirements", []byte("id: x\nrequired:\n" + strings.Repeat("  - skill: {any: [Go]}\n", 100_000)), diag.ErrLimit},
	}
}

func TestHostilePostings(t *testing.T) {
	for _, tt := range hostileInputs() {
		t.Run(tt.name, func(t *testing.T) {
			p, err := requirements.Parse("hostile.yaml", tt.src)
			require.Error(t, err)
			assert.Nil(t, p)
			assert.True(t, errors.Is(err, tt.kind), "want %v, got %v", tt.kind, err)
		})
	}
}

func TestHostileProfiles(t *testing.T) {
	for _, tt := range []struct {
		name string
		src  []byte
		kind diag.Kind
	}{
		{"100 MB document", make([]byte, 100<<20), diag.ErrLimit},
		{"deeply nested JSON", []byte(strings.Repeat("[", 100_000) + strings.Repeat("]", 100_000)), diag.ErrLimit},
		{"invalid UTF-8", []byte("{\"basics\": {\"name\": \"\xff\"}}"), diag.ErrEncoding},
		{"NUL bytes", []byte("{\"basics\": {\"name\": \"a\x00\"}}"), diag.ErrEncoding},
		{"1 MB single line", []byte(`{"basics": {"summary": "` + strings.Repeat("a", 1<<20) + `"}}`), diag.ErrLimit},
		{"20,000 highlights", []byte(`{"work": [{"highlights": [` + strings.Repeat(`"x",`, 20_000) + `"x"]}]}`), diag.ErrLimit},
	} {
		t.Run(tt.name, func(t *testing.T) {
			p, err := profile.Parse("hostile.json", tt.src)
			require.Error(t, err)
			assert.Nil(t, p)
			assert.True(t, errors.Is(err, tt.kind), "want %v, got %v", tt.kind, err)
		})
	}
}

// BenchmarkHostile shows that refusing each hostile posting is quick (the
// issue's bar is well under a second each).
func BenchmarkHostile(b *testing.B) {
	for _, tt := range hostileInputs() {
		b.Run(strings.ReplaceAll(tt.name, " ", "_"), func(b *testing.B) {
			for b.Loop() {
				if _, err := requirements.Parse("hostile.yaml", tt.src); err == nil {
					b.Fatal("accepted")
				}
			}
		})
	}
}

func TestLimitsAreConfigurable(t *testing.T) {
	doc := []byte("id: x\nrequired:\n" + strings.Repeat("  - skill: {any: [Go]}\n", 5))
	lim := diag.DefaultLimits()
	lim.MaxItems = 3
	_, err := requirements.Parse("p.yaml", doc, requirements.WithKnowledge(knowledge.New(knowledge.WithLimits(lim))))
	assert.EqualError(t, err, "p.yaml:3:3: a list of 5 items is over the limit of 3")
	_, err = requirements.Parse("p.yaml", doc)
	assert.NoError(t, err)
}
