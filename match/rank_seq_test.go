package match_test

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/quals-dev/quals/match"
	"github.com/quals-dev/quals/profile"
)

// randomProfiles builds n profiles of varied skills, years and places from
// a seed, some of them alike so that ties must be broken.
func randomProfiles(t testing.TB, seed uint64, n int) []*profile.Profile {
	rng := rand.New(rand.NewPCG(seed, 7))
	skills := []string{"Python", "Java", "Go", "Kafka", "Spark", "PyTorch", "SQL", "Flink", "C++", "TensorFlow"}
	places := []string{`{"city": "Seattle", "countryCode": "US"}`, `{"city": "Toronto", "countryCode": "CA"}`, `{}`}
	out := make([]*profile.Profile, n)
	for i := range n {
		var ks []string
		for _, s := range skills {
			if rng.IntN(3) == 0 {
				ks = append(ks, `"`+s+`"`)
			}
		}
		start := 2015 + rng.IntN(10)
		src := fmt.Sprintf(`{"basics": {"location": %s},
 "work": [{"name": "A", "position": "Engineer", "startDate": "%d-01", "highlights": ["Built streaming jobs with %s"]}],
 "education": [{"institution": "U", "studyType": "%s", "area": "Computer Science", "startDate": "2020", "endDate": "%d"}],
 "skills": [{"name": "Tech", "keywords": [%s]}]}`,
			places[rng.IntN(len(places))], start, skills[rng.IntN(len(skills))],
			[]string{"PhD", "MSc", "BSc"}[rng.IntN(3)], 2025+rng.IntN(4), joinComma(ks))
		p, err := profile.Parse("", []byte(src), profile.WithID(fmt.Sprintf("c%03d", rng.IntN(n/2+1))))
		require.NoError(t, err)
		out[i] = p
	}
	return out
}

func joinComma(ss []string) string {
	s := ""
	for i, x := range ss {
		if i > 0 {
			s += ", "
		}
		s += x
	}
	return s
}

// RankSeq's k best are Rank's first k, result for result, on random pools
// with repeated ids and equal scores.
func TestRankSeqIsRankCutToK(t *testing.T) {
	post := examplePosting(t)
	for seed := range uint64(6) {
		profiles := randomProfiles(t, seed, 120)
		full := match.Rank(profiles, post, match.AsOf(asOf))
		for _, k := range []int{0, 1, 7, 50, 120, 500} {
			got := match.RankSeq(slices.Values(profiles), post, k, match.AsOf(asOf), match.WithWorkers(3))
			want := full
			if k > 0 && k < len(full) {
				want = full[:k]
			}
			require.Len(t, got, len(want), "seed %d, k %d", seed, k)
			for i := range want {
				assert.Equal(t, want[i], got[i], "seed %d, k %d, rank %d", seed, k, i+1)
			}
		}
	}
}

func BenchmarkRankSeqTop10(b *testing.B) {
	post := examplePosting(b)
	profiles := randomProfiles(b, 1, 2000)
	b.ReportAllocs()
	for b.Loop() {
		match.RankSeq(slices.Values(profiles), post, 10, match.AsOf(asOf))
	}
}

func BenchmarkRankAll2000(b *testing.B) {
	post := examplePosting(b)
	profiles := randomProfiles(b, 1, 2000)
	b.ReportAllocs()
	for b.Loop() {
		match.Rank(profiles, post, match.AsOf(asOf))
	}
}
