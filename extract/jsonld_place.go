package extract

import (
	"fmt"
	"strings"

	"github.com/quals-dev/quals/requirements"
	"go.yaml.in/yaml/v3"
)

// locationType reads jobLocationType: TELECOMMUTE is remote work.
func (r *ldReader) locationType(field string, v *yaml.Node) {
	for _, s := range r.doc.texts(v) {
		if strings.EqualFold(strings.TrimSpace(s), "TELECOMMUTE") {
			r.remote = true
			r.report(LineReport{Section: field, Text: s, Reading: "remote work: workplace remote"})
			continue
		}
		r.report(LineReport{Section: field, Text: s, Reading: "not read: the only location type schema.org defines is TELECOMMUTE"})
	}
}

// applicantLocation reads applicantLocationRequirements into one location
// requirement: an applicant in any of the countries, regions or cities meets it.
func (r *ldReader) applicantLocation(field string, v *yaml.Node) {
	loc := &requirements.LocationDoc{Remote: true}
	var names, unknown []string
	var lines []int
	for _, it := range r.doc.items(v) {
		name := r.doc.name(it)
		if name == "" {
			r.report(LineReport{Section: field, Text: r.doc.summary(it), Reading: "not read: no name"})
			continue
		}
		var types []string
		if it.Kind == yaml.MappingNode {
			types = ldTypes(it)
		}
		country, region, city := r.area(name, types, it)
		if city != "" && !r.x.knownCity(requirements.PlaceDoc{City: city}) {
			city = ""
		}
		var reading string
		switch {
		case city != "":
			loc.Cities = ldAppendNew(loc.Cities, city)
			reading = "applicants in the city " + city
		case region != "":
			ref := region + ", " + country
			loc.Regions = ldAppendNew(loc.Regions, ref)
			reading = "applicants in the region " + ref
		case country != "":
			loc.Countries = ldAppendNew(loc.Countries, country)
			reading = "applicants in the country " + country
		default:
			unknown = append(unknown, name)
			lines = append(lines, r.report(LineReport{Section: field, Text: name, Reading: "not read: not a country, region or city quals knows"}))
			continue
		}
		names = append(names, name)
		lines = append(lines, r.report(LineReport{Section: field, Text: name, Reading: reading}))
	}
	if len(unknown) > 0 && len(names) > 0 {
		// The places read are not all the places the posting accepts: a
		// requirement over them would turn away applicants it welcomes.
		for _, l := range lines {
			r.lines[l].Reading += fmt.Sprintf("; no location requirement, as %s could not be read", strings.Join(unknown, ", "))
		}
		return
	}
	if len(names) > 0 {
		r.add(field, requirements.RequirementDoc{Text: "Applicants located in " + strings.Join(names, ", "), PredicateDoc: requirements.PredicateDoc{Location: loc}}, false, lines...)
	}
}

// area resolves an applicant location: a country code, or a region code
// and its country, or a city.
func (r *ldReader) area(name string, types []string, n *yaml.Node) (country, region, city string) {
	v := r.x.vocabulary
	if ldHasType(types, "City") {
		return "", "", name
	}
	inCountry := ""
	if n != nil && n.Kind == yaml.MappingNode {
		for _, c := range []string{r.doc.name(ldGet(n, "containedInPlace")), r.doc.name(ldGet(r.doc.resolve(ldGet(n, "address")), "addressCountry"))} {
			if code, ok := v.Country(c); ok && c != "" {
				inCountry = code
				break
			}
		}
	}
	asRegion := func() (string, string) { return r.region(name, inCountry) }
	if ldHasType(types, "State") {
		if cc, rc := asRegion(); rc != "" {
			return cc, rc, ""
		}
	}
	if code, ok := v.Country(name); ok {
		return code, "", ""
	}
	if cc, rc := asRegion(); rc != "" {
		return cc, rc, ""
	}
	return "", "", ""
}

// region finds the region a name stands for: in country when one is
// given, else in the countries the vocabulary lists regions for, the US
// first.
func (r *ldReader) region(name, country string) (string, string) {
	v := r.x.vocabulary
	if country != "" {
		if rc, ok := v.Region(country, name); ok {
			return country, rc
		}
		return "", ""
	}
	if rc, ok := v.Region("US", name); ok {
		return "US", rc
	}
	for _, c := range v.Data().Places {
		if len(c.Regions) == 0 {
			continue
		}
		code := strings.ToUpper(strings.TrimSpace(c.Code))
		if rc, ok := v.Region(code, name); ok {
			return code, rc
		}
	}
	return "", ""
}

