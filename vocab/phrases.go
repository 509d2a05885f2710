package vocab

import (
	"github.com/quals-dev/quals/internal/text"
)

// phrases finds known multi-word names in token sequences: a trie keyed by
// normalized token terms, so matching costs one map lookup per token. The
// trie's edges live in one map, (node, term) → child, rather than a map per
// node: a vocabulary of tens of thousands of names then costs a few large
// allocations instead of one per node.
type phrases struct{ *trie }

type trie struct {
	// root holds the edges from the root, which every token of a text is
	// looked up in: a string-keyed map hashes faster than the edge map.
	root    map[string]int32
	next    map[edge]int32 // (node, term) -> child node below the root; node 0 is the root
	end     []int32        // per node: 1 + the index in endings of the name ending there, or 0
	endings []ending
}

type edge struct {
	node int32
	term string
}

// ending is what a name that ends at a trie node stands for.
type ending struct {
	concept int32 // index into the owning table's concept list
	// exact is the spelling to require, case and all, when the name is an
	// ambiguous ordinary word ("Go"); empty for unambiguous names.
	exact string
	// spellings are the lowercase one-word names that end here. Stemming
	// joins too much for single words ("personal" and "personalization",
	// "excellent" and "Excel"), so a one-word hit must also be spelled close
	// to one of them; see closeSpelling.
	spellings []string
}

func newPhrases() phrases { return newPhrasesFor(0) }

// newPhrasesFor makes room for about n names.
func newPhrasesFor(n int) phrases {
	t := &trie{root: make(map[string]int32, n), next: make(map[edge]int32, n/2), end: make([]int32, 1, n*3/2+1), endings: make([]ending, 0, n)}
	return phrases{t}
}

// add inserts a name already split into terms. A later add of the same
// terms overrides the earlier one: extensions win.
func (p phrases) add(terms []string, e ending) {
	if len(terms) == 0 {
		return
	}
	n := int32(0)
	for _, t := range terms {
		c, ok := p.child(n, t)
		if !ok {
			c = int32(len(p.end))
			p.end = append(p.end, 0)
			if n == 0 {
				p.root[t] = c
			} else {
				p.next[edge{n, t}] = c
			}
		}
		n = c
	}
	if i := p.end[n]; i > 0 {
		old := p.endings[i-1]
		if old.concept == e.concept && e.exact == "" && old.exact == "" {
			e.spellings = append(e.spellings, old.spellings...)
		}
		p.endings[i-1] = e
		return
	}
	p.endings = append(p.endings, e)
	p.end[n] = int32(len(p.endings))
}

// child follows the edge labelled term from node n.
func (p phrases) child(n int32, term string) (int32, bool) {
	if n == 0 {
		c, ok := p.root[term]
		return c, ok
	}
	c, ok := p.next[edge{n, term}]
	return c, ok
}

// longest returns the longest name starting at toks[i]: its ending and the
// index just past its last token. ok is false when no name starts there.
func (p phrases) longest(toks []text.Token, i int) (e ending, end int, ok bool) {
	n := int32(0)
	for j := i; j < len(toks); j++ {
		c, found := p.child(n, toks[j].Term)
		if !found {
			break
		}
		n = c
		if k := p.end[n]; k > 0 {
			e, end, ok = p.endings[k-1], j+1, true
		}
	}
	return e, end, ok
}

// exactly reports the ending when the whole token sequence is one name.
func (p phrases) exactly(toks []text.Token) (ending, bool) {
	if len(toks) == 0 {
		return ending{}, false
	}
	e, end, ok := p.longest(toks, 0)
	if !ok || end != len(toks) {
		return ending{}, false
	}
	return e, true
}
