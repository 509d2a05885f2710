package audit

import (
	"math"
	"strconv"
)

// SmallSample is the category size under which an impact ratio is only
// indicative: with fewer than 30 candidates in a category or in the one it
// is compared with, one candidate more or less can move the ratio across
// four fifths, so the report marks it and gives the significance test.
const SmallSample = 30

// fisherExact is the two-sided p-value of Fisher's exact test for the 2×2
// table [[a, b], [c, d]]: the probability, with the margins fixed, of a
// table at most as likely as the one observed. Here a and b are a
// category's selected and not selected candidates, c and d the comparison
// category's.
func fisherExact(a, b, c, d int) float64 {
	row1, col1, n := a+b, a+c, a+b+c+d
	if n == 0 {
		return 1
	}
	lo, hi := max(0, col1-(c+d)), min(row1, col1)
	logP := func(x int) float64 { // hypergeometric probability of a = x
		return lchoose(row1, x) + lchoose(n-row1, col1-x) - lchoose(n, col1)
	}
	observed := logP(a)
	p := 0.0
	for x := lo; x <= hi; x++ {
		// A relative tolerance keeps tables as likely as the observed one
		// in the sum despite rounding.
		if lp := logP(x); lp <= observed+1e-7 {
			p += math.Exp(lp)
		}
	}
	// Six significant digits: more would be rounding noise of the
	// logarithms, and the report gives the same digits everywhere.
	p, _ = strconv.ParseFloat(strconv.FormatFloat(min(p, 1), 'g', 6, 64), 64)
	return p
}

// lchoose is the logarithm of the binomial coefficient (n k).
func lchoose(n, k int) float64 {
	a, _ := math.Lgamma(float64(n + 1))
	b, _ := math.Lgamma(float64(k + 1))
	c, _ := math.Lgamma(float64(n - k + 1))
	return a - b - c
}
