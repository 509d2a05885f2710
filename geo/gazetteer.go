package geo

import (
	"errors"
	"fmt"
	"maps"
	"math"
	"slices"
	"strings"

	"github.com/quals-dev/quals/internal/placename"
)

// Gazetteer resolves place names to places. Build one with Default, New
// or With; it is read-only afterwards and safe for concurrent use.
type Gazetteer struct {
	entries []Entry // indexed by entry id
	names   nameIndex
	refs    []ref
}

// nameIndex maps a name key to the first ref of its chain. The keys are
// sorted, the heads beside them: a lookup is a binary search, and the
// embedded gazetteer's index is read from its snapshot without hashing
// some 70,000 keys into a map first.
type nameIndex struct {
	keys  []string
	heads []int32
}

func (x nameIndex) head(key string) (int32, bool) {
	i, ok := slices.BinarySearch(x.keys, key)
	if !ok {
		return -1, false
	}
	return x.heads[i], true
}

func newNameIndex(heads map[string]int32) nameIndex {
	x := nameIndex{keys: slices.Sorted(maps.Keys(heads))}
	x.heads = make([]int32, len(x.keys))
	for i, k := range x.keys {
		x.heads[i] = heads[k]
	}
	return x
}

// ref is one name of one entry, chained with the other entries of the
// same name key.
type ref struct {
	entry int32
	next  int32 // the next ref with the same key, or -1
	other bool  // the key is one of the entry's other names, not its own
}

// identity is what makes two regions or countries the same place.
type identity struct {
	kind            Kind
	country, region string
}

// Empty returns a gazetteer that knows no places: every lookup fails.
func Empty() *Gazetteer {
	g, _ := New()
	return g
}

// New builds a gazetteer from entries alone (an empty one without any).
// An entry with the same identity as an earlier one replaces it, keeping
// the earlier one's other names: the same kind and country, and for a
// region the same code, for a city the same region and name (compared as
// lookups compare names). New reports every entry it cannot use (no name,
// a country code that is not two capital letters, coordinates out of
// range, a city without coordinates).
func New(entries ...Entry) (*Gazetteer, error) {
	var problems []error
	for i, e := range entries {
		if err := check(e); err != nil {
			problems = append(problems, fmt.Errorf("entry %d (%s): %w", i+1, e.Name, err))
		}
	}
	if len(problems) > 0 {
		return nil, errors.Join(problems...)
	}
	return build(entries), nil
}

// name is one name of an entry to index: its key is keys[off:end].
type name struct {
	entry    int32
	off, end int32
	other    bool
}

// build indexes checked entries. Every key is written into one buffer
// and the map's keys are slices of it: a few allocations, not one a name.
func build(entries []Entry) *Gazetteer {
	g := &Gazetteer{entries: make([]Entry, 0, len(entries))}
	buf := make([]byte, 0, 24*len(entries))
	names := make([]name, 0, 2*len(entries))
	own := make([]int32, len(entries)) // the index in names of each entry's own name
	put := func(i int, s string, other bool) {
		off := len(buf)
		buf = placename.AppendKey(buf, s)
		if len(buf) > off {
			names = append(names, name{entry: int32(i), off: int32(off), end: int32(len(buf)), other: other})
		}
	}
	for i := range entries {
		e := &entries[i]
		own[i] = int32(len(names))
		put(i, e.Name, false)
		switch e.Kind {
		case KindCountry:
			put(i, e.Country, false)
		case KindRegion:
			if readableCode(e.Region) {
				put(i, e.Region, false)
			}
		}
		for _, n := range e.Names {
			put(i, n, true)
		}
	}
	keys := string(buf)

	// An entry of the same identity as an earlier one replaces it. Cities
	// are found on the chain of their name; regions and countries, a few
	// thousand, in a map.
	heads := make(map[string]int32, len(names))
	g.refs = make([]ref, 0, len(names))
	areas := map[identity]int32{}
	for i := range entries {
		e := entries[i]
		first, last := own[i], int32(len(names))
		if i+1 < len(own) {
			last = own[i+1]
		}
		target := int32(-1)
		if e.Kind == KindCity {
			e.City = e.Name
			if first < last && !names[first].other {
				n := names[first]
				head, ok := heads[keys[n.off:n.end]]
				for r := head; ok && r >= 0; r = g.refs[r].next {
					o := &g.entries[g.refs[r].entry]
					if !g.refs[r].other && o.Kind == KindCity && o.Country == e.Country && o.Region == e.Region {
						target = g.refs[r].entry
						break
					}
				}
			}
		} else {
			idn := identity{kind: e.Kind, country: e.Country, region: e.Region}
			if j, ok := areas[idn]; ok {
				target = j
			} else {
				areas[idn] = int32(len(g.entries))
			}
		}
		if target < 0 {
			target = int32(len(g.entries))
			g.entries = append(g.entries, e)
		} else {
			merged := slices.Clip(g.entries[target].Names)
			for _, n := range e.Names {
				if !slices.Contains(merged, n) {
					merged = append(merged, n)
				}
			}
			g.entries[target] = Entry{Place: e.Place, Names: merged}
		}
		for _, n := range names[first:last] {
			k := keys[n.off:n.end]
			head, ok := heads[k]
			if !ok {
				head = -1
			} else if r := g.refs[head]; r.entry == target && (r.other == n.other || !r.other) {
				continue // another spelling of a name the entry has
			}
			heads[k] = int32(len(g.refs))
			g.refs = append(g.refs, ref{entry: target, next: head, other: n.other})
		}
	}
	g.names = newNameIndex(heads)
	return g
}

