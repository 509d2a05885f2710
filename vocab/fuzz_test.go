package vocab_test

import (
	"testing"

	"github.com/quals-dev/quals/internal/watchdog"

	"github.com/quals-dev/quals/vocab"
)

// FuzzParseData: no input panics ParseData, in either format, and what it
// accepts builds a vocabulary or is refused with an error.
func FuzzParseData(f *testing.F) {
	for _, seed := range []string{
		vocab.CompactHeader + "\n[skills]\n@language\nZig|*ziglang\tZig\n[fields]\nquantum computing|QC\t11.07\tphysics\n[degrees]\n@master\nMQC\n",
		vocab.CompactHeader + "\n[skills]\n\t\n|\n*\n@\n[degrees]\n@\n",
		"skills:\n  - name: Zig\n    broader: [C]\nfields:\n  - name: a\n    cip: ['11.07']\n",
		"",
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(watchdog.Guard(func(t *testing.T, src []byte) {
		d, err := vocab.ParseData("fuzz", src)
		if err != nil {
			return
		}
		v, err := vocab.New(d)
		if err != nil {
			return
		}
		for _, s := range d.Skills {
			v.Broader(s.Name)
			v.Skill(s.Name)
		}
		for _, fl := range d.Fields {
			v.Relation(fl.Name, "physics")
		}
	}))
}
