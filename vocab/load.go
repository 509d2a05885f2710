package vocab

import (
	"embed"
	"fmt"
	"os"
	"sync"

	"go.yaml.in/yaml/v3"

	"github.com/quals-dev/quals/internal/decode"
)

//go:embed data/*.yaml
var embedded embed.FS

var (
	defaultOnce  sync.Once
	defaultVocab *Vocabulary
	defaultErr   error
)

// Default returns the vocabulary embedded in the module, built on first use
// and shared afterwards.
func Default() *Vocabulary {
	defaultOnce.Do(func() {
		var d Data
		d, defaultErr = embeddedData()
		if defaultErr == nil {
			defaultVocab, defaultErr = New(d)
		}
	})
	if defaultErr != nil {
		// The embedded data is part of the module and tested; failing here is a build defect.
		panic("vocab: embedded vocabulary is broken: " + defaultErr.Error())
	}
	return defaultVocab
}

// embeddedData reads the YAML files in vocab/data, one list per kind.
func embeddedData() (Data, error) {
	var d Data
	var all decode.Problems
	for _, section := range sections {
		name := "data/" + section.key + ".yaml"
		src, err := embedded.ReadFile(name)
		if err != nil {
			return Data{}, err
		}
		root, err := decode.ParseYAML("vocab/"+name, src, decode.Limits{MaxBytes: 16 << 20, MaxDepth: 16, MaxNodes: 2_000_000})
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
// the format of the files in vocab/data. file names the document in errors.
func ParseData(file string, src []byte) (Data, error) {
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

func readSkills(w *decode.Walker, n *yaml.Node, path string, d *Data) {
	w.Sequence(n, path, func(_ int, item *yaml.Node, p string) {
		var s Skill
		w.Mapping(item, p,
			decode.Field{Key: "name", Read: func(n *yaml.Node, p string) { s.Name, _ = w.String(n, p) }},
			decode.Field{Key: "aliases", Read: func(n *yaml.Node, p string) { s.Aliases = w.Strings(n, p) }},
			decode.Field{Key: "category", Read: func(n *yaml.Node, p string) { s.Category, _ = w.String(n, p) }},
			decode.Field{Key: "ambiguous", Read: func(n *yaml.Node, p string) { s.Ambiguous = w.Strings(n, p) }},
		)
		if s.Name == "" {
			w.Errorf(item, p, "a skill needs a name")
			return
		}
		d.Skills = append(d.Skills, s)
	})
}

func readFields(w *decode.Walker, n *yaml.Node, path string, d *Data) {
	w.Sequence(n, path, func(_ int, item *yaml.Node, p string) {
		var f Field
		w.Mapping(item, p,
			decode.Field{Key: "name", Read: func(n *yaml.Node, p string) { f.Name, _ = w.String(n, p) }},
			decode.Field{Key: "aliases", Read: func(n *yaml.Node, p string) { f.Aliases = w.Strings(n, p) }},
			decode.Field{Key: "related", Read: func(n *yaml.Node, p string) { f.Related = w.Strings(n, p) }},
		)
		if f.Name == "" {
			w.Errorf(item, p, "a field needs a name")
			return
		}
		d.Fields = append(d.Fields, f)
	})
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
	w.Sequence(n, path, func(_ int, item *yaml.Node, p string) {
		var l Language
		w.Mapping(item, p,
			decode.Field{Key: "name", Read: func(n *yaml.Node, p string) { l.Name, _ = w.String(n, p) }},
			decode.Field{Key: "aliases", Read: func(n *yaml.Node, p string) { l.Aliases = w.Strings(n, p) }},
		)
		if l.Name == "" {
			w.Errorf(item, p, "a language needs a name")
			return
		}
		d.Languages = append(d.Languages, l)
	})
}

func readPlaces(w *decode.Walker, n *yaml.Node, path string, d *Data) {
	w.Sequence(n, path, func(_ int, item *yaml.Node, p string) {
		var c Country
		w.Mapping(item, p,
			decode.Field{Key: "code", Read: func(n *yaml.Node, p string) { c.Code, _ = w.String(n, p) }},
			decode.Field{Key: "names", Read: func(n *yaml.Node, p string) { c.Names = w.Strings(n, p) }},
			decode.Field{Key: "regions", Read: func(n *yaml.Node, p string) {
				w.Sequence(n, p, func(_ int, item *yaml.Node, p string) {
					var r Region
					w.Mapping(item, p,
						decode.Field{Key: "code", Read: func(n *yaml.Node, p string) { r.Code, _ = w.String(n, p) }},
						decode.Field{Key: "names", Read: func(n *yaml.Node, p string) { r.Names = w.Strings(n, p) }},
					)
					c.Regions = append(c.Regions, r)
				})
			}},
		)
		if c.Code == "" {
			w.Errorf(item, p, "a country needs a code")
			return
		}
		d.Places = append(d.Places, c)
	})
}
