package profile_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/quals-dev/quals/geo"
	"github.com/quals-dev/quals/internal/index"
	"github.com/quals-dev/quals/knowledge"
	"github.com/quals-dev/quals/profile"
)

// locationJSON is a profile with a location and nothing else.
func locationJSON(city, region, country string) string {
	return `{"basics": {"location": {"city": "` + city + `", "region": "` + region + `", "countryCode": "` + country + `"}}}`
}

func TestLocationIsPlaced(t *testing.T) {
	cases := []struct {
		name                  string
		city, region, country string
		located               string // the gazetteer's place, "" for none
		codes                 [2]string
		warning               string // "" for none
	}{
		{name: "city, region and country", city: "Palo Alto", region: "CA", country: "US",
			located: "Palo Alto, CA, US", codes: [2]string{"CA", "US"}},
		{name: "names for the region and country", city: "Munich", region: "Bavaria", country: "Germany",
			located: "Munich, BY, DE", codes: [2]string{"BY", "DE"}},
		{name: "another name of the city", city: "Bangalore", country: "IN",
			located: "Bengaluru, KA, IN", codes: [2]string{"KA", "IN"}},
		{name: "a city alone fills in its region and country", city: "Palo Alto",
			located: "Palo Alto, CA, US", codes: [2]string{"CA", "US"}},
		{name: "a city several places of one country share: the most populous, with a warning", city: "Springfield", country: "US",
			located: "Springfield, MO, US", codes: [2]string{"MO", "US"},
			warning: `test.json:1:34: basics.location.city: warning: "Springfield" names 8 places in US; taken as Springfield, MO, US, the most populous: add the region to say which`},
		{name: "the region says which", city: "Springfield", region: "Illinois", country: "US",
			located: "Springfield, IL, US", codes: [2]string{"IL", "US"}},
		{name: "a city of several countries, no country: not placed", city: "Cambridge",
			warning: `test.json:1:34: basics.location.city: warning: "Cambridge" names places in 4 countries (GB, CA, US and NZ); add countryCode to say which`},
		{name: "an unknown city: a warning, the region and country still count", city: "Woodside", region: "CA", country: "US",
			codes:   [2]string{"CA", "US"},
			warning: `test.json:1:34: basics.location.city: warning: unknown city "Woodside" in CA, US: the gazetteer knows places of 15,000 people or more; distances cannot be measured, and only the region and country count`},
		{name: "an unknown city alone", city: "Atlantis Prime",
			warning: `test.json:1:34: basics.location.city: warning: unknown city "Atlantis Prime": the gazetteer knows places of 15,000 people or more; distances cannot be measured`},
		{name: "a county for a region is ignored", city: "Palo Alto", region: "Santa Clara County", country: "US",
			located: "Palo Alto, CA, US", codes: [2]string{"Santa Clara County", "US"}},
		{name: "no city: nothing to place", region: "CA", country: "US", codes: [2]string{"CA", "US"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p, err := profile.Parse("test.json", []byte(locationJSON(c.city, c.region, c.country)))
			require.NoError(t, err, "a place the gazetteer lacks is no error")
			ix := index.Of(p, nil, nil)
			assert.True(t, ix.HasLocation)
			if c.located == "" {
				assert.True(t, ix.Located.IsZero(), "%v", ix.Located)
			} else {
				assert.Equal(t, c.located, ix.Located.String())
				assert.True(t, ix.Located.IsCity())
			}
			assert.Equal(t, c.codes, [2]string{ix.Location.Region, ix.Location.Country}, "region and country codes")
			var warnings []string
			for _, w := range p.Warnings() {
				warnings = append(warnings, w.Error())
			}
			if c.warning == "" {
				assert.Empty(t, warnings)
			} else {
				assert.Equal(t, []string{c.warning}, warnings)
			}
		})
	}
}

func TestLocationWithGazetteer(t *testing.T) {
	g, err := geo.Default().With(geo.Entry{Place: geo.Place{Kind: geo.KindCity, Name: "Woodside", Region: "CA", Country: "US", Lat: 37.4299, Lon: -122.2539}})
	require.NoError(t, err)
	p, err := profile.Parse("test.json", []byte(locationJSON("Woodside", "California", "US")), profile.WithKnowledge(knowledge.New(knowledge.WithGazetteer(g))))
	require.NoError(t, err)
	assert.Empty(t, p.Warnings())
	assert.Equal(t, "Woodside, CA, US", index.Of(p, nil, nil).Located.String())

	empty := profile.New(profile.Resume{Basics: profile.Basics{Location: profile.Location{City: "Seattle", CountryCode: "US"}}}, profile.WithKnowledge(knowledge.New(knowledge.WithGazetteer(geo.Empty()))))
	ix := index.Of(empty, nil, nil)
	assert.True(t, ix.Located.IsZero(), "an empty gazetteer places nothing")
	assert.Equal(t, "US", ix.Location.Country)
}