// With returns a new gazetteer holding g's entries and the given ones,
// which add places or replace those of the same identity (see New). g is
// not changed. Building indexes every name again (some 40 ms with the
// default gazetteer's 37,000 places), so add places once, not per lookup.
func (g *Gazetteer) With(entries ...Entry) (*Gazetteer, error) {
	all := make([]Entry, 0, len(g.entries)+len(entries))
	all = append(all, g.entries...)
	all = append(all, entries...)
	return New(all...)
}

// Len returns how many places the gazetteer holds.
func (g *Gazetteer) Len() int { return len(g.entries) }

// Count returns how many places of a kind the gazetteer holds.
func (g *Gazetteer) Count(k Kind) int {
	n := 0
	for i := range g.entries {
		if g.entries[i].Kind == k {
			n++
		}
	}
	return n
}

// Entries returns a copy of the entries the gazetteer holds, in the order
// they were given (a replaced entry keeps its place).
func (g *Gazetteer) Entries() []Entry {
	out := make([]Entry, len(g.entries))
	for i, e := range g.entries {
		out[i] = Entry{Place: e.Place, Names: slices.Clone(e.Names)}
	}
	return out
}

func check(e Entry) error {
	switch {
	case strings.TrimSpace(e.Name) == "":
		return errors.New("a place needs a name")
	case !isCountryCode(e.Country):
		return fmt.Errorf("country code %q is not two capital letters", e.Country)
	case e.Population < 0:
		return fmt.Errorf("population %d is negative", e.Population)
	}
	switch e.Kind {
	case KindCity:
		if math.IsNaN(e.Lat) || math.IsNaN(e.Lon) || e.Lat < -90 || e.Lat > 90 || e.Lon < -180 || e.Lon > 180 {
			return fmt.Errorf("coordinates %v, %v are out of range", e.Lat, e.Lon)
		}
		if e.Lat == 0 && e.Lon == 0 {
			return errors.New("a city needs its coordinates")
		}
		if e.City != "" && e.City != e.Name {
			return fmt.Errorf("a city's City (%q) and Name differ", e.City)
		}
	case KindRegion:
		if strings.TrimSpace(e.Region) == "" {
			return errors.New("a region needs its code")
		}
		if e.City != "" || e.Lat != 0 || e.Lon != 0 {
			return errors.New("a region has no city and no coordinates")
		}
	case KindCountry:
		if e.City != "" || e.Region != "" || e.Lat != 0 || e.Lon != 0 {
			return errors.New("a country has no city, region or coordinates")
		}
	default:
		return fmt.Errorf("unknown kind %d", e.Kind)
	}
	return nil
}

func isCountryCode(s string) bool {
	return len(s) == 2 && s[0] >= 'A' && s[0] <= 'Z' && s[1] >= 'A' && s[1] <= 'Z'
}
