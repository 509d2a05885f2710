package vocab

import (
	"bytes"
	"embed"
	"fmt"
	"os"
	"sync"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"

	"github.com/quals-dev/quals/internal/decode"
)

//go:embed data/*.yaml data/*.txt
var embedded embed.FS

// defaultSnapshot is the embedded vocabulary built (see snapshot.go).
//
//go:embed data/default.snapshot
var defaultSnapshot string

var (
	defaultOnce  sync.Once
	defaultVocab *Vocabulary
	defaultErr   error
)

// Default returns the vocabulary embedded in the module, read on first use
// from its prebuilt snapshot (in a few milliseconds) and shared afterwards.
func Default() *Vocabulary {
	defaultOnce.Do(func() {
		data := sync.OnceValues(embeddedData)
		defaultVocab, defaultErr = readSnapshot(defaultSnapshot, func() Data {
			d, err := data()
			if err != nil {
				panic("vocab: embedded vocabulary is broken: " + err.Error())
			}
			return d
		})
	})
	if defaultErr != nil {
		// The embedded data is part of the module and tested; failing here is a build defect.
		panic("vocab: embedded vocabulary is broken: " + defaultErr.Error())
	}
	return defaultVocab
}

// embeddedData reads the files in vocab/data, kind by kind: first the
// generated file of the kind (data/KIND_generated.txt, in the compact line
// format, written by go generate from public taxonomies) when there is one,
// then the hand-curated YAML (data/KIND.yaml). Later entries win (a spelling
// means the concept that gave it last, a category given later replaces an
// earlier one), so the curated layer overrides the generated one.
func embeddedData() (Data, error) {
	var d Data
	var all decode.Problems
	for _, section := range sections {
		name := "data/" + section.key + "_generated.txt"
		if src, err := embedded.ReadFile(name); err == nil {
			if err := parseCompactInto(&d, "vocab/"+name, src); err != nil {
				return Data{}, err
			}
		}
		name = "data/" + section.key + ".yaml"
		src, err := embedded.ReadFile(name)
		if err != nil {
			return Data{}, err
		}
		root, err := decode.ParseYAML("vocab/"+name, src, decode.Limits{MaxBytes: 16 << 20, MaxDepth: 16, MaxValues: 2_000_000})
		if err != nil {
			return Data{}, err
		}
		w := &decode.Walker{File: "vocab/" + name}
		section.read(w, root, section.key, &d)
		all = append(all, w.Problems...)
	}
	return d, all.Err()
}

// ParseData reads vocabulary entries from a YAML (or JSON) document with any
// of the keys skills, fields, degrees, languages and places, each a list in
// the format of the YAML files in vocab/data, or from a document in the
// compact line format of the generated files (see CompactHeader). file
// names the document in errors.
func ParseData(file string, src []byte) (Data, error) {
	if isCompact(src) {
		if len(src) > decode.DefaultLimits.MaxBytes {
			return Data{}, decode.Problems{{File: file, Kind: decode.ErrLimit, Message: fmt.Sprintf("document is over the size limit of %d bytes", decode.DefaultLimits.MaxBytes)}}
		}
		if !utf8.Valid(src) || bytes.IndexByte(src, 0) >= 0 {
			return Data{}, decode.Problems{{File: file, Kind: decode.ErrEncoding, Message: "document is not valid UTF-8 or holds a NUL byte"}}
		}
		return parseCompact(file, src)
	}
	root, err := decode.ParseYAML(file, src, decode.DefaultLimits)
	if err != nil {
		return Data{}, err
	}
	var d Data
	w := &decode.Walker{File: file}
	fields := make([]decode.Field, len(sections))
	for i, s := range sections {
		fields[i] = decode.Field{Key: s.key, Read: func(n *yaml.Node, path string) { s.read(w, n, path, &d) }}
	}
	if root != nil {
		w.Mapping(root, "", fields...)
	}
	return d, w.Problems.Err()
}

// LoadFile reads vocabulary entries from a file; see ParseData.
func LoadFile(path string) (Data, error) {
	src, err := os.ReadFile(path)
	if err != nil {
		return Data{}, fmt.Errorf("vocab: %w", err)
	}
	return ParseData(path, src)
}

var sections = []struct {
	key  string
	read func(w *decode.Walker, n *yaml.Node, path string, d *Data)
}{
	{"skills", readSkills},
	{"fields", readFields},
	{"degrees", readDegrees},
	{"languages", readLanguages},
	{"places", readPlaces},
}

// readList reads a list of entries with the walker's struct decoding,
// which reports unknown keys and wrong types with their positions.
func readList[T any](w *decode.Walker, n *yaml.Node, path string, named func(T) bool, kind string) []T {
	var out []T
	w.Sequence(n, path, func(_ int, item *yaml.Node, p string) {
		var v T
		w.Into(item, p, &v)
		if !named(v) {
			w.Errorf(item, p, "a %s needs a name", kind)
			return
		}
		out = append(out, v)
	})
	return out
}

func readSkills(w *decode.Walker, n *yaml.Node, path string, d *Data) {
	d.Skills = append(d.Skills, readList(w, n, path, func(s Skill) bool { return s.Name != "" }, "skill")...)
}

func readFields(w *decode.Walker, n *yaml.Node, path string, d *Data) {
	d.Fields = append(d.Fields, readList(w, n, path, func(f Field) bool { return f.Name != "" }, "field")...)
}

func readDegrees(w *decode.Walker, n *yaml.Node, path string, d *Data) {
	w.Sequence(n, path, func(_ int, item *yaml.Node, p string) {
		var deg Degree
		w.Mapping(item, p,
			decode.Field{Key: "level", Read: func(n *yaml.Node, p string) {
				if s, ok := w.String(n, p); ok {
					l, err := ParseLevel(s)
					if err != nil {
						w.Errorf(n, p, "%v", err)
					}
					deg.Level = l
				}
			}},
			decode.Field{Key: "names", Read: func(n *yaml.Node, p string) { deg.Names = w.Strings(n, p) }},
		)
		if deg.Level != NoLevel {
			d.Degrees = append(d.Degrees, deg)
		}
	})
}

func readLanguages(w *decode.Walker, n *yaml.Node, path string, d *Data) {
	d.Languages = append(d.Languages, readList(w, n, path, func(l Language) bool { return l.Name != "" }, "language")...)
}

func readPlaces(w *decode.Walker, n *yaml.Node, path string, d *Data) {
	d.Places = append(d.Places, readList(w, n, path, func(c Country) bool { return c.Code != "" }, "country")...)
}
