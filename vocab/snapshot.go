package vocab

import (
	"cmp"
	"encoding/binary"
	"errors"
	"maps"
	"slices"

	"github.com/quals-dev/quals/internal/text"
)

// The embedded vocabulary is stored built (data/default.snapshot): its
// names already analysed into terms and its tries already laid out, so a
// process starts by reading arrays instead of parsing YAML and stemming
// tens of thousands of names. A test checks that the snapshot is what New
// builds from the files in data; "go generate ./vocab" rewrites it.
//
// The format is private and versioned by snapshotMagic: unsigned varints,
// strings as a length and their bytes, maps written in sorted key order so
// the same vocabulary always gives the same bytes.
const snapshotMagic = "quals-vocab-snapshot 1\n"

type snapshotWriter struct{ buf []byte }

func (w *snapshotWriter) uint(n uint64) { w.buf = binary.AppendUvarint(w.buf, n) }
func (w *snapshotWriter) int(n int32)   { w.buf = binary.AppendVarint(w.buf, int64(n)) }
func (w *snapshotWriter) str(s string) {
	w.uint(uint64(len(s)))
	w.buf = append(w.buf, s...)
}

func (w *snapshotWriter) strs(ss []string) {
	w.uint(uint64(len(ss)))
	for _, s := range ss {
		w.str(s)
	}
}

func (w *snapshotWriter) phrases(p phrases) {
	w.uint(uint64(len(p.end)))
	for _, e := range p.end {
		w.int(e)
	}
	w.uint(uint64(len(p.endings)))
	for _, e := range p.endings {
		w.int(e.concept)
		w.str(e.exact)
		w.strs(e.spellings)
	}
	w.uint(uint64(len(p.root)))
	for _, k := range slices.Sorted(maps.Keys(p.root)) {
		w.str(k)
		w.int(p.root[k])
	}
	edges := slices.SortedFunc(maps.Keys(p.next), func(a, b edge) int {
		return cmp.Or(cmp.Compare(a.node, b.node), cmp.Compare(a.term, b.term))
	})
	w.uint(uint64(len(edges)))
	for _, e := range edges {
		w.int(e.node)
		w.str(e.term)
		w.int(p.next[e])
	}
}

func (w *snapshotWriter) index(m map[string]int32) {
	w.uint(uint64(len(m)))
	for _, k := range slices.Sorted(maps.Keys(m)) {
		w.str(k)
		w.int(m[k])
	}
}

// snapshot writes everything a Vocabulary holds but the data it was built
// from, which Default reads again only when asked for it.
func (v *Vocabulary) snapshot() []byte {
	w := &snapshotWriter{buf: []byte(snapshotMagic)}
	w.strs(v.skillNames)
	w.strs(v.skillCat)
	w.index(v.skillIndex)
	w.uint(uint64(len(v.skillTechnical)))
	for _, t := range v.skillTechnical {
		w.uint(uint64(boolByte(t)))
	}
	w.uint(uint64(len(v.skillBroader)))
	for _, b := range v.skillBroader {
		w.strs(b)
	}
	w.uint(uint64(len(v.skillNarrower)))
	for _, n := range v.skillNarrower {
		w.int(n)
	}
	w.uint(uint64(len(v.skillDirect)))
	for _, n := range v.skillDirect {
		w.uint(uint64(n))
	}
	w.phrases(v.skills)

	w.strs(v.fieldNames)
	w.index(v.fieldIndex)
	w.uint(uint64(len(v.fieldCIP)))
	for _, c := range v.fieldCIP {
		w.strs(c)
	}
	w.phrases(v.fields)
	pairs := slices.SortedFunc(maps.Keys(v.related), func(a, b [2]int32) int {
		return cmp.Or(cmp.Compare(a[0], b[0]), cmp.Compare(a[1], b[1]))
	})
	w.uint(uint64(len(pairs)))
	for _, p := range pairs {
		w.int(p[0])
		w.int(p[1])
	}

	w.phrases(v.degrees)
	w.strs(v.languageNames)
	w.phrases(v.languages)

	w.uint(uint64(len(v.countries)))
	for _, c := range v.countries {
		w.str(c.Code)
		w.strs(c.Names)
		w.uint(uint64(len(c.Regions)))
		for _, r := range c.Regions {
			w.str(r.Code)
			w.strs(r.Names)
		}
	}
	w.phrases(v.countryByTerm)
	codes := slices.Sorted(maps.Keys(v.regionByTerm))
	w.uint(uint64(len(codes)))
	for _, code := range codes {
		w.str(code)
		w.phrases(v.regionByTerm[code])
	}
	return w.buf
}

func boolByte(b bool) byte {
	if b {
		return 1
	}
	return 0
}

var errSnapshot = errors.New("vocabulary snapshot is truncated or malformed")

