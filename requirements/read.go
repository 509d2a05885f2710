package requirements

import (
	"fmt"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/quals-dev/quals/geo"
	"github.com/quals-dev/quals/internal/dates"
	"github.com/quals-dev/quals/internal/decode"
	"github.com/quals-dev/quals/internal/text"
	"github.com/quals-dev/quals/knowledge"
	"github.com/quals-dev/quals/vocab"
)

// reader walks a posting document, resolving names as it goes.
type reader struct {
	w          decode.Walker
	vocabulary *vocab.Vocabulary
	analyzer   *text.Analyzer
	knowledge  *knowledge.Knowledge
	gazetteer  *geo.Gazetteer // nil until a place needs it: see gaz
	located    []geo.Place    // the posting's locations' cities, as read
	places     map[*Location]LocationPlaces
}

// gaz returns the gazetteer, the default one loaded only when a posting
// names a place.
func (r *reader) gaz() *geo.Gazetteer {
	if r.gazetteer == nil {
		r.gazetteer = r.knowledge.Gazetteer()
	}
	return r.gazetteer
}

var workplaces = map[string]string{"onsite": "onsite", "on-site": "onsite", "on site": "onsite", "hybrid": "hybrid", "remote": "remote"}

// clean reports whether no error was recorded since the walker held before
// problems: a follow-up check (a window needs both dates, a list needs an
// item) would only repeat, falsely, what the first error said.
func (r *reader) clean(before int) bool {
	for _, p := range r.w.Problems[before:] {
		if p.Severity == decode.Error {
			return false
		}
	}
	return true
}

func (r *reader) posting(root *yaml.Node) *Posting {
	p := &Posting{knowledge: r.knowledge, vocabulary: r.vocabulary, analyzer: text.English()}
	r.analyzer = p.analyzer
	var required, preferred *yaml.Node
	// language decides how terms are stemmed, so read it before the rest.
	if root.Kind == yaml.MappingNode {
		for i := 0; i+1 < len(root.Content); i += 2 {
			if root.Content[i].Value == "language" {
				if s, ok := r.w.String(root.Content[i+1], "language"); ok {
					a, err := text.NewAnalyzer(strings.ToLower(s))
					if err != nil {
						r.w.Errorf(root.Content[i+1], "language", "%v", err)
					} else {
						p.analyzer, r.analyzer = a, a
					}
				}
			}
		}
	}
	r.w.Mapping(root, "",
		decode.Field{Key: "id", Read: func(n *yaml.Node, path string) { p.id, _ = r.w.String(n, path) }},
		decode.Field{Key: "title", Read: func(n *yaml.Node, path string) { p.title, _ = r.w.String(n, path) }},
		decode.Field{Key: "organization", Read: func(n *yaml.Node, path string) { p.organization, _ = r.w.String(n, path) }},
		decode.Field{Key: "language", Read: func(*yaml.Node, string) {}},
		decode.Field{Key: "locations", Read: func(n *yaml.Node, path string) {
			r.w.Sequence(n, path, func(_ int, item *yaml.Node, path string) {
				if pl, at, ok := r.place(item, path); ok {
					p.locations = append(p.locations, pl)
					p.located = append(p.located, at)
				}
			})
		}},
		decode.Field{Key: "workplace", Read: func(n *yaml.Node, path string) {
			for _, s := range r.w.Strings(n, path) {
				w, ok := workplaces[strings.ToLower(strings.TrimSpace(s))]
				if !ok {
					r.w.Errorf(n, path, "unknown workplace %q; use onsite, hybrid or remote", s)
					continue
				}
				p.workplace = append(p.workplace, w)
			}
		}},
		decode.Field{Key: "required", Read: func(n *yaml.Node, _ string) { required = n }},
		decode.Field{Key: "preferred", Read: func(n *yaml.Node, _ string) { preferred = n }},
	)
	r.located = p.located
	if p.id == "" && root.Kind == yaml.MappingNode {
		r.w.Failf(decode.ErrMissing, root, "id", "the posting needs an id")
	}
	ids := map[string]string{}
	for _, group := range []struct {
		kind Kind
		node *yaml.Node
	}{{Required, required}, {Preferred, preferred}} {
		r.w.Sequence(group.node, string(group.kind), func(i int, item *yaml.Node, path string) {
			req := r.requirement(item, path, group.kind, i)
			if req == nil {
				return
			}
			if prev, dup := ids[req.id]; dup {
				at := decode.Find(item, "id")
				if at == nil {
					at = item
				}
				r.w.Failf(decode.ErrDuplicate, at, path+".id", "id %q is already used by %s", req.id, prev)
				return
			}
			ids[req.id] = path
			if req.predicate == nil {
				return // its problems are reported; its id still counts
			}
			p.reqs = append(p.reqs, req)
			p.totalWeight += req.weight
		})
	}
	if len(p.reqs) == 0 && len(r.w.Problems.Errors()) == 0 {
		r.w.Failf(decode.ErrMissing, root, "required", "the posting has no requirements; list them under required or preferred")
	}
	p.places = r.places
	return p
}

