package match

import (
	"math"
	"slices"
	"strings"

	"github.com/quals-dev/quals/internal/index"
	"github.com/quals-dev/quals/requirements"
	"github.com/quals-dev/quals/vocab"
)

// A bound is the most a candidate could score against a posting, worked
// out from what the pool keeps of it without rebuilding its profile. Each
// predicate's bound is at least the credit the evaluator gives it, and
// credits, rounding and points are monotone, so the bound of the score is
// at least the score (the WAND idea: skip whoever cannot reach the top).
//
// Predicates that read names (skill, experience, evidence,
// certification) are bounded by how each name shows in the candidate
// (index.Strength), read from the inverted index: the "leaves" of the
// plan, one per distinct name. The others are bounded by whether the
// candidate has the section they read (a cheap bound, from the
// candidate's categories), and then exactly, by evaluating them against
// the candidate's kept facts (the refined bound).

// boundPlan is a posting compiled for bounding.
type boundPlan struct {
	roots  []*boundNode
	shares []int      // each requirement's share of 1000 tenths
	leaves []leafKey  // the distinct names the posting reads
	cats   []category // the predicates read by section, as leaves after the names
	policy Policy
}

// leafKey is a name: a concept, or the words of a phrase the vocabulary
// does not know.
type leafKey struct {
	concept string
	words   []string
}

// category is a predicate read by section: the section it needs.
type category struct {
	needs categories
}

type boundNode struct {
	pred     requirements.Predicate
	leaves   []int // for names: the leaf of each term, in term order
	cat      int   // for a section predicate: its leaf, after the names
	children []*boundNode
	n        int // for a combinator: how many best children count
}

func newBoundPlan(post *requirements.Posting, policy Policy) *boundPlan {
	bp := &boundPlan{policy: policy}
	leafOf := map[string]int{}
	leaf := func(t vocab.Term) int {
		key := "c" + t.Concept
		if t.Concept == "" {
			key = "w" + strings.Join(t.Terms, " ")
		}
		if i, ok := leafOf[key]; ok {
			return i
		}
		lk := leafKey{concept: t.Concept}
		if t.Concept == "" {
			lk.words = distinct(t.Terms)
		}
		bp.leaves = append(bp.leaves, lk)
		leafOf[key] = len(bp.leaves) - 1
		return len(bp.leaves) - 1
	}
	var cats []*boundNode
	var compile func(p requirements.Predicate) *boundNode
	compile = func(p requirements.Predicate) *boundNode {
		n := &boundNode{pred: p, cat: -1}
		names := func(ts []vocab.Term) {
			for _, t := range ts {
				n.leaves = append(n.leaves, leaf(t))
			}
		}
		section := func(c categories) {
			bp.cats = append(bp.cats, category{needs: c})
			cats = append(cats, n)
			n.cat = len(bp.cats) - 1
		}
		switch p := p.(type) {
		case *requirements.Skill:
			names(p.Terms)
		case *requirements.Experience:
			if len(p.Terms) == 0 {
				section(hasDatedWork)
			} else {
				names(p.Terms)
			}
		case *requirements.Evidence:
			names(p.Terms)
		case *requirements.Certification:
			names(p.Terms)
		case *requirements.Degree:
			section(hasEducation)
		case *requirements.Publications:
			section(hasPublications)
		case *requirements.Location:
			section(hasLocation)
		case *requirements.Authorization:
			section(hasAuthorization)
		case *requirements.Availability:
			section(hasAvailability)
		case *requirements.Language:
			section(hasLanguages)
		case *requirements.Seniority:
			section(hasDatedWork)
		case *requirements.Role:
			section(hasTitles)
		case *requirements.Any:
			n.n = 1
			n.children = compileAll(p.Of, compile)
		case *requirements.All:
			n.n = len(p.Of)
			n.children = compileAll(p.Of, compile)
		case *requirements.AtLeast:
			n.n = p.N
			n.children = compileAll(p.Of, compile)
		}
		return n
	}
	reqs := post.Requirements()
	fs := make([]Finding, len(reqs))
	for i, req := range reqs {
		bp.roots = append(bp.roots, compile(req.Predicate()))
		fs[i] = Finding{Weight: req.Weight(), Credit: 1}
	}
	apportion(fs, post.TotalWeight())
	for _, f := range fs {
		bp.shares = append(bp.shares, int(math.Round(f.Points*10)))
	}
	// Section leaves come after the names in a candidate's row.
	for _, n := range cats {
		n.cat += len(bp.leaves)
	}
	return bp
}

