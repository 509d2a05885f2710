package requirements_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/quals-dev/quals/extract"
	"github.com/quals-dev/quals/geo"
	"github.com/quals-dev/quals/knowledge"
	"github.com/quals-dev/quals/requirements"
)

// TestPlacesResolveAtLoad: the posting's locations and a location
// predicate's cities are found in the gazetteer when the posting loads.
func TestPlacesResolveAtLoad(t *testing.T) {
	p, err := requirements.Parse("p.yaml", []byte(`id: x
locations:
  - {city: Palo Alto, region: CA, country: US}
  - {city: Bangalore, country: India}
  - {region: WA, country: US}
required:
  - id: near
    location: {within_km: 30}
  - id: cities
    location: {countries: [US], cities: [Portland, "Portland, ME", NYC]}
  - id: far
    location: {cities: [München], within_km: 100}
  - id: region
    location: {regions: ["Île-de-France, FR"]}
`))
	require.NoError(t, err)
	located := p.Located()
	require.Len(t, located, 3, "one for each location")
	assert.Equal(t, "Palo Alto, CA, US", located[0].String())
	assert.InDelta(t, 37.44, located[0].Lat, 0.01)
	assert.Equal(t, "Bengaluru, KA, IN", located[1].String())
	assert.True(t, located[2].IsZero(), "a region alone is no city")

	reqs := p.Requirements()
	near := reqs[0].Predicate().(*requirements.Location)
	assert.Equal(t, 30.0, near.WithinKm)
	assert.Equal(t, []geo.Place{located[0], located[1]}, p.LocationPlaces(near).Near, "the posting's cities")
	assert.Equal(t, "within 30 km of the posting's locations", near.String())

	cities := reqs[1].Predicate().(*requirements.Location)
	var got []string
	for _, c := range p.LocationPlaces(cities).Cities {
		got = append(got, c.String())
	}
	assert.Equal(t, []string{"Portland, OR, US", "Portland, ME, US", "New York City, NY, US"}, got,
		"the most populous unless the region says which")
	assert.Empty(t, p.LocationPlaces(cities).Near, "no within_km")

	far := reqs[2].Predicate().(*requirements.Location)
	require.Len(t, p.LocationPlaces(far).Near, 1)
	assert.Equal(t, "Munich", p.LocationPlaces(far).Near[0].Name)
	assert.Equal(t, "within 100 km of München", far.String())

	region := reqs[3].Predicate().(*requirements.Location)
	assert.Equal(t, []requirements.RegionRef{{Country: "FR", Code: "11"}}, region.Regions,
		"a region the vocabulary lacks, found in the gazetteer")
}

func TestUnknownPlacesAreErrors(t *testing.T) {
	const hint = "; the gazetteer knows places of 15,000 people or more: check the spelling, name a nearby larger city, or add the place (knowledge.WithGazetteer)"
	cases := []struct {
		name string
		doc  string
		want []string
	}{
		{"a posting's city", "id: x\nlocations:\n  - {city: Springfeld, region: IL, country: US}\nrequired:\n  - skill: {any: [Go]}\n",
			[]string{`p.yaml:3:12: locations[0].city: unknown city "Springfeld, IL, US"` + hint}},
		{"a city not in its region", "id: x\nlocations:\n  - {city: Palo Alto, region: TX, country: US}\nrequired:\n  - skill: {any: [Go]}\n",
			[]string{`p.yaml:3:12: locations[0].city: unknown city "Palo Alto, TX, US"` + hint}},
		{"a predicate's city", req("location: {cities: [Seattle, Atlantis Prime]}"),
			[]string{`p.yaml:4:34: required[0].location.cities: unknown city "Atlantis Prime"` + hint}},
		{"within_km with no city to measure from", "id: x\nlocations:\n  - {country: US}\nrequired:\n  - location: {within_km: 50}\n",
			[]string{"p.yaml:5:27: required[0].location.within_km: within_km needs cities to measure from: list them under cities, or give the posting's locations a city"}},
		{"within_km beyond the Earth", req("location: {cities: [Berlin], within_km: 30000}"),
			[]string{"p.yaml:4:45: required[0].location.within_km: must be greater than 0 and at most 20040 (half the Earth's circumference), not 30000"}},
		{"within_km not a number", req("location: {cities: [Berlin], within_km: far}"),
			[]string{`p.yaml:4:45: required[0].location.within_km: must be a number, not the text "far"`}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p, err := requirements.Parse("p.yaml", []byte(c.doc))
			assert.Nil(t, p)
			assert.Equal(t, c.want, problems(t, err))
		})
	}
}

