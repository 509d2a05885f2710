package match_test

import (
	"fmt"
	"math/rand/v2"
	"runtime"
	"strconv"
	"testing"

	"github.com/quals-dev/quals/internal/synth"
	"github.com/quals-dev/quals/match"
	"github.com/quals-dev/quals/profile"
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
// matches each one, of profiles already loaded) on the smaller pool.
func BenchmarkPoolTop(b *testing.B) {
	post := examplePosting(b)
	for _, n := range []int{10_000, 100_000} {
		r := rand.New(rand.NewPCG(1, 15))
		pool := match.NewPool(nil)
		for i := range n {
			if _, err := pool.AddJSON(fmt.Sprintf("c%07d", i), synth.Profile(r, i)); err != nil {
				b.Fatal(err)
			}
		}
		b.Run(fmt.Sprintf("top100/%d", n), func(b *testing.B) {
			for b.Loop() {
				if len(pool.Top(post, 100, match.AsOf(asOf))) != 100 {
					b.Fatal("short")
				}
			}
		})
		if n == 10_000 {
			everyone := pool.AsProfiles()
			b.Run(fmt.Sprintf("rank-everyone/%d", n), func(b *testing.B) {
				for b.Loop() {
					match.RankSeq(func(yield func(*profile.Profile) bool) {
						for _, p := range everyone {
							if !yield(p) {
								return
							}
						}
					}, post, 100, match.AsOf(asOf))
				}
			})
		}
	}
}
