package geo

import (
	_ "embed"
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"
	"sync"
)

//go:generate go run ../internal/gen/geogen -data ../../shared/data -places ../vocab/data/places.yaml -out data/gazetteer.tsv
//go:generate go test -run TestSnapshotIsCurrent -update .

// gazetteerSnapshot is the embedded gazetteer: data/gazetteer.tsv, written
// by internal/gen/geogen, built (see snapshot.go). The TSV itself is the
// source, kept in the repository and not in the binary.
//
//go:embed data/gazetteer.snapshot
var gazetteerSnapshot string

var (
	defaultOnce sync.Once
	defaultGaz  *Gazetteer
	defaultErr  error
)

// Default returns the gazetteer embedded in the module, read on first use
// from its prebuilt snapshot (in a few milliseconds) and shared afterwards.
func Default() *Gazetteer {
	defaultOnce.Do(func() {
		defaultGaz, defaultErr = readSnapshot(gazetteerSnapshot)
	})
	if defaultErr != nil {
		// The embedded data is part of the module and tested; failing here is a build defect.
		panic("geo: embedded gazetteer is broken: " + defaultErr.Error())
	}
	return defaultGaz
}

// Parse reads gazetteer entries in the format of the embedded data
// (geo/data/gazetteer.tsv): UTF-8 text, one place a line, seven fields
// separated by tabs, lines starting with '#' and blank lines ignored:
//
//	country  region  name  population  latitude  longitude  other names
//
// country is the ISO 3166-1 alpha-2 code; region the region's code (empty
// for a country, and for a city whose region is not known); population may
// be empty; latitude and longitude are decimal degrees; other names are
// separated by commas (so none may hold one). A line with coordinates is a city; without, it is a
// region when it has a region code and a country when it has none:
//
//	US	CA	Palo Alto	66853	37.44188	-122.14302	PAO
//	US	CA	California	38000000			Calif.,Cali
//	US		United States	327167434			USA,America
//
// file names the source in errors, which give its line.
func Parse(file string, src []byte) ([]Entry, error) {
	return parse(file, string(src))
}

// parse reads entries from text; their strings share its memory, so the
// embedded data is read without a copy.
func parse(file, text string) ([]Entry, error) {
	entries := make([]Entry, 0, strings.Count(text, "\n")+1)
	var problems []error
	line := 0
	for len(text) > 0 {
		line++
		var l string
		if i := strings.IndexByte(text, '\n'); i >= 0 {
			l, text = text[:i], text[i+1:]
		} else {
			l, text = text, ""
		}
		l = strings.TrimSuffix(l, "\r")
		if l == "" || l[0] == '#' {
			continue
		}
		e, err := parseLine(l)
		if err != nil {
			problems = append(problems, fmt.Errorf("%s:%d: %w", file, line, err))
			continue
		}
		if err := check(e); err != nil {
			problems = append(problems, fmt.Errorf("%s:%d: %w", file, line, err))
			continue
		}
		entries = append(entries, e)
	}
	return entries, errors.Join(problems...)
}

// LoadFile reads gazetteer entries from a file; see Parse. Add them to a
// gazetteer with With, or build one of them alone with New.
func LoadFile(path string) ([]Entry, error) {
	src, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("geo: %w", err)
	}
	return Parse(path, src)
}

func parseLine(l string) (Entry, error) {
	var f [7]string
	n := 0
	for n < 6 {
		i := strings.IndexByte(l, '\t')
		if i < 0 {
			break
		}
		f[n], l = l[:i], l[i+1:]
		n++
	}
	f[n] = l
	n++
	if n < 3 {
		return Entry{}, fmt.Errorf("%d fields; a place needs at least country, region and name, separated by tabs", n)
	}
	if strings.IndexByte(f[6], '\t') >= 0 {
		return Entry{}, errors.New("more than 7 fields")
	}
	e := Entry{Place: Place{Country: f[0], Region: f[1], Name: strings.TrimSpace(f[2])}}
	if f[3] != "" {
		pop, err := strconv.Atoi(f[3])
		if err != nil {
			return Entry{}, fmt.Errorf("population %q is not a whole number", f[3])
		}
		e.Population = pop
	}
	switch {
	case f[4] != "" || f[5] != "":
		lat, err1 := strconv.ParseFloat(f[4], 64)
		lon, err2 := strconv.ParseFloat(f[5], 64)
		if err1 != nil || err2 != nil {
			return Entry{}, fmt.Errorf("coordinates %q, %q are not numbers", f[4], f[5])
		}
		e.Kind, e.City, e.Lat, e.Lon = KindCity, e.Name, lat, lon
	case e.Region != "":
		e.Kind = KindRegion
	default:
		e.Kind = KindCountry
	}
	if f[6] != "" {
		e.Names = strings.Split(f[6], ",")
	}
	return e, nil
}
