package roles

import (
	_ "embed"
	"fmt"
	"strings"
	"sync"

	"go.yaml.in/yaml/v3"
)

//go:generate go run ../internal/gen/rolegen -data ../../shared/data -families data/families.yaml -out data/titles_generated.txt

//go:embed data/families.yaml
var familiesYAML []byte

// titlesTSV is the O*NET layer: one "title<TAB>family" per line, written
// by internal/gen/rolegen.
//
//go:embed data/titles_generated.txt
var titlesTSV string

// Default returns the embedded taxonomy, built on first use and shared.
var Default = sync.OnceValue(func() *Taxonomy {
	families, err := ParseFamilies(familiesYAML)
	if err == nil {
		var titles []title
		if titles, err = parseTitles(titlesTSV); err == nil {
			var t *Taxonomy
			if t, err = build(families, titles); err == nil {
				return t
			}
		}
	}
	// The embedded data is part of the module and tested; failing here is a build defect.
	panic("roles: embedded taxonomy is broken: " + err.Error())
})

// ParseFamilies reads families in the format of roles/data/families.yaml:
// a YAML list of Family.
func ParseFamilies(src []byte) ([]Family, error) {
	var fs []Family
	if err := yaml.Unmarshal(src, &fs); err != nil {
		return nil, fmt.Errorf("roles: families: %w", err)
	}
	return fs, nil
}

// parseTitles reads the generated titles, which are sorted and named once
// each, so that reading them in file order builds what New builds from
// the same titles in a map (sorting them first).
func parseTitles(src string) ([]title, error) {
	titles := make([]title, 0, strings.Count(src, "\n"))
	n := 0
	for line := range strings.Lines(src) {
		n++
		line = strings.TrimSuffix(line, "\n")
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		name, family, ok := strings.Cut(line, "\t")
		if !ok || name == "" || family == "" {
			return nil, fmt.Errorf("roles/data/titles_generated.txt:%d: want title<TAB>family", n)
		}
		if k := len(titles); k > 0 && name <= titles[k-1].name {
			return nil, fmt.Errorf("roles/data/titles_generated.txt:%d: titles must be sorted and named once", n)
		}
		titles = append(titles, title{name, family})
	}
	return titles, nil
}
