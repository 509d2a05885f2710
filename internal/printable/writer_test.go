package printable

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestWriterEscapesWhatCouldDriveATerminal(t *testing.T) {
	var b bytes.Buffer
	w := NewWriter(&b)
	w.Write([]byte("ok\tline\n\x1b[2Jgone\r\x07 \u202eevil \xff é"))
	assert.Equal(t, "ok\tline\n\\u001b[2Jgone\\u000d\\u0007 \\u202eevil \\xff é", b.String())
}

func TestWriterHoldsACharacterSplitAcrossWrites(t *testing.T) {
	var b bytes.Buffer
	w := NewWriter(&b)
	é := []byte("é")
	w.Write([]byte{'a', é[0]})
	w.Write([]byte{é[1], 'b'})
	assert.Equal(t, "aéb", b.String())
}
