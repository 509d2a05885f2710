// Command geogen writes the gazetteer embedded in package geo
// (geo/data/gazetteer.tsv) from GeoNames (https://www.geonames.org/,
// CC BY 4.0): cities15000.txt (places of 15,000 people or more),
// countryInfo.tsv and regionInfo.tsv (first-level regions), as kept in
// ../shared/data/geonames-cities15000. The other names and the region
// codes of vocab/data/places.yaml (the curated country and region names
// package vocab resolves) are merged in, so the two packages agree on
// codes: GeoNames' admin1 codes are numbers for Canada ("08" is Ontario),
// the curated code is "ON".
//
// Run it with go generate ./geo/... from the module root. What it keeps:
//   - every country and first-level region, with its name, its ASCII name
//     and the curated other names (ISO alpha-3 codes among them);
//   - every city except historical, abandoned and destroyed ones
//     (GeoNames feature codes PPLH, PPLQ, PPLW), with its name, its ASCII
//     name, coordinates to four decimals (11 m) and population; of places
//     with the same name in the same region (130 in the 2025 dump, a few
//     of them listed twice), the most populous, which is the one a lookup
//     of that name would find anyway;
//   - for cities of -alternates-min people or more, the other names that
//     an English-language résumé may use: names in Latin script that start
//     with a capital (GeoNames' automatic romanizations are lowercase) and
//     hold no digits, once per spelling; and codes in capitals only when
//     they are the initials of one of the city's names (NYC, SF, LA, but
//     not airport codes such as SFO).
package main

import (
	"bufio"
	"flag"
	"fmt"
	"log"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"go.yaml.in/yaml/v3"

	"github.com/quals-dev/quals/internal/placename"
)

func main() {
	data := flag.String("data", "../shared/data", "the shared data folder holding geonames-cities15000")
	places := flag.String("places", "vocab/data/places.yaml", "the curated countries and regions of package vocab")
	out := flag.String("out", "geo/data/gazetteer.tsv", "the file to write")
	altMin := flag.Int("alternates-min", 100_000, "keep other names of cities of at least this population")
	flag.Parse()
	log.SetFlags(0)
	log.SetPrefix("geogen: ")
	dir := filepath.Join(*data, "geonames-cities15000")
	curated, err := readCurated(*places)
	check(err)
	countries, err := readCountries(filepath.Join(dir, "countryInfo.tsv"))
	check(err)
	regions, err := readRegions(filepath.Join(dir, "regionInfo.tsv"), curated)
	check(err)
	cities, err := readCities(filepath.Join(dir, "cities15000.txt"), regions, *altMin)
	check(err)
	stats, err := write(*out, curated, countries, regions, cities)
	check(err)
	log.Printf("wrote %s: %s", *out, stats)
}

func check(err error) {
	if err != nil {
		log.Fatal(err)
	}
}

// curated is vocab/data/places.yaml: countries with other names and regions.
type curatedCountry struct {
	Code    string   `yaml:"code"`
	Names   []string `yaml:"names"`
	Regions []struct {
		Code  string   `yaml:"code"`
		Names []string `yaml:"names"`
	} `yaml:"regions"`
}

func readCurated(path string) (map[string]curatedCountry, error) {
	src, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var list []curatedCountry
	if err := yaml.Unmarshal(src, &list); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	out := map[string]curatedCountry{}
	for _, c := range list {
		out[c.Code] = c
	}
	return out, nil
}

type country struct {
	code, iso3, name string
	population       int
}

func readCountries(path string) ([]country, error) {
	var out []country
	err := eachLine(path, func(f []string) error {
		if len(f) < 8 {
			return fmt.Errorf("%d fields", len(f))
		}
		pop, _ := strconv.Atoi(f[7])
		out = append(out, country{code: f[0], iso3: f[1], name: f[4], population: pop})
		return nil
	})
	return out, err
}

type region struct {
	country, code, name string
	names               []string
	population          int
}

