package geo_test

import (
	"math"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/quals-dev/quals/geo"
)

// want is what a test checks of a resolved place.
type want struct {
	kind                  geo.Kind
	name, region, country string
}

func (w want) of(p geo.Place) want { return want{p.Kind, p.Name, p.Region, p.Country} }

func city(name, region, country string) want { return want{geo.KindCity, name, region, country} }
func region(name, code, country string) want { return want{geo.KindRegion, name, code, country} }
func country(name, code string) want         { return want{geo.KindCountry, name, "", code} }

func TestResolve(t *testing.T) {
	g := geo.Default()
	paloAlto, nyc, bengaluru, munich := city("Palo Alto", "CA", "US"), city("New York City", "NY", "US"), city("Bengaluru", "KA", "IN"), city("Munich", "BY", "DE")
	sf := city("San Francisco", "CA", "US")
	cases := []struct {
		in   string
		want want
	}{
		// a city with its region, its region and country, as résumés write it
		{"Palo Alto, CA", paloAlto},
		{"Palo Alto, California", paloAlto},
		{"Palo Alto, California, US", paloAlto},
		{"Palo Alto, CA 94301, USA", paloAlto},
		{"palo alto, ca", paloAlto},
		{"Palo Alto CA", paloAlto},
		{"Mountain View, Santa Clara County, California, United States", city("Mountain View", "CA", "US")},
		// other names and abbreviations
		{"New York", nyc},
		{"New York City", nyc},
		{"NYC", nyc},
		{"New York, NY", nyc},
		{"Brooklyn, NY", city("Brooklyn", "NY", "US")},
		{"Bengaluru", bengaluru},
		{"Bangalore", bengaluru},
		{"Bengaluru, Karnataka 560001, India", bengaluru},
		{"München", munich},
		{"Munich", munich},
		{"Muenchen", munich},
		{"Munich, Germany", munich},
		{"Bombay", city("Mumbai", "MH", "IN")},
		{"Gurgaon", city("Gurugram", "HR", "IN")},
		{"Zurich", city("Zürich", "ZH", "CH")},
		{"Saigon", city("Ho Chi Minh City", "79", "VN")},
		{"SF", sf},
		{"Washington, DC", city("Washington", "DC", "US")},
		{"Washington D.C.", city("Washington", "DC", "US")},
		{"St. Louis", city("St. Louis", "MO", "US")},
		{"Saint Louis, MO", city("St. Louis", "MO", "US")},
		// metropolitan areas are their main city
		{"San Francisco Bay Area", sf},
		{"SF Bay Area", sf},
		{"Greater Seattle Area", city("Seattle", "WA", "US")},
		// countries by name, ISO code and other names
		{"United States", country("United States", "US")},
		{"US", country("United States", "US")},
		{"USA", country("United States", "US")},
		{"U.S.A.", country("United States", "US")},
		{"Germany", country("Germany", "DE")},
		{"Deutschland", country("Germany", "DE")},
		{"DE", country("Germany", "DE")},
		{"India", country("India", "IN")},
		{"UK", country("United Kingdom", "GB")},
		{"CA", country("Canada", "CA")}, // a two-letter code alone is a country first
		// US states by name and code, other regions by name
		{"California", region("California", "CA", "US")},
		{"Texas", region("Texas", "TX", "US")},
		{"TX", region("Texas", "TX", "US")},
		{"WA", region("Washington", "WA", "US")},
		{"NY", region("New York", "NY", "US")}, // the code is the state, the name the city
		{"Washington", region("Washington", "WA", "US")},
		{"Ontario", region("Ontario", "ON", "CA")},
		{"Ontario, Canada", region("Ontario", "ON", "CA")},
		{"Bavaria", region("Bavaria", "BY", "DE")},
		{"England", region("England", "ENG", "GB")},
		// a qualifier decides between places of the same name
		{"Toronto, CA", city("Toronto", "ON", "CA")},
		{"Richmond, CA", city("Richmond", "CA", "US")}, // a region first, then a country
		{"Perth, WA", city("Perth", "WA", "AU")},
		{"Athens, GA", city("Athens", "GA", "US")},
		{"Athens, Greece", city("Athens", "ESYE31", "GR")},
		{"Kiev", city("Kyiv", "12", "UA")},
	}
	for _, c := range cases {
		t.Run(c.in, func(t *testing.T) {
			p, ok := g.Resolve(c.in)
			require.True(t, ok, "%q did not resolve", c.in)
			assert.Equal(t, c.want, c.want.of(p))
			if p.Kind == geo.KindCity {
				assert.True(t, p.IsCity())
				assert.Equal(t, p.Name, p.City)
			} else {
				assert.Zero(t, p.Lat)
				assert.Zero(t, p.Lon)
				assert.Empty(t, p.City)
			}
		})
	}
}

