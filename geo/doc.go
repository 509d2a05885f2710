// Package geo is the gazetteer of quals: it resolves the places résumés and
// postings name ("Palo Alto, CA", "NYC", "Bangalore", "Bavaria", "DE") to
// cities with coordinates, first-level regions and countries, and measures
// great-circle distances between cities, for the location predicate's
// within_km.
//
// Default returns the gazetteer embedded in the module, built from GeoNames
// (https://www.geonames.org/, CC BY 4.0): 32,690 cities of 15,000 people or
// more, 3,864 regions and 252 countries, with other names in Latin script
// for cities of 100,000 people or more (Munich for München, Bangalore for
// Bengaluru, NYC for New York City) and the curated country and region
// names and codes of package vocab. It is a 1.7 MB text file
// (geo/data/gazetteer.tsv) written by internal/gen/geogen (go generate
// ./geo/... with ../shared/data present) and committed, so users need
// nothing else. It is read on first use, once, in a few tens of
// milliseconds.
//
// Resolve and Lookup read a place as people write it, Locate one given in
// fields (city, region, country); the rules, and how ambiguous names such
// as "Springfield" resolve (to the most populous unless a region or
// country says otherwise), are in Lookup's documentation. A name the
// gazetteer does not know resolves to nothing: it never guesses a nearby
// spelling or a smaller town, and callers report the name.
//
// A caller adds or overrides places with With, in code (Entry values) or
// from a file in the embedded data's format (LoadFile, Parse), or builds a
// gazetteer of its own places alone with New (Empty knows none). A
// Gazetteer is immutable and safe for concurrent use.
package geo
