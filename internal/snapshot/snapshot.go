// Package snapshot writes and reads the private binary form in which the
// embedded vocabulary and gazetteer are stored already built, so that a
// process reads arrays at start instead of parsing and indexing text.
//
// A snapshot is a magic line naming its kind and version, then unsigned
// varints, zig-zag varints, and strings as a length and their bytes. The
// Reader reads from a string and returns parts of it, so reading the
// embedded data copies no text. Its first error sticks: every later read
// returns a zero value, and Err reports it.
package snapshot

import (
	"encoding/binary"
	"errors"
	"strings"
)

// Writer appends to a snapshot.
type Writer struct{ buf []byte }

// NewWriter starts a snapshot with its magic line.
func NewWriter(magic string) *Writer { return &Writer{buf: []byte(magic)} }

// Bytes returns the snapshot written so far.
func (w *Writer) Bytes() []byte { return w.buf }

// Uint writes an unsigned number.
func (w *Writer) Uint(n uint64) { w.buf = binary.AppendUvarint(w.buf, n) }

// Int writes a signed number.
func (w *Writer) Int(n int32) { w.buf = binary.AppendVarint(w.buf, int64(n)) }

// Bool writes a boolean.
func (w *Writer) Bool(b bool) {
	if b {
		w.Uint(1)
	} else {
		w.Uint(0)
	}
}

// String writes a string.
func (w *Writer) String(s string) {
	w.Uint(uint64(len(s)))
	w.buf = append(w.buf, s...)
}

// Strings writes a list of strings.
func (w *Writer) Strings(ss []string) {
	w.Uint(uint64(len(ss)))
	for _, s := range ss {
		w.String(s)
	}
}

// ErrMalformed is what a Reader reports for a snapshot cut short or
// damaged.
var ErrMalformed = errors.New("snapshot is truncated or malformed")

// Reader reads a snapshot held in a string.
type Reader struct {
	src string
	err error
}

// NewReader starts reading src, which must open with magic.
func NewReader(src, magic string) *Reader {
	r := &Reader{}
	if rest, ok := strings.CutPrefix(src, magic); ok {
		r.src = rest
	} else {
		r.err = errors.New("not a snapshot of this kind and version")
	}
	return r
}

// Uint reads an unsigned number.
func (r *Reader) Uint() uint64 {
	if r.err != nil {
		return 0
	}
	var n uint64
	for i := 0; i < len(r.src) && i < binary.MaxVarintLen64; i++ {
		b := r.src[i]
		n |= uint64(b&0x7f) << (7 * i)
		if b < 0x80 {
			r.src = r.src[i+1:]
			return n
		}
	}
	r.err = ErrMalformed
	return 0
}

// Int reads a signed number written by Writer.Int.
func (r *Reader) Int() int32 {
	u := r.Uint()
	n := int64(u >> 1) // zig-zag, as binary.AppendVarint writes it
	if u&1 != 0 {
		n = ^n
	}
	if int64(int32(n)) != n {
		r.fail()
		return 0
	}
	return int32(n)
}

// Bool reads a boolean.
func (r *Reader) Bool() bool { return r.Uint() == 1 }

// Count reads the length of a list and checks it against what is left:
// every element takes at least a byte, so a damaged length cannot ask for
// more memory than the snapshot's size.
func (r *Reader) Count() int {
	n := r.Uint()
	if n > uint64(len(r.src)) {
		r.fail()
		return 0
	}
	return int(n)
}

// String reads a string, a part of the snapshot.
func (r *Reader) String() string {
	n := r.Count()
	s := r.src[:n]
	r.src = r.src[n:]
	return s
}

// Strings reads a list of strings; nil when it is empty.
func (r *Reader) Strings() []string {
	n := r.Count()
	if n == 0 {
		return nil
	}
	out := make([]string, n)
	for i := range out {
		out[i] = r.String()
	}
	return out
}

// Err reports the first error, or bytes left after what was read.
func (r *Reader) Err() error {
	if r.err == nil && r.src != "" {
		return errors.New("snapshot has bytes after its end")
	}
	return r.err
}

func (r *Reader) fail() {
	if r.err == nil {
		r.err = ErrMalformed
	}
}
