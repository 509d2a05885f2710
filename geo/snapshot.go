package geo

import (
	"math"

	"github.com/quals-dev/quals/internal/snapshot"
)

// The embedded gazetteer is stored built (data/gazetteer.snapshot): its
// entries parsed, its name keys normalised and sorted, its chains laid
// out, so a process reads arrays at start instead of parsing 1.7 MB of
// text and indexing it. A test checks that the snapshot is what the TSV
// builds; "go generate ./geo" rewrites both.
const snapshotMagic = "quals-geo-snapshot 1\n"

func (g *Gazetteer) snapshot() []byte {
	w := snapshot.NewWriter(snapshotMagic)
	w.Uint(uint64(len(g.entries)))
	for _, e := range g.entries {
		w.Uint(uint64(e.Kind))
		w.String(e.Name)
		w.String(e.City)
		w.String(e.Region)
		w.String(e.Country)
		w.Uint(uint64(e.Population))
		w.Uint(math.Float64bits(e.Lat))
		w.Uint(math.Float64bits(e.Lon))
		w.Strings(e.Names)
	}
	w.Strings(g.names.keys)
	for _, h := range g.names.heads {
		w.Int(h)
	}
	w.Uint(uint64(len(g.refs)))
	for _, r := range g.refs {
		w.Int(r.entry)
		w.Int(r.next)
		w.Bool(r.other)
	}
	return w.Bytes()
}

func readSnapshot(src string) (*Gazetteer, error) {
	r := snapshot.NewReader(src, snapshotMagic)
	g := &Gazetteer{entries: make([]Entry, r.Count())}
	for i := range g.entries {
		e := &g.entries[i]
		e.Kind = Kind(r.Uint())
		e.Name, e.City, e.Region, e.Country = r.String(), r.String(), r.String(), r.String()
		e.Population = int(r.Uint())
		e.Lat, e.Lon = math.Float64frombits(r.Uint()), math.Float64frombits(r.Uint())
		e.Names = r.Strings()
	}
	g.names.keys = r.Strings()
	g.names.heads = make([]int32, len(g.names.keys))
	for i := range g.names.heads {
		g.names.heads[i] = r.Int()
	}
	g.refs = make([]ref, r.Count())
	for i := range g.refs {
		g.refs[i] = ref{entry: r.Int(), next: r.Int(), other: r.Bool()}
	}
	if err := r.Err(); err != nil {
		return nil, err
	}
	return g, nil
}
