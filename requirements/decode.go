package requirements

import (
	"go.yaml.in/yaml/v3"

	"github.com/quals-dev/quals/internal/decode"
)

// Loading is two steps. decode reads a document's node tree into a
// Document, reporting what is wrong with its shape — unknown and repeated
// keys, values of the wrong type — and noting where each value stands;
// compile (compile.go) then checks what the values say and resolves the
// names, placing its problems through those notes.

// source is where each value of a decoded document stands.
type source struct {
	nodes    map[string]*yaml.Node // field path → the value node decoded there
	bad      map[string]bool       // field paths whose value did not decode
	predKeys map[string][]string   // requirement or item path → its predicate keys, in document order
}

// at returns the node a path's value stands on, or nil.
func (s *source) at(path string) *yaml.Node { return s.nodes[path] }

// has reports whether the document gives a value (perhaps null) at path.
func (s *source) has(path string) bool { return s.nodes[path] != nil }

// ok reports whether the document gives a value at path that decoded.
func (s *source) ok(path string) bool { return s.has(path) && !s.bad[path] }

// decoder reads a node tree into a Document.
type decoder struct {
	w   *decode.Walker
	src *source
}

func decodeDocument(w *decode.Walker, root *yaml.Node) (Document, *source) {
	d := &decoder{w: w, src: &source{nodes: map[string]*yaml.Node{"": root}, bad: map[string]bool{}, predKeys: map[string][]string{}}}
	var doc Document
	d.w.Mapping(root, "",
		d.str("id", &doc.ID), d.str("title", &doc.Title), d.str("organization", &doc.Organization), d.str("language", &doc.Language),
		d.field("locations", func(v *yaml.Node, path string) {
			d.w.Sequence(v, path, func(_ int, item *yaml.Node, path string) {
				d.note(item, path)
				var pl PlaceDoc
				if d.w.Mapping(item, path, d.str("city", &pl.City), d.str("region", &pl.Region), d.str("country", &pl.Country)) {
					doc.Locations = append(doc.Locations, pl)
				} else {
					doc.Locations = append(doc.Locations, PlaceDoc{})
					d.src.bad[path] = true
				}
			})
		}),
		d.list("workplace", &doc.Workplace),
		d.field("required", func(v *yaml.Node, path string) { doc.Required = d.requirements(v, path) }),
		d.field("preferred", func(v *yaml.Node, path string) { doc.Preferred = d.requirements(v, path) }),
	)
	return doc, d.src
}

// note records where a path's value stands.
func (d *decoder) note(v *yaml.Node, path string) { d.src.nodes[path] = v }

// field is a known key read by read, noted first.
func (d *decoder) field(key string, read func(v *yaml.Node, path string)) decode.Field {
	return decode.Field{Key: key, Read: func(v *yaml.Node, path string) {
		d.note(v, path)
		read(v, path)
	}}
}

func (d *decoder) str(key string, dst *string) decode.Field {
	return d.field(key, func(v *yaml.Node, path string) {
		s, ok := d.w.String(v, path)
		*dst = s
		d.mark(ok || decode.IsNull(v), path)
	})
}

func (d *decoder) float(key string, dst *float64) decode.Field {
	return d.field(key, func(v *yaml.Node, path string) {
		f, ok := d.w.Float(v, path)
		*dst = f
		d.mark(ok, path)
	})
}

func (d *decoder) int(key string, dst *int) decode.Field {
	return d.field(key, func(v *yaml.Node, path string) {
		i, ok := d.w.Int(v, path)
		*dst = i
		d.mark(ok, path)
	})
}

func (d *decoder) bool(key string, dst *bool) decode.Field {
	return d.field(key, func(v *yaml.Node, path string) {
		b, ok := d.w.Bool(v, path)
		*dst = b
		d.mark(ok || decode.IsNull(v), path)
	})
}

// list reads names: a list of texts, or a single text for a list of one.
func (d *decoder) list(key string, dst *List) decode.Field {
	return d.field(key, func(v *yaml.Node, path string) {
		before := len(d.w.Problems)
		*dst = List(d.w.Strings(v, path))
		d.mark(len(d.w.Problems) == before, path)
	})
}

// mark notes a value that did not decode.
func (d *decoder) mark(ok bool, path string) {
	if !ok {
		d.src.bad[path] = true
	}
}

func (d *decoder) requirements(n *yaml.Node, path string) []RequirementDoc {
	var out []RequirementDoc
	d.w.Sequence(n, path, func(_ int, item *yaml.Node, path string) {
		d.note(item, path)
		var req RequirementDoc
		fields := []decode.Field{d.str("id", &req.ID), d.str("text", &req.Text), d.float("weight", &req.Weight)}
		if !d.w.Mapping(item, path, append(fields, d.predicateFields(&req.PredicateDoc, path)...)...) {
			d.src.bad[path] = true
		}
		out = append(out, req)
	})
	return out
}

// predicateFields are the predicate keys of a requirement or list item at
// path, each read into its part of p; the keys found are noted in order.
func (d *decoder) predicateFields(p *PredicateDoc, path string) []decode.Field {
	fields := make([]decode.Field, len(predicateSpecs))
	for i := range predicateSpecs {
		key := predicateSpecs[i].key
		fields[i] = d.field(key, func(v *yaml.Node, fieldPath string) {
			d.src.predKeys[path] = append(d.src.predKeys[path], key)
			predicateSpecs[i].decode(d, p, v, fieldPath)
		})
	}
	return fields
}

