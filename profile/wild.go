package profile

import (
	"sort"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/quals-dev/quals/internal/decode"
)

// JSON Resume documents as found in the wild: keys of the older schema,
// "Present" for an ongoing end date, and FRESH documents (fresh.go).

// ongoingWords are what résumés write for an end date that has not come.
var ongoingWords = map[string]bool{
	"present": true, "current": true, "currently": true, "now": true, "ongoing": true,
	"today": true, "to date": true, "till date": true, "until now": true,
}

// isOngoing reports whether a date field says the entry runs on.
func isOngoing(s string) bool { return ongoingWords[strings.ToLower(strings.TrimSpace(s))] }

// legacyKeys are the keys of the JSON Resume schema before 1.0, by the
// section they stand in ("" is the top of an entry of that section), and
// the keys that replaced them.
var legacyKeys = map[string]map[string]string{
	"basics":       {"website": "url", "picture": "image"},
	"work":         {"company": "name", "website": "url"},
	"volunteer":    {"website": "url"},
	"education":    {"gpa": "score"},
	"publications": {"website": "url"},
	"projects":     {"website": "url"},
	"languages":    {"name": "language", "level": "fluency"},
}

// renameLegacyKeys rewrites, in place, the keys of the older schema to
// today's where today's key is not also given, and returns the old keys
// it rewrote (sorted, once each) and where the first stands.
func renameLegacyKeys(root *yaml.Node) (renamed []string, first *yaml.Node) {
	root = decode.Resolve(root)
	if root == nil || root.Kind != yaml.MappingNode {
		return nil, nil
	}
	seen := map[string]bool{}
	rename := func(m *yaml.Node, keys map[string]string) {
		m = decode.Resolve(m)
		if m == nil || m.Kind != yaml.MappingNode {
			return
		}
		for i := 0; i+1 < len(m.Content); i += 2 {
			k := m.Content[i]
			to, ok := keys[k.Value]
			if !ok || decode.Find(m, to) != nil {
				continue
			}
			if first == nil {
				first = k
			}
			seen[k.Value] = true
			k.Value = to
		}
	}
	for i := 0; i+1 < len(root.Content); i += 2 {
		section, v := root.Content[i].Value, decode.Resolve(root.Content[i+1])
		keys := legacyKeys[section]
		if keys == nil || v == nil {
			continue
		}
		switch v.Kind {
		case yaml.MappingNode:
			rename(v, keys)
		case yaml.SequenceNode:
			for _, item := range v.Content {
				rename(item, keys)
			}
		}
	}
	for k := range seen {
		renamed = append(renamed, k)
	}
	sort.Strings(renamed)
	return renamed, first
}

// newKeys are the keys that replaced old ones, in the same order.
func newKeys(old []string) []string {
	out := make([]string, len(old))
	for i, k := range old {
		for _, keys := range legacyKeys {
			if to, ok := keys[k]; ok {
				out[i] = to
				break
			}
		}
	}
	return out
}
