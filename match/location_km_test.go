package match_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/quals-dev/quals/geo"
	"github.com/quals-dev/quals/knowledge"
	"github.com/quals-dev/quals/match"
	"github.com/quals-dev/quals/profile"
	"github.com/quals-dev/quals/requirements"
)

// officesPosting has offices in San Francisco and Seattle and asks
// candidates to live within 50 km of one.
const officesPosting = `id: offices
locations:
  - {city: San Francisco, region: CA, country: US}
  - {city: Seattle, region: WA, country: US}
required:
  - id: commute
    location: {within_km: 50}
`

// TestWithinKmEndToEnd loads a posting with within_km and profiles near,
// far and without a location, and checks each finding: the distances are
// the gazetteer's (Oakland–San Francisco 13.5 km, San Jose–San Francisco
// 67 km, Tacoma–Seattle 40 km, Boston–Seattle 4,000 km).
func TestWithinKmEndToEnd(t *testing.T) {
	cases := []struct {
		name     string
		profile  string
		want     want
		evidence string // the quote, when there is one
	}{
		{name: "near an office is met", profile: place("Oakland", "CA", "US"),
			want:     want{status: match.Met, credit: 1, evidence: []string{"basics.location"}},
			evidence: "Oakland, CA, US, 13 km from San Francisco, CA"},
		{name: "the nearest office counts", profile: place("Tacoma", "WA", "US"),
			want:     want{status: match.Met, credit: 1, evidence: []string{"basics.location"}},
			evidence: "Tacoma, WA, US, 40 km from Seattle, WA"},
		{name: "in the office's city", profile: place("San Francisco", "California", "United States"),
			want:     want{status: match.Met, credit: 1, evidence: []string{"basics.location"}},
			evidence: "San Francisco, California, United States, within 1 km of San Francisco, CA"},
		{name: "a little beyond is partial, falling linearly", profile: place("San Jose", "CA", "US"),
			want: want{status: match.Partial, credit: 1 - (66.95-50)/50, delta: 0.002, evidence: []string{"basics.location"},
				gap: "Lives in San Jose, CA, US, 67 km from San Francisco, CA; the posting asks for within 50 km of the posting's locations."},
			evidence: "San Jose, CA, US, 67 km from San Francisco, CA"},
		{name: "far away is missing", profile: place("Boston", "MA", "US"),
			want: want{status: match.Missing, credit: 0, evidence: []string{"basics.location"},
				gap: "Lives in Boston, MA, US, 4000 km from Seattle, WA; the posting asks for within 50 km of the posting's locations."}},
		{name: "no location is unknown", profile: skillsProfile,
			want: want{status: match.Unknown, credit: 0,
				gap: "The profile gives no location; the posting asks for within 50 km of the posting's locations."}},
		{name: "a city the gazetteer lacks, in the offices' country, is unknown", profile: place("Woodside", "CA", "US"),
			want: want{status: match.Unknown, credit: 0, evidence: []string{"basics.location"},
				gap: "The profile's location (Woodside, CA, US) names no city the gazetteer knows, so the distance cannot be measured; the posting asks for within 50 km of the posting's locations."}},
		{name: "a country alone, the offices' country, is unknown", profile: place("", "", "US"),
			want: want{status: match.Unknown, credit: 0, evidence: []string{"basics.location"},
				gap: "The profile's location (US) names no city the gazetteer knows, so the distance cannot be measured; the posting asks for within 50 km of the posting's locations."}},
		{name: "a city the gazetteer lacks in another country is missing", profile: place("Smallville", "ON", "CA"),
			want: want{status: match.Missing, credit: 0, evidence: []string{"basics.location"},
				gap: "Lives in Smallville, ON, CA; the posting asks for within 50 km of the posting's locations."}},
		{name: "a city alone is placed through the gazetteer", profile: `{"basics": {"location": {"city": "Bellevue, WA"}}}`,
			want:     want{status: match.Met, credit: 1, evidence: []string{"basics.location"}},
			evidence: "Bellevue, WA, 10 km from Seattle, WA"},
	}
	post := parsePosting(t, officesPosting)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r := match.Match(parseProfile(t, tc.profile), post, match.AsOf(asOf))
			require.Len(t, r.Findings, 1)
			f := r.Findings[0]
			assertFinding(t, tc.want, f)
			if tc.evidence != "" {
				require.Len(t, f.Evidence, 1)
				assert.Equal(t, tc.evidence, f.Evidence[0].Text)
			}
		})
	}
}

