package match

import (
	"runtime"
	"slices"
	"sync"
	"sync/atomic"

	"github.com/quals-dev/quals/internal/index"
	"github.com/quals-dev/quals/internal/text"
	"github.com/quals-dev/quals/requirements"
)

// Top returns the k best candidates of the pool for post, with their full
// results, in Rank's order (candidates added earlier first among equals);
// all of them when k ≤ 0. The answer is Rank's over every candidate, cut
// to k, but only candidates that can still enter the top k are matched:
// every candidate gets a bound on its score from the inverted index and
// its sections, candidates are taken best bound first, and once k are
// held those whose bound is below the k-th score are skipped (see
// pool_bound.go). A posting read with other knowledge than the pool's, or
// in another language than English, is matched against everyone.
func (pl *Pool) Top(post *requirements.Posting, k int, opts ...Option) []Result {
	c := newConfig(opts)
	pl.mu.RLock()
	defer pl.mu.RUnlock()
	if k <= 0 || k >= pl.live || !pl.prunes(post) {
		return pl.everyone(&c, post, k)
	}
	bp := newBoundPlan(post, c.policy)
	rows := pl.rows(bp)
	order, bounds := pl.byBound(bp, rows)

	workers := c.workers
	if workers == 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	var (
		mu        sync.Mutex
		best      = &topK{k: k}
		threshold atomic.Int64 // the k-th score in tenths once k are held, else -1
		wg        sync.WaitGroup
	)
	threshold.Store(-1)
	slots := make(chan int32, 4*workers)
	width := bp.width()
	for range workers {
		wg.Go(func() {
			for slot := range slots {
				row := rows[int(slot)*width : int(slot+1)*width]
				if int64(pl.refined(&c, post, bp, slot, row)) < threshold.Load() {
					continue
				}
				r := ranked{c.match(pl.profileAt(slot), post), int(slot)}
				pl.matched.Add(1)
				mu.Lock()
				best.offer(r)
				if len(best.items) == k {
					threshold.Store(int64(tenths(best.items[0].Score)))
				}
				mu.Unlock()
			}
		})
	}
	for _, slot := range order {
		if int64(bounds[slot]) < threshold.Load() {
			break // bounds only fall from here
		}
		slots <- slot
	}
	close(slots)
	wg.Wait()
	return finish(best.items, k)
}

// prunes reports whether the pool's bounds hold for post: the names were
// indexed with the vocabulary and analyzer it is matched with.
func (pl *Pool) prunes(post *requirements.Posting) bool {
	a, err := text.NewAnalyzer(post.Language())
	return err == nil && a == text.English() && post.Vocabulary() == pl.knowledge.Vocabulary()
}

// everyone matches every candidate, keeping the k best.
func (pl *Pool) everyone(c *config, post *requirements.Posting, k int) []Result {
	best := &topK{k: k}
	var mu sync.Mutex
	live := make([]int32, 0, pl.live)
	for slot := range pl.cands {
		if !pl.cands[slot].dead {
			live = append(live, int32(slot))
		}
	}
	c.parallel(len(live), func(i int) {
		r := ranked{c.match(pl.profileAt(live[i]), post), int(live[i])}
		mu.Lock()
		best.offer(r)
		mu.Unlock()
	})
	return finish(best.items, k)
}

func finish(items []ranked, k int) []Result {
	slices.SortFunc(items, compareRanked)
	if k > 0 && len(items) > k {
		items = items[:k]
	}
	out := make([]Result, len(items))
	for i, r := range items {
		out[i] = r.Result
		out[i].Rank = i + 1
	}
	return out
}

// rows returns each slot's row: the strength of each name of the plan
// (read off the inverted index) and whether it has the section of each
// section predicate.
func (pl *Pool) rows(bp *boundPlan) []uint8 {
	width := bp.width()
	rows := make([]uint8, len(pl.cands)*width)
	for l, leaf := range bp.leaves {
		if leaf.concept != "" {
			if key, ok := pl.concepts[leaf.concept]; ok {
				pl.lists[key].each(func(slot int32, s uint8) { rows[int(slot)*width+l] = s })
			}
			continue
		}
		pl.phrase(rows, width, l, leaf.words)
	}
	for i, cat := range bp.cats {
		col := len(bp.leaves) + i
		for slot := range pl.cands {
			if pl.cands[slot].flags&cat.needs != 0 {
				rows[slot*width+col] = 1
			}
		}
	}
	return rows
}

// phrase marks the slots that have every word of a phrase. The row's cell
// counts how many of the phrase's lists, taken shortest first, a slot has
// been in so far; only a slot in every one of them reaches their number.
func (pl *Pool) phrase(rows []uint8, width, col int, words []string) {
	if len(words) == 0 {
		return
	}
	lists := make([]*postings, len(words))
	for i, w := range words {
		key, ok := pl.words[w]
		if !ok {
			return // a word no candidate has: nobody has the phrase
		}
		lists[i] = &pl.lists[key]
	}
	slices.SortFunc(lists, func(a, b *postings) int { return int(a.n - b.n) })
	// A cell counts to 255 at most; checking fewer words only loosens the
	// bound.
	lists = lists[:min(len(lists), 250)]
	for i, list := range lists {
		list.each(func(slot int32, _ uint8) {
			if cell := &rows[int(slot)*width+col]; *cell == uint8(i) {
				*cell++
			}
		})
	}
	lists[0].each(func(slot int32, _ uint8) {
		cell := &rows[int(slot)*width+col]
		if *cell == uint8(len(lists)) {
			*cell = uint8(index.Dated)
		} else {
			*cell = 0
		}
	})
}

// byBound returns the live slots best bound first (slot order among
// equals) and every slot's bound, in tenths. Rows that are the same give
// the same bound, so each distinct row is bounded once.
func (pl *Pool) byBound(bp *boundPlan, rows []uint8) ([]int32, []int) {
	width := bp.width()
	bounds := make([]int, len(pl.cands))
	seen := map[string]int{}
	var count [1001]int
	for slot := range pl.cands {
		if pl.cands[slot].dead {
			bounds[slot] = -1
			continue
		}
		row := rows[slot*width : (slot+1)*width]
		b, ok := seen[string(row)]
		if !ok {
			b = min(1000, bp.score(row, nil))
			seen[string(row)] = b
		}
		bounds[slot] = b
		count[b]++
	}
	// A counting sort, highest bound first.
	start := make([]int, 1001)
	at := 0
	for b := 1000; b >= 0; b-- {
		start[b] = at
		at += count[b]
	}
	order := make([]int32, at)
	for slot, b := range bounds {
		if b >= 0 {
			order[start[b]] = int32(slot)
			start[b]++
		}
	}
	return order, bounds
}

// refined is a slot's bound with its section predicates evaluated exactly
// against its kept facts.
func (pl *Pool) refined(c *config, post *requirements.Posting, bp *boundPlan, slot int32, row []uint8) int {
	e := evaluators.Get().(*evaluator)
	pl.cands[slot].facts.Into(&e.facts)
	e.ix, e.cfg, e.posting = &e.facts, c, post
	defer func() {
		e.facts = index.Index{}
		e.ix, e.cfg, e.posting, e.arena = nil, nil, nil, e.arena[:0]
		e.evidenceBlock, e.findingBlock = nil, nil
		evaluators.Put(e)
	}()
	return bp.score(row, func(p requirements.Predicate) float64 { return e.eval(p, "").Credit })
}

func tenths(score float64) int { return int(score*10 + 0.5) }
