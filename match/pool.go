package match

import (
	"bytes"
	"compress/flate"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/quals-dev/quals/internal/index"
	"github.com/quals-dev/quals/knowledge"
	"github.com/quals-dev/quals/profile"
)

// Pool holds many candidates compactly, for ranking them against posting
// after posting (Top). Each candidate keeps its JSON Resume document
// deflated, the facts the predicates that read no text need, and its
// place in an inverted index from the concepts and words it names to the
// candidates that name them; a candidate's full profile is rebuilt from
// its document only when it can still enter a top k. A Pool is safe for
// concurrent use: Top runs beside other Tops, Add and Remove wait for them.
type Pool struct {
	knowledge *knowledge.Knowledge

	mu    sync.RWMutex
	cands []poolCandidate // by slot, in the order added; removed ones are dead
	docs  docStore
	byID  map[string]int32
	live  int
	// The inverted index: a key id per concept and per word, and for each
	// key the slots that have it.
	concepts map[string]int32
	words    map[string]int32
	lists    []postings

	matched atomic.Int64 // candidates Top has matched in full, for tests and benchmarks
}

// poolCandidate is one candidate as the pool keeps it.
type poolCandidate struct {
	id    string
	doc   []byte       // the JSON Resume document, deflated
	facts *index.Facts // what the predicates that read no text need
	flags categories
	dead  bool
}

// categories are the sections of a résumé the predicates that read no
// text need: without one, such a predicate earns nothing.
type categories uint16

const (
	hasEducation categories = 1 << iota
	hasLocation
	hasAuthorization
	hasAvailability
	hasLanguages
	hasDatedWork
	hasTitles
	hasPublications
)

// NewPool returns an empty pool whose candidates are read with k's
// vocabulary, gazetteer and limits (nil means knowledge.Default()).
func NewPool(k *knowledge.Knowledge) *Pool {
	if k == nil {
		k = knowledge.Default()
	}
	return &Pool{knowledge: k, byID: map[string]int32{}, concepts: map[string]int32{}, words: map[string]int32{}}
}

// Len is the number of candidates in the pool.
func (pl *Pool) Len() int {
	pl.mu.RLock()
	defer pl.mu.RUnlock()
	return pl.live
}

// Add adds a loaded profile, or replaces the candidate of the same id (it
// then ranks as added last). The profile must have been loaded with the
// pool's knowledge. The pool keeps the résumé as a JSON Resume document and
// rebuilds the profile from it when a Top needs its explanation.
func (pl *Pool) Add(p *profile.Profile) error {
	if p.Knowledge() != pl.knowledge {
		return fmt.Errorf("pool: profile %q was loaded with other knowledge than the pool's", p.ID())
	}
	src, err := json.Marshal(p.Resume())
	if err != nil {
		return fmt.Errorf("pool: profile %q: %w", p.ID(), err)
	}
	_, err = pl.AddJSON(p.ID(), src)
	return err
}

// AddJSON reads a JSON Resume document as candidate id and adds it, or
// replaces the candidate of the same id; it returns the profile read, for
// its warnings. A document that does not load is not added.
func (pl *Pool) AddJSON(id string, src []byte) (*profile.Profile, error) {
	if strings.TrimSpace(id) == "" {
		return nil, errors.New("pool: a candidate needs an id")
	}
	p, err := profile.Parse(id, src, profile.WithID(id), profile.WithKnowledge(pl.knowledge))
	if err != nil {
		return nil, err
	}
	buf := deflateBuffers.Get().(*bytes.Buffer)
	defer deflateBuffers.Put(buf)
	if err := deflate(buf, src); err != nil {
		return nil, fmt.Errorf("pool: candidate %q: %w", id, err)
	}
	ix := index.Of(p, nil, nil)
	c := poolCandidate{id: id, facts: ix.Facts(), flags: categoriesOf(ix)}

	pl.mu.Lock()
	defer pl.mu.Unlock()
	pl.removeLocked(id)
	c.doc = pl.docs.put(buf.Bytes())
	slot := int32(len(pl.cands))
	pl.cands = append(pl.cands, c)
	pl.byID[id] = slot
	pl.live++
	ix.EachConcept(func(name string, s index.Strength) {
		k := pl.key(pl.concepts, name)
		pl.lists[k].add(slot, uint8(s))
	})
	ix.EachTerm(func(term string) {
		k := pl.key(pl.words, term)
		pl.lists[k].add(slot, 0)
	})
	return p, nil
}

// key returns the key id of a concept or word, interning it.
func (pl *Pool) key(keys map[string]int32, name string) int32 {
	if k, ok := keys[name]; ok {
		return k
	}
	k := int32(len(pl.lists))
	keys[strings.Clone(name)] = k // not a view into a résumé's text
	pl.lists = append(pl.lists, newPostings())
	return k
}

