package match_test

import (
	"fmt"
	"math/rand/v2"
	"os"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/quals-dev/quals/internal/synth"
	"github.com/quals-dev/quals/match"
)

// BenchmarkPoolResident measures what a candidate costs in a pool: the
// live heap after adding b.N candidates, per candidate (B/profile), the
// inverted index included. "ada" adds copies of Ada's two-page résumé
// (10 KB of JSON), "synth" varied synthetic ones.
func BenchmarkPoolResident(b *testing.B) {
	b.Run("ada", func(b *testing.B) {
		src := readExample(b, "profiles/ada-lovelace-example.json")
		residentPool(b, func(int) []byte { return src })
	})
	b.Run("synth", func(b *testing.B) {
		r := rand.New(rand.NewPCG(1, 15))
		residentPool(b, func(i int) []byte { return synth.Profile(r, i) })
	})
}

func residentPool(b *testing.B, doc func(i int) []byte) {
	docs := make([][]byte, b.N)
	for i := range docs {
		docs[i] = doc(i)
	}
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	pool := match.NewPool(nil)
	b.ResetTimer()
	for i, src := range docs {
		if _, err := pool.AddJSON("c"+strconv.Itoa(i), src); err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	docs = nil
	runtime.GC()
	runtime.ReadMemStats(&after)
	b.ReportMetric(float64(int64(after.HeapAlloc)-int64(before.HeapAlloc))/float64(b.N), "B/profile")
	runtime.KeepAlive(pool)
}

// BenchmarkPoolTop measures the top 100 for the seed posting from pools
// of synthetic candidates, beside ranking every candidate (RankSeq, which
// matches each one, of profiles already loaded) on the smallest pool
// when it holds at most 100,000.
// QUALS_POOL_SIZES lists the pool sizes (10000,100000 by default; the
// README's million is QUALS_POOL_SIZES=1000000). Building each pool is
// reported too, as build/ sub-benchmarks of one iteration: its time and
// the live heap per candidate it leaves.
func BenchmarkPoolTop(b *testing.B) {
	post := examplePosting(b)
	sizes := []int{10_000, 100_000}
	if env := os.Getenv("QUALS_POOL_SIZES"); env != "" {
		sizes = nil
		for _, f := range strings.Split(env, ",") {
			n, err := strconv.Atoi(strings.TrimSpace(f))
			if err != nil || n <= 0 {
				b.Fatalf("QUALS_POOL_SIZES: %q is not a pool size", f)
			}
			sizes = append(sizes, n)
		}
	}
	for i, n := range sizes {
		var (
			pool          *match.Pool
			seconds, heap float64
		)
		b.Run(fmt.Sprintf("build/%d", n), func(b *testing.B) {
			if pool == nil { // one build is enough, whatever b.N asks
				var before, after runtime.MemStats
				runtime.GC()
				runtime.ReadMemStats(&before)
				start := time.Now()
				pool = buildSynthPool(b, n)
				seconds = time.Since(start).Seconds()
				runtime.GC()
				runtime.ReadMemStats(&after)
				heap = float64(int64(after.HeapAlloc)-int64(before.HeapAlloc)) / float64(n)
			}
			b.ReportMetric(seconds, "s/build")
			b.ReportMetric(heap, "B/profile")
		})
		b.Run(fmt.Sprintf("top100/%d", n), func(b *testing.B) {
			for b.Loop() {
				if len(pool.Top(post, 100, match.AsOf(asOf))) != 100 {
					b.Fatal("short")
				}
			}
		})
		if i == 0 && n <= 100_000 { // rebuilding a million profiles would not fit
			everyone := pool.AsProfiles()
			b.Run(fmt.Sprintf("rank-everyone/%d", n), func(b *testing.B) {
				for b.Loop() {
					match.RankSeq(slices.Values(everyone), post, 100, match.AsOf(asOf))
				}
			})
		}
		pool = nil
	}
}

// buildSynthPool adds n synthetic candidates, from as many goroutines as
// there are processors (AddJSON reads each document before taking the
// pool's lock); candidate i is the same whatever the interleaving.
func buildSynthPool(b *testing.B, n int) *match.Pool {
	pool := match.NewPool(nil)
	workers := runtime.GOMAXPROCS(0)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			for i := w; i < n; i += workers {
				r := rand.New(rand.NewPCG(uint64(i), 15))
				if _, err := pool.AddJSON(fmt.Sprintf("c%07d", i), synth.Profile(r, i)); err != nil {
					b.Error(err)
					return
				}
			}
		})
	}
	wg.Wait()
	return pool
}