// TestAmbiguous: a name several cities share is the most populous unless
// a region or country says which; Lookup lists them all.
func TestAmbiguous(t *testing.T) {
	g := geo.Default()
	cases := []struct {
		in    string
		want  want
		least int // how many places Lookup lists at least
	}{
		{"Springfield", city("Springfield", "MO", "US"), 5},
		{"Springfield, IL", city("Springfield", "IL", "US"), 1},
		{"Springfield, Illinois", city("Springfield", "IL", "US"), 1},
		{"Springfield, MA, US", city("Springfield", "MA", "US"), 1},
		{"Portland", city("Portland", "OR", "US"), 2},
		{"Portland, ME", city("Portland", "ME", "US"), 1},
		{"Portland, Maine", city("Portland", "ME", "US"), 1},
		{"Cambridge", city("Cambridge", "ENG", "GB"), 3},
		{"Cambridge, MA", city("Cambridge", "MA", "US"), 1},
		{"London", city("London", "ENG", "GB"), 2},
		{"London, Ontario", city("London", "ON", "CA"), 1},
		{"Frisco", city("Frisco", "TX", "US"), 1}, // its own name before San Francisco's nickname
	}
	for _, c := range cases {
		t.Run(c.in, func(t *testing.T) {
			ps := g.Lookup(c.in)
			require.GreaterOrEqual(t, len(ps), c.least, "%q: %v", c.in, ps)
			assert.Equal(t, c.want, c.want.of(ps[0]))
			for i := 1; i < len(ps); i++ {
				assert.GreaterOrEqual(t, ps[i-1].Population, ps[i].Population, "most populous first")
			}
			if c.least == 1 {
				assert.Len(t, ps, 1, "a qualifier leaves one place")
			}
		})
	}
}

func TestUnresolvable(t *testing.T) {
	g := geo.Default()
	for _, in := range []string{
		"", "  ", ",",
		"Atlantis Prime",
		"Springfeld",           // misspelt: no guessing
		"Springfield, Ilinois", // a qualifier nobody knows fails the lookup
		"Palo Alto, Texas",     // no Palo Alto there
		"Woodside, CA",         // a town of fewer than 15,000 people
		"Bay Area",             // which bay is a guess
		"Remote",
	} {
		t.Run(in, func(t *testing.T) {
			p, ok := g.Resolve(in)
			assert.False(t, ok, "%q resolved to %v", in, p)
			assert.True(t, p.IsZero())
			assert.Nil(t, g.Lookup(in))
		})
	}
}