// place reads one of the posting's locations; its city, when it names
// one, must be a city the gazetteer knows, returned with it.
func (r *reader) place(n *yaml.Node, path string) (Place, geo.Place, bool) {
	before := len(r.w.Problems)
	var pl Place
	var regionNode, cityNode *yaml.Node
	var region string
	ok := r.w.Mapping(n, path,
		decode.Field{Key: "city", Read: func(n *yaml.Node, path string) { pl.City, _ = r.w.String(n, path); cityNode = n }},
		decode.Field{Key: "region", Read: func(n *yaml.Node, path string) { region, _ = r.w.String(n, path); regionNode = n }},
		decode.Field{Key: "country", Read: func(n *yaml.Node, path string) {
			if s, ok := r.w.String(n, path); ok {
				if code, ok := r.country(s); ok {
					pl.Country = code
				} else {
					r.w.Errorf(n, path, "unknown country %q; write its name or ISO code (US, DE)", s)
				}
			}
		}},
	)
	if !ok {
		return pl, geo.Place{}, false
	}
	if region != "" {
		if pl.Country == "" {
			r.w.Failf(decode.ErrMissing, regionNode, decode.Join(path, "region"), "a region needs the country it is in")
		} else if code, ok := r.regionOf(pl.Country, region); ok {
			pl.Region = code
		} else {
			r.w.Errorf(regionNode, decode.Join(path, "region"), "unknown region %q of %s", region, pl.Country)
		}
	}
	if pl == (Place{}) {
		if r.clean(before) {
			r.w.Failf(decode.ErrMissing, n, path, "a location needs a city, region or country")
		}
		return pl, geo.Place{}, false
	}
	var at geo.Place
	if strings.TrimSpace(pl.City) != "" && r.clean(before) {
		ps := r.gaz().Locate(pl.City, pl.Region, pl.Country)
		if len(ps) == 0 {
			r.w.Errorf(decode.Resolve(cityNode), decode.Join(path, "city"), "%s", unknownCity(Place{City: pl.City, Region: pl.Region, Country: pl.Country}.String()))
		} else {
			at = ps[0]
		}
	}
	return pl, at, r.clean(before)
}

// unknownCity is the message for a city the gazetteer does not know.
func unknownCity(s string) string {
	return fmt.Sprintf("unknown city %q; the gazetteer knows places of 15,000 people or more: check the spelling, name a nearby larger city, or add the place (knowledge.WithGazetteer)", s)
}

// country resolves a country's name or code through the vocabulary, then
// the gazetteer.
func (r *reader) country(s string) (string, bool) {
	if code, ok := r.vocabulary.Country(s); ok {
		return code, true
	}
	if c, ok := r.gaz().Country(s); ok {
		return c.Country, true
	}
	return "", false
}

// regionOf resolves a region's name or code within a country through the
// vocabulary, then the gazetteer (which knows every country's regions).
func (r *reader) regionOf(country, s string) (string, bool) {
	if code, ok := r.vocabulary.Region(country, s); ok {
		return code, true
	}
	if p, ok := r.gaz().Region(country, s); ok {
		return p.Region, true
	}
	return "", false
}

