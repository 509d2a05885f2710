package vocab

import (
	"github.com/quals-dev/quals/internal/text"
)

// phrases finds known multi-word names in token sequences: a trie keyed by
// normalized token terms, so matching costs one map lookup per token.
type phrases struct {
	root *trieNode
}

type trieNode struct {
	next map[string]*trieNode
	end  *ending // non-nil when a name ends here
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
	// technical says the name is a technology, which makes a nearby
	// ambiguous word technical too; soft skills and topics do not.
	technical bool
}

func newPhrases() phrases { return phrases{root: &trieNode{}} }

// add inserts a name already split into terms. A later add of the same
// terms overrides the earlier one: extensions win.
func (p phrases) add(terms []string, e ending) {
	if len(terms) == 0 {
		return
	}
	n := p.root
	for _, t := range terms {
		if n.next == nil {
			n.next = make(map[string]*trieNode)
		}
		c := n.next[t]
		if c == nil {
			c = &trieNode{}
			n.next[t] = c
		}
		n = c
	}
	if n.end != nil && n.end.concept == e.concept && e.exact == "" && n.end.exact == "" {
		e.spellings = append(e.spellings, n.end.spellings...)
	}
	n.end = &e
}

// longest returns the longest name starting at toks[i]: its ending and the
// index just past its last token. ok is false when no name starts there.
func (p phrases) longest(toks []text.Token, i int) (e ending, end int, ok bool) {
	n := p.root
	for j := i; j < len(toks); j++ {
		c := n.next[toks[j].Term]
		if c == nil {
			break
		}
		n = c
		if n.end != nil {
			e, end, ok = *n.end, j+1, true
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