// readRegions reads the admin1 regions, keyed by GeoNames' code ("US.CA"),
// giving each the curated code and other names where vocab has them.
func readRegions(path string, curated map[string]curatedCountry) (map[string]*region, error) {
	out := map[string]*region{}
	err := eachLine(path, func(f []string) error {
		if len(f) < 3 {
			return fmt.Errorf("%d fields", len(f))
		}
		cc, admin, ok := strings.Cut(f[0], ".")
		if !ok {
			return fmt.Errorf("region code %q has no country", f[0])
		}
		r := &region{country: cc, code: admin, name: f[1], names: []string{f[2]}}
		for _, cr := range curated[cc].Regions {
			keys := []string{placename.Key(cr.Code)}
			for _, n := range cr.Names {
				keys = append(keys, placename.Key(n))
			}
			if slices.Contains(keys, placename.Key(f[1])) || slices.Contains(keys, placename.Key(f[2])) || cr.Code == admin {
				r.code = cr.Code
				r.names = append(r.names, cr.Names...)
				break
			}
		}
		out[f[0]] = r
		return nil
	})
	return out, err
}

type city struct {
	country, region, name string
	names                 []string
	population            int
	lat, lon              float64
}

func readCities(path string, regions map[string]*region, altMin int) ([]city, error) {
	var out []city
	err := eachLine(path, func(f []string) error {
		if len(f) < 19 {
			return fmt.Errorf("%d fields", len(f))
		}
		switch f[7] {
		case "PPLH", "PPLQ", "PPLW": // historical, abandoned, destroyed
			return nil
		}
		pop, err := strconv.Atoi(f[14])
		if err != nil {
			return fmt.Errorf("population %q", f[14])
		}
		lat, err1 := strconv.ParseFloat(f[4], 64)
		lon, err2 := strconv.ParseFloat(f[5], 64)
		if err1 != nil || err2 != nil {
			return fmt.Errorf("coordinates %q %q", f[4], f[5])
		}
		c := city{country: f[8], name: f[1], population: pop, lat: lat, lon: lon}
		if r, ok := regions[f[8]+"."+f[10]]; ok {
			c.region = r.code
			r.population += pop
		}
		c.names = append(c.names, f[2])
		if pop >= altMin && f[3] != "" {
			c.names = append(c.names, alternates(f[1], f[2], strings.Split(f[3], ","))...)
		}
		out = append(out, c)
		return nil
	})
	return out, err
}

// alternates picks the other names of a city worth keeping (see the
// package doc).
func alternates(name, ascii string, alts []string) []string {
	var latin []string
	for _, a := range alts {
		if a = strings.TrimSpace(a); a != "" && isLatin(a) {
			latin = append(latin, a)
		}
	}
	inits := map[string]bool{}
	for _, n := range append([]string{name, ascii}, latin...) {
		for _, i := range initials(n) {
			inits[i] = true
		}
	}
	var out []string
	for _, a := range latin {
		first := []rune(a)[0]
		if !unicode.IsUpper(first) || strings.ContainsAny(a, "0123456789:") || len(a) > 40 {
			continue
		}
		if letters := strings.NewReplacer(".", "", " ", "").Replace(a); isUpper(letters) {
			if len(letters) < 2 || len(letters) > 5 || !inits[letters] {
				continue
			}
		}
		out = append(out, a)
	}
	return out
}

// isLatin reports whether every letter of s is in the Latin script.
func isLatin(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) && !unicode.Is(unicode.Latin, r) {
			return false
		}
	}
	return true
}

