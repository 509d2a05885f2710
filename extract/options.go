package extract

import (
	"github.com/quals-dev/quals/diag"
	"github.com/quals-dev/quals/knowledge"
	"github.com/quals-dev/quals/requirements"
	"github.com/quals-dev/quals/vocab"
)

// Option configures extraction.
type Option func(*config)

type config struct {
	knowledge  *knowledge.Knowledge
	vocabulary *vocab.Vocabulary
	limits     diag.Limits
}

// newConfig applies opts over knowledge.Default().
func newConfig(opts []Option) config {
	var c config
	for _, o := range opts {
		o(&c)
	}
	if c.knowledge == nil {
		c.knowledge = knowledge.Default()
	}
	c.vocabulary, c.limits = c.knowledge.Vocabulary(), c.knowledge.Limits()
	return c
}

// WithKnowledge reads names and places with k's vocabulary and gazetteer,
// and bounds the input and the document made from it by k's limits,
// instead of knowledge.Default(). The document made loads under the same k
// (requirements.WithKnowledge).
func WithKnowledge(k *knowledge.Knowledge) Option {
	return func(c *config) { c.knowledge = k }
}

// loadOptions are the options that load a document extracted with c.
func (c config) loadOptions() []requirements.Option {
	return []requirements.Option{requirements.WithKnowledge(c.knowledge)}
}