func TestLocate(t *testing.T) {
	g := geo.Default()
	cases := []struct {
		name                  string
		city, region, country string
		want                  *want // nil: nothing
		many                  bool  // several places
	}{
		{name: "city, region code and country code", city: "Palo Alto", region: "CA", country: "US", want: &want{geo.KindCity, "Palo Alto", "CA", "US"}},
		{name: "region and country by name", city: "Palo Alto", region: "California", country: "United States", want: &want{geo.KindCity, "Palo Alto", "CA", "US"}},
		{name: "the country code is a country", city: "Toronto", country: "CA", want: &want{geo.KindCity, "Toronto", "ON", "CA"}},
		{name: "a city alone", city: "Bangalore", want: &want{geo.KindCity, "Bengaluru", "KA", "IN"}},
		{name: "qualifiers in the city field", city: "Oakland, CA", want: &want{geo.KindCity, "Oakland", "CA", "US"}},
		{name: "a city-state's city", city: "Singapore", country: "SG", want: &want{geo.KindCity, "Singapore", "", "SG"}},
		{name: "ambiguous in the country", city: "Springfield", country: "US", want: &want{geo.KindCity, "Springfield", "MO", "US"}, many: true},
		{name: "a region alone", region: "Bavaria", country: "DE", want: &want{geo.KindRegion, "Bavaria", "BY", "DE"}},
		{name: "a country alone", country: "US", want: &want{geo.KindCountry, "United States", "", "US"}},
		{name: "not in that region", city: "Palo Alto", region: "TX", country: "US"},
		{name: "unknown country", city: "Paris", country: "Atlantis"},
		{name: "unknown region", city: "Paris", region: "Narnia", country: "FR"},
		{name: "a region is not a city", city: "California", country: "US"},
		{name: "nothing", city: ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ps := g.Locate(c.city, c.region, c.country)
			if c.want == nil {
				assert.Empty(t, ps)
				return
			}
			require.NotEmpty(t, ps)
			assert.Equal(t, *c.want, c.want.of(ps[0]))
			assert.Equal(t, c.many, len(ps) > 1, "%v", ps)
		})
	}
}

func TestCountryAndRegion(t *testing.T) {
	g := geo.Default()
	us, ok := g.Country("United States of America")
	require.True(t, ok)
	assert.Equal(t, "US", us.Country)
	assert.Equal(t, geo.KindCountry, us.Kind)
	_, ok = g.Country("Narnia")
	assert.False(t, ok)

	ca, ok := g.Region("US", "California")
	require.True(t, ok)
	assert.Equal(t, "CA", ca.Region)
	on, ok := g.Region("Canada", "ON")
	require.True(t, ok)
	assert.Equal(t, "Ontario", on.Name)
	_, ok = g.Region("US", "Ontario")
	assert.False(t, ok)
	idf, ok := g.Region("FR", "Ile-de-France")
	require.True(t, ok)
	assert.Equal(t, "Île-de-France", idf.Name)
}

// TestDistance checks Distance against the geodesic distance on the WGS 84
// ellipsoid between the same coordinates (those of the embedded data,
// from GeoNames), computed outside Go with Vincenty's inverse formula —
// the true distance the spherical formula approximates. They agree with
// published figures: London–New York 5,570 km, Los Angeles–New York
// 3,940 km, Sydney–Melbourne 714 km, Munich–Berlin 504 km.
func TestDistance(t *testing.T) {
	g := geo.Default()
	cases := []struct {
		a, b string
		km   float64 // geodesic, WGS 84
	}{
		{"San Francisco, CA", "Palo Alto, CA", 44.3},
		{"San Francisco, CA", "Oakland, CA", 13.5},
		{"San Francisco, CA", "Seattle, WA", 1092.2},
		{"London, England", "New York City", 5585.2},
		{"Los Angeles, CA", "New York City", 3944.4},
		{"Sydney, Australia", "Melbourne, Australia", 713.8},
		{"Munich", "Berlin", 505.1},
		{"Bengaluru", "Mumbai", 842.4},
		{"Tokyo", "Singapore, SG", 5310.2},
		{"Quito", "Singapore, SG", 19741.6}, // nearly antipodal
	}
	for _, c := range cases {
		t.Run(c.a+" to "+c.b, func(t *testing.T) {
			a, ok := g.Resolve(c.a)
			require.True(t, ok)
			b, ok := g.Resolve(c.b)
			require.True(t, ok)
			if b.Kind != geo.KindCity { // Singapore alone is the country
				ps := g.Locate(c.b, "", "")
				require.NotEmpty(t, ps)
				b = ps[0]
			}
			d := geo.Distance(a, b)
			assert.InDelta(t, c.km, d, c.km*0.01, "%s to %s", a, b)
			assert.InDelta(t, d, geo.Distance(b, a), 1e-9, "symmetric")
		})
	}
	sf, _ := g.Resolve("San Francisco, CA")
	assert.Zero(t, geo.Distance(sf, sf))
	ca, _ := g.Resolve("California")
	assert.True(t, math.IsNaN(geo.Distance(sf, ca)), "a region is no point")
}

