package match

import (
	"math"

	"github.com/quals-dev/quals/internal/index"
	"github.com/quals-dev/quals/internal/text"
	"github.com/quals-dev/quals/profile"
	"github.com/quals-dev/quals/requirements"
)

// Match evaluates p against every requirement of post.
//
// It returns a Result with:
//   - one Finding per requirement, required ones first, in posting order;
//   - Score equal to the sum of the findings' Points;
//   - Verdict from the required gates alone (Finding.Gate);
//   - AsOf, the date matched as of.
//
// Match never fails: both inputs were checked when loaded. It is safe to
// call concurrently with the same profile and posting.
func Match(p *profile.Profile, post *requirements.Posting, opts ...Option) Result {
	c := newConfig(opts)
	return c.match(p, post)
}

func (c *config) match(p *profile.Profile, post *requirements.Posting) Result {
	e := evaluators.Get().(*evaluator)
	analyzer, err := text.NewAnalyzer(post.Language())
	if err != nil {
		analyzer = text.English() // a loaded posting's language is always known
	}
	e.ix, e.cfg, e.posting = index.Of(p, post.Vocabulary(), analyzer), c, post
	defer func() {
		e.ix, e.cfg, e.posting, e.arena = nil, nil, nil, e.arena[:0]
		e.evidenceBlock, e.findingBlock = nil, nil
		evaluators.Put(e)
	}()
	reqs := post.Requirements()
	e.nodes = 0
	for _, req := range reqs {
		e.nodes += countNodes(req.Predicate())
	}
	res := Result{
		Posting:   post.ID(),
		Candidate: p.ID(),
		Name:      p.Name(),
		AsOf:      c.asOf.String(),
		Findings:  e.reserveFindings(len(reqs))[:len(reqs)],
	}
	for i, req := range reqs {
		f := e.eval(req.Predicate(), req.ID())
		f.Kind = string(req.Kind())
		f.Gate = req.Kind() == requirements.Required && isGate(req.Predicate())
		f.Text = req.Text()
		f.Weight = req.Weight()
		finishGaps(&f)
		res.Findings[i] = f
	}
	res.Score = apportion(res.Findings, post.TotalWeight())
	res.Verdict = verdict(res.Findings)
	return res
}

// apportion sets each finding's Points and returns the score, their sum.
// A finding's share of 100 is 100 × weight / Σ weights, rounded to tenths
// so that the shares add up to exactly 100 (largest remainder method: the
// tenths left over go to the largest fractions, ties to the earlier
// finding). Its points are its share times its credit, rounded to tenths. A
// met finding so earns its whole share, a profile meeting everything scores
// 100.0, and the score is exactly the sum of the points.
func apportion(fs []Finding, total float64) float64 {
	if total <= 0 {
		return 0
	}
	var buf [32]int
	var fracBuf [32]float64
	shares, fracs := buf[:0], fracBuf[:0]
	if len(fs) > len(buf) {
		shares, fracs = make([]int, 0, len(fs)), make([]float64, 0, len(fs))
	}
	shares, fracs = shares[:len(fs)], fracs[:len(fs)]
	given := 0
	for i, f := range fs {
		exact := 1000 * f.Weight / total
		shares[i] = int(math.Floor(exact + 1e-9))
		fracs[i] = exact - float64(shares[i])
		given += shares[i]
	}
	for ; given < 1000; given++ {
		best := 0
		for i := range fracs {
			if fracs[i] > fracs[best]+1e-12 {
				best = i
			}
		}
		shares[best]++
		fracs[best] = -1 // one extra tenth each
	}
	score := 0
	for i := range fs {
		tenths := int(math.Round(float64(shares[i]) * fs[i].Credit))
		fs[i].Points = float64(tenths) / 10
		score += tenths
	}
	return float64(score) / 10
}

// countNodes counts a predicate and everything under it.
func countNodes(p requirements.Predicate) int {
	var of []requirements.Predicate
	switch p := p.(type) {
	case *requirements.Any:
		of = p.Of
	case *requirements.All:
		of = p.Of
	case *requirements.AtLeast:
		of = p.Of
	}
	n := 1
	for _, c := range of {
		n += countNodes(c)
	}
	return n
}

func verdict(fs []Finding) Verdict {
	v := Eligible
	for _, f := range fs {
		if !f.Gate {
			continue
		}
		switch f.Status {
		case Missing, Partial:
			return Ineligible
		case Unknown:
			v = NeedsInfo
		}
	}
	return v
}
