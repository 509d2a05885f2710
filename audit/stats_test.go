package audit

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Reference values computed exactly, with whole-number binomial
// coefficients, from the hypergeometric distribution.
func TestFisherExact(t *testing.T) {
	for _, c := range []struct {
		a, b, c, d int
		p          float64
	}{
		{1, 9, 11, 3, 0.002759},
		{3, 1, 1, 3, 0.4857},     // the tea-tasting table
		{2, 2, 4, 1, 0.5238},     // the worked audit's Female vs Male selection
		{5, 5, 5, 5, 1},          // equal rates
		{0, 10, 10, 0, 1.083e-5}, // all one way
	} {
		assert.InDelta(t, c.p, fisherExact(c.a, c.b, c.c, c.d), c.p*0.002+1e-9, "%v", c)
	}
	assert.Equal(t, 1.0, fisherExact(0, 0, 0, 0))
}
