package match

import (
	"time"

	"github.com/quals-dev/quals/internal/dates"
)

// Policy holds the partial credits the scoring gives; see the package doc
// for where each applies. DefaultPolicy is what Match uses unless told.
type Policy struct {
	RelatedField   float64 // a related field where the degree does not say related: true
	StatusMismatch float64 // a finished degree where one in progress is asked, or the reverse
	ListedOnly     float64 // experience asked, but the name is only listed, not in a dated entry; a skill only in courses or interests
	TopicOnly      float64 // a topic shown only through narrower concepts (PyTorch for machine learning)
	NearbyPlace    float64 // the right country (or region) but not one of the cities named
	OffTopic       float64 // publications, none of them on the topics asked
	MentionedOnly  float64 // a certification mentioned but not in the certificates section
	LevelUnstated  float64 // a language listed without a level
	RoleBroader    float64 // a title of the general family of the role's group, or the reverse ("Software Engineer" for a backend role)
	RoleSibling    float64 // a title of another family of the role's group (frontend for backend)
	RoleNear       float64 // a title of a family near the role's (marketing for sales)
	// DistanceSlack is how far beyond a location's within_km partial
	// credit reaches, as a share of within_km: with 1, credit falls
	// linearly from 1 at within_km to 0 at twice within_km. 0 gives none.
	DistanceSlack float64
}

// DefaultPolicy returns the default partial credits.
func DefaultPolicy() Policy {
	return Policy{RelatedField: 0.5, StatusMismatch: 0.5, ListedOnly: 0.5, NearbyPlace: 0.5,
		OffTopic: 0.25, MentionedOnly: 0.5, LevelUnstated: 0.5, DistanceSlack: 1,
		RoleBroader: 0.75, RoleSibling: 0.5, RoleNear: 0.35, TopicOnly: 0.5}
}

// Option configures matching.
type Option func(*config)

type config struct {
	asOf          dates.Day
	policy        Policy
	evidenceLimit int
	workers       int
}

// DefaultEvidenceLimit is how many quotes a finding shows before counting
// the rest in More.
const DefaultEvidenceLimit = 5

// AsOf matches as of the calendar date of t (default: today). It decides
// what is in progress, how long ongoing entries run, and availability.
func AsOf(t time.Time) Option { return func(c *config) { c.asOf = dates.FromTime(t) } }

// WithPolicy scores with p instead of DefaultPolicy().
func WithPolicy(p Policy) Option { return func(c *config) { c.policy = p } }

// WithEvidenceLimit sets how many quotes a finding shows (at least 1).
func WithEvidenceLimit(n int) Option {
	return func(c *config) { c.evidenceLimit = max(1, n) }
}

// WithWorkers sets how many profiles Rank matches at once (default: GOMAXPROCS).
func WithWorkers(n int) Option { return func(c *config) { c.workers = max(1, n) } }

func newConfig(opts []Option) config {
	c := config{policy: DefaultPolicy(), evidenceLimit: DefaultEvidenceLimit}
	for _, o := range opts {
		o(&c)
	}
	if c.asOf == 0 {
		c.asOf = dates.FromTime(time.Now())
	}
	return c
}
