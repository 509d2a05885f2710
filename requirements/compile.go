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

// reader compiles a decoded document into a Posting: it checks what the
// values say, resolves names through the knowledge, and places each
// problem where its value stands in the source.
type reader struct {
	w          *decode.Walker
	src        *source
	vocabulary *vocab.Vocabulary
	analyzer   *text.Analyzer
	knowledge  *knowledge.Knowledge
	gazetteer  *geo.Gazetteer // nil until a place needs it: see gaz
	located    []geo.Place    // the posting's locations' cities, as read
	places     map[*Location]LocationPlaces

	failed  map[string]bool // field paths with an error at or below them
	scanned int             // problems already counted into failed
}

// gaz returns the gazetteer, the default one loaded only when a posting
// names a place.
func (r *reader) gaz() *geo.Gazetteer {
	if r.gazetteer == nil {
		r.gazetteer = r.knowledge.Gazetteer()
	}
	return r.gazetteer
}

// clean reports whether no error has been found at or below path, in
// decoding or since: a follow-up check (a window needs both dates, a list
// needs an item) would only repeat, falsely, what the first error said.
func (r *reader) clean(path string) bool {
	for ; r.scanned < len(r.w.Problems); r.scanned++ {
		if p := r.w.Problems[r.scanned]; p.Severity == decode.Error {
			f := p.Field
			r.failed[f] = true
			for i := len(f) - 1; i >= 0; i-- {
				if f[i] == '.' || f[i] == '[' {
					r.failed[f[:i]] = true
				}
			}
			r.failed[""] = true
		}
	}
	return !r.failed[path]
}

// given reports whether path holds a value that decoded and is not null.
func (r *reader) given(path string) bool {
	return r.src.ok(path) && !decode.IsNull(r.src.at(path))
}

// at is the node of a path's value, aliases followed.
func (r *reader) at(path string) *yaml.Node { return decode.Resolve(r.src.at(path)) }

func (r *reader) posting(doc *Document) *Posting {
	p := &Posting{knowledge: r.knowledge, vocabulary: r.vocabulary, analyzer: text.English()}
	r.analyzer = p.analyzer
	root := r.src.at("")
	// language decides how terms are stemmed, so read it before the rest.
	if r.given("language") {
		if a, err := text.NewAnalyzer(strings.ToLower(doc.Language)); err != nil {
			r.w.Errorf(r.src.at("language"), "language", "%v", err)
		} else {
			p.analyzer, r.analyzer = a, a
		}
	}
	p.id, p.title, p.organization = doc.ID, doc.Title, doc.Organization
	for i, pl := range doc.Locations {
		path := decode.Index("locations", i)
		if r.src.bad[path] {
			continue
		}
		if place, at, ok := r.place(pl, path); ok {
			p.locations = append(p.locations, place)
			p.located = append(p.located, at)
		}
	}
	for _, s := range doc.Workplace {
		w, ok := workplaces[strings.ToLower(strings.TrimSpace(s))]
		if !ok {
			r.w.Errorf(r.src.at("workplace"), "workplace", "unknown workplace %q; use onsite, hybrid or remote", s)
			continue
		}
		p.workplace = append(p.workplace, w)
	}
	r.located = p.located
	if p.id == "" && decode.Resolve(root).Kind == yaml.MappingNode {
		r.w.Failf(decode.ErrMissing, root, "id", "the posting needs an id")
	}
	ids := map[string]string{}
	for _, group := range []struct {
		kind Kind
		reqs []RequirementDoc
	}{{Required, doc.Required}, {Preferred, doc.Preferred}} {
		for i := range group.reqs {
			path := decode.Index(string(group.kind), i)
			if r.src.bad[path] {
				continue
			}
			req := r.requirement(&group.reqs[i], path, group.kind, i)
			if req == nil {
				continue
			}
			if prev, dup := ids[req.id]; dup {
				at := r.src.at(path + ".id")
				if at == nil {
					at = r.src.at(path)
				}
				r.w.Failf(decode.ErrDuplicate, at, path+".id", "id %q is already used by %s", req.id, prev)
				continue
			}
			ids[req.id] = path
			if req.predicate == nil {
				continue // its problems are reported; its id still counts
			}
			p.reqs = append(p.reqs, req)
			p.totalWeight += req.weight
		}
	}
	if len(p.reqs) == 0 && r.clean("") {
		r.w.Failf(decode.ErrMissing, root, "required", "the posting has no requirements; list them under required or preferred")
	}
	p.places = r.places
	return p
}

