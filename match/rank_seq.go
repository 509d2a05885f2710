package match

import (
	"cmp"
	"container/heap"
	"iter"
	"runtime"
	"sync"

	"github.com/quals-dev/quals/profile"
	"github.com/quals-dev/quals/requirements"
)

// RankSeq matches the profiles a sequence yields against post and returns
// the k best in Rank's order (all of them when k ≤ 0). While the sequence
// runs only the k best results are kept, and no profile once matched, so
// a stream of any length (a folder, a JSON Lines file, a database cursor)
// ranks in memory bounded by k. The results are Rank's over the same
// profiles, in the same order (input order breaking the last ties), cut
// to k. Profiles are matched in parallel as they arrive.
func RankSeq(profiles iter.Seq[*profile.Profile], post *requirements.Posting, k int, opts ...Option) []Result {
	c := newConfig(opts)
	workers := c.workers
	if workers == 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	type job struct {
		p   *profile.Profile
		seq int
	}
	jobs := make(chan job, 2*workers)
	best := make([]*topK, workers)
	var wg sync.WaitGroup
	for w := range workers {
		best[w] = &topK{k: k}
		wg.Go(func() {
			for j := range jobs {
				best[w].offer(ranked{c.match(j.p, post), j.seq})
			}
		})
	}
	n := 0
	for p := range profiles {
		jobs <- job{p, n}
		n++
	}
	close(jobs)
	wg.Wait()
	var all []ranked
	for _, b := range best {
		all = append(all, b.items...)
	}
	return finish(all, k)
}

// ranked is a result and its place in the input.
type ranked struct {
	Result
	seq int
}

// compareRanked is Rank's order: score, verdict, candidate id, input order.
func compareRanked(a, b ranked) int {
	if d := cmp.Compare(b.Score, a.Score); d != 0 {
		return d
	}
	if d := cmp.Compare(verdictOrder[a.Verdict], verdictOrder[b.Verdict]); d != 0 {
		return d
	}
	if d := cmp.Compare(a.Candidate, b.Candidate); d != 0 {
		return d
	}
	return cmp.Compare(a.seq, b.seq)
}

// topK keeps the k best results offered (all of them when k ≤ 0), the
// worst of them on top of a heap to be pushed out first.
type topK struct {
	k     int
	items []ranked
}

func (t *topK) offer(r ranked) {
	if t.k <= 0 {
		t.items = append(t.items, r)
		return
	}
	if len(t.items) < t.k {
		heap.Push(t, r)
		return
	}
	if compareRanked(r, t.items[0]) < 0 { // better than the worst kept
		t.items[0] = r
		heap.Fix(t, 0)
	}
}

// heap.Interface, the worst result on top.
func (t *topK) Len() int           { return len(t.items) }
func (t *topK) Less(i, j int) bool { return compareRanked(t.items[i], t.items[j]) > 0 }
func (t *topK) Swap(i, j int)      { t.items[i], t.items[j] = t.items[j], t.items[i] }
func (t *topK) Push(x any)         { t.items = append(t.items, x.(ranked)) }
func (t *topK) Pop() any {
	last := t.items[len(t.items)-1]
	t.items = t.items[:len(t.items)-1]
	return last
}