func (r *reader) requirement(n *yaml.Node, path string, kind Kind, i int) *Requirement {
	before := len(r.w.Problems)
	req := &Requirement{kind: kind, weight: 1, line: n.Line}
	var preds []Predicate
	var predKeys []string
	fields := []decode.Field{
		{Key: "id", Read: func(n *yaml.Node, path string) { req.id, _ = r.w.String(n, path) }},
		{Key: "text", Read: func(n *yaml.Node, path string) { req.text, _ = r.w.String(n, path) }},
		{Key: "weight", Read: func(n *yaml.Node, path string) {
			if w, ok := r.w.Float(n, path); ok {
				if w <= 0 {
					r.w.Errorf(decode.Resolve(n), path, "must be greater than 0, not %v", w)
				} else if w > 1000 {
					r.w.Errorf(decode.Resolve(n), path, "must be at most 1000, not %v", w)
				} else {
					req.weight = w
				}
			}
		}},
	}
	for i := range predicateSpecs {
		spec := &predicateSpecs[i]
		fields = append(fields, decode.Field{Key: spec.key, Read: func(n *yaml.Node, path string) {
			predKeys = append(predKeys, spec.key)
			if p := r.predicate(spec, n, path, 0); p != nil {
				preds = append(preds, p)
			}
		}})
	}
	if !r.w.Mapping(n, path, fields...) {
		return nil
	}
	if req.id == "" {
		req.id = fmt.Sprintf("%s-%d", kind, i+1)
	}
	switch {
	case len(predKeys) == 0:
		if r.clean(before) { // else a misspelled key already said it
			r.w.Failf(decode.ErrMissing, n, path, "a requirement needs one predicate (%s)", predicateKeys)
		}
		return nil
	case len(predKeys) > 1:
		r.w.Errorf(n, path, "a requirement holds exactly one predicate, and this one has %s; combine them with all or any", strings.Join(predKeys, " and "))
		return nil
	case len(preds) == 0:
		return req // a predicate that failed to load: no predicate, but its id
	}
	req.predicate = preds[0]
	nameChildren(req.predicate, req.id)
	return req
}

const maxNesting = 8

// predicate reads the value of one predicate key; nil when it has errors.
func (r *reader) predicate(spec *predicateSpec, n *yaml.Node, path string, depth int) Predicate {
	if depth > maxNesting {
		r.w.Errorf(n, path, "combinators nest deeper than %d levels", maxNesting)
		return nil
	}
	before := len(r.w.Problems)
	p := spec.read(r, n, path, depth)
	if !r.clean(before) {
		return nil
	}
	return p
}

// children reads a list of predicate mappings, each holding one key.
func (r *reader) children(n *yaml.Node, path string, depth, least int) []Predicate {
	var out []Predicate
	count := 0
	present := r.w.Sequence(n, path, func(_ int, item *yaml.Node, path string) {
		count++
		before := len(r.w.Problems)
		var found []string
		fields := make([]decode.Field, len(predicateSpecs))
		for i := range predicateSpecs {
			spec := &predicateSpecs[i]
			fields[i] = decode.Field{Key: spec.key, Read: func(n *yaml.Node, path string) {
				found = append(found, spec.key)
				if p := r.predicate(spec, n, path, depth+1); p != nil && len(found) == 1 {
					out = append(out, p)
				}
			}}
		}
		if !r.w.Mapping(item, path, fields...) {
			return
		}
		switch len(found) {
		case 0:
			if r.clean(before) {
				r.w.Failf(decode.ErrMissing, item, path, "each item needs one predicate (%s)", predicateKeys)
			}
		case 1:
		default:
			r.w.Errorf(item, path, "each item holds exactly one predicate, and this one has %s", strings.Join(found, " and "))
		}
	})
	if !present {
		if decode.IsNull(n) || decode.Resolve(n).Kind != yaml.SequenceNode {
			if decode.IsNull(n) {
				r.w.Failf(decode.ErrMissing, decode.Resolve(n), path, "needs a list of predicates")
			}
		}
	} else if count < least {
		r.w.Failf(decode.ErrMissing, decode.Resolve(n), path, "needs at least %d predicate", least)
	}
	return out
}

