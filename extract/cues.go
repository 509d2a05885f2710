package extract

import (
	"regexp"
	"strings"
)

// cue is a pattern with the literal words one of which any match holds,
// so that the pattern runs only on the few blocks that might match.
type cue struct {
	triggers []string
	re       *regexp.Regexp
	prefixes []string // words the text may open with instead
}

// cueBits is a set of cues, one bit each.
type cueBits uint64

// cueText is a block with the cues whose trigger words it holds, found in
// one pass over it, so each pattern runs only where its words stand.
type cueText struct {
	s    string
	hits cueBits
}

// match reports whether the block matches the cue's pattern.
func (c *cue) match(t cueText) bool {
	return t.hits&triggerIndex.bits[c.re] != 0 && c.re.MatchString(t.s)
}

// triggerIndex finds every cue's trigger words in one pass: the triggers
// by their first two bytes (one-byte triggers by their byte), then the
// cues whose text opens with one of their prefixes.
var triggerIndex struct {
	byPair   map[uint16][]cueTrigger
	pairs    [1 << 16 / 64]uint64 // which byte pairs start a trigger: most do not, and skip the map
	byByte   [256]cueBits
	prefixed []*cue
	bits     map[*regexp.Regexp]cueBits // each cue's bit, by its pattern
}

type cueTrigger struct {
	word string
	bit  cueBits
}

// indexCues numbers the lexicon's cues and indexes their triggers.
func indexCues(cs ...*cue) {
	triggerIndex.byPair = map[uint16][]cueTrigger{}
	triggerIndex.bits = map[*regexp.Regexp]cueBits{}
	if len(cs) > 64 {
		panic("extract: more cues than a cueBits holds")
	}
	for n, c := range cs {
		bit := cueBits(1) << n
		triggerIndex.bits[c.re] = bit
		for _, w := range c.triggers {
			if len(w) == 1 {
				triggerIndex.byByte[w[0]] |= bit
				continue
			}
			k := uint16(w[0])<<8 | uint16(w[1])
			triggerIndex.byPair[k] = append(triggerIndex.byPair[k], cueTrigger{w, bit})
			triggerIndex.pairs[k/64] |= 1 << (k % 64)
		}
		if len(c.prefixes) > 0 {
			triggerIndex.prefixed = append(triggerIndex.prefixed, c)
		}
	}
}

// newCueText finds which cues' trigger words s holds, ignoring case.
func newCueText(s string) cueText {
	low := strings.ToLower(s)
	t := cueText{s: s}
	for i := 0; i < len(low); i++ {
		t.hits |= triggerIndex.byByte[low[i]]
		if i+1 == len(low) {
			break
		}
		k := uint16(low[i])<<8 | uint16(low[i+1])
		if triggerIndex.pairs[k/64]&(1<<(k%64)) == 0 {
			continue
		}
		for _, tr := range triggerIndex.byPair[k] {
			if t.hits&tr.bit == 0 && strings.HasPrefix(low[i:], tr.word) {
				t.hits |= tr.bit
			}
		}
	}
	for _, c := range triggerIndex.prefixed {
		for _, p := range c.prefixes {
			if strings.HasPrefix(low, p) {
				t.hits |= triggerIndex.bits[c.re]
			}
		}
	}
	return t
}
