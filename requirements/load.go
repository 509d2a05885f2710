package requirements

import (
	"bytes"
	"fmt"

	"github.com/quals-dev/quals/diag"
	"github.com/quals-dev/quals/geo"
	"github.com/quals-dev/quals/internal/decode"
	"github.com/quals-dev/quals/vocab"
)

// Option configures loading.
type Option func(*config)

type config struct {
	vocabulary *vocab.Vocabulary
	gazetteer  *geo.Gazetteer
	limits     diag.Limits
}

// WithVocabulary resolves names through v instead of vocab.Default().
func WithVocabulary(v *vocab.Vocabulary) Option {
	return func(c *config) { c.vocabulary = v }
}

// WithGazetteer resolves the posting's places (its locations' cities, and
// the cities, regions and countries of location predicates) through g
// instead of geo.Default(): a gazetteer with the caller's own places
// (geo.Gazetteer.With). A city g does not know is an error.
func WithGazetteer(g *geo.Gazetteer) Option {
	return func(c *config) { c.gazetteer = g }
}

// WithLimits loads with l instead of diag.DefaultLimits(); a zero field means
// no limit of that kind.
func WithLimits(l diag.Limits) Option {
	return func(c *config) { c.limits = l }
}

// WithMaxBytes bounds the size of a posting document (default 4 MiB).
func WithMaxBytes(n int) Option {
	return func(c *config) { c.limits.MaxBytes = n }
}

// Parse loads a posting from YAML or JSON (a document whose first character
// is '{' is read as JSON). file names the document in problems; it may be
// empty.
//
// It returns:
//   - the posting and nil when the document is valid;
//   - nil and a Problems error listing every problem found (syntax errors
//     stop at the first, as the rest of the document cannot be read).
func Parse(file string, src []byte, opts ...Option) (*Posting, error) {
	p, err := parse(file, src, opts)
	return p, diag.Located(err, src)
}

func parse(file string, src []byte, opts []Option) (*Posting, error) {
	c := config{limits: diag.DefaultLimits()}
	for _, o := range opts {
		o(&c)
	}
	if c.vocabulary == nil {
		c.vocabulary = vocab.Default()
	}
	parse := decode.ParseYAML
	if t := bytes.TrimSpace(src); len(t) > 0 && t[0] == '{' {
		parse = decode.ParseJSON
	}
	root, err := parse(file, src, c.limits)
	if err != nil {
		return nil, err
	}
	if root == nil {
		return nil, diag.Problems{{File: file, Kind: decode.ErrEmpty, Message: "the posting is empty"}}
	}
	r := &reader{w: decode.Walker{File: file}, vocabulary: c.vocabulary, gazetteer: c.gazetteer}
	p := r.posting(root)
	r.w.Problems.Sort()
	if err := r.w.Problems.Err(); err != nil {
		return nil, err
	}
	return p, nil
}

// LoadFile reads and parses a posting file; see Parse.
func LoadFile(path string, opts ...Option) (*Posting, error) {
	c := config{limits: diag.DefaultLimits()}
	for _, o := range opts {
		o(&c)
	}
	src, err := decode.ReadFile(path, c.limits.MaxBytes)
	if err != nil {
		return nil, fmt.Errorf("reading posting: %w", err)
	}
	return Parse(path, src, opts...)
}
