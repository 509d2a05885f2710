// Package measure holds the statistics the corpus tests report: the ROC
// AUC of a score, Spearman's rank correlation, and the TF-IDF cosine that
// serves as the plain baseline beside quals' score. It is used by tests
// only, to measure on real data; nothing in the library depends on it.
package measure

import (
	"cmp"
	"math"
	"slices"

	"github.com/quals-dev/quals/internal/text"
)

// AUC is the area under the ROC curve of scores for the positives: the
// probability that a random positive scores above a random negative, ties
// counting half (the Mann–Whitney statistic). It is NaN without both
// positives and negatives.
func AUC(scores []float64, positive []bool) float64 {
	ranks := Ranks(scores)
	var rankSum float64
	nPos, nNeg := 0, 0
	for i, p := range positive {
		if p {
			rankSum += ranks[i]
			nPos++
		} else {
			nNeg++
		}
	}
	if nPos == 0 || nNeg == 0 {
		return math.NaN()
	}
	return (rankSum - float64(nPos*(nPos+1))/2) / float64(nPos*nNeg)
}

// Ranks gives each value its rank, 1 for the smallest, ties the mean of
// the ranks they share.
func Ranks(xs []float64) []float64 {
	idx := make([]int, len(xs))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(a, b int) int { return cmp.Compare(xs[a], xs[b]) })
	out := make([]float64, len(xs))
	for i := 0; i < len(idx); {
		j := i
		for j < len(idx) && xs[idx[j]] == xs[idx[i]] {
			j++
		}
		for k := i; k < j; k++ {
			out[idx[k]] = float64(i+j+1) / 2
		}
		i = j
	}
	return out
}

// Spearman is the rank correlation of x and y: Pearson's of their ranks.
// It is NaN when either is constant.
func Spearman(x, y []float64) float64 {
	return pearson(Ranks(x), Ranks(y))
}

func pearson(x, y []float64) float64 {
	mx, my := Mean(x), Mean(y)
	var num, dx, dy float64
	for i := range x {
		num += (x[i] - mx) * (y[i] - my)
		dx += (x[i] - mx) * (x[i] - mx)
		dy += (y[i] - my) * (y[i] - my)
	}
	if dx == 0 || dy == 0 {
		return math.NaN()
	}
	return num / math.Sqrt(dx*dy)
}

// Mean is the mean of xs, NaN values left out.
func Mean(xs []float64) float64 {
	s, n := 0.0, 0
	for _, x := range xs {
		if !math.IsNaN(x) {
			s += x
			n++
		}
	}
	if n == 0 {
		return math.NaN()
	}
	return s / float64(n)
}

// TFIDF is the baseline: a cosine of term-frequency × inverse-document-
// frequency vectors of the stemmed words, the document frequencies taken
// over a corpus.
type TFIDF struct {
	idf map[string]float64
	a   *text.Analyzer
}

// NewTFIDF counts document frequencies over corpus.
func NewTFIDF(corpus []string) *TFIDF {
	a := text.English()
	df := map[string]int{}
	for _, doc := range corpus {
		seen := map[string]bool{}
		for _, tok := range a.Tokens(nil, doc) {
			if !seen[tok.Term] {
				seen[tok.Term] = true
				df[tok.Term]++
			}
		}
	}
	idf := make(map[string]float64, len(df))
	for term, n := range df {
		idf[term] = math.Log(float64(len(corpus)+1) / float64(n+1))
	}
	return &TFIDF{idf: idf, a: a}
}

func (t *TFIDF) vector(s string) map[string]float64 {
	v := map[string]float64{}
	for _, tok := range t.a.Tokens(nil, s) {
		v[tok.Term]++
	}
	for term, n := range v {
		v[term] = n * t.idf[term]
	}
	return v
}

// Cosine is the cosine of the two texts' vectors.
func (t *TFIDF) Cosine(a, b string) float64 {
	va, vb := t.vector(a), t.vector(b)
	var dot, na, nb float64
	for term, x := range va {
		dot += x * vb[term]
		na += x * x
	}
	for _, y := range vb {
		nb += y * y
	}
	if na == 0 || nb == 0 {
		return 0
	}
	return dot / math.Sqrt(na*nb)
}
