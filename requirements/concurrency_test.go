package requirements_test

import (
	"errors"
	"fmt"
	"path/filepath"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/quals-dev/quals/requirements"
)

// describe flattens a posting into lines: what any reader of it sees.
func describe(p *requirements.Posting) []string {
	var out []string
	var walk func(prefix string, q requirements.Predicate)
	walk = func(prefix string, q requirements.Predicate) {
		out = append(out, prefix+q.Key()+": "+q.String())
		var kids []requirements.Predicate
		switch c := q.(type) {
		case *requirements.Any:
			kids = c.Of
		case *requirements.All:
			kids = c.Of
		case *requirements.AtLeast:
			kids = c.Of
		}
		for _, k := range kids {
			walk(prefix+"  ", k)
		}
	}
	for _, r := range p.Requirements() {
		out = append(out, fmt.Sprintf("%s %s %v %q", r.ID(), r.Kind(), r.Weight(), r.Text()))
		walk("  ", r.Predicate())
	}
	out = append(out, fmt.Sprint(p.ID(), p.Title(), p.Locations(), p.Workplace(), p.TotalWeight(), p.Language()))
	return out
}

func TestPostingIsSafeToShareBetweenGoroutines(t *testing.T) {
	p := loadFile(t, filepath.Join("..", "examples", "ml-intern", "posting.yaml"))
	want := describe(p)
	require.Greater(t, len(want), 9)

	const n = 50
	got := make([][]string, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 20 {
				got[i] = describe(p)
			}
		}()
	}
	wg.Wait()
	for i := range n {
		assert.Equal(t, want, got[i], "goroutine %d", i)
	}
}

func TestParseConcurrentlyGivesEqualPostings(t *testing.T) {
	src := mustRead(t, filepath.Join("testdata", "every-predicate.yaml"))
	want := describe(loadFile(t, filepath.Join("testdata", "every-predicate.yaml")))

	const n = 50
	got := make([][]string, n)
	errs := make([]error, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			p, err := requirements.Parse("every-predicate.yaml", src)
			if err != nil {
				errs[i] = err
				return
			}
			got[i] = describe(p)
		}()
	}
	wg.Wait()
	assert.NoError(t, errors.Join(errs...))
	for i := range n {
		assert.Equal(t, want, got[i], "goroutine %d", i)
	}
}