func TestPlaceString(t *testing.T) {
	g := geo.Default()
	for in, want := range map[string]string{
		"Palo Alto, CA": "Palo Alto, CA, US",
		"Paris, France": "Paris, FR", // Île-de-France's code is a number
		"California":    "California, US",
		"Germany":       "Germany",
	} {
		p, ok := g.Resolve(in)
		require.True(t, ok, in)
		assert.Equal(t, want, p.String())
	}
	assert.Equal(t, "city", geo.KindCity.String())
	assert.Equal(t, "region", geo.KindRegion.String())
	assert.Equal(t, "country", geo.KindCountry.String())
}

func TestDefaultSize(t *testing.T) {
	g := geo.Default()
	assert.Same(t, g, geo.Default(), "built once")
	assert.Greater(t, g.Count(geo.KindCity), 32_000)
	assert.Greater(t, g.Count(geo.KindRegion), 3_800)
	assert.Greater(t, g.Count(geo.KindCountry), 250)
	assert.Equal(t, g.Len(), g.Count(geo.KindCity)+g.Count(geo.KindRegion)+g.Count(geo.KindCountry))
	info, err := os.Stat("data/gazetteer.tsv")
	require.NoError(t, err)
	assert.LessOrEqual(t, info.Size(), int64(2<<20), "the embedded gazetteer stays within 2 MiB")
}

func TestConcurrentDefault(t *testing.T) {
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			p, ok := geo.Default().Resolve("Seattle, WA")
			assert.True(t, ok)
			assert.Equal(t, "Seattle", p.Name)
		})
	}
	wg.Wait()
}

func TestWith(t *testing.T) {
	woodside := geo.Entry{Place: geo.Place{Kind: geo.KindCity, Name: "Woodside", Region: "CA", Country: "US", Lat: 37.4299, Lon: -122.2539, Population: 5287}}
	g, err := geo.Default().With(
		woodside,
		// another name for a place the gazetteer has
		geo.Entry{Place: mustResolve(t, geo.Default(), "San Francisco, CA"), Names: []string{"The City by the Bay"}},
		// a region's other name
		geo.Entry{Place: mustResolve(t, geo.Default(), "California"), Names: []string{"Golden State"}},
	)
	require.NoError(t, err)

	p, ok := g.Resolve("Woodside, CA")
	require.True(t, ok)
	assert.Equal(t, "Woodside", p.City)
	assert.InDelta(t, 9.9, geo.Distance(p, mustResolve(t, g, "Palo Alto, CA")), 0.5)
	assert.Equal(t, "San Francisco", mustResolve(t, g, "The City by the Bay").Name)
	assert.Equal(t, "San Francisco", mustResolve(t, g, "SF").Name, "its other names stay")
	assert.Equal(t, "CA", mustResolve(t, g, "Golden State").Region)
	assert.Equal(t, geo.Default().Len()+1, g.Len(), "one place added, two extended")
	_, ok = geo.Default().Resolve("Woodside, CA")
	assert.False(t, ok, "the default gazetteer is unchanged")

	t.Run("override", func(t *testing.T) {
		moved := mustResolve(t, geo.Default(), "Palo Alto, CA")
		moved.Lat, moved.Population = 37.45, 70000
		g, err := geo.Default().With(geo.Entry{Place: moved})
		require.NoError(t, err)
		ps := g.Lookup("Palo Alto")
		require.Len(t, ps, 1, "replaced, not added")
		assert.Equal(t, 37.45, ps[0].Lat)
		assert.Equal(t, 70000, ps[0].Population)
		assert.Equal(t, "Palo Alto", mustResolve(t, g, "Palo Alto, California, US").Name)
	})

	t.Run("empty", func(t *testing.T) {
		e := geo.Empty()
		assert.Zero(t, e.Len())
		_, ok := e.Resolve("Seattle")
		assert.False(t, ok)
		own, err := e.With(woodside, geo.Entry{Place: geo.Place{Kind: geo.KindRegion, Name: "California", Region: "CA", Country: "US"}})
		require.NoError(t, err)
		assert.Equal(t, "Woodside", mustResolve(t, own, "Woodside, California").Name)
		_, ok = own.Resolve("Palo Alto")
		assert.False(t, ok)
	})

	t.Run("bad entries", func(t *testing.T) {
		_, err := geo.New(
			geo.Entry{Place: geo.Place{Kind: geo.KindCity, Name: "Nowhere", Country: "US"}},
			geo.Entry{Place: geo.Place{Kind: geo.KindCity, Name: "Far", Country: "USA", Lat: 1, Lon: 1}},
			geo.Entry{Place: geo.Place{Kind: geo.KindCity, Name: "Off", Country: "US", Lat: 95, Lon: 1}},
			geo.Entry{Place: geo.Place{Kind: geo.KindRegion, Country: "US", Region: "XX"}},
		)
		require.Error(t, err)
		assert.Equal(t, strings.Join([]string{
			"entry 1 (Nowhere): a city needs its coordinates",
			`entry 2 (Far): country code "USA" is not two capital letters`,
			"entry 3 (Off): coordinates 95, 1 are out of range",
			"entry 4 (): a place needs a name",
		}, "\n"), err.Error())
	})
}