// jobLocation reads the places of work into the document's locations.
func (r *ldReader) jobLocation(field string, v *yaml.Node) {
	for _, it := range r.doc.items(v) {
		var city, region, country string
		if s, ok := ldScalar(it); ok {
			city, region, country = ldSplitAddress(ldOneLine(s))
		} else if addr := r.doc.resolve(ldGet(it, "address")); addr != nil {
			if s, ok := ldScalar(addr); ok {
				city, region, country = ldSplitAddress(ldOneLine(s))
			} else {
				city = r.doc.name(ldGet(addr, "addressLocality"))
				region = r.doc.name(ldGet(addr, "addressRegion"))
				country = r.doc.name(ldGet(addr, "addressCountry"))
			}
		} else if s := r.doc.name(it); s != "" {
			city, region, country = ldSplitAddress(s)
		}
		shown := strings.Join(ldNonEmpty(city, region, country), ", ")
		if shown == "" {
			r.report(LineReport{Section: field, Text: r.doc.summary(it), Reading: "not read: no address"})
			continue
		}
		pl, notes := r.place(city, region, country)
		if pl == (requirements.PlaceDoc{}) {
			r.report(LineReport{Section: field, Text: shown, Reading: "not read: " + strings.Join(notes, "; ")})
			continue
		}
		r.placed = true
		reading := "a place of work: " + strings.Join(ldNonEmpty(pl.City, pl.Region, pl.Country), ", ")
		if len(notes) > 0 {
			reading += " (" + strings.Join(notes, "; ") + ")"
		}
		r.addPlace(pl)
		r.report(LineReport{Section: field, Text: shown, Reading: reading})
	}
}

// place resolves an address's country and region to codes, leaving out
// (and saying so) what the vocabulary does not know, so the document loads.
func (r *ldReader) place(city, region, country string) (requirements.PlaceDoc, []string) {
	v := r.x.vocabulary
	pl := requirements.PlaceDoc{City: city}
	var notes []string
	if country != "" {
		if code, ok := v.Country(country); ok {
			pl.Country = code
		} else if region == "" {
			// "Seattle, WA": the last part is a region, not a country.
			if pl.Country, pl.Region = r.region(country, ""); pl.Region == "" {
				notes = append(notes, fmt.Sprintf("country %q unknown, left out", country))
			}
		} else {
			notes = append(notes, fmt.Sprintf("country %q unknown, left out", country))
		}
	}
	if region != "" {
		switch {
		case pl.Country != "":
			pl.Region, _ = v.Region(pl.Country, region)
		case country == "":
			pl.Country, pl.Region = r.region(region, "")
		}
		if pl.Region == "" {
			notes = append(notes, fmt.Sprintf("region %q unknown, left out", region))
		}
	}
	if pl.City != "" && !r.x.knownCity(pl) {
		notes = append(notes, fmt.Sprintf("city %q not in the gazetteer (places of 15,000 people or more), left out", pl.City))
		pl.City = ""
	}
	if pl.City == "" && pl.Region == "" && pl.Country == "" && len(notes) == 0 {
		notes = append(notes, "no place")
	}
	return pl, notes
}

func (r *ldReader) addPlace(pl requirements.PlaceDoc) {
	for _, q := range r.x.doc.Locations {
		if strings.EqualFold(q.City, pl.City) && q.Region == pl.Region && q.Country == pl.Country {
			return
		}
	}
	r.x.doc.Locations = append(r.x.doc.Locations, pl)
}

// ldSplitAddress splits "Seattle, WA, USA" into city, region and country.
func ldSplitAddress(s string) (city, region, country string) {
	var parts []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			parts = append(parts, p)
		}
	}
	switch len(parts) {
	case 0:
		return "", "", ""
	case 1:
		return parts[0], "", ""
	case 2:
		return parts[0], "", parts[1]
	}
	return strings.Join(parts[:len(parts)-2], ", "), parts[len(parts)-2], parts[len(parts)-1]
}