// place checks one of the posting's locations; its city, when it names
// one, must be a city the gazetteer knows, returned with it.
func (r *reader) place(doc PlaceDoc, path string) (Place, geo.Place, bool) {
	pl := Place{City: doc.City}
	if r.given(path + ".country") {
		if code, ok := r.country(doc.Country); ok {
			pl.Country = code
		} else {
			r.w.Errorf(r.src.at(path+".country"), path+".country", "unknown country %q; write its name or ISO code (US, DE)", doc.Country)
		}
	}
	if doc.Region != "" {
		regionNode := r.src.at(path + ".region")
		if pl.Country == "" {
			r.w.Failf(decode.ErrMissing, regionNode, decode.Join(path, "region"), "a region needs the country it is in")
		} else if code, ok := r.regionOf(pl.Country, doc.Region); ok {
			pl.Region = code
		} else {
			r.w.Errorf(regionNode, decode.Join(path, "region"), "unknown region %q of %s", doc.Region, pl.Country)
		}
	}
	if pl == (Place{}) {
		if r.clean(path) {
			r.w.Failf(decode.ErrMissing, r.src.at(path), path, "a location needs a city, region or country")
		}
		return pl, geo.Place{}, false
	}
	var at geo.Place
	if strings.TrimSpace(pl.City) != "" && r.clean(path) {
		ps := r.gaz().Locate(pl.City, pl.Region, pl.Country)
		if len(ps) == 0 {
			r.w.Errorf(r.at(path+".city"), decode.Join(path, "city"), "%s", unknownCity(Place{City: pl.City, Region: pl.Region, Country: pl.Country}.String()))
		} else {
			at = ps[0]
		}
	}
	return pl, at, r.clean(path)
}

func (r *reader) requirement(doc *RequirementDoc, path string, kind Kind, i int) *Requirement {
	n := r.src.at(path)
	req := &Requirement{kind: kind, weight: 1, line: n.Line, id: doc.ID, text: doc.Text}
	if r.given(path + ".weight") {
		switch w := doc.Weight; {
		case w <= 0:
			r.w.Errorf(r.at(path+".weight"), path+".weight", "must be greater than 0, not %v", w)
		case w > 1000:
			r.w.Errorf(r.at(path+".weight"), path+".weight", "must be at most 1000, not %v", w)
		default:
			req.weight = w
		}
	}
	keys := r.src.predKeys[path]
	var preds []Predicate
	for _, key := range keys {
		if p := r.predicate(specOf(key), &doc.PredicateDoc, decode.Join(path, key), 0); p != nil {
			preds = append(preds, p)
		}
	}
	if req.id == "" {
		req.id = fmt.Sprintf("%s-%d", kind, i+1)
	}
	switch {
	case len(keys) == 0:
		if r.clean(path) { // else a misspelled key already said it
			r.w.Failf(decode.ErrMissing, n, path, "a requirement needs one predicate (%s)", predicateKeys)
		}
		return nil
	case len(keys) > 1:
		r.w.Errorf(n, path, "a requirement holds exactly one predicate, and this one has %s; combine them with all or any", strings.Join(keys, " and "))
		return nil
	case len(preds) == 0:
		return req // a predicate that failed to load: no predicate, but its id
	}
	req.predicate = preds[0]
	nameChildren(req.predicate, req.id)
	return req
}

