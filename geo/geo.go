package geo

import (
	"math"
	"strings"
)

// Kind says what a Place is.
type Kind uint8

// The kinds of place a gazetteer holds. The zero Kind is no place.
const (
	KindCity    Kind = iota + 1 // a city, town or part of one, with coordinates
	KindRegion                  // a first-level division of a country: a US state, a province
	KindCountry                 // a country or territory with an ISO 3166-1 code
)

// String returns "city", "region" or "country" ("" for the zero Kind).
func (k Kind) String() string {
	switch k {
	case KindCity:
		return "city"
	case KindRegion:
		return "region"
	case KindCountry:
		return "country"
	}
	return ""
}

// Place is a place the gazetteer knows. Places are values: they compare
// with == (two equal places are the same entry) and may be map keys.
type Place struct {
	Kind Kind
	// Name is the place's own name: "Palo Alto", "California", "United States".
	Name string
	// City is the city's name for a city (the same as Name), "" otherwise.
	City string
	// Region is the code of the first-level region the place is, or is in:
	// "CA" for California and its cities. Codes are the usual
	// abbreviations for the United States, Canada, Australia, India,
	// Germany and the United Kingdom (the ones package vocab uses), and
	// GeoNames' admin1 codes elsewhere ("11" is Île-de-France). "" when
	// the place is a country or its region is not known.
	Region string
	// Country is the ISO 3166-1 alpha-2 code of the country: "US".
	Country string
	// Lat and Lon locate a city in degrees (WGS 84), north and east
	// positive. Regions and countries have no coordinates (both 0): they
	// are areas, and a distance to an area is not a distance to a point.
	Lat, Lon float64
	// Population is the number of inhabitants GeoNames gives: of the city,
	// of the country, and for a region the sum of its cities in the
	// gazetteer (a lower bound, used to rank regions of the same name).
	Population int
}

// IsZero reports whether p is no place (the zero value).
func (p Place) IsZero() bool { return p == Place{} }

// IsCity reports whether p is a city: a point a distance can be measured
// from.
func (p Place) IsCity() bool { return p.Kind == KindCity }

// String writes the place for people: "Palo Alto, CA, US" for a city (its
// region code left out when it is a number, which says nothing to a
// reader), "California, US" for a region, "United States" for a country.
func (p Place) String() string {
	switch p.Kind {
	case KindCity:
		parts := []string{p.Name}
		if readableCode(p.Region) {
			parts = append(parts, p.Region)
		}
		if p.Country != "" {
			parts = append(parts, p.Country)
		}
		return strings.Join(parts, ", ")
	case KindRegion:
		if p.Country != "" {
			return p.Name + ", " + p.Country
		}
	}
	return p.Name
}

// readableCode reports whether a region code is letters: "CA", "NSW",
// "ENG" — not GeoNames' numbers ("11").
func readableCode(code string) bool {
	if code == "" {
		return false
	}
	for i := 0; i < len(code); i++ {
		if c := code[i]; c < 'A' || c > 'Z' {
			return false
		}
	}
	return true
}

// EarthRadius is the mean radius of the Earth in kilometres (IUGG), the
// radius Distance measures on.
const EarthRadius = 6371.0088

// Distance returns the great-circle distance between two places in
// kilometres, by the haversine formula on a sphere of EarthRadius (within
// 0.5% of the distance on the WGS 84 ellipsoid). It is meaningful between
// located places (cities); for a region or a country, which have no
// coordinates, it returns NaN.
func Distance(a, b Place) float64 {
	if !a.IsCity() || !b.IsCity() {
		return math.NaN()
	}
	return distance(a.Lat, a.Lon, b.Lat, b.Lon)
}

func distance(lat1, lon1, lat2, lon2 float64) float64 {
	const rad = math.Pi / 180
	φ1, φ2 := lat1*rad, lat2*rad
	dφ, dλ := (lat2-lat1)*rad, (lon2-lon1)*rad
	s1, s2 := math.Sin(dφ/2), math.Sin(dλ/2)
	h := s1*s1 + math.Cos(φ1)*math.Cos(φ2)*s2*s2
	return 2 * EarthRadius * math.Asin(math.Min(1, math.Sqrt(h)))
}

// Entry is a place with the other names it is known by ("NYC", "Big
// Apple"; "USA", "America"): what a gazetteer is built from, and what
// callers add with With.
type Entry struct {
	Place
	Names []string
}