func (r *reader) atLeast(n *yaml.Node, path string, depth int) Predicate {
	p := &AtLeast{}
	var ofNode, nNode *yaml.Node
	nOK := false
	if !r.w.Mapping(n, path,
		decode.Field{Key: "n", Read: func(v *yaml.Node, path string) { p.N, nOK = r.w.Int(v, path); nNode = v }},
		decode.Field{Key: "of", Read: func(v *yaml.Node, path string) { ofNode = v; p.Of = r.children(v, path, depth, 1) }},
	) {
		return nil
	}
	if ofNode == nil {
		r.w.Failf(decode.ErrMissing, n, decode.Join(path, "of"), "at_least needs of: a list of predicates")
	}
	written := 0 // items as written, whether or not each one loaded
	if of := decode.Resolve(ofNode); of != nil && of.Kind == yaml.SequenceNode {
		written = len(of.Content)
	}
	if nNode == nil {
		r.w.Failf(decode.ErrMissing, n, decode.Join(path, "n"), "at_least needs n: how many must be met")
	} else if nOK && (p.N < 1 || (written > 0 && p.N > written)) {
		r.w.Errorf(decode.Resolve(nNode), decode.Join(path, "n"), "must be between 1 and the %d predicates listed, not %d", written, p.N)
	}
	return p
}

// names reads a skill-like list: {any: [...]} or {all: [...]}, plus extra fields.
func (r *reader) names(n *yaml.Node, path string, resolve func(string) vocab.Term, extra ...decode.Field) (Mode, []vocab.Term, bool) {
	return r.namesOrNone(n, path, resolve, nil, extra...)
}

// namesOrNone is names, where none() says whether a mapping with neither
// any: nor all: is read as naming nothing (experience with only min_years).
func (r *reader) namesOrNone(n *yaml.Node, path string, resolve func(string) vocab.Term, none func() bool, extra ...decode.Field) (Mode, []vocab.Term, bool) {
	before := len(r.w.Problems)
	var mode Mode
	var terms []vocab.Term
	var modes []string
	read := func(m Mode) func(*yaml.Node, string) {
		return func(v *yaml.Node, path string) {
			modes = append(modes, string(m))
			mode = m
			for _, s := range r.w.Strings(v, path) {
				if strings.TrimSpace(s) == "" {
					r.w.Errorf(decode.Resolve(v), path, "a name is empty")
					continue
				}
				terms = append(terms, resolve(s))
			}
			if len(terms) == 0 && !decode.IsNull(v) && decode.Resolve(v).Kind == yaml.SequenceNode {
				r.w.Errorf(decode.Resolve(v), path, "the list is empty")
			}
		}
	}
	fields := append([]decode.Field{{Key: "any", Read: read(AnyOf)}, {Key: "all", Read: read(AllOf)}}, extra...)
	if !r.w.Mapping(n, path, fields...) {
		if decode.IsNull(n) {
			r.w.Failf(decode.ErrMissing, decode.Resolve(n), path, "needs any: or all: with a list of names")
		}
		return "", nil, false
	}
	switch len(modes) {
	case 0:
		if none != nil && none() && r.clean(before) {
			return "", nil, true
		}
		if r.clean(before) {
			r.w.Failf(decode.ErrMissing, n, path, "needs any: or all: with a list of names")
		}
		return "", nil, false
	case 2:
		r.w.Errorf(n, path, "give any: or all:, not both")
		return "", nil, false
	}
	return mode, terms, len(terms) > 0
}

// skillTerm resolves a skill name, keeping free-text terms in the posting's language.
func (r *reader) skillTerm(s string) vocab.Term {
	t := r.vocabulary.Skill(s)
	t.Terms = r.termsOf(s)
	return t
}

func (r *reader) fieldTerm(s string) vocab.Term {
	t := r.vocabulary.Field(s)
	t.Terms = r.termsOf(s)
	return t
}

func (r *reader) termsOf(s string) []string {
	toks := r.analyzer.Tokens(nil, s)
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.Term
	}
	return out
}

func (r *reader) minYears(dst *float64) decode.Field {
	return decode.Field{Key: "min_years", Read: func(v *yaml.Node, path string) {
		if y, ok := r.w.Float(v, path); ok {
			if y < 0 || y > 60 {
				r.w.Errorf(decode.Resolve(v), path, "must be between 0 and 60, not %v", y)
				return
			}
			*dst = y
		}
	}}
}

func (r *reader) skill(n *yaml.Node, path string) Predicate {
	p := &Skill{}
	mode, terms, ok := r.names(n, path, r.skillTerm, r.minYears(&p.MinYears))
	if !ok {
		return nil
	}
	p.Mode, p.Terms = mode, terms
	return p
}

func (r *reader) experience(n *yaml.Node, path string) Predicate {
	p := &Experience{}
	// {min_years: 5} alone is five years of dated work in any field.
	mode, terms, ok := r.namesOrNone(n, path, r.skillTerm, func() bool { return p.MinYears > 0 }, r.minYears(&p.MinYears))
	if !ok {
		return nil
	}
	p.Mode, p.Terms = mode, terms
	return p
}