// Remove removes the candidate with id, and reports whether there was one.
func (pl *Pool) Remove(id string) bool {
	pl.mu.Lock()
	defer pl.mu.Unlock()
	return pl.removeLocked(id)
}

// removeLocked frees a candidate's document and facts; its slot stays in
// the inverted index, marked dead, and is skipped.
func (pl *Pool) removeLocked(id string) bool {
	slot, ok := pl.byID[id]
	if !ok {
		return false
	}
	delete(pl.byID, id)
	pack := pl.docs.drop(pl.cands[slot].doc)
	pl.cands[slot] = poolCandidate{dead: true}
	pl.live--
	if pack {
		docs := make([]*[]byte, 0, pl.live)
		for i := range pl.cands {
			if !pl.cands[i].dead {
				docs = append(docs, &pl.cands[i].doc)
			}
		}
		pl.docs.pack(docs)
	}
	return true
}

// Profile rebuilds the profile of candidate id from its kept document.
func (pl *Pool) Profile(id string) (*profile.Profile, bool) {
	pl.mu.RLock()
	defer pl.mu.RUnlock()
	slot, ok := pl.byID[id]
	if !ok {
		return nil, false
	}
	return pl.profileAt(slot), true
}

// profileAt rebuilds the profile in a slot. Its document loaded when it
// was added, with the same knowledge, so it loads again.
func (pl *Pool) profileAt(slot int32) *profile.Profile {
	c := &pl.cands[slot]
	src, err := inflate(c.doc)
	if err == nil {
		var p *profile.Profile
		if p, err = profile.Parse(c.id, src, profile.WithID(c.id), profile.WithKnowledge(pl.knowledge)); err == nil {
			return p
		}
	}
	panic(fmt.Sprintf("match: pool candidate %q no longer loads: %v", c.id, err))
}

func categoriesOf(ix *index.Index) categories {
	var c categories
	set := func(ok bool, flag categories) {
		if ok {
			c |= flag
		}
	}
	set(ix.HasEducation, hasEducation)
	set(ix.HasLocation, hasLocation)
	set(ix.HasAuth, hasAuthorization)
	set(ix.HasAvail, hasAvailability)
	set(len(ix.Languages) > 0, hasLanguages)
	set(len(ix.Titles) > 0, hasTitles)
	set(len(ix.Publications) > 0, hasPublications)
	for _, en := range ix.Entries {
		if en.Section == index.SectionWork && !en.Start.IsZero() {
			c |= hasDatedWork
		}
	}
	return c
}

// dictionary primes the compressor with what every JSON Resume document
// says, so that even a short one deflates well.
const dictionary = `{"basics":{"name":"","label":"","email":"","phone":"","url":"","summary":"","location":{"city":"","region":"","countryCode":"US"},"profiles":[{"network":"","username":"","url":""}]},` +
	`"work":[{"name":"","position":"Senior Software Engineer","location":"","startDate":"20","endDate":"20","summary":"","highlights":["Built ","Led ","Designed "," with "," and "," using "]}],` +
	`"education":[{"institution":"University","area":"Computer Science","studyType":"Bachelor of Science","startDate":"","endDate":"","score":"","courses":[""]}],` +
	`"skills":[{"name":"","level":"","keywords":["Python","Java","JavaScript","SQL"]}],"projects":[{"name":"","description":"","startDate":"","endDate":"","highlights":[""]}],` +
	`"publications":[{"name":"","publisher":"","releaseDate":""}],"certificates":[{"name":"","issuer":"","date":""}],"languages":[{"language":"English","fluency":"Native speaker"}],` +
	`"volunteer":[{"organization":"","position":""}],"awards":[{"title":"","awarder":""}],"interests":[{"name":"","keywords":[""]}],"workAuthorization":[{"country":"","sponsorship":false}],"availability":[{"start":"","end":""}]}`

var deflaters = sync.Pool{New: func() any {
	w, err := flate.NewWriterDict(nil, flate.BestCompression, []byte(dictionary))
	if err != nil {
		panic(err) // a valid level: cannot fail
	}
	return w
}}

var deflateBuffers = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// deflate writes src, deflated, to buf (emptied first).
func deflate(buf *bytes.Buffer, src []byte) error {
	buf.Reset()
	w := deflaters.Get().(*flate.Writer)
	defer deflaters.Put(w)
	w.Reset(buf)
	if _, err := w.Write(src); err != nil {
		return err
	}
	return w.Close()
}

func inflate(doc []byte) ([]byte, error) {
	r := flate.NewReaderDict(bytes.NewReader(doc), []byte(dictionary))
	defer r.Close()
	return io.ReadAll(r)
}
