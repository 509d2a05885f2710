package match

// docSlab is the size of the blocks the pool's deflated documents are
// packed in. One allocation per document would round each up to the
// allocator's next size class (a 3.6 KB document takes 4 KB) and cost
// the garbage collector an object each.
const docSlab = 256 << 10

// docStore packs documents into slabs. A removed document's bytes stay
// until the dead outweigh the living; then the living are packed afresh.
type docStore struct {
	slabs      [][]byte
	live, dead int
}

// put copies doc into the store and returns the copy.
func (ds *docStore) put(doc []byte) []byte {
	ds.live += len(doc)
	if len(doc) > docSlab/4 {
		return append([]byte(nil), doc...) // a large one has its own
	}
	if n := len(ds.slabs); n == 0 || cap(ds.slabs[n-1])-len(ds.slabs[n-1]) < len(doc) {
		ds.slabs = append(ds.slabs, make([]byte, 0, docSlab))
	}
	slab := &ds.slabs[len(ds.slabs)-1]
	at := len(*slab)
	*slab = append(*slab, doc...)
	return (*slab)[at:len(*slab):len(*slab)]
}

// drop notes that a document is no longer used, and reports whether the
// store should be packed afresh.
func (ds *docStore) drop(doc []byte) bool {
	ds.live -= len(doc)
	ds.dead += len(doc)
	return ds.dead > docSlab && ds.dead > ds.live
}

// pack moves every living document (docs points at each) into fresh
// slabs, freeing the old ones.
func (ds *docStore) pack(docs []*[]byte) {
	*ds = docStore{}
	for _, d := range docs {
		*d = ds.put(*d)
	}
}
