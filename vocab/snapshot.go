package vocab

import (
	"cmp"
	"maps"
	"slices"

	"github.com/quals-dev/quals/internal/snapshot"
	"github.com/quals-dev/quals/internal/text"
)

// The embedded vocabulary is stored built (data/default.snapshot): its
// names already analysed into terms and its tries already laid out, so a
// process starts by reading arrays instead of parsing YAML and stemming
// tens of thousands of names. A test checks that the snapshot is what New
// builds from the files in data; "go generate ./vocab" rewrites it. Maps
// are written in sorted key order, so the same vocabulary always gives the
// same bytes.
const snapshotMagic = "quals-vocab-snapshot 1\n"

func writePhrases(w *snapshot.Writer, p phrases) {
	w.Uint(uint64(len(p.end)))
	for _, e := range p.end {
		w.Int(e)
	}
	w.Uint(uint64(len(p.endings)))
	for _, e := range p.endings {
		w.Int(e.concept)
		w.String(e.exact)
		w.Strings(e.spellings)
	}
	writeIndex(w, p.root)
	edges := slices.SortedFunc(maps.Keys(p.next), func(a, b edge) int {
		return cmp.Or(cmp.Compare(a.node, b.node), cmp.Compare(a.term, b.term))
	})
	w.Uint(uint64(len(edges)))
	for _, e := range edges {
		w.Int(e.node)
		w.String(e.term)
		w.Int(p.next[e])
	}
}

func writeIndex(w *snapshot.Writer, m map[string]int32) {
	w.Uint(uint64(len(m)))
	for _, k := range slices.Sorted(maps.Keys(m)) {
		w.String(k)
		w.Int(m[k])
	}
}

func writeLists(w *snapshot.Writer, lists [][]string) {
	w.Uint(uint64(len(lists)))
	for _, l := range lists {
		w.Strings(l)
	}
}

// snapshot writes everything a Vocabulary holds but the data it was built
// from, which Default reads again only when asked for it.
func (v *Vocabulary) snapshot() []byte {
	w := snapshot.NewWriter(snapshotMagic)
	w.Strings(v.skillNames)
	w.Strings(v.skillCat)
	writeIndex(w, v.skillIndex)
	w.Uint(uint64(len(v.skillTechnical)))
	for _, t := range v.skillTechnical {
		w.Bool(t)
	}
	writeLists(w, v.skillBroader)
	w.Uint(uint64(len(v.skillNarrower)))
	for _, n := range v.skillNarrower {
		w.Int(n)
	}
	w.Uint(uint64(len(v.skillDirect)))
	for _, n := range v.skillDirect {
		w.Uint(uint64(n))
	}
	writePhrases(w, v.skills)

	w.Strings(v.fieldNames)
	writeIndex(w, v.fieldIndex)
	writeLists(w, v.fieldCIP)
	writePhrases(w, v.fields)
	pairs := slices.SortedFunc(maps.Keys(v.related), func(a, b [2]int32) int {
		return cmp.Or(cmp.Compare(a[0], b[0]), cmp.Compare(a[1], b[1]))
	})
	w.Uint(uint64(len(pairs)))
	for _, p := range pairs {
		w.Int(p[0])
		w.Int(p[1])
	}

	writePhrases(w, v.degrees)
	w.Strings(v.languageNames)
	writePhrases(w, v.languages)

	w.Uint(uint64(len(v.countries)))
	for _, c := range v.countries {
		w.String(c.Code)
		w.Strings(c.Names)
		w.Uint(uint64(len(c.Regions)))
		for _, r := range c.Regions {
			w.String(r.Code)
			w.Strings(r.Names)
		}
	}
	writePhrases(w, v.countryByTerm)
	codes := slices.Sorted(maps.Keys(v.regionByTerm))
	w.Uint(uint64(len(codes)))
	for _, code := range codes {
		w.String(code)
		writePhrases(w, v.regionByTerm[code])
	}
	return w.Bytes()
}

func readPhrases(r *snapshot.Reader) phrases {
	p := phrases{&trie{}}
	p.end = make([]int32, r.Count())
	for i := range p.end {
		p.end[i] = r.Int()
	}
	p.endings = make([]ending, r.Count())
	for i := range p.endings {
		p.endings[i] = ending{concept: r.Int(), exact: r.String(), spellings: r.Strings()}
	}
	p.root = readIndex(r)
	n := r.Count()
	p.next = make(map[edge]int32, n)
	for range n {
		e := edge{node: r.Int(), term: r.String()}
		p.next[e] = r.Int()
	}
	return p
}

func readIndex(r *snapshot.Reader) map[string]int32 {
	n := r.Count()
	m := make(map[string]int32, n)
	for range n {
		k := r.String()
		m[k] = r.Int()
	}
	return m
}

func readLists(r *snapshot.Reader) [][]string {
	out := make([][]string, r.Count())
	for i := range out {
		out[i] = r.Strings()
	}
	return out
}

// readSnapshot rebuilds a vocabulary from its snapshot; data is what it
// was built from, read when Data or Extend needs it.
func readSnapshot(src string, data func() Data) (*Vocabulary, error) {
	r := snapshot.NewReader(src, snapshotMagic)
	v := &Vocabulary{data: data, analyzer: text.English()}
	v.skillNames = r.Strings()
	v.skillCat = r.Strings()
	v.skillIndex = readIndex(r)
	v.skillTechnical = make([]bool, r.Count())
	for i := range v.skillTechnical {
		v.skillTechnical[i] = r.Bool()
	}
	v.skillBroader = readLists(r)
	v.skillNarrower = make([]int32, r.Count())
	for i := range v.skillNarrower {
		v.skillNarrower[i] = r.Int()
	}
	v.skillDirect = make([]uint8, r.Count())
	for i := range v.skillDirect {
		v.skillDirect[i] = uint8(r.Uint())
	}
	v.skills = readPhrases(r)

	v.fieldNames = r.Strings()
	v.fieldIndex = readIndex(r)
	v.fieldCIP = readLists(r)
	v.fields = readPhrases(r)
	n := r.Count()
	v.related = make(map[[2]int32]bool, n)
	for range n {
		a := r.Int()
		v.related[[2]int32{a, r.Int()}] = true
	}

	v.degrees = readPhrases(r)
	v.languageNames = r.Strings()
	v.languages = readPhrases(r)

	v.countries = make([]Country, r.Count())
	for i := range v.countries {
		c := Country{Code: r.String(), Names: r.Strings()}
		if n := r.Count(); n > 0 {
			c.Regions = make([]Region, n)
			for j := range c.Regions {
				c.Regions[j] = Region{Code: r.String(), Names: r.Strings()}
			}
		}
		v.countries[i] = c
	}
	v.countryByTerm = readPhrases(r)
	n = r.Count()
	v.regionByTerm = make(map[string]phrases, n)
	for range n {
		code := r.String()
		v.regionByTerm[code] = readPhrases(r)
	}
	if err := r.Err(); err != nil {
		return nil, err
	}
	return v, nil
}
