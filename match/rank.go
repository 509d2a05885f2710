package match

import (
	"cmp"
	"runtime"
	"slices"
	"sync"

	"github.com/quals-dev/quals/profile"
	"github.com/quals-dev/quals/requirements"
)

var verdictOrder = map[Verdict]int{Eligible: 0, NeedsInfo: 1, Ineligible: 2}

// Rank matches every profile against post and returns the results best
// first: by score, the fit (highest first), then by verdict (eligible
// before needs-info before ineligible), then by candidate id, then by input
// order. Rank is set on each result, from 1. A profile that says nothing a
// requirement reads scores 0 and so ranks last; callers that load
// documents should refuse those that hold no résumé at all
// (profile.Profile.HoldsResume), as the command line does. Profiles are
// matched in parallel; the order does not depend on it.
func Rank(profiles []*profile.Profile, post *requirements.Posting, opts ...Option) []Result {
	c := newConfig(opts)
	results := make([]Result, len(profiles))
	c.parallel(len(profiles), func(i int) { results[i] = c.match(profiles[i], post) })
	sortResults(results, func(r Result) string { return r.Candidate })
	return results
}

// RankPostings matches one profile against many postings, as a job board
// does, and returns the results best first (same order as Rank, with the
// posting id as the tie-breaker).
func RankPostings(p *profile.Profile, posts []*requirements.Posting, opts ...Option) []Result {
	c := newConfig(opts)
	results := make([]Result, len(posts))
	c.parallel(len(posts), func(i int) { results[i] = c.match(p, posts[i]) })
	sortResults(results, func(r Result) string { return r.Posting })
	return results
}

func sortResults(results []Result, key func(Result) string) {
	slices.SortStableFunc(results, func(a, b Result) int {
		if d := cmp.Compare(b.Score, a.Score); d != 0 {
			return d
		}
		if d := cmp.Compare(verdictOrder[a.Verdict], verdictOrder[b.Verdict]); d != 0 {
			return d
		}
		return cmp.Compare(key(a), key(b))
	})
	for i := range results {
		results[i].Rank = i + 1
	}
}

// parallel runs fn(0..n-1) on up to c.workers goroutines.
func (c *config) parallel(n int, fn func(int)) {
	workers := c.workers
	if workers == 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	workers = min(workers, n)
	if workers <= 1 {
		for i := 0; i < n; i++ {
			fn(i)
		}
		return
	}
	next := make(chan int)
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for i := range next {
				fn(i)
			}
		})
	}
	for i := 0; i < n; i++ {
		next <- i
	}
	close(next)
	wg.Wait()
}
