package text

import (
	"strings"
	"sync"
	"sync/atomic"
)

// cacheLimit bounds each analyzer's stem cache so adversarial input (many
// distinct made-up words) cannot grow memory without bound; past it, terms
// are computed without being cached.
const cacheLimit = 50_000

// maxCachedKey is the longest key cached, in bytes: no real word is longer,
// and it bounds the cache's memory to about cacheLimit × 2 × maxCachedKey.
const maxCachedKey = 64

// minFreeze is the fewest new entries (or hits on them) that trigger a
// freeze, so a small cache is not copied on every new word.
const minFreeze = 64

// stemCache maps a lowercase key to its term. Once a vocabulary has been
// seen almost every lookup hits, and on many cores even an RWMutex's
// reader count becomes the bottleneck. So hits are served from a frozen
// map that is never written after it is published and needs no lock; new
// entries go to a small locked map that is merged into a fresh frozen map
// once it holds, or has served, a quarter as many entries as the frozen
// one. Copying is thus amortized over as many operations as it copies.
type stemCache struct {
	frozen atomic.Pointer[map[string]string]

	mu        sync.Mutex
	fresh     map[string]string // entries not yet frozen
	freshHits int               // lookups served by fresh since the last freeze
	limit     int               // most entries, frozen and fresh together
}

func newStemCache(limit int) stemCache {
	return stemCache{fresh: make(map[string]string), limit: limit}
}

// lookup returns the cached term for key. Taking key as bytes lets callers
// pass a stack buffer: indexing a map with string(key) does not allocate.
func (c *stemCache) lookup(key []byte) (string, bool) {
	if m := c.frozen.Load(); m != nil {
		if t, ok := (*m)[string(key)]; ok {
			return t, true
		}
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	t, ok := c.fresh[string(key)]
	if ok {
		c.freshHits++
		c.maybeFreeze(c.freshHits)
	}
	return t, ok
}

// lookupString is lookup for a key the caller already has as a string.
func (c *stemCache) lookupString(key string) (string, bool) {
	if m := c.frozen.Load(); m != nil {
		if t, ok := (*m)[key]; ok {
			return t, true
		}
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	t, ok := c.fresh[key]
	if ok {
		c.freshHits++
		c.maybeFreeze(c.freshHits)
	}
	return t, ok
}

// store caches term for key while there is room and returns the term to
// use. Both are cloned: they may be substrings of a large input that the
// cache must not keep alive.
func (c *stemCache) store(key, term string) string {
	if len(key) > maxCachedKey {
		return term
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	// Another goroutine may have stored it since our lookup.
	if t, ok := c.fresh[key]; ok {
		return t
	}
	if p := c.frozen.Load(); p != nil {
		if t, ok := (*p)[key]; ok {
			return t
		}
	}
	if c.frozenLen()+len(c.fresh) >= c.limit {
		return term
	}
	same := key == term
	key = strings.Clone(key)
	if same {
		term = key
	} else {
		term = strings.Clone(term)
	}
	c.fresh[key] = term
	c.maybeFreeze(len(c.fresh))
	return term
}

// maybeFreeze merges fresh into a new frozen map once n (fresh's size or
// hits) reaches a quarter of the frozen map's size. c.mu must be held.
func (c *stemCache) maybeFreeze(n int) {
	old := c.frozenLen()
	if n < max(minFreeze, old/4) {
		return
	}
	m := make(map[string]string, old+len(c.fresh))
	if p := c.frozen.Load(); p != nil {
		for k, v := range *p {
			m[k] = v
		}
	}
	for k, v := range c.fresh {
		m[k] = v
	}
	c.frozen.Store(&m)
	clear(c.fresh)
	c.freshHits = 0
}

func (c *stemCache) frozenLen() int {
	if p := c.frozen.Load(); p != nil {
		return len(*p)
	}
	return 0
}

// len reports how many entries the cache holds.
func (c *stemCache) len() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.frozenLen() + len(c.fresh)
}