func TestWithGazetteer(t *testing.T) {
	doc := "id: x\nlocations:\n  - {city: Woodside, region: CA, country: US}\nrequired:\n  - location: {within_km: 10}\n"
	_, err := requirements.Parse("p.yaml", []byte(doc))
	require.Error(t, err, "the default gazetteer has no Woodside in California")

	g, err := geo.Default().With(geo.Entry{Place: geo.Place{Kind: geo.KindCity, Name: "Woodside", Region: "CA", Country: "US", Lat: 37.4299, Lon: -122.2539}})
	require.NoError(t, err)
	p, err := requirements.Parse("p.yaml", []byte(doc), requirements.WithKnowledge(knowledge.New(knowledge.WithGazetteer(g))))
	require.NoError(t, err)
	assert.Equal(t, "Woodside", p.Located()[0].Name)

	_, err = requirements.Parse("p.yaml", []byte(req("location: {cities: [Seattle]}")), requirements.WithKnowledge(knowledge.New(knowledge.WithGazetteer(geo.Empty()))))
	assert.Equal(t, []string{`p.yaml:4:25: required[0].location.cities: unknown city "Seattle"; the gazetteer knows places of 15,000 people or more: check the spelling, name a nearby larger city, or add the place (knowledge.WithGazetteer)`},
		problems(t, err), "an empty gazetteer knows no city")
}

// TestExtractLeavesOutUnknownCities: a job description's office in a town
// the gazetteer lacks keeps its region and country, and the document
// still loads.
func TestExtractLeavesOutUnknownCities(t *testing.T) {
	src := `{"@context": "https://schema.org", "@type": "JobPosting", "title": "Engineer",
	  "description": "<p>Minimum qualifications:</p><ul><li>BS in Computer Science</li></ul>",
	  "jobLocation": [
	    {"@type": "Place", "address": {"@type": "PostalAddress", "addressLocality": "Playa Vista", "addressRegion": "CA", "addressCountry": "US"}},
	    {"@type": "Place", "address": {"@type": "PostalAddress", "addressLocality": "Seattle", "addressRegion": "WA", "addressCountry": "US"}}]}`
	x, err := extract.JobPosting([]byte(src))
	require.NoError(t, err)
	assert.Equal(t, []requirements.PlaceDoc{{Region: "CA", Country: "US"}, {City: "Seattle", Region: "WA", Country: "US"}}, x.Document.Locations)
	var notes []string
	for _, l := range x.Lines {
		if strings.Contains(l.Reading, "gazetteer") {
			notes = append(notes, l.Reading)
		}
	}
	assert.Equal(t, []string{`a place of work: CA, US (city "Playa Vista" not in the gazetteer (places of 15,000 people or more), left out)`}, notes)
	_, err = x.Document.Load("x.yaml")
	assert.NoError(t, err)
}

// A region written by its name alone resolves when one country has it, or
// when it lies in the posting's own countries.
func TestRegionByNameAlone(t *testing.T) {
	p, err := requirements.Parse("p.yaml", []byte("id: p\nrequired:\n  - location: {regions: [Ontario, Bavaria, California]}\n"))
	require.NoError(t, err)
	loc := p.Requirements()[0].Predicate().(*requirements.Location)
	assert.Equal(t, []requirements.RegionRef{{Country: "CA", Code: "ON"}, {Country: "DE", Code: "BY"}, {Country: "US", Code: "CA"}}, loc.Regions)

	p, err = requirements.Parse("p.yaml", []byte("id: p\nlocations:\n  - {city: Lahore, country: PK}\nrequired:\n  - location: {regions: [Punjab]}\n"))
	require.NoError(t, err, "the posting's country tells which Punjab")
	regions := p.Requirements()[0].Predicate().(*requirements.Location).Regions
	require.Len(t, regions, 1)
	assert.Equal(t, "PK", regions[0].Country)
	assert.NotEmpty(t, regions[0].Code)
}
