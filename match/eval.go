package match

import (
	"math"
	"slices"
	"sync"

	"github.com/quals-dev/quals/internal/index"
	"github.com/quals-dev/quals/requirements"
)

// evaluator evaluates predicates against one profile index.
type evaluator struct {
	ix      *index.Index
	cfg     *config
	posting *requirements.Posting
	scratch []index.Mention // reused by evidenceOf, so quoting allocates only the quotes
	arena   []index.Mention // append-only store for mention lists built during one Match

	// The evidence and children of a Result's findings are carved out of
	// these blocks, a few allocations per Match instead of one per finding.
	// They belong to the Result, so each Match starts new ones.
	evidenceBlock []Evidence
	findingBlock  []Finding
	nodes         int // findings a Result of the posting holds, children included

	facts index.Index // a pool candidate's facts, when bounding it (Pool.Top)

}

// reserveEvidence returns an empty slice with room for n quotes.
func (e *evaluator) reserveEvidence(n int) []Evidence {
	if cap(e.evidenceBlock)-len(e.evidenceBlock) < n {
		e.evidenceBlock = make([]Evidence, 0, max(24, n))
	}
	start := len(e.evidenceBlock)
	e.evidenceBlock = e.evidenceBlock[:start+n]
	return e.evidenceBlock[start : start : start+n]
}

// reserveFindings returns an empty slice with room for n findings.
func (e *evaluator) reserveFindings(n int) []Finding {
	if cap(e.findingBlock)-len(e.findingBlock) < n {
		e.findingBlock = make([]Finding, 0, max(e.nodes, n))
	}
	start := len(e.findingBlock)
	e.findingBlock = e.findingBlock[:start+n]
	return e.findingBlock[start : start : start+n]
}

var evaluators = sync.Pool{New: func() any { return new(evaluator) }}

// eval returns the finding of one predicate, with ID, Predicate, Status,
// Credit, Evidence and Gap set.
func (e *evaluator) eval(p requirements.Predicate, id string) Finding {
	f := Finding{ID: id, Predicate: p.Key()}
	switch p := p.(type) {
	case *requirements.Skill:
		e.skill(&f, p.Mode, p.Terms, p.MinYears, false, p.Weights)
	case *requirements.Experience:
		if len(p.Terms) == 0 {
			e.workYears(&f, p.MinYears)
		} else {
			e.skill(&f, p.Mode, p.Terms, p.MinYears, true, p.Weights)
		}
	case *requirements.Degree:
		e.degree(&f, p)
	case *requirements.Publications:
		e.publications(&f, p)
	case *requirements.Location:
		e.location(&f, p)
	case *requirements.Authorization:
		e.authorization(&f, p)
	case *requirements.Availability:
		e.availability(&f, p)
	case *requirements.Language:
		e.language(&f, p)
	case *requirements.Certification:
		e.certification(&f, p)
	case *requirements.Evidence:
		e.evidence(&f, p)
	case *requirements.Role:
		e.role(&f, p)
	case *requirements.Seniority:
		e.workYears(&f, p.MinYears)
	case *requirements.Any:
		e.combine(&f, p.Of, 1, p.ChildID)
	case *requirements.All:
		e.combine(&f, p.Of, len(p.Of), p.ChildID)
	case *requirements.AtLeast:
		e.combine(&f, p.Of, p.N, p.ChildID)
	}
	f.Credit = roundCredit(f.Credit)
	if f.Status == "" {
		f.Status = statusOf(f.Credit, true)
	}
	if f.Status == Met {
		f.Gap = ""
	}
	return f
}

// roundCredit keeps three decimals, so what a finding shows is what it scores.
func roundCredit(c float64) float64 {
	switch {
	case c >= 1:
		return 1
	case c <= 0:
		return 0
	}
	return math.Round(c*1000) / 1000
}

// statusOf maps a credit to a status; known says whether the profile holds
// the category at all.
func statusOf(credit float64, known bool) Status {
	switch {
	case credit >= 0.9995:
		return Met
	case credit > 0:
		return Partial
	case known:
		return Missing
	}
	return Unknown
}

// combine evaluates every child (no short-circuit: the explanation lists
// them all) and credits the mean of the best n: any is n = 1, all is
// n = len(of).
func (e *evaluator) combine(f *Finding, of []requirements.Predicate, n int, childID func(int) string) {
	var buf [8]float64
	credits := buf[:0]
	if len(of) > len(buf) {
		credits = make([]float64, 0, len(of))
	}
	credits = credits[:len(of)]
	f.Children = e.reserveFindings(len(of))
	var met, unknown int
	for i, p := range of {
		c := e.eval(p, childID(i))
		f.Children = append(f.Children, c)
		credits[i] = c.Credit
		switch c.Status {
		case Met:
			met++
		case Unknown:
			unknown++
		}
	}
	slices.SortFunc(credits, cmpDesc)
	sum := 0.0
	for _, c := range credits[:n] {
		sum += c
	}
	f.Credit = roundCredit(sum / float64(n))
	switch {
	case met >= n:
		f.Status = Met
	case unknown > 0 && met+unknown >= n:
		// what the profile does not say could still meet it
		f.Status = Unknown
	case f.Credit > 0:
		f.Status = Partial
	default:
		f.Status = Missing
	}
	f.Gap = childGaps(f.Children, f.Status)
}

// childGaps joins the gaps of the children that are not met.
func childGaps(cs []Finding, st Status) string {
	if st == Met {
		return ""
	}
	gap := ""
	for _, c := range cs {
		if c.Status == Met || c.Gap == "" {
			continue
		}
		if gap != "" {
			gap += "; "
		}
		gap += c.Gap
	}
	return gap
}

// finishGaps turns the gap fragments evaluation builds (so combinators can
// join their children's) into sentences.
func finishGaps(f *Finding) {
	if f.Gap != "" {
		f.Gap = capitalize(f.Gap) + "."
	}
	for i := range f.Children {
		finishGaps(&f.Children[i])
	}
}

// evidenceOf turns mentions into quotes: one per source, in profile order,
// at most the configured limit (the rest are counted in f.More).
func (e *evaluator) evidenceOf(f *Finding, ms []index.Mention) {
	if len(ms) == 0 {
		return
	}
	e.scratch = append(e.scratch[:0], ms...)
	ms = e.scratch
	slices.SortStableFunc(ms, func(a, b index.Mention) int { return int(a.Source - b.Source) })
	distinct := 0
	for i, m := range ms {
		if i == 0 || m.Source != ms[i-1].Source {
			distinct++
		}
	}
	if f.Evidence == nil {
		f.Evidence = e.reserveEvidence(min(distinct, e.cfg.evidenceLimit))
	}
	for i, m := range ms {
		if i > 0 && m.Source == ms[i-1].Source {
			continue
		}
		e.addEvidence(f, e.ix.Sources[m.Source].Path, e.ix.Quote(m))
	}
}

// addEvidence appends one quote, respecting the limit.
func (e *evaluator) addEvidence(f *Finding, source, text string) {
	if len(f.Evidence) >= e.cfg.evidenceLimit {
		f.More++
		return
	}
	if len(f.Evidence) == cap(f.Evidence) {
		grown := e.reserveEvidence(min(max(2, 2*cap(f.Evidence)), e.cfg.evidenceLimit))
		f.Evidence = append(grown, f.Evidence...)
	}
	f.Evidence = append(f.Evidence, Evidence{Source: source, Text: text})
}
