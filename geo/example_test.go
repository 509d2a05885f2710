package geo_test

import (
	"fmt"

	"github.com/quals-dev/quals/geo"
)

func ExampleGazetteer_Resolve() {
	g := geo.Default()
	for _, s := range []string{"Palo Alto, CA", "NYC", "Bangalore", "Springfield", "Springfield, IL", "Texas", "DE", "Atlantis Prime"} {
		p, ok := g.Resolve(s)
		if !ok {
			fmt.Printf("%s: unknown\n", s)
			continue
		}
		fmt.Printf("%s: %s (%s)\n", s, p, p.Kind)
	}
	// Output:
	// Palo Alto, CA: Palo Alto, CA, US (city)
	// NYC: New York City, NY, US (city)
	// Bangalore: Bengaluru, KA, IN (city)
	// Springfield: Springfield, MO, US (city)
	// Springfield, IL: Springfield, IL, US (city)
	// Texas: Texas, US (region)
	// DE: Germany (country)
	// Atlantis Prime: unknown
}

func ExampleDistance() {
	g := geo.Default()
	oakland, _ := g.Resolve("Oakland, CA")
	sf, _ := g.Resolve("San Francisco, CA")
	fmt.Printf("%.0f km\n", geo.Distance(oakland, sf))
	// Output: 13 km
}

func ExampleGazetteer_With() {
	woodside := geo.Entry{
		Place: geo.Place{Kind: geo.KindCity, Name: "Woodside", Region: "CA", Country: "US", Lat: 37.4299, Lon: -122.2539, Population: 5287},
		Names: []string{"Woodside Town"},
	}
	g, err := geo.Default().With(woodside)
	if err != nil {
		panic(err)
	}
	p, _ := g.Resolve("Woodside Town, California")
	paloAlto, _ := g.Resolve("Palo Alto, CA")
	fmt.Printf("%s, %.0f km from Palo Alto\n", p, geo.Distance(p, paloAlto))
	// Output: Woodside, CA, US, 10 km from Palo Alto
}