func isUpper(s string) bool {
	for _, r := range s {
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return s != ""
}

// initials returns the initials of a name's words, with and without its
// small words: "District of Columbia" gives "DOC" and "DC".
func initials(name string) []string {
	small := map[string]bool{"of": true, "de": true, "del": true, "la": true, "da": true, "do": true, "di": true, "the": true, "y": true}
	words := strings.FieldsFunc(name, func(r rune) bool { return r == ' ' || r == '-' })
	var all, big strings.Builder
	for _, w := range words {
		r := unicode.ToUpper([]rune(w)[0])
		all.WriteRune(r)
		if !small[strings.ToLower(w)] {
			big.WriteRune(r)
		}
	}
	return []string{all.String(), big.String()}
}

// write writes the gazetteer: each country, then its regions, then its
// cities, the most populous first.
func write(path string, curated map[string]curatedCountry, countries []country, regions map[string]*region, cities []city) (string, error) {
	byCountry := map[string][]city{}
	for _, c := range cities {
		byCountry[c.country] = append(byCountry[c.country], c)
	}
	regionsOf := map[string][]*region{}
	for _, r := range regions {
		regionsOf[r.country] = append(regionsOf[r.country], r)
	}
	codes := map[string]bool{}
	info := map[string]country{}
	for _, c := range countries {
		codes[c.code], info[c.code] = true, c
	}
	for cc := range byCountry {
		codes[cc] = true
	}
	sorted := make([]string, 0, len(codes))
	for cc := range codes {
		sorted = append(sorted, cc)
	}
	slices.Sort(sorted)

	f, err := os.Create(path)
	if err != nil {
		return "", err
	}
	w := bufio.NewWriter(f)
	fmt.Fprint(w, `# The quals gazetteer (package geo). Generated by internal/gen/geogen from GeoNames
# (https://www.geonames.org/, CC BY 4.0): cities15000 (the dump of 2025-11-19),
# countryInfo and the admin1 regions; other names and region codes of countries
# and regions also from vocab/data/places.yaml. Do not edit: run go generate ./geo/...
# with ../shared/data present, or add places at run time (geo.Gazetteer.With).
# country	region	name	population	latitude	longitude	other names
`)
	var nCountries, nRegions, nCities, nNames, dropped int
	line := func(cc, rc, name string, pop int, lat, lon string, names []string) {
		kept := otherNames(name, names)
		nNames += len(kept)
		p := ""
		if pop > 0 {
			p = strconv.Itoa(pop)
		}
		fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%s\t%s\t%s\n", cc, rc, clean(name), p, lat, lon, strings.Join(kept, ","))
	}
	for _, cc := range sorted {
		if c, ok := info[cc]; ok {
			names := []string{c.iso3}
			names = append(names, curated[cc].Names...)
			line(cc, "", c.name, c.population, "", "", names)
			nCountries++
		}
		rs := regionsOf[cc]
		slices.SortFunc(rs, func(a, b *region) int { return strings.Compare(a.code, b.code) })
		for _, r := range rs {
			line(cc, r.code, r.name, r.population, "", "", r.names)
			nRegions++
		}
		cs := byCountry[cc]
		slices.SortStableFunc(cs, func(a, b city) int {
			if a.population != b.population {
				return b.population - a.population
			}
			return strings.Compare(a.name, b.name)
		})
		// A gazetteer entry is one per name in a region (geo.New merges
		// entries of the same country, region and name): of GeoNames'
		// places sharing one, the most populous stays, with the others'
		// names.
		first := map[[2]string]int{}
		kept := cs[:0]
		for _, c := range cs {
			k := [2]string{c.region, placename.Key(c.name)}
			if i, ok := first[k]; ok {
				kept[i].names = append(kept[i].names, c.names...)
				dropped++
				continue
			}
			first[k] = len(kept)
			kept = append(kept, c)
		}
		for _, c := range kept {
			line(cc, c.region, c.name, c.population, coord(c.lat), coord(c.lon), c.names)
			nCities++
		}
	}
	if err := w.Flush(); err != nil {
		return "", err
	}
	if err := f.Close(); err != nil {
		return "", err
	}
	st, err := os.Stat(path)
	if err != nil {
		return "", err
	}
	return fmt.Sprintf("%d countries, %d regions, %d cities (%d merged into a more populous one of the same name and region), %d other names, %d bytes",
		nCountries, nRegions, nCities, dropped, nNames, st.Size()), nil
}

// otherNames keeps the names whose key differs from the name's and from
// each other's, cleaned for the format.
func otherNames(name string, names []string) []string {
	seen := []string{placename.Key(name)}
	var out []string
	for _, n := range names {
		n = clean(n)
		k := placename.Key(n)
		if k == "" || slices.Contains(seen, k) {
			continue
		}
		seen = append(seen, k)
		out = append(out, n)
	}
	return out
}

// clean makes a name fit the format: no tabs, newlines or commas.
func clean(s string) string {
	s = strings.Map(func(r rune) rune {
		switch r {
		case '\t', '\n', '\r', ',':
			return ' '
		}
		return r
	}, s)
	return strings.Join(strings.Fields(s), " ")
}

// coord writes a coordinate to four decimals, without trailing zeros.
func coord(x float64) string {
	return strconv.FormatFloat(math.Round(x*1e4)/1e4, 'f', -1, 64)
}

// eachLine calls fn with the tab-separated fields of each line of a file,
// skipping blank lines and '#' comments.
func eachLine(path string, fn func([]string) error) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	n := 0
	for sc.Scan() {
		n++
		l := sc.Text()
		if strings.TrimSpace(l) == "" || l[0] == '#' {
			continue
		}
		if err := fn(strings.Split(l, "\t")); err != nil {
			return fmt.Errorf("%s:%d: %w", path, n, err)
		}
	}
	return sc.Err()
}
