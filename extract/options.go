package extract

import (
	"github.com/quals-dev/quals/diag"
	"github.com/quals-dev/quals/geo"
	"github.com/quals-dev/quals/internal/decode"
	"github.com/quals-dev/quals/requirements"
	"github.com/quals-dev/quals/vocab"
)

// Option configures extraction.
type Option func(*config)

type config struct {
	vocabulary *vocab.Vocabulary
	gazetteer  *geo.Gazetteer
	limits     decode.Limits
}

// newConfig applies opts over the defaults: the embedded vocabulary, the
// gazetteer when a city needs it, and diag.DefaultLimits.
func newConfig(opts []Option) config {
	c := config{limits: diag.DefaultLimits()}
	for _, o := range opts {
		o(&c)
	}
	if c.vocabulary == nil {
		c.vocabulary = vocab.Default()
	}
	return c
}

// WithVocabulary reads names through v instead of vocab.Default(); load
// the extracted document with the same vocabulary.
func WithVocabulary(v *vocab.Vocabulary) Option {
	return func(c *config) { c.vocabulary = v }
}

// WithGazetteer reads city names through g instead of geo.Default(); load
// the extracted document with the same gazetteer.
func WithGazetteer(g *geo.Gazetteer) Option {
	return func(c *config) { c.gazetteer = g }
}

// WithLimits bounds the input and the document made from it by l instead
// of diag.DefaultLimits(); a zero field means no limit.
func WithLimits(l diag.Limits) Option {
	return func(c *config) { c.limits = l }
}

// WithMaxBytes bounds the input to n bytes, the other limits as they are.
func WithMaxBytes(n int) Option {
	return func(c *config) { c.limits.MaxBytes = n }
}

// loadOptions are the options that load a document extracted with c.
func (c config) loadOptions() []requirements.Option {
	opts := []requirements.Option{requirements.WithVocabulary(c.vocabulary), requirements.WithLimits(c.limits)}
	if c.gazetteer != nil {
		opts = append(opts, requirements.WithGazetteer(c.gazetteer))
	}
	return opts
}