// specOf is the spec of a predicate key.
func specOf(key string) *predicateSpec {
	for i := range predicateSpecs {
		if predicateSpecs[i].key == key {
			return &predicateSpecs[i]
		}
	}
	return nil
}

const maxNesting = 8

// predicate compiles the value of one predicate key of doc, at path; nil
// when it has errors.
func (r *reader) predicate(spec *predicateSpec, doc *PredicateDoc, path string, depth int) Predicate {
	if depth > maxNesting {
		r.w.Errorf(r.src.at(path), path, "combinators nest deeper than %d levels", maxNesting)
		return nil
	}
	if r.src.bad[path] {
		return nil // not the shape a predicate has: decoding said why
	}
	p := spec.compile(r, doc, path, depth)
	if !r.clean(path) {
		return nil
	}
	return p
}

// children compiles a list of predicates, each a mapping of one key.
func (r *reader) children(items []PredicateDoc, path string, depth, least int) []Predicate {
	n := r.src.at(path)
	if decode.IsNull(n) {
		r.w.Failf(decode.ErrMissing, decode.Resolve(n), path, "needs a list of predicates")
		return nil
	}
	if r.src.bad[path] {
		return nil
	}
	var out []Predicate
	for i := range items {
		itemPath := decode.Index(path, i)
		if r.src.bad[itemPath] {
			continue
		}
		keys := r.src.predKeys[itemPath]
		for j, key := range keys {
			if p := r.predicate(specOf(key), &items[i], decode.Join(itemPath, key), depth+1); p != nil && j == 0 {
				out = append(out, p)
			}
		}
		switch len(keys) {
		case 0:
			if r.clean(itemPath) {
				r.w.Failf(decode.ErrMissing, r.src.at(itemPath), itemPath, "each item needs one predicate (%s)", predicateKeys)
			}
		case 1:
		default:
			r.w.Errorf(r.src.at(itemPath), itemPath, "each item holds exactly one predicate, and this one has %s", strings.Join(keys, " and "))
		}
	}
	if len(items) < least {
		r.w.Failf(decode.ErrMissing, decode.Resolve(n), path, "needs at least %d predicate", least)
	}
	return out
}

func (r *reader) atLeast(doc *PredicateDoc, path string, depth int) Predicate {
	d := doc.AtLeast
	p := &AtLeast{N: d.N}
	n := r.src.at(path)
	ofPath, nPath := decode.Join(path, "of"), decode.Join(path, "n")
	if r.src.has(ofPath) {
		p.Of = r.children(d.Of, ofPath, depth, 1)
	} else {
		r.w.Failf(decode.ErrMissing, n, ofPath, "at_least needs of: a list of predicates")
	}
	written := 0 // items as written, whether or not each one loaded
	if of := r.at(ofPath); of != nil && of.Kind == yaml.SequenceNode {
		written = len(of.Content)
	}
	if !r.src.has(nPath) {
		r.w.Failf(decode.ErrMissing, n, nPath, "at_least needs n: how many must be met")
	} else if r.src.ok(nPath) && (p.N < 1 || (written > 0 && p.N > written)) {
		r.w.Errorf(r.at(nPath), nPath, "must be between 1 and the %d predicates listed, not %d", written, p.N)
	}
	return p
}

