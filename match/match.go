package match

import (
	"math"

	"github.com/quals-dev/quals/profile"
	"github.com/quals-dev/quals/requirements"
)

// Match evaluates p against every requirement of post.
//
// It returns a Result with:
//   - one Finding per requirement, required ones first, in posting order;
//   - Score equal to the sum of the findings' Points;
//   - Verdict from the required findings alone;
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
	e.ix, e.cfg, e.posting = p.Index(post.Vocabulary(), post.Analyzer()), c, post
	defer func() {
		e.ix, e.cfg, e.posting, e.arena = nil, nil, nil, e.arena[:0]
		evaluators.Put(e)
	}()
	reqs := post.Requirements()
	res := Result{
		Posting:   post.ID(),
		Candidate: p.ID(),
		Name:      p.Name(),
		AsOf:      c.asOf.String(),
		Findings:  make([]Finding, len(reqs)),
	}
	for i, req := range reqs {
		f := e.eval(req.Predicate(), req.ID())
		f.Kind = string(req.Kind())
		f.Text = req.Text()
		f.Weight = req.Weight()
		finishGaps(&f)
		res.Findings[i] = f
	}
	res.Score = apportion(res.Findings, post.TotalWeight())
	res.Verdict = verdict(res.Findings)
	return res
}

// apportion sets each finding's Points to tenths that add up exactly to the
// rounded total score, which it returns (largest remainder method).
func apportion(fs []Finding, total float64) float64 {
	if total <= 0 {
		return 0
	}
	var rawBuf [32]float64
	var tenthsBuf [32]int
	raw := rawBuf[:0]
	tenths := tenthsBuf[:0]
	if len(fs) > len(rawBuf) {
		raw, tenths = make([]float64, 0, len(fs)), make([]int, 0, len(fs))
	}
	raw, tenths = raw[:len(fs)], tenths[:len(fs)]
	sum := 0.0
	floors := 0
	for i, f := range fs {
		raw[i] = 1000 * f.Weight * f.Credit / total
		sum += raw[i]
		floors += int(math.Floor(raw[i] + 1e-9))
	}
	target := int(math.Round(sum))
	for i := range fs {
		tenths[i] = int(math.Floor(raw[i] + 1e-9))
	}
	for extra := target - floors; extra > 0; extra-- {
		best, bestFrac := -1, 1e-9
		for i := range fs {
			frac := raw[i] - float64(tenths[i])
			if fs[i].Credit > 0 && frac > bestFrac {
				best, bestFrac = i, frac
			}
		}
		if best < 0 {
			break
		}
		tenths[best]++
	}
	score := 0
	for i := range fs {
		fs[i].Points = float64(tenths[i]) / 10
		score += tenths[i]
	}
	return float64(score) / 10
}

func verdict(fs []Finding) Verdict {
	v := Eligible
	for _, f := range fs {
		if f.Kind != string(requirements.Required) {
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