func (r *reader) certification(n *yaml.Node, path string) Predicate {
	mode, terms, ok := r.names(n, path, r.skillTerm)
	if !ok {
		return nil
	}
	return &Certification{Mode: mode, Terms: terms}
}

func (r *reader) degree(n *yaml.Node, path string) Predicate {
	p := &Degree{Status: AnyStatus}
	var levelSeen bool
	if !r.w.Mapping(n, path,
		decode.Field{Key: "level", Read: func(v *yaml.Node, path string) {
			levelSeen = true
			if s, ok := r.w.String(v, path); ok {
				l, err := vocab.ParseLevel(strings.ToLower(strings.TrimSpace(s)))
				if err != nil {
					// A degree name says its level too: "phd", "masters", "BS".
					if l = r.vocabulary.Level(s); l == vocab.NoLevel {
						r.w.Errorf(decode.Resolve(v), path, "%v", err)
						return
					}
				}
				p.Level = l
			}
		}},
		decode.Field{Key: "status", Read: func(v *yaml.Node, path string) {
			if s, ok := r.w.String(v, path); ok {
				switch DegreeStatus(strings.ToLower(s)) {
				case AnyStatus, InProgress, Completed:
					p.Status = DegreeStatus(strings.ToLower(s))
				default:
					r.w.Errorf(decode.Resolve(v), path, "unknown status %q; use in-progress, completed or any", s)
				}
			}
		}},
		decode.Field{Key: "fields", Read: func(v *yaml.Node, path string) {
			for _, s := range r.w.Strings(v, path) {
				p.Fields = append(p.Fields, r.fieldTerm(s))
			}
		}},
		decode.Field{Key: "related", Read: func(v *yaml.Node, path string) { p.Related, _ = r.w.Bool(v, path) }},
		decode.Field{Key: "by", Read: func(v *yaml.Node, path string) {
			if d, ok := r.date(v, path); ok {
				p.By = d.Last().Time()
			}
		}},
	) {
		return nil
	}
	if !levelSeen {
		r.w.Failf(decode.ErrMissing, n, decode.Join(path, "level"), "a degree needs a level (high-school, associate, bachelor, master or doctorate)")
		return nil
	}
	return p
}

func (r *reader) date(v *yaml.Node, path string) (dates.Date, bool) {
	s, ok := r.w.String(v, path)
	if !ok {
		return dates.Date{}, false
	}
	d, err := dates.Parse(s)
	if err != nil {
		r.w.Errorf(decode.Resolve(v), path, "%v", err)
		return dates.Date{}, false
	}
	return d, true
}

func (r *reader) publications(n *yaml.Node, path string) Predicate {
	p := &Publications{Min: 1}
	if decode.IsNull(n) {
		return p // "publications:" alone asks for at least one
	}
	if !r.w.Mapping(n, path,
		decode.Field{Key: "min", Read: func(v *yaml.Node, path string) {
			if m, ok := r.w.Int(v, path); ok {
				if m < 1 || m > 1000 {
					r.w.Errorf(decode.Resolve(v), path, "must be between 1 and 1000, not %d", m)
					return
				}
				p.Min = m
			}
		}},
		decode.Field{Key: "topics", Read: func(v *yaml.Node, path string) {
			for _, s := range r.w.Strings(v, path) {
				p.Topics = append(p.Topics, r.skillTerm(s))
			}
		}},
		decode.Field{Key: "since", Read: func(v *yaml.Node, path string) {
			if y, ok := r.w.Int(v, path); ok {
				if y < 1900 || y > 2200 {
					r.w.Errorf(decode.Resolve(v), path, "must be a year, not %d", y)
					return
				}
				p.Since = y
			}
		}},
	) {
		return nil
	}
	return p
}

func (r *reader) countries(v *yaml.Node, path string) []string {
	var out []string
	for _, s := range r.w.Strings(v, path) {
		code, ok := r.country(s)
		if !ok {
			r.w.Errorf(decode.Resolve(v), path, "unknown country %q; write its name or ISO code (US, DE)", s)
			continue
		}
		out = append(out, code)
	}
	return out
}