// names compiles a skill-like list: {any: [...]} or {all: [...]}. With
// none, a mapping that names nothing is read as none() says.
func (r *reader) names(doc *NamesDoc, path string, resolve func(string) vocab.Term, none func() bool) (Mode, []vocab.Term, bool) {
	n := r.src.at(path)
	var mode Mode
	var terms []vocab.Term
	modes := 0
	for _, m := range []struct {
		mode  Mode
		names List
	}{{AnyOf, doc.Any}, {AllOf, doc.All}, {Coverage, doc.Coverage}} {
		listPath := decode.Join(path, string(m.mode))
		if !r.src.has(listPath) {
			continue
		}
		modes++
		mode = m.mode
		v := r.at(listPath)
		for _, s := range m.names {
			if strings.TrimSpace(s) == "" {
				r.w.Errorf(v, listPath, "a name is empty")
				continue
			}
			terms = append(terms, resolve(s))
		}
		if len(terms) == 0 && !decode.IsNull(v) && v.Kind == yaml.SequenceNode {
			r.w.Errorf(v, listPath, "the list is empty")
		}
	}
	switch modes {
	case 0:
		if none != nil && none() && r.clean(path) {
			return "", nil, true
		}
		if r.clean(path) {
			r.w.Failf(decode.ErrMissing, n, path, "needs any: or all: with a list of names")
		}
		return "", nil, false
	case 1:
	default:
		if r.src.has(decode.Join(path, string(Coverage))) {
			r.w.Errorf(n, path, "give one of any:, all: or coverage:")
		} else {
			r.w.Errorf(n, path, "give any: or all:, not both")
		}
		return "", nil, false
	}
	return mode, terms, len(terms) > 0
}

// minYears checks a names predicate's min_years; 0 when not given.
// maxYears bounds min_years: no career is longer.
const maxYears = 60

func (r *reader) minYears(doc *NamesDoc, path string) float64 {
	p := decode.Join(path, "min_years")
	if !r.given(p) {
		return 0
	}
	if y := doc.MinYears; y < 0 || y > maxYears {
		r.w.Errorf(r.at(p), p, "must be between 0 and %d, not %v", maxYears, y)
		return 0
	}
	return doc.MinYears
}

func (r *reader) skill(doc *PredicateDoc, path string) Predicate {
	p := &Skill{MinYears: r.minYears(doc.Skill, path)}
	mode, terms, ok := r.names(doc.Skill, path, r.skillTerm, nil)
	if !ok {
		return nil
	}
	p.Mode, p.Terms = mode, terms
	if mode == Coverage {
		p.Weights = r.specificities(terms)
	}
	return p
}

// specificities weighs the terms of a coverage list by how specific each is.
func (r *reader) specificities(terms []vocab.Term) []float64 {
	ws := make([]float64, len(terms))
	for i, t := range terms {
		ws[i] = 1
		if t.Concept != "" {
			ws[i] = r.vocabulary.Specificity(t.Concept)
		}
	}
	return ws
}

func (r *reader) experience(doc *PredicateDoc, path string) Predicate {
	p := &Experience{MinYears: r.minYears(doc.Experience, path)}
	// {min_years: 5} alone is five years of dated work in any field.
	mode, terms, ok := r.names(doc.Experience, path, r.skillTerm, func() bool { return p.MinYears > 0 })
	if !ok {
		return nil
	}
	p.Mode, p.Terms = mode, terms
	if mode == Coverage {
		p.Weights = r.specificities(terms)
	}
	return p
}

func (r *reader) certification(doc *PredicateDoc, path string) Predicate {
	mode, terms, ok := r.names(doc.Certification, path, r.skillTerm, nil)
	if !ok {
		return nil
	}
	return &Certification{Mode: mode, Terms: terms}
}

func (r *reader) degree(doc *PredicateDoc, path string) Predicate {
	d := doc.Degree
	p := &Degree{Status: AnyStatus, Related: d.Related}
	if lp := decode.Join(path, "level"); r.given(lp) {
		l, err := vocab.ParseLevel(strings.ToLower(strings.TrimSpace(d.Level)))
		if err != nil {
			// A degree name says its level too: "phd", "masters", "BS".
			if l = r.vocabulary.Level(d.Level); l == vocab.NoLevel {
				r.w.Errorf(r.at(lp), lp, "%v", err)
			}
		}
		p.Level = l
	}
	if sp := decode.Join(path, "status"); r.given(sp) {
		switch DegreeStatus(strings.ToLower(d.Status)) {
		case AnyStatus, InProgress, Completed:
			p.Status = DegreeStatus(strings.ToLower(d.Status))
		default:
			r.w.Errorf(r.at(sp), sp, "unknown status %q; use in-progress, completed or any", d.Status)
		}
	}
	for _, s := range d.Fields {
		p.Fields = append(p.Fields, r.fieldTerm(s))
	}
	if by, ok := r.date(d.By, decode.Join(path, "by")); ok {
		p.By = by.Last().Time()
	}
	if !r.src.has(decode.Join(path, "level")) {
		r.w.Failf(decode.ErrMissing, r.src.at(path), decode.Join(path, "level"), "a degree needs a level (high-school, associate, bachelor, master or doctorate)")
		return nil
	}
	return p
}

