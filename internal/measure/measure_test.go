package measure

import (
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestAUC(t *testing.T) {
	assert.Equal(t, 1.0, AUC([]float64{0.9, 0.8, 0.1, 0.2}, []bool{true, true, false, false}))
	assert.Equal(t, 0.0, AUC([]float64{0.1, 0.2, 0.9, 0.8}, []bool{true, true, false, false}))
	assert.Equal(t, 0.5, AUC([]float64{1, 1, 1, 1}, []bool{true, false, true, false}), "ties count half")
	assert.True(t, math.IsNaN(AUC([]float64{1, 2}, []bool{true, true})))
}

func TestSpearman(t *testing.T) {
	assert.InDelta(t, 1, Spearman([]float64{1, 2, 3, 4}, []float64{10, 20, 30, 40}), 1e-12)
	assert.InDelta(t, -1, Spearman([]float64{1, 2, 3, 4}, []float64{4, 3, 2, 1}), 1e-12)
	assert.InDelta(t, 0.2, Spearman([]float64{1, 2, 3, 4, 5}, []float64{2, 5, 1, 3, 4}), 1e-12)
	assert.True(t, math.IsNaN(Spearman([]float64{1, 1, 1}, []float64{1, 2, 3})))
	assert.Equal(t, []float64{1.5, 1.5, 3}, Ranks([]float64{5, 5, 7}))
}

func TestTFIDF(t *testing.T) {
	tf := NewTFIDF([]string{"go kafka services", "python pandas notebooks", "sales quota pipeline"})
	assert.Greater(t, tf.Cosine("kafka services in go", "go kafka services"), tf.Cosine("kafka services in go", "sales quota pipeline"))
	assert.Equal(t, 0.0, tf.Cosine("", "go"))
}
