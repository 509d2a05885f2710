package synth

import (
	"bytes"
	"math/rand/v2"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/quals-dev/quals/profile"
	"github.com/quals-dev/quals/requirements"
)

// What synth writes loads without error, and the same seed writes the
// same documents.
func TestDocumentsLoad(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	again := rand.New(rand.NewPCG(1, 2))
	for i := range 300 {
		src := Profile(r, i)
		assert.True(t, bytes.Equal(src, Profile(again, i)), "profile %d differs for the same seed", i)
		_, err := profile.Parse("p"+strconv.Itoa(i)+".json", src)
		require.NoError(t, err, "%s", src)
		post := Posting(r, i)
		assert.Equal(t, post, Posting(again, i))
		_, err = requirements.Parse("p"+strconv.Itoa(i)+".yaml", []byte(post))
		require.NoError(t, err, "%s", post)
	}
}
