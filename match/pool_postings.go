package match

import "encoding/binary"

// postings is the list of candidates that have one key of the inverted
// index, ascending by slot, each with how strongly the key shows (three
// bits). Slots are kept as varint gaps from the one before: on a large
// pool most gaps are short, so most entries take one or two bytes
// instead of four.
type postings struct {
	data []byte
	last int32 // the last slot added, -1 before the first
	n    int32
}

func newPostings() postings { return postings{last: -1} }

// add appends a slot, which must be above every slot added before.
func (ps *postings) add(slot int32, strength uint8) {
	gap := uint64(slot - ps.last)
	ps.data = binary.AppendUvarint(ps.data, gap<<3|uint64(strength&7))
	ps.last = slot
	ps.n++
}

// each calls fn with every slot and its strength, in order.
func (ps *postings) each(fn func(slot int32, strength uint8)) {
	slot := int32(-1)
	for data := ps.data; len(data) > 0; {
		v, n := binary.Uvarint(data)
		data = data[n:]
		slot += int32(v >> 3)
		fn(slot, uint8(v&7))
	}
}