func compileAll(ps []requirements.Predicate, compile func(requirements.Predicate) *boundNode) []*boundNode {
	out := make([]*boundNode, len(ps))
	for i, p := range ps {
		out[i] = compile(p)
	}
	return out
}

func distinct(ws []string) []string {
	out := slices.Clone(ws)
	slices.Sort(out)
	return slices.Compact(out)
}

// width is the length of a candidate's row: a state per name, then one per
// section predicate.
func (bp *boundPlan) width() int { return len(bp.leaves) + len(bp.cats) }

// score returns the bound of the score, in tenths, for a candidate's row:
// the names' strengths, and for section predicates 1 when the candidate
// has the section. exact, when not nil, gives instead the exact credit of
// a section predicate for that candidate.
func (bp *boundPlan) score(row []uint8, exact func(p requirements.Predicate) float64) int {
	total := 0
	for i, n := range bp.roots {
		c := bp.credit(n, row, exact)
		total += int(math.Round(float64(bp.shares[i]) * c))
	}
	return total
}

// credit is the bound of one predicate's credit, rounded as the evaluator
// rounds.
func (bp *boundPlan) credit(n *boundNode, row []uint8, exact func(p requirements.Predicate) float64) float64 {
	pol := bp.policy
	strength := func(i int) index.Strength { return index.Strength(row[n.leaves[i]]) }
	var c float64
	switch p := n.pred.(type) {
	case *requirements.Skill:
		c = bp.names(n, p.Mode, p.Weights, func(i int) float64 { return skillBound(strength(i), pol, false) })
	case *requirements.Experience:
		if n.cat >= 0 {
			c = bp.section(n, row, exact)
		} else {
			c = bp.names(n, p.Mode, p.Weights, func(i int) float64 { return skillBound(strength(i), pol, true) })
		}
	case *requirements.Evidence:
		found := 0
		for i := range p.Terms {
			if !sameConceptBefore(p.Terms, i) && strength(i) != index.Absent {
				found++
			}
		}
		c = min(1, float64(found)/float64(p.Min))
	case *requirements.Certification:
		credits := make([]float64, len(p.Terms))
		for i := range p.Terms {
			if strength(i) != index.Absent {
				credits[i] = max(1, pol.MentionedOnly)
			}
		}
		c = combineCredits(credits, p.Mode)
	case *requirements.Any, *requirements.All, *requirements.AtLeast:
		credits := make([]float64, len(n.children))
		for i, ch := range n.children {
			credits[i] = bp.credit(ch, row, exact)
		}
		slices.SortFunc(credits, cmpDesc)
		sum := 0.0
		for _, x := range credits[:n.n] {
			sum += x
		}
		c = sum / float64(n.n)
	default:
		c = bp.section(n, row, exact)
	}
	return roundCredit(c)
}

// section bounds a predicate read by section: 1 with the section, 0
// without (the evaluator gives nothing then), or its exact credit.
func (bp *boundPlan) section(n *boundNode, row []uint8, exact func(p requirements.Predicate) float64) float64 {
	if row[n.cat] == 0 {
		return 0
	}
	if _, pubs := n.pred.(*requirements.Publications); exact == nil || pubs {
		return 1
	}
	return exact(n.pred)
}

// names combines the bounds of a skill or experience predicate's names as
// the evaluator combines their credits.
func (bp *boundPlan) names(n *boundNode, mode requirements.Mode, weights []float64, bound func(i int) float64) float64 {
	if mode == requirements.AllOf || mode == requirements.Coverage {
		sum, total := 0.0, 0.0
		for i := range n.leaves {
			w := 1.0
			if i < len(weights) {
				w = weights[i]
			}
			sum += w * bound(i)
			total += w
		}
		return sum / total
	}
	best := 0.0
	for i := range n.leaves {
		best = max(best, bound(i))
	}
	return best
}

// skillBound is the most a name showing with strength s can earn: found
// where it counts, 1 (or the listed credit, when years fall short, if
// that is more); found elsewhere, the listed credit; only as a topic, the
// topic credit. A phrase's words all present count as found where it
// counts.
func skillBound(s index.Strength, pol Policy, experience bool) float64 {
	counted := max(1, pol.ListedOnly)
	switch s {
	case index.Dated:
		return counted
	case index.Listed:
		if experience {
			return pol.ListedOnly
		}
		return counted
	case index.Studied:
		return pol.ListedOnly
	case index.Topic:
		return pol.TopicOnly
	}
	return 0
}

// cmpDesc orders credits highest first.
func cmpDesc(a, b float64) int {
	switch {
	case a > b:
		return -1
	case a < b:
		return 1
	}
	return 0
}
