package requirements

import (
	"bytes"
	"fmt"

	"github.com/quals-dev/quals/diag"
	"github.com/quals-dev/quals/internal/decode"
	"github.com/quals-dev/quals/knowledge"
	"go.yaml.in/yaml/v3"
)

// Option configures loading.
type Option func(*config)

type config struct {
	knowledge *knowledge.Knowledge
}

// WithKnowledge loads with k's vocabulary (names resolve through it),
// gazetteer (places resolve through it: a city it does not know is an
// error) and limits, instead of knowledge.Default(). Load the profiles a
// posting is matched against with the same k.
func WithKnowledge(k *knowledge.Knowledge) Option {
	return func(c *config) { c.knowledge = k }
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
	return c
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
	c := newConfig(opts)
	parse := decode.ParseYAML
	if t := bytes.TrimSpace(src); len(t) > 0 && t[0] == '{' {
		parse = decode.ParseJSON
	}
	root, err := parse(file, src, c.knowledge.Limits())
	if err != nil {
		return nil, err
	}
	return compile(file, root, c)
}

// compile decodes a document's node tree into a Document and compiles it
// into a Posting.
func compile(file string, root *yaml.Node, c config) (*Posting, error) {
	if root == nil {
		return nil, diag.Problems{{File: file, Kind: decode.ErrEmpty, Message: "the posting is empty"}}
	}
	w := &decode.Walker{File: file}
	doc, src := decodeDocument(w, root)
	r := &reader{w: w, src: src, vocabulary: c.knowledge.Vocabulary(), knowledge: c.knowledge, failed: map[string]bool{}}
	p := r.posting(&doc)
	w.Problems.Sort()
	if err := w.Problems.Err(); err != nil {
		return nil, err
	}
	return p, nil
}

// LoadFile reads and parses a posting file; see Parse.
func LoadFile(path string, opts ...Option) (*Posting, error) {
	c := newConfig(opts)
	src, err := decode.ReadFile(path, c.knowledge.Limits().MaxBytes)
	if err != nil {
		return nil, fmt.Errorf("reading posting: %w", err)
	}
	return Parse(path, src, opts...)
}