// snapshotReader reads a snapshot held in a string: the strings it returns
// are parts of it, so reading copies no text. The first error sticks and
// every later read returns zero values.
type snapshotReader struct {
	src string
	err error
}

func (r *snapshotReader) uint() uint64 {
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
	r.err = errSnapshot
	return 0
}

func (r *snapshotReader) int() int32 {
	u := r.uint()
	n := int64(u >> 1) // zig-zag, as binary.AppendVarint writes it
	if u&1 != 0 {
		n = ^n
	}
	if int64(int32(n)) != n {
		r.err = cmp.Or(r.err, errSnapshot)
		return 0
	}
	return int32(n)
}

// count reads a length and checks it against what is left: every element
// takes at least a byte, so a corrupt length cannot ask for more memory
// than the snapshot's size.
func (r *snapshotReader) count() int {
	n := r.uint()
	if n > uint64(len(r.src)) {
		r.err = errSnapshot
		return 0
	}
	return int(n)
}

func (r *snapshotReader) str() string {
	n := r.uint()
	if r.err != nil || n > uint64(len(r.src)) {
		r.err = cmp.Or(r.err, errSnapshot)
		return ""
	}
	s := r.src[:n]
	r.src = r.src[n:]
	return s
}

func (r *snapshotReader) strs() []string {
	n := r.count()
	if n == 0 {
		return nil
	}
	out := make([]string, n)
	for i := range out {
		out[i] = r.str()
	}
	return out
}

func (r *snapshotReader) phrases() phrases {
	p := phrases{&trie{}}
	p.end = make([]int32, r.count())
	for i := range p.end {
		p.end[i] = r.int()
	}
	p.endings = make([]ending, r.count())
	for i := range p.endings {
		p.endings[i] = ending{concept: r.int(), exact: r.str(), spellings: r.strs()}
	}
	n := r.count()
	p.root = make(map[string]int32, n)
	for range n {
		k := r.str()
		p.root[k] = r.int()
	}
	n = r.count()
	p.next = make(map[edge]int32, n)
	for range n {
		e := edge{node: r.int(), term: r.str()}
		p.next[e] = r.int()
	}
	return p
}

func (r *snapshotReader) index() map[string]int32 {
	n := r.count()
	m := make(map[string]int32, n)
	for range n {
		k := r.str()
		m[k] = r.int()
	}
	return m
}

// readSnapshot rebuilds a vocabulary from its snapshot; data is what it
// was built from, read when Data or Extend needs it.
func readSnapshot(src string, data func() Data) (*Vocabulary, error) {
	if len(src) < len(snapshotMagic) || src[:len(snapshotMagic)] != snapshotMagic {
		return nil, errors.New("not a vocabulary snapshot of this version")
	}
	r := &snapshotReader{src: src[len(snapshotMagic):]}
	v := &Vocabulary{data: data, analyzer: text.English()}
	v.skillNames = r.strs()
	v.skillCat = r.strs()
	v.skillIndex = r.index()
	v.skillTechnical = make([]bool, r.count())
	for i := range v.skillTechnical {
		v.skillTechnical[i] = r.uint() == 1
	}
	v.skillBroader = make([][]string, r.count())
	for i := range v.skillBroader {
		v.skillBroader[i] = r.strs()
	}
	v.skillNarrower = make([]int32, r.count())
	for i := range v.skillNarrower {
		v.skillNarrower[i] = r.int()
	}
	v.skillDirect = make([]uint8, r.count())
	for i := range v.skillDirect {
		v.skillDirect[i] = uint8(r.uint())
	}
	v.skills = r.phrases()

	v.fieldNames = r.strs()
	v.fieldIndex = r.index()
	v.fieldCIP = make([][]string, r.count())
	for i := range v.fieldCIP {
		v.fieldCIP[i] = r.strs()
	}
	v.fields = r.phrases()
	n := r.count()
	v.related = make(map[[2]int32]bool, n)
	for range n {
		a := r.int()
		v.related[[2]int32{a, r.int()}] = true
	}

	v.degrees = r.phrases()
	v.languageNames = r.strs()
	v.languages = r.phrases()

	v.countries = make([]Country, r.count())
	for i := range v.countries {
		c := Country{Code: r.str(), Names: r.strs()}
		if n := r.count(); n > 0 {
			c.Regions = make([]Region, n)
			for j := range c.Regions {
				c.Regions[j] = Region{Code: r.str(), Names: r.strs()}
			}
		}
		v.countries[i] = c
	}
	v.countryByTerm = r.phrases()
	n = r.count()
	v.regionByTerm = make(map[string]phrases, n)
	for range n {
		code := r.str()
		v.regionByTerm[code] = r.phrases()
	}
	if r.err == nil && r.src != "" {
		r.err = errors.New("vocabulary snapshot has bytes after its end")
	}
	if r.err != nil {
		return nil, r.err
	}
	return v, nil
}