// date parses the date a field gives.
func (r *reader) date(s, path string) (dates.Date, bool) {
	if !r.given(path) {
		return dates.Date{}, false
	}
	d, err := dates.Parse(s)
	if err != nil {
		r.w.Errorf(r.at(path), path, "%v", err)
		return dates.Date{}, false
	}
	return d, true
}

func (r *reader) publications(doc *PredicateDoc, path string) Predicate {
	d := doc.Publications
	p := &Publications{Min: 1}
	if mp := decode.Join(path, "min"); r.given(mp) {
		if d.Min < 1 || d.Min > 1000 {
			r.w.Errorf(r.at(mp), mp, "must be between 1 and 1000, not %d", d.Min)
		} else {
			p.Min = d.Min
		}
	}
	for _, s := range d.Topics {
		p.Topics = append(p.Topics, r.skillTerm(s))
	}
	if sp := decode.Join(path, "since"); r.given(sp) {
		if d.Since < 1900 || d.Since > 2200 {
			r.w.Errorf(r.at(sp), sp, "must be a year, not %d", d.Since)
		} else {
			p.Since = d.Since
		}
	}
	return p
}

// countries resolves a list of countries' names or codes.
func (r *reader) countries(names List, path string) []string {
	var out []string
	for _, s := range names {
		code, ok := r.country(s)
		if !ok {
			r.w.Errorf(r.at(path), path, "unknown country %q; write its name or ISO code (US, DE)", s)
			continue
		}
		out = append(out, code)
	}
	return out
}