func (r *reader) location(n *yaml.Node, path string) Predicate {
	before := len(r.w.Problems)
	p := &Location{}
	var regions []string
	var regionsNode, citiesNode, withinNode *yaml.Node
	if !r.w.Mapping(n, path,
		decode.Field{Key: "countries", Read: func(v *yaml.Node, path string) { p.Countries = r.countries(v, path) }},
		decode.Field{Key: "regions", Read: func(v *yaml.Node, path string) { regions = r.w.Strings(v, path); regionsNode = v }},
		decode.Field{Key: "cities", Read: func(v *yaml.Node, path string) { p.Cities = r.w.Strings(v, path); citiesNode = v }},
		decode.Field{Key: "remote", Read: func(v *yaml.Node, path string) { p.Remote, _ = r.w.Bool(v, path) }},
		decode.Field{Key: "within_km", Read: func(v *yaml.Node, path string) {
			withinNode = v
			if km, ok := r.w.Float(v, path); ok {
				if km <= 0 || km > maxKm {
					r.w.Errorf(decode.Resolve(v), path, "must be greater than 0 and at most %d (half the Earth's circumference), not %v", maxKm, km)
					return
				}
				p.WithinKm = km
			}
		}},
	) {
		return nil
	}
	for _, s := range regions {
		ref, ok := r.region(s, p.Countries)
		if !ok {
			r.w.Errorf(decode.Resolve(regionsNode), decode.Join(path, "regions"), "unknown region %q; write it as \"CA, US\" or list its country under countries", s)
			continue
		}
		p.Regions = append(p.Regions, ref)
	}
	if len(p.Countries)+len(regions)+len(p.Cities) == 0 && withinNode == nil {
		if r.clean(before) {
			r.w.Failf(decode.ErrMissing, n, path, "a location needs countries, regions or cities")
		}
		return nil
	}
	var places LocationPlaces
	for i, c := range p.Cities {
		at, ok := r.city(c, p.Countries)
		if !ok {
			at := decode.Resolve(citiesNode)
			if at.Kind == yaml.SequenceNode && i < len(at.Content) {
				at = decode.Resolve(at.Content[i]) // the city itself
			}
			r.w.Errorf(at, decode.Join(path, "cities"), "%s", unknownCity(c))
			continue
		}
		places.Cities = append(places.Cities, at)
	}
	if p.WithinKm > 0 {
		places.Near = places.Cities
		if len(p.Cities) == 0 {
			for _, at := range r.located {
				if at.IsCity() {
					places.Near = append(places.Near, at)
				}
			}
		}
		if len(places.Near) == 0 && r.clean(before) {
			r.w.Failf(decode.ErrMissing, decode.Resolve(withinNode), decode.Join(path, "within_km"), "within_km needs cities to measure from: list them under cities, or give the posting's locations a city")
		}
	}
	if !r.clean(before) {
		return nil
	}
	if len(places.Cities) > 0 || len(places.Near) > 0 {
		if r.places == nil {
			r.places = map[*Location]LocationPlaces{}
		}
		r.places[p] = places
	}
	return p
}

// maxKm is the largest within_km: no two places are farther apart.
const maxKm = 20_040

// city resolves a city a location predicate names: within its countries
// when it lists some and the city is there, else anywhere.
func (r *reader) city(s string, countries []string) (geo.Place, bool) {
	for _, c := range countries {
		if ps := r.gaz().Locate(s, "", c); len(ps) > 0 {
			return ps[0], true
		}
	}
	if ps := r.gaz().Locate(s, "", ""); len(ps) > 0 {
		return ps[0], true
	}
	return geo.Place{}, false
}

// region resolves "CA, US", or "California" within the listed countries.
func (r *reader) region(s string, countries []string) (RegionRef, bool) {
	if i := strings.LastIndexByte(s, ','); i > 0 {
		if code, ok := r.country(strings.TrimSpace(s[i+1:])); ok {
			countries = []string{code}
			s = strings.TrimSpace(s[:i])
		}
	}
	for _, c := range countries {
		if code, ok := r.regionOf(c, s); ok {
			return RegionRef{Country: c, Code: code}, true
		}
	}
	return RegionRef{}, false
}

