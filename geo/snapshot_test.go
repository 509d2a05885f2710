package geo

import (
	"flag"
	"os"
	"testing"

	"github.com/stretchr/testify/require"
)

var updateSnapshot = flag.Bool("update", false, "rewrite data/gazetteer.snapshot from data/gazetteer.tsv")

// gazetteerTSV is the source of the embedded gazetteer.
func gazetteerTSV(t testing.TB) string {
	src, err := os.ReadFile("data/gazetteer.tsv")
	require.NoError(t, err)
	return string(src)
}

func builtDefault(t testing.TB) *Gazetteer {
	entries, err := parse("geo/data/gazetteer.tsv", gazetteerTSV(t))
	require.NoError(t, err)
	g, err := New(entries...)
	require.NoError(t, err)
	return g
}

func TestSnapshotIsCurrent(t *testing.T) {
	want := builtDefault(t).snapshot()
	if *updateSnapshot {
		require.NoError(t, os.WriteFile("data/gazetteer.snapshot", want, 0o644))
		return
	}
	if string(want) != gazetteerSnapshot {
		t.Fatal("data/gazetteer.snapshot is not what data/gazetteer.tsv builds: run go generate ./geo")
	}
}

func TestSnapshotReadsBackWhatWasBuilt(t *testing.T) {
	built := builtDefault(t)
	read, err := readSnapshot(string(built.snapshot()))
	require.NoError(t, err)
	require.Equal(t, built, read)
	for _, s := range []string{"Palo Alto, CA", "Paris", "München", "Bengaluru, India", "remote"} {
		a, okA := built.Resolve(s)
		b, okB := read.Resolve(s)
		require.Equal(t, okA, okB, s)
		require.Equal(t, a, b, s)
	}
}

func TestSnapshotRefusesDamage(t *testing.T) {
	good := string(builtDefault(t).snapshot())
	for _, bad := range []string{"", "quals-geo-snapshot 0\n", good[:len(good)/2], good[:len(good)-1], good + "x"} {
		_, err := readSnapshot(bad)
		require.Error(t, err)
	}
}
