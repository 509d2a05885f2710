package match_test

import (
	"fmt"
	"math/rand/v2"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/quals-dev/quals/internal/synth"
	"github.com/quals-dev/quals/match"
	"github.com/quals-dev/quals/profile"
	"github.com/quals-dev/quals/requirements"
)

// synthPool fills a pool with n synthetic candidates drawn from r.
func synthPool(t testing.TB, r *rand.Rand, n int) *match.Pool {
	t.Helper()
	pool := match.NewPool(nil)
	for i := range n {
		_, err := pool.AddJSON(fmt.Sprintf("c%05d", i), synth.Profile(r, i))
		require.NoError(t, err)
	}
	return pool
}

// requireSameAsRank checks that Top's k best are Rank's over every
// candidate of the pool, cut to k: the same results, explanations and all,
// in the same order. everyone is the pool's candidates (AsProfiles).
func requireSameAsRank(t *testing.T, pool *match.Pool, everyone []*profile.Profile, post *requirements.Posting, ks ...int) {
	t.Helper()
	all := match.Rank(everyone, post, match.AsOf(asOf))
	for _, k := range ks {
		want := all
		if k > 0 && len(want) > k {
			want = want[:k]
		}
		got := pool.Top(post, k, match.AsOf(asOf))
		require.Equal(t, len(want), len(got), "posting %s, k=%d", post.ID(), k)
		for i := range want {
			require.Equal(t, want[i], got[i], "posting %s, k=%d, rank %d", post.ID(), k, i+1)
		}
	}
}

// Top is Rank cut to k, on random pools and random postings that use
// every predicate and combinator, for k from 1 to past the pool's size.
func TestPoolTopIsRankCutToK(t *testing.T) {
	sizes, postings := 300, 40
	if testing.Short() {
		sizes, postings = 120, 12
	}
	for seed := range uint64(3) {
		r := rand.New(rand.NewPCG(seed, 15))
		pool := synthPool(t, r, sizes)
		posts := []*requirements.Posting{examplePosting(t)}
		for i := range postings {
			posts = append(posts, parsePosting(t, synth.Posting(r, i)))
		}
		everyone := pool.AsProfiles()
		for _, post := range posts {
			requireSameAsRank(t, pool, everyone, post, 1, 3, 10, 50, sizes+1)
		}
	}
}

// After removes and re-adds the answer is still Rank's, and a replaced
// candidate ranks once, as its new document says.
func TestPoolTopAfterRemoveAndReplace(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 15))
	pool := synthPool(t, r, 150)
	post := examplePosting(t)
	for i := 0; i < 150; i += 3 {
		require.True(t, pool.Remove(fmt.Sprintf("c%05d", i)))
	}
	assert.False(t, pool.Remove("c00000"), "already removed")
	assert.Equal(t, 100, pool.Len())
	for i := 1; i < 150; i += 9 { // replace some with new documents
		_, err := pool.AddJSON(fmt.Sprintf("c%05d", i), synth.Profile(r, 1000+i))
		require.NoError(t, err)
	}
	assert.Equal(t, 100, pool.Len())
	requireSameAsRank(t, pool, pool.AsProfiles(), post, 1, 5, 20)
	top := pool.Top(post, 99, match.AsOf(asOf))
	seen := map[string]bool{}
	for _, res := range top {
		assert.False(t, seen[res.Candidate], "%s ranked twice", res.Candidate)
		seen[res.Candidate] = true
	}
}

// A profile added to the pool matches, rebuilt, as it did before: the pool
// keeps everything matching reads.
func TestPoolKeepsWhatMatchingReads(t *testing.T) {
	post := examplePosting(t)
	pool := match.NewPool(nil)
	for _, p := range exampleProfiles(t) {
		require.NoError(t, pool.Add(p))
		rebuilt, ok := pool.Profile(p.ID())
		require.True(t, ok)
		assert.Equal(t, match.Match(p, post, match.AsOf(asOf)), match.Match(rebuilt, post, match.AsOf(asOf)), p.ID())
	}
	_, ok := pool.Profile("nobody")
	assert.False(t, ok)
}

func TestPoolRefusesWhatItCannotHold(t *testing.T) {
	pool := match.NewPool(nil)
	_, err := pool.AddJSON("", []byte(`{"basics":{"name":"A"}}`))
	assert.ErrorContains(t, err, "needs an id")
	_, err = pool.AddJSON("broken", []byte(`{"basics":`))
	assert.Error(t, err)
	assert.Equal(t, 0, pool.Len(), "a document that does not load is not added")
}

// Top runs beside Add and Remove (run with -race): each Top sees the pool
// before or after each change, never half of one.
func TestPoolConcurrentTopAddRemove(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 15))
	pool := synthPool(t, r, 100)
	post := examplePosting(t)
	docs := make([][]byte, 60)
	for i := range docs {
		docs[i] = synth.Profile(r, 500+i)
	}
	var wg sync.WaitGroup
	wg.Go(func() {
		for i, doc := range docs {
			_, err := pool.AddJSON(fmt.Sprintf("n%03d", i), doc)
			assert.NoError(t, err)
			pool.Remove(fmt.Sprintf("c%05d", i))
		}
	})
	for range 2 {
		wg.Go(func() {
			for range 15 {
				top := pool.Top(post, 10, match.AsOf(asOf))
				assert.Len(t, top, 10)
				for i := 1; i < len(top); i++ {
					assert.GreaterOrEqual(t, top[i-1].Score, top[i].Score)
				}
			}
		})
	}
	wg.Wait()
	assert.Equal(t, 100, pool.Len())
	requireSameAsRank(t, pool, pool.AsProfiles(), post, 10)
}

// Top matches in full only candidates that can still enter the top k.
func TestPoolTopPrunes(t *testing.T) {
	r := rand.New(rand.NewPCG(11, 15))
	const n = 2000
	pool := synthPool(t, r, n)
	posts := []*requirements.Posting{examplePosting(t)}
	for i := range 5 {
		posts = append(posts, parsePosting(t, synth.Posting(r, i)))
	}
	for _, post := range posts {
		before := pool.Matched()
		pool.Top(post, 10, match.AsOf(asOf))
		matched := pool.Matched() - before
		t.Logf("%s: %d of %d matched", post.ID(), matched, n)
		assert.Less(t, matched, int64(n/4), "%s: the bounds prune little", post.ID())
	}
}

// When most candidates are removed the pool packs the documents of the
// others afresh; each still rebuilds as it was added.
func TestPoolPacksAfterRemoves(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 15))
	const n = 1500
	docs := make([][]byte, n)
	pool := match.NewPool(nil)
	for i := range docs {
		docs[i] = synth.Profile(r, i)
		_, err := pool.AddJSON(fmt.Sprintf("c%05d", i), docs[i])
		require.NoError(t, err)
	}
	for i := range n {
		if i%5 != 0 {
			require.True(t, pool.Remove(fmt.Sprintf("c%05d", i)))
		}
	}
	require.Equal(t, n/5, pool.Len())
	for i := 0; i < n; i += 5 {
		id := fmt.Sprintf("c%05d", i)
		want, err := profile.Parse(id, docs[i], profile.WithID(id))
		require.NoError(t, err)
		got, ok := pool.Profile(id)
		require.True(t, ok)
		require.Equal(t, want.Resume(), got.Resume(), id)
	}
	requireSameAsRank(t, pool, pool.AsProfiles(), examplePosting(t), 10)
}