func TestWithinKmOfNamedCities(t *testing.T) {
	t.Run("the predicate's own cities", func(t *testing.T) {
		runPredicateCases(t, "location: {cities: [Palo Alto], within_km: 50}", []predicateCase{
			{name: "San Francisco is 44 km away", profile: place("San Francisco", "CA", "US"),
				want: want{status: match.Met, credit: 1, evidence: []string{"basics.location"}}},
			{name: "Sacramento is not", profile: place("Sacramento", "CA", "US"),
				want: want{status: match.Missing, credit: 0, evidence: []string{"basics.location"},
					gap: "Lives in Sacramento, CA, US, 139 km from Palo Alto, CA; the posting asks for within 50 km of Palo Alto."}},
		})
	})
	t.Run("with its country, the country earns NearbyPlace", func(t *testing.T) {
		runPredicateCases(t, "location: {countries: [US], cities: [Seattle], within_km: 25}", []predicateCase{
			{name: "Boston", profile: place("Boston", "MA", "US"),
				want: want{status: match.Partial, credit: match.DefaultPolicy().NearbyPlace, evidence: []string{"basics.location"},
					gap: "Lives in Boston, MA, US, 4000 km from Seattle, WA; the posting asks for US, within 25 km of Seattle."}},
		})
	})
	t.Run("remote allowed from the country", func(t *testing.T) {
		runPredicateCases(t, "location: {countries: [US], cities: [Seattle], within_km: 25, remote: true}", []predicateCase{
			{name: "Boston", profile: place("Boston", "MA", "US"),
				want: want{status: match.Met, credit: 1, evidence: []string{"basics.location"}}},
		})
	})
	t.Run("no partial credit without slack", func(t *testing.T) {
		p := match.DefaultPolicy()
		p.DistanceSlack = 0
		f := onlyFinding(t, "location: {cities: [San Francisco], within_km: 50}", place("San Jose", "CA", "US"), match.WithPolicy(p))
		assert.Equal(t, match.Missing, f.Status)
		assert.Zero(t, f.Credit)
	})
	t.Run("more distance never earns more", func(t *testing.T) {
		last := 2.0
		for _, c := range []string{"Oakland", "Fremont", "San Jose", "Sacramento", "Los Angeles"} {
			f := onlyFinding(t, "location: {cities: [San Francisco], within_km: 50}", place(c, "CA", "US"))
			assert.LessOrEqual(t, f.Credit, last, c)
			last = f.Credit
		}
	})
}

// TestCitiesAreTheSamePlace: a city matches by the gazetteer's place, not
// only by its spelling.
func TestCitiesAreTheSamePlace(t *testing.T) {
	runPredicateCases(t, "location: {cities: [New York City], countries: [US]}", []predicateCase{
		{name: "NYC", profile: place("NYC", "NY", "US"), want: want{status: match.Met, credit: 1, evidence: []string{"basics.location"}}},
		{name: "New York", profile: place("New York", "NY", "US"), want: want{status: match.Met, credit: 1, evidence: []string{"basics.location"}}},
	})
}

// TestWithinKmWithOwnGazetteer: places the caller adds count on both sides.
// (GeoNames has a Woodside in Queens, NY, more populous: the region says
// which.)
func TestWithinKmWithOwnGazetteer(t *testing.T) {
	g, err := geo.Default().With(geo.Entry{Place: geo.Place{Kind: geo.KindCity, Name: "Woodside", Region: "CA", Country: "US", Lat: 37.4299, Lon: -122.2539, Population: 5287}})
	require.NoError(t, err)
	post, err := requirements.Parse("p.yaml", []byte(single(`location: {cities: ["Woodside, CA"], within_km: 20}`)), requirements.WithKnowledge(knowledge.New(knowledge.WithGazetteer(g))))
	require.NoError(t, err)
	cand, err := profile.Parse("c.json", []byte(place("Palo Alto", "CA", "US")), profile.WithKnowledge(knowledge.New(knowledge.WithGazetteer(g))))
	require.NoError(t, err)
	f := match.Match(cand, post, match.AsOf(asOf)).Findings[0]
	assert.Equal(t, match.Met, f.Status)
	assert.Equal(t, "Palo Alto, CA, US, 10 km from Woodside, CA", f.Evidence[0].Text)
}
