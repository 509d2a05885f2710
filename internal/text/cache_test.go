package text

import (
	"fmt"
	"strings"
	"testing"
	"unsafe"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// entries copies everything the cache holds.
func (c *stemCache) entries() map[string]string {
	c.mu.Lock()
	defer c.mu.Unlock()
	out := map[string]string{}
	if p := c.frozen.Load(); p != nil {
		for k, v := range *p {
			out[k] = v
		}
	}
	for k, v := range c.fresh {
		out[k] = v
	}
	return out
}

// letterWord returns a distinct made-up word of letters for each i.
func letterWord(i int) string {
	return fmt.Sprintf("Words%c%c%c", 'a'+i%26, 'a'+i/26%26, 'a'+i/676%26)
}

func TestCacheBounded(t *testing.T) {
	for _, limit := range []int{10, 1000} {
		t.Run(fmt.Sprint(limit), func(t *testing.T) {
			a := newAnalyzer("english", English().stemmer, englishConflations, limit)
			for i := range 3 * limit {
				w := letterWord(i)
				require.Equal(t, English().Term(w), a.Term(w), w)
			}
			assert.Equal(t, limit, a.cache.len())
			// Past the bound, terms are still right, just not cached.
			assert.Equal(t, "publish", a.Term("publications"))
			assert.Equal(t, limit, a.cache.len())
		})
	}
}

func TestCacheFreezes(t *testing.T) {
	a := newAnalyzer("english", English().stemmer, nil, cacheLimit)
	for i := range minFreeze - 1 {
		a.Term(letterWord(i))
	}
	assert.Nil(t, a.cache.frozen.Load(), "below minFreeze new words stay in the locked map")
	a.Term(letterWord(minFreeze - 1))
	require.NotNil(t, a.cache.frozen.Load())
	assert.Len(t, *a.cache.frozen.Load(), minFreeze)
	assert.Empty(t, a.cache.fresh)

	// Words left in the locked map are frozen once they are looked up often.
	a.Term("mentoring")
	assert.Len(t, a.cache.fresh, 1)
	for range minFreeze {
		a.Term("mentoring")
	}
	assert.Empty(t, a.cache.fresh)
	assert.Equal(t, "mentor", (*a.cache.frozen.Load())["mentoring"])
	assert.Equal(t, minFreeze+1, a.cache.len())
}

func TestCacheSkipsLongKeys(t *testing.T) {
	a := newAnalyzer("english", English().stemmer, nil, 10)
	long := strings.Repeat("x", maxCachedKey+1)
	assert.Equal(t, long, a.Term(long))
	assert.Equal(t, strings.Repeat("y", maxCachedKey+1), a.Term(strings.Repeat("Y", maxCachedKey+1)))
	assert.Zero(t, a.cache.len())
}

func TestCacheDoesNotRetainInput(t *testing.T) {
	a := newAnalyzer("english", English().stemmer, nil, 10)
	in := "a large input whose words are cached: runs"
	require.NotEmpty(t, a.Tokens(nil, in))
	start := uintptr(unsafe.Pointer(unsafe.StringData(in)))
	entries := a.cache.entries()
	require.NotEmpty(t, entries)
	for k, v := range entries {
		for _, s := range []string{k, v} {
			p := uintptr(unsafe.Pointer(unsafe.StringData(s)))
			assert.False(t, p >= start && p < start+uintptr(len(in)), "%q points into the input", s)
		}
	}
}