func TestParseAndLoadFile(t *testing.T) {
	src := "# my places\n" +
		"US\tCA\tWoodside\t5287\t37.4299\t-122.2539\tWoodside Town\n" +
		"\n" +
		"US\tCA\tCalifornia\t\t\t\tGolden State\n" +
		"XK\t\tKosovo\t1800000\t\t\tRepublic of Kosovo\n"
	entries, err := geo.Parse("mine.tsv", []byte(src))
	require.NoError(t, err)
	require.Len(t, entries, 3)
	assert.Equal(t, geo.KindCity, entries[0].Kind)
	assert.Equal(t, []string{"Woodside Town"}, entries[0].Names)
	assert.Equal(t, geo.KindRegion, entries[1].Kind)
	assert.Equal(t, geo.KindCountry, entries[2].Kind)

	path := filepath.Join(t.TempDir(), "places.tsv")
	require.NoError(t, os.WriteFile(path, []byte(src), 0o600))
	fromFile, err := geo.LoadFile(path)
	require.NoError(t, err)
	assert.Equal(t, entries, fromFile)
	g, err := geo.Default().With(fromFile...)
	require.NoError(t, err)
	assert.Equal(t, "Woodside", mustResolve(t, g, "Woodside Town, Golden State").Name)

	_, err = geo.Parse("bad.tsv", []byte("US\tCA\tNowhere\tmany\t1\t2\nUS\tCA\n US\tCA\tOdd\t1\tnorth\t2\n"))
	require.Error(t, err)
	assert.Equal(t, `bad.tsv:1: population "many" is not a whole number`+"\n"+
		"bad.tsv:2: 2 fields; a place needs at least country, region and name, separated by tabs\n"+
		`bad.tsv:3: coordinates "north", "2" are not numbers`, err.Error())
	_, err = geo.LoadFile(filepath.Join(t.TempDir(), "missing.tsv"))
	assert.ErrorIs(t, err, os.ErrNotExist)
}

func mustResolve(t *testing.T, g *geo.Gazetteer, s string) geo.Place {
	t.Helper()
	p, ok := g.Resolve(s)
	require.True(t, ok, "%q did not resolve", s)
	return p
}
