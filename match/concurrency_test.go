package match_test

import (
	"bytes"
	"runtime"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/quals-dev/quals/match"
)

// One loaded posting and the indexed profiles are shared by thousands of
// concurrent Match calls (run under -race); every result must equal the
// serial one, byte for byte.
func TestConcurrentMatchEqualsSerial(t *testing.T) {
	post := examplePosting(t)
	profiles := exampleProfiles(t)
	want := make([][]byte, len(profiles))
	for i, p := range profiles {
		var b bytes.Buffer
		require.NoError(t, match.WriteJSON(&b, match.Match(p, post, match.AsOf(asOf))))
		want[i] = b.Bytes()
	}
	const calls = 2000
	got := make([][]byte, calls)
	var wg sync.WaitGroup
	for c := range calls {
		wg.Go(func() {
			var b bytes.Buffer
			_ = match.WriteJSON(&b, match.Match(profiles[c%len(profiles)], post, match.AsOf(asOf)))
			got[c] = b.Bytes()
		})
	}
	wg.Wait()
	for c := range calls {
		if !bytes.Equal(want[c%len(profiles)], got[c]) {
			t.Fatalf("call %d (%s) differs from the serial result", c, profiles[c%len(profiles)].ID())
		}
	}
}

// Rank's output does not depend on how many threads run it.
func TestRankSameAcrossGOMAXPROCS(t *testing.T) {
	post := examplePosting(t)
	profiles := exampleProfiles(t)
	var first []byte
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	for _, procs := range []int{1, 2, 4, 16} {
		runtime.GOMAXPROCS(procs)
		var b bytes.Buffer
		require.NoError(t, match.WriteJSON(&b, match.Rank(profiles, post, match.AsOf(asOf))))
		if first == nil {
			first = b.Bytes()
			continue
		}
		assert.Equal(t, string(first), b.String(), "GOMAXPROCS=%d", procs)
	}
}