func (r *reader) location(doc *PredicateDoc, path string) Predicate {
	d := doc.Location
	p := &Location{Cities: []string(d.Cities), Remote: d.Remote}
	p.Countries = r.countries(d.Countries, decode.Join(path, "countries"))
	withinPath := decode.Join(path, "within_km")
	if r.given(withinPath) {
		if km := d.WithinKm; km <= 0 || km > maxKm {
			r.w.Errorf(r.at(withinPath), withinPath, "must be greater than 0 and at most %d (half the Earth's circumference), not %v", maxKm, km)
		} else {
			p.WithinKm = km
		}
	}
	if len(p.Cities) == 0 {
		p.Cities = nil
	}
	for _, s := range d.Regions {
		ref, ok := r.region(s, p.Countries)
		if !ok {
			r.w.Errorf(r.at(path+".regions"), decode.Join(path, "regions"), "%s", r.unknownRegion(s))
			continue
		}
		p.Regions = append(p.Regions, ref)
	}
	if len(p.Countries)+len(d.Regions)+len(p.Cities) == 0 && !r.src.has(withinPath) {
		if r.clean(path) {
			r.w.Failf(decode.ErrMissing, r.src.at(path), path, "a location needs countries, regions or cities")
		}
		return nil
	}
	var places LocationPlaces
	for i, c := range p.Cities {
		at, ok := r.city(c, p.Countries)
		if !ok {
			node := r.at(path + ".cities")
			if node.Kind == yaml.SequenceNode && i < len(node.Content) {
				node = decode.Resolve(node.Content[i]) // the city itself
			}
			r.w.Errorf(node, decode.Join(path, "cities"), "%s", unknownCity(c))
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
		if len(places.Near) == 0 && r.clean(path) {
			r.w.Failf(decode.ErrMissing, r.at(withinPath), withinPath, "within_km needs cities to measure from: list them under cities, or give the posting's locations a city")
		}
	}
	if !r.clean(path) {
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

func (r *reader) authorization(doc *PredicateDoc, path string) Predicate {
	p := &Authorization{Sponsorship: doc.Authorization.Sponsorship}
	p.Countries = r.countries(doc.Authorization.Countries, decode.Join(path, "countries"))
	if len(p.Countries) == 0 {
		if r.clean(path) {
			r.w.Failf(decode.ErrMissing, r.src.at(path), decode.Join(path, "countries"), "authorization needs the countries the candidate must be allowed to work in")
		}
		return nil
	}
	return p
}

func (r *reader) availability(doc *PredicateDoc, path string) Predicate {
	p := &Availability{}
	windowsPath := decode.Join(path, "windows")
	for i, win := range doc.Availability.Windows {
		itemPath := decode.Index(windowsPath, i)
		from, fromOK := r.date(win.From, decode.Join(itemPath, "from"))
		to, toOK := r.date(win.To, decode.Join(itemPath, "to"))
		if !fromOK || !toOK {
			if r.clean(itemPath) {
				r.w.Failf(decode.ErrMissing, r.src.at(itemPath), itemPath, "a window needs from: and to: dates")
			}
			continue
		}
		w := Window{From: from.First().Time(), To: to.Last().Time()}
		if w.To.Before(w.From) {
			r.w.Errorf(r.src.at(itemPath), itemPath, "the window ends (%s) before it starts (%s)", to, from)
			continue
		}
		p.Windows = append(p.Windows, w)
	}
	if len(p.Windows) == 0 {
		if r.clean(path) {
			r.w.Failf(decode.ErrMissing, r.src.at(path), windowsPath, "availability needs at least one window {from, to}")
		}
		return nil
	}
	return p
}

func (r *reader) language(doc *PredicateDoc, path string) Predicate {
	d := doc.Language
	p := &Language{}
	namePath, levelPath := decode.Join(path, "name"), decode.Join(path, "level")
	if r.given(namePath) {
		if name, ok := r.vocabulary.Language(d.Name); ok {
			p.Name = name
		} else {
			r.w.Errorf(r.at(namePath), namePath, "unknown language %q", d.Name)
		}
	}
	if r.given(levelPath) {
		if l, err := vocab.ParseProficiency(d.Level); err != nil {
			r.w.Errorf(r.at(levelPath), levelPath, "%v", err)
		} else {
			p.Level = l
		}
	}
	if !r.src.has(namePath) {
		r.w.Failf(decode.ErrMissing, r.src.at(path), namePath, "a language requirement needs the language's name")
		return nil
	}
	if p.Level == vocab.NoProficiency {
		p.Level = vocab.A1
	}
	return p
}

func (r *reader) evidence(doc *PredicateDoc, path string) Predicate {
	d := doc.Evidence
	p := &Evidence{Min: 1}
	termsPath, minPath := decode.Join(path, "terms"), decode.Join(path, "min")
	for _, s := range d.Terms {
		if strings.TrimSpace(s) == "" {
			r.w.Errorf(r.at(termsPath), termsPath, "a term is empty")
			continue
		}
		p.Terms = append(p.Terms, r.skillTerm(s))
	}
	written := len(d.Terms)
	if written == 0 && r.clean(path) {
		r.w.Failf(decode.ErrMissing, r.src.at(path), termsPath, "evidence needs a list of terms")
		return nil
	}
	if r.given(minPath) {
		p.Min = d.Min
		if written > 0 && (p.Min < 1 || p.Min > written) {
			r.w.Errorf(r.at(minPath), minPath, "must be between 1 and the %d terms listed, not %d", written, p.Min)
			return nil
		}
	}
	return p
}
