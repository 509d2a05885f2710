package vocab

import (
	"flag"
	"os"
	"testing"

	"github.com/stretchr/testify/require"
)

var updateSnapshot = flag.Bool("update", false, "rewrite data/default.snapshot from the files in data")

// builtDefault builds the embedded vocabulary from its files, as the
// snapshot must hold it.
func builtDefault(t testing.TB) *Vocabulary {
	d, err := embeddedData()
	require.NoError(t, err)
	v, err := New(d)
	require.NoError(t, err)
	return v
}

func TestSnapshotIsCurrent(t *testing.T) {
	want := builtDefault(t).snapshot()
	if *updateSnapshot {
		require.NoError(t, os.WriteFile("data/default.snapshot", want, 0o644))
		return
	}
	if string(want) != defaultSnapshot {
		t.Fatal("data/default.snapshot is not what the files in data build: run go generate ./vocab")
	}
}

func TestSnapshotReadsBackWhatWasBuilt(t *testing.T) {
	built := builtDefault(t)
	read, err := readSnapshot(string(built.snapshot()), built.data)
	require.NoError(t, err)
	// Every field is in the snapshot, so writing what was read gives the same bytes.
	require.Equal(t, string(built.snapshot()), string(read.snapshot()))
	// And the two answer alike.
	for _, name := range []string{"Kubernetes", "k8s", "Go", "golang", "machine learning", "Apache Flink", "MS Excel", "no such skill"} {
		require.Equal(t, built.Skill(name), read.Skill(name), name)
	}
	for _, name := range []string{"CS", "computer science", "statistics"} {
		require.Equal(t, built.Field(name), read.Field(name), name)
	}
	require.Equal(t, built.Level("B.Sc."), read.Level("B.Sc."))
	lang, _ := read.Language("eng")
	require.Equal(t, "English", lang)
	code, _ := read.Country("USA")
	require.Equal(t, "US", code)
	region, _ := read.Region("US", "California")
	require.Equal(t, "CA", region)
	require.Equal(t, built.Data(), read.Data())
}

func TestSnapshotRefusesDamage(t *testing.T) {
	good := string(builtDefault(t).snapshot())
	for _, bad := range []string{"", "quals-vocab-snapshot 0\n", good[:len(good)/2], good[:len(good)-1], good + "x"} {
		_, err := readSnapshot(bad, nil)
		require.Error(t, err)
	}
}
