package profile_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/quals-dev/quals/internal/watchdog"

	"github.com/quals-dev/quals/internal/index"
	"github.com/quals-dev/quals/profile"
)

// FuzzParse checks that no document makes loading or indexing panic.
func FuzzParse(f *testing.F) {
	seeds, _ := filepath.Glob("../examples/ml-intern/profiles/*.json")
	for _, s := range seeds {
		if b, err := os.ReadFile(s); err == nil {
			f.Add(b)
		}
	}
	f.Add([]byte(`{"work": [{"startDate": "2021", "highlights": ["Go, C++ and R"]}], "availability": [{"start": "2026-05"}]}`))
	f.Add([]byte(`{"education": [{"studyType": "Ph.D.", "area": "CS", "endDate": "2030-02-28"}]}`))
	f.Fuzz(watchdog.Guard(func(t *testing.T, src []byte) {
		p, err := profile.Parse("fuzz.json", src)
		if err != nil {
			return
		}
		ix := index.Of(p, nil, nil)
		for i := range ix.Sources {
			_ = ix.Sources[i].Path
		}
	}))
}
