package printable_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/quals-dev/quals/internal/printable"
)

func TestString(t *testing.T) {
	for in, want := range map[string]string{
		"plain text":            "plain text",
		"Zürich — naïve café":   "Zürich — naïve café",
		"two\nlines\tand a tab": "two lines and a tab",
		"clear \x1b[2J screen":  `clear \x1b[2J screen`,
		"bell\a and DEL\x7f":    `bell\x07 and DEL\x7f`,
		"C1 \u009b control":     `C1 \x9b control`,
		"bidi \u202eevil\u202c": `bidi \u202eevil\u202c`,
		"invalid \xff byte":     `invalid \xff byte`,
	} {
		assert.Equal(t, want, printable.String(in), "%q", in)
	}
}