func (r *reader) authorization(n *yaml.Node, path string) Predicate {
	before := len(r.w.Problems)
	p := &Authorization{}
	if !r.w.Mapping(n, path,
		decode.Field{Key: "countries", Read: func(v *yaml.Node, path string) { p.Countries = r.countries(v, path) }},
		decode.Field{Key: "sponsorship", Read: func(v *yaml.Node, path string) { p.Sponsorship, _ = r.w.Bool(v, path) }},
	) {
		return nil
	}
	if len(p.Countries) == 0 {
		if r.clean(before) {
			r.w.Failf(decode.ErrMissing, n, decode.Join(path, "countries"), "authorization needs the countries the candidate must be allowed to work in")
		}
		return nil
	}
	return p
}

func (r *reader) availability(n *yaml.Node, path string) Predicate {
	before := len(r.w.Problems)
	p := &Availability{}
	if !r.w.Mapping(n, path,
		decode.Field{Key: "windows", Read: func(v *yaml.Node, path string) {
			r.w.Sequence(v, path, func(_ int, item *yaml.Node, path string) {
				itemBefore := len(r.w.Problems)
				var from, to dates.Date
				var fromOK, toOK bool
				r.w.Mapping(item, path,
					decode.Field{Key: "from", Read: func(v *yaml.Node, path string) { from, fromOK = r.date(v, path) }},
					decode.Field{Key: "to", Read: func(v *yaml.Node, path string) { to, toOK = r.date(v, path) }},
				)
				if !fromOK || !toOK {
					if r.clean(itemBefore) {
						r.w.Failf(decode.ErrMissing, item, path, "a window needs from: and to: dates")
					}
					return
				}
				w := Window{From: from.First().Time(), To: to.Last().Time()}
				if w.To.Before(w.From) {
					r.w.Errorf(item, path, "the window ends (%s) before it starts (%s)", to, from)
					return
				}
				p.Windows = append(p.Windows, w)
			})
		}},
	) {
		return nil
	}
	if len(p.Windows) == 0 {
		if r.clean(before) {
			r.w.Failf(decode.ErrMissing, n, decode.Join(path, "windows"), "availability needs at least one window {from, to}")
		}
		return nil
	}
	return p
}

func (r *reader) language(n *yaml.Node, path string) Predicate {
	p := &Language{}
	var nameSeen bool
	if !r.w.Mapping(n, path,
		decode.Field{Key: "name", Read: func(v *yaml.Node, path string) {
			nameSeen = true
			if s, ok := r.w.String(v, path); ok {
				name, ok := r.vocabulary.Language(s)
				if !ok {
					r.w.Errorf(decode.Resolve(v), path, "unknown language %q", s)
					return
				}
				p.Name = name
			}
		}},
		decode.Field{Key: "level", Read: func(v *yaml.Node, path string) {
			if s, ok := r.w.String(v, path); ok {
				l, err := vocab.ParseProficiency(s)
				if err != nil {
					r.w.Errorf(decode.Resolve(v), path, "%v", err)
					return
				}
				p.Level = l
			}
		}},
	) {
		return nil
	}
	if !nameSeen {
		r.w.Failf(decode.ErrMissing, n, decode.Join(path, "name"), "a language requirement needs the language's name")
		return nil
	}
	if p.Level == vocab.NoProficiency {
		p.Level = vocab.A1
	}
	return p
}

func (r *reader) evidence(n *yaml.Node, path string) Predicate {
	before := len(r.w.Problems)
	p := &Evidence{Min: 1}
	var minNode *yaml.Node
	written := 0
	minOK := true
	if !r.w.Mapping(n, path,
		decode.Field{Key: "terms", Read: func(v *yaml.Node, path string) {
			for _, s := range r.w.Strings(v, path) {
				written++
				if strings.TrimSpace(s) == "" {
					r.w.Errorf(decode.Resolve(v), path, "a term is empty")
					continue
				}
				p.Terms = append(p.Terms, r.skillTerm(s))
			}
		}},
		decode.Field{Key: "min", Read: func(v *yaml.Node, path string) { p.Min, minOK = r.w.Int(v, path); minNode = v }},
	) {
		return nil
	}
	if written == 0 && r.clean(before) {
		r.w.Failf(decode.ErrMissing, n, decode.Join(path, "terms"), "evidence needs a list of terms")
		return nil
	}
	if minOK && written > 0 && (p.Min < 1 || p.Min > written) {
		r.w.Errorf(decode.Resolve(minNode), decode.Join(path, "min"), "must be between 1 and the %d terms listed, not %d", written, p.Min)
		return nil
	}
	return p
}
