package profile

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/quals-dev/quals/diag"
	"github.com/quals-dev/quals/internal/decode"
	"github.com/quals-dev/quals/internal/index"
	"github.com/quals-dev/quals/internal/text"
	"github.com/quals-dev/quals/knowledge"
	"github.com/quals-dev/quals/vocab"
)

// Profile is a loaded candidate profile with its index.
type Profile struct {
	id       string
	resume   Resume
	warnings diag.Problems

	knowledge *knowledge.Knowledge
	index     *index.Index // for the knowledge's vocabulary and English: what matching reads
}

// Option configures loading.
type Option func(*config)

type config struct {
	id        string
	knowledge *knowledge.Knowledge
}

// WithID sets the candidate's identifier. Without it, a profile's id is the
// name of the file it came from without its extension (LoadFile, and
// Parse given a file name), else "candidate-" and the first eight hex
// digits of the SHA-256 of its content: two different documents never
// share an id by default, and the same one always gets the same.
func WithID(id string) Option { return func(c *config) { c.id = id } }

// WithKnowledge loads with k's vocabulary (the profile's skills and topics
// resolve through it), gazetteer (basics.location is placed through it)
// and limits, instead of knowledge.Default(). Load the postings the
// profile is matched against with the same k.
func WithKnowledge(k *knowledge.Knowledge) Option { return func(c *config) { c.knowledge = k } }

// newConfig applies opts over knowledge.Default().
func newConfig(id string, opts []Option) config {
	c := config{id: id}
	for _, o := range opts {
		o(&c)
	}
	if c.knowledge == nil {
		c.knowledge = knowledge.Default()
	}
	return c
}

// Parse reads a JSON Resume document and indexes it. file names the
// document in problems.
//
// It returns:
//   - the profile and nil when the document is valid (its Warnings list
//     keys the schema does not define);
//   - nil and a Problems error listing every error found.
func Parse(file string, src []byte, opts ...Option) (*Profile, error) {
	p, err := parse(file, src, opts)
	if p != nil {
		p.warnings.Locate(src)
	}
	return p, diag.Located(err, src)
}

func parse(file string, src []byte, opts []Option) (*Profile, error) {
	c := newConfig("", opts)
	if c.id == "" {
		c.id = defaultID(file, src)
	}
	root, err := decode.ParseJSON(file, src, c.knowledge.Limits())
	if err != nil {
		return nil, err
	}
	if decode.IsNull(root) {
		return nil, diag.Problems{{File: file, Kind: decode.ErrEmpty, Message: "the profile is empty"}}
	}
	w := &decode.Walker{File: file, UnknownKeys: decode.Warning}
	if isFRESH(root) {
		root = fromFRESH(w, root)
	}
	if old, at := renameLegacyKeys(root); len(old) > 0 {
		w.Warnf(at, "", "keys of the older JSON Resume schema (%s) are read as today's (%s)", strings.Join(old, ", "), strings.Join(newKeys(old), ", "))
	}
	var r Resume
	w.Into(root, "", &r)
	check(w, root, &r, c.knowledge.Vocabulary())
	w.Problems.Sort()
	if err := w.Problems.Err(); err != nil {
		return nil, err
	}
	p := newProfile(c, r)
	if msg := p.index.PlaceNote; msg != "" {
		w.Warnf(decode.Find(root, "basics", "location", "city"), "basics.location.city", "%s", msg)
		w.Problems.Sort()
	}
	p.warnings = w.Problems
	return p, nil
}

// LoadFile reads a profile file; its id is the file name without extension
// unless WithID says otherwise.
func LoadFile(path string, opts ...Option) (*Profile, error) {
	c := newConfig("", opts)
	src, err := decode.ReadFile(path, c.knowledge.Limits().MaxBytes)
	if err != nil {
		return nil, fmt.Errorf("reading profile: %w", err)
	}
	id := strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
	return Parse(path, src, append([]Option{WithID(id)}, opts...)...)
}

// New indexes a résumé built in code.
func New(r Resume, opts ...Option) *Profile {
	c := newConfig("", opts)
	if c.id == "" {
		src, _ := json.Marshal(r)
		c.id = defaultID("", src)
	}
	return newProfile(c, r)
}

// defaultID names a profile no caller named: after its file, else after
// its content.
func defaultID(file string, src []byte) string {
	if base := strings.TrimSuffix(filepath.Base(file), filepath.Ext(file)); file != "" && base != "" && base != "." {
		return base
	}
	sum := sha256.Sum256(src)
	return "candidate-" + hex.EncodeToString(sum[:4])
}

func newProfile(c config, r Resume) *Profile {
	p := &Profile{id: c.id, resume: r, knowledge: c.knowledge}
	p.index = buildIndex(&p.resume, c.knowledge.Vocabulary(), text.English(), c.knowledge.Gazetteer, c.knowledge.Roles)
	return p
}

// HoldsResume reports whether the document holds what a résumé is made of:
// a summary or headline, work, volunteering, education, skills, projects,
// publications, certificates, awards, languages or interests. A document
// with none of them — a name and contacts alone, an extraction report, a
// schema file, an empty object — is no résumé to rank: every requirement
// would be unknown.
func (p *Profile) HoldsResume() bool {
	r := &p.resume
	return strings.TrimSpace(r.Basics.Summary) != "" || strings.TrimSpace(r.Basics.Label) != "" ||
		len(r.Work)+len(r.Volunteer)+len(r.Education)+len(r.Skills)+len(r.Projects)+
			len(r.Publications)+len(r.Certificates)+len(r.Awards)+len(r.Languages)+len(r.Interests) > 0
}

// Knowledge is what the profile was loaded with.
func (p *Profile) Knowledge() *knowledge.Knowledge { return p.knowledge }

// ID identifies the candidate.
func (p *Profile) ID() string { return p.id }

// Name is the candidate's name, for display only.
func (p *Profile) Name() string { return p.resume.Basics.Name }

// Resume returns the document as read. Its slices are shared: do not modify them.
func (p *Profile) Resume() Resume { return p.resume }

// Warnings lists what was read but not understood: keys the schema lacks,
// a country the vocabulary does not know, a city the gazetteer does not
// know or cannot tell from others of the same name.
func (p *Profile) Warnings() diag.Problems { return p.warnings }

func init() { index.Register(indexOf) }

// indexOf is index.Of: the profile's index when v and a are the ones it
// loaded with (nil means those), else one built for the caller and not kept.
func indexOf(x any, v *vocab.Vocabulary, a *text.Analyzer) *index.Index {
	p := x.(*Profile)
	if v == nil {
		v = p.knowledge.Vocabulary()
	}
	if a == nil {
		a = text.English()
	}
	if v == p.index.Vocabulary() && a == p.index.Analyzer() {
		return p.index
	}
	return buildIndex(&p.resume, v, a, p.knowledge.Gazetteer, p.knowledge.Roles)
}
