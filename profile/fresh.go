package profile

import (
	"slices"
	"sort"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/quals-dev/quals/internal/decode"
)

// FRESH (the résumé format of HackMyResume and FluentCV,
// https://github.com/fresh-standard) holds what JSON Resume holds under
// other names: employment.history for work, contact for the basics, skills
// as sets and a list. A FRESH document is read by rewriting its node tree
// into JSON Resume's shape, keeping its own value nodes, so that problems
// still point into the file as written.

// isFRESH reports whether a document is FRESH: its meta.format says so,
// or it has FRESH's sections and none of JSON Resume's basics.
func isFRESH(root *yaml.Node) bool {
	if f := decode.Find(root, "meta", "format"); f != nil && strings.HasPrefix(strings.ToUpper(f.Value), "FRESH") {
		return true
	}
	return decode.Find(root, "basics") == nil &&
		(decode.Find(root, "employment") != nil || decode.Find(root, "contact") != nil || decode.Find(root, "info") != nil)
}

// freshEntries say, per FRESH list, where it goes and how its keys are
// renamed; a key not listed is reported as not read.
var freshEntries = []struct {
	from    []any // path to the FRESH list
	to      string
	keys    map[string]string
	listKey map[string]bool // keys whose single value JSON Resume holds as a list
}{
	{[]any{"employment", "history"}, "work", map[string]string{"employer": "name", "position": "position", "url": "url",
		"start": "startDate", "end": "endDate", "startDate": "startDate", "endDate": "endDate", "summary": "summary",
		"highlights": "highlights", "location": "location"}, nil},
	{[]any{"education", "history"}, "education", map[string]string{"institution": "institution", "title": "studyType",
		"studyType": "studyType", "area": "area", "url": "url", "start": "startDate", "end": "endDate", "grade": "score",
		"curriculum": "courses"}, nil},
	{[]any{"service", "history"}, "volunteer", map[string]string{"organization": "organization", "position": "position",
		"url": "url", "start": "startDate", "end": "endDate", "startDate": "startDate", "endDate": "endDate",
		"summary": "summary", "highlights": "highlights"}, nil},
	{[]any{"skills", "sets"}, "skills", map[string]string{"name": "name", "level": "level", "skills": "keywords"}, nil},
	{[]any{"skills", "list"}, "skills", map[string]string{"name": "name", "level": "level"}, nil},
	{[]any{"projects"}, "projects", map[string]string{"title": "name", "description": "description", "url": "url",
		"start": "startDate", "end": "endDate", "keywords": "keywords", "highlights": "highlights", "role": "roles",
		"category": "type"}, map[string]bool{"role": true}},
	{[]any{"writing"}, "publications", map[string]string{"title": "name", "date": "releaseDate", "publisher": "publisher",
		"url": "url", "summary": "summary"}, nil},
	{[]any{"recognition"}, "awards", map[string]string{"title": "title", "from": "awarder", "date": "date", "summary": "summary"}, nil},
	{[]any{"languages"}, "languages", map[string]string{"language": "language", "level": "fluency"}, nil},
	{[]any{"interests"}, "interests", map[string]string{"name": "name", "keywords": "keywords"}, nil},
}

// freshRead are the top-level FRESH keys fromFRESH reads (or, for meta,
// knowingly leaves out).
var freshRead = map[string]bool{"name": true, "info": true, "contact": true, "location": true, "social": true,
	"employment": true, "education": true, "service": true, "skills": true, "projects": true, "writing": true,
	"recognition": true, "languages": true, "interests": true, "meta": true}

