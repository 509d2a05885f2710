// Package knowledge is what quals reads documents with: the vocabulary
// (skills, fields of study, degrees, languages, countries), the gazetteer
// of places, the taxonomy of role families, and the limits on what a
// document may hold.
//
// Pass one Knowledge to every loader — requirements.WithKnowledge,
// profile.WithKnowledge, extract.WithKnowledge — and a posting and a
// profile read names and places the same way by construction, as a
// cel-go Env carries its declarations to every Compile:
//
//	k := knowledge.New(knowledge.WithVocabulary(v))
//	posting, err := requirements.LoadFile("posting.yaml", requirements.WithKnowledge(k))
//	candidate, err := profile.LoadFile("ada.json", profile.WithKnowledge(k))
//
// A Knowledge is read-only once made and safe to share between goroutines.
package knowledge

import (
	"sync"

	"github.com/quals-dev/quals/diag"
	"github.com/quals-dev/quals/geo"
	"github.com/quals-dev/quals/roles"
	"github.com/quals-dev/quals/vocab"
)

// Knowledge is a vocabulary, a gazetteer and limits, made once and passed
// to every loader.
type Knowledge struct {
	vocabulary *vocab.Vocabulary
	gazetteer  func() *geo.Gazetteer
	roles      func() *roles.Taxonomy
	limits     diag.Limits
}

// Option sets one part of a Knowledge.
type Option func(*Knowledge)

// WithVocabulary reads names through v instead of vocab.Default().
func WithVocabulary(v *vocab.Vocabulary) Option {
	return func(k *Knowledge) { k.vocabulary = v }
}

// WithGazetteer places cities through g instead of geo.Default(): a
// gazetteer with the caller's own places (geo.Gazetteer.With).
func WithGazetteer(g *geo.Gazetteer) Option {
	return func(k *Knowledge) { k.gazetteer = func() *geo.Gazetteer { return g } }
}

// WithRoles reads titles through t instead of roles.Default().
func WithRoles(t *roles.Taxonomy) Option {
	return func(k *Knowledge) { k.roles = func() *roles.Taxonomy { return t } }
}

// WithLimits bounds documents by l instead of diag.DefaultLimits(); a zero
// field means no limit of that kind.
func WithLimits(l diag.Limits) Option {
	return func(k *Knowledge) { k.limits = l }
}

// WithMaxBytes bounds the size of a document to n bytes, the other limits
// as they are.
func WithMaxBytes(n int) Option {
	return func(k *Knowledge) { k.limits.MaxBytes = n }
}

// New makes a Knowledge: the embedded vocabulary and gazetteer and the
// default limits, but for what opts set.
func New(opts ...Option) *Knowledge {
	k := &Knowledge{vocabulary: vocab.Default(), gazetteer: geo.Default, roles: roles.Default, limits: diag.DefaultLimits()}
	for _, o := range opts {
		o(k)
	}
	return k
}

// Default is the Knowledge of the embedded vocabulary and gazetteer and the
// default limits, shared.
var Default = sync.OnceValue(func() *Knowledge { return New() })

// Vocabulary is the vocabulary names are read through.
func (k *Knowledge) Vocabulary() *vocab.Vocabulary { return k.vocabulary }

// Gazetteer is the gazetteer places are read through. The embedded one is
// built on first use: a document that names no city never pays for it.
func (k *Knowledge) Gazetteer() *geo.Gazetteer { return k.gazetteer() }

// Roles is the taxonomy titles are read through, the embedded one built
// on first use.
func (k *Knowledge) Roles() *roles.Taxonomy { return k.roles() }

// Limits are the bounds on what a document may hold.
func (k *Knowledge) Limits() diag.Limits { return k.limits }