// mapping decodes a predicate's mapping, noting it bad when it is none.
func (d *decoder) mapping(v *yaml.Node, path string, fields ...decode.Field) {
	if !d.w.Mapping(v, path, fields...) {
		d.src.bad[path] = true
	}
}

// names decodes {any: [...]} or {all: [...]}, with min_years when years
// may be asked.
func (d *decoder) names(v *yaml.Node, path string, years, coverage bool) *NamesDoc {
	n := &NamesDoc{}
	fields := []decode.Field{d.list("any", &n.Any), d.list("all", &n.All)}
	if years {
		fields = append(fields, d.float("min_years", &n.MinYears))
	}
	if coverage {
		fields = append(fields, d.list("coverage", &n.Coverage))
	}
	d.mapping(v, path, fields...)
	if decode.IsNull(v) {
		d.w.Failf(decode.ErrMissing, decode.Resolve(v), path, "needs any: or all: with a list of names")
	}
	return n
}

// items decodes a list of predicates, each a mapping of one key.
func (d *decoder) items(v *yaml.Node, path string) []PredicateDoc {
	out := []PredicateDoc{}
	if !d.w.Sequence(v, path, func(_ int, item *yaml.Node, path string) {
		d.note(item, path)
		var p PredicateDoc
		if !d.w.Mapping(item, path, d.predicateFields(&p, path)...) {
			d.src.bad[path] = true
		}
		out = append(out, p)
	}) && !decode.IsNull(v) {
		d.src.bad[path] = true
	}
	return out
}

// The decoders of each predicate's value, for the spec table.

func decodeSkill(d *decoder, p *PredicateDoc, v *yaml.Node, path string) {
	p.Skill = d.names(v, path, true, true)
}

func decodeExperience(d *decoder, p *PredicateDoc, v *yaml.Node, path string) {
	p.Experience = d.names(v, path, true, true)
}

func decodeCertification(d *decoder, p *PredicateDoc, v *yaml.Node, path string) {
	p.Certification = d.names(v, path, false, false)
}

func decodeDegree(d *decoder, p *PredicateDoc, v *yaml.Node, path string) {
	g := &DegreeDoc{}
	p.Degree = g
	d.mapping(v, path, d.str("level", &g.Level), d.str("status", &g.Status), d.list("fields", &g.Fields),
		d.bool("related", &g.Related), d.str("by", &g.By))
}

// decodePublications: "publications:" alone asks for at least one.
func decodePublications(d *decoder, p *PredicateDoc, v *yaml.Node, path string) {
	u := &PublicationsDoc{}
	p.Publications = u
	if !decode.IsNull(v) {
		d.mapping(v, path, d.int("min", &u.Min), d.list("topics", &u.Topics), d.int("since", &u.Since))
	}
}

func decodeLocation(d *decoder, p *PredicateDoc, v *yaml.Node, path string) {
	l := &LocationDoc{}
	p.Location = l
	d.mapping(v, path, d.list("countries", &l.Countries), d.list("regions", &l.Regions), d.list("cities", &l.Cities),
		d.bool("remote", &l.Remote), d.float("within_km", &l.WithinKm))
}

func decodeAuthorization(d *decoder, p *PredicateDoc, v *yaml.Node, path string) {
	a := &AuthorizationDoc{}
	p.Authorization = a
	d.mapping(v, path, d.list("countries", &a.Countries), d.bool("sponsorship", &a.Sponsorship))
}

func decodeAvailability(d *decoder, p *PredicateDoc, v *yaml.Node, path string) {
	a := &AvailabilityDoc{}
	p.Availability = a
	d.mapping(v, path, d.field("windows", func(v *yaml.Node, path string) {
		d.w.Sequence(v, path, func(_ int, item *yaml.Node, path string) {
			d.note(item, path)
			var win WindowDoc
			d.w.Mapping(item, path, d.str("from", &win.From), d.str("to", &win.To))
			a.Windows = append(a.Windows, win)
		})
	}))
}

func decodeLanguage(d *decoder, p *PredicateDoc, v *yaml.Node, path string) {
	l := &LanguageDoc{}
	p.Language = l
	d.mapping(v, path, d.str("name", &l.Name), d.str("level", &l.Level))
}

func decodeEvidence(d *decoder, p *PredicateDoc, v *yaml.Node, path string) {
	e := &EvidenceDoc{}
	p.Evidence = e
	d.mapping(v, path, d.list("terms", &e.Terms), d.int("min", &e.Min))
}

func decodeRole(d *decoder, p *PredicateDoc, v *yaml.Node, path string) {
	r := &RoleDoc{}
	p.Role = r
	d.mapping(v, path, d.str("title", &r.Title), d.str("family", &r.Family))
}

func decodeSeniority(d *decoder, p *PredicateDoc, v *yaml.Node, path string) {
	s := &SeniorityDoc{}
	p.Seniority = s
	d.mapping(v, path, d.str("level", &s.Level), d.float("min_years", &s.MinYears))
}

func decodeAny(d *decoder, p *PredicateDoc, v *yaml.Node, path string) { p.Any = d.items(v, path) }

func decodeAll(d *decoder, p *PredicateDoc, v *yaml.Node, path string) { p.All = d.items(v, path) }

func decodeAtLeast(d *decoder, p *PredicateDoc, v *yaml.Node, path string) {
	a := &AtLeastDoc{}
	p.AtLeast = a
	d.mapping(v, path, d.int("n", &a.N), d.field("of", func(v *yaml.Node, path string) { a.Of = d.items(v, path) }))
}