// fromFRESH rewrites a FRESH document into JSON Resume's shape and warns
// once of what it did not read.
func fromFRESH(w *decode.Walker, root *yaml.Node) *yaml.Node {
	root = decode.Resolve(root)
	unread := map[string]bool{}
	out := &yaml.Node{Kind: yaml.MappingNode, Line: root.Line, Column: root.Column}
	add := func(m *yaml.Node, key string, v *yaml.Node) {
		if v != nil {
			m.Content = append(m.Content, &yaml.Node{Kind: yaml.ScalarNode, Value: key, Line: v.Line, Column: v.Column}, v)
		}
	}
	basics := &yaml.Node{Kind: yaml.MappingNode, Line: root.Line, Column: root.Column}
	add(basics, "name", decode.Find(root, "name"))
	add(basics, "label", decode.Find(root, "info", "label"))
	add(basics, "summary", decode.Find(root, "info", "brief"))
	add(basics, "image", decode.Find(root, "info", "image"))
	add(basics, "email", decode.Find(root, "contact", "email"))
	add(basics, "phone", decode.Find(root, "contact", "phone"))
	add(basics, "url", decode.Find(root, "contact", "website"))
	if loc := decode.Find(root, "location"); loc != nil {
		add(basics, "location", remap(loc, "location", map[string]string{"address": "address", "city": "city",
			"region": "region", "code": "postalCode", "country": "countryCode"}, nil, unread))
	}
	if social := decode.Find(root, "social"); social != nil && social.Kind == yaml.SequenceNode {
		seq := &yaml.Node{Kind: yaml.SequenceNode, Line: social.Line, Column: social.Column}
		for _, item := range social.Content {
			seq.Content = append(seq.Content, remap(item, "social", map[string]string{"network": "network", "user": "username", "url": "url", "label": ""}, nil, unread))
		}
		add(basics, "profiles", seq)
	}
	if len(basics.Content) > 0 {
		add(out, "basics", basics)
	}
	lists := map[string]*yaml.Node{}
	var order []string
	for _, e := range freshEntries {
		from := decode.Resolve(decode.Find(root, e.from...))
		if from == nil || from.Kind != yaml.SequenceNode {
			continue
		}
		seq := lists[e.to]
		if seq == nil {
			seq = &yaml.Node{Kind: yaml.SequenceNode, Line: from.Line, Column: from.Column}
			lists[e.to] = seq
			order = append(order, e.to)
		}
		for _, item := range from.Content {
			seq.Content = append(seq.Content, remap(item, pathOf(e.from), e.keys, e.listKey, unread))
		}
	}
	for _, k := range order {
		add(out, k, lists[k])
	}
	for i := 0; i+1 < len(root.Content); i += 2 {
		if k := root.Content[i].Value; !freshRead[k] {
			unread[k] = true
		}
	}
	// Beside their lists, FRESH sections hold summaries and levels.
	for section, lists := range map[string][]string{"employment": {"history"}, "education": {"history"},
		"service": {"history"}, "skills": {"sets", "list"}} {
		m := decode.Resolve(decode.Find(root, section))
		if m == nil || m.Kind != yaml.MappingNode {
			continue
		}
		for i := 0; i+1 < len(m.Content); i += 2 {
			if k := m.Content[i].Value; !slices.Contains(lists, k) {
				unread[section+"."+k] = true
			}
		}
	}
	msg := "a FRESH résumé, read as JSON Resume"
	if len(unread) > 0 {
		keys := make([]string, 0, len(unread))
		for k := range unread {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		msg += "; not read: " + strings.Join(keys, ", ")
	}
	w.Warnf(root, "", "%s", msg)
	return out
}

// remap copies a FRESH mapping's values under JSON Resume's keys; a key
// mapped to "" is left out knowingly, any other key not in keys is noted
// in unread as section.key.
func remap(n *yaml.Node, section string, keys map[string]string, asList map[string]bool, unread map[string]bool) *yaml.Node {
	n = decode.Resolve(n)
	if n == nil || n.Kind != yaml.MappingNode {
		return n // the JSON Resume reader reports its type
	}
	out := &yaml.Node{Kind: yaml.MappingNode, Line: n.Line, Column: n.Column}
	taken := map[string]bool{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		to, ok := keys[k.Value]
		switch {
		case !ok:
			unread[section+"."+k.Value] = true
			continue
		case to == "":
			continue
		case taken[to]:
			// Two FRESH keys for one field (title and studyType, start
			// and startDate): the first is read.
			unread[section+"."+k.Value] = true
			continue
		}
		taken[to] = true
		if asList[k.Value] && decode.Resolve(v) != nil && decode.Resolve(v).Kind == yaml.ScalarNode {
			v = &yaml.Node{Kind: yaml.SequenceNode, Line: v.Line, Column: v.Column, Content: []*yaml.Node{v}}
		}
		if to == "publisher" {
			if name := decode.Find(v, "name"); name != nil {
				v = name // FRESH: publisher {name, url}; JSON Resume: a name
			}
		}
		out.Content = append(out.Content, &yaml.Node{Kind: yaml.ScalarNode, Value: to, Line: k.Line, Column: k.Column}, v)
	}
	return out
}

func pathOf(path []any) string {
	parts := make([]string, len(path))
	for i, p := range path {
		parts[i], _ = p.(string)
	}
	return strings.Join(parts, ".")
}
