package extract

import (
	"regexp"
	"strings"

	"github.com/quals-dev/quals/requirements"
)

// locationLine finds a line that says where the job is: "Location: …".
var locationLine = regexp.MustCompile(`(?i)^(?:job |work |office |primary )?(?:locations?|offices?|based in|work arrangement|workplace|where)\s*[:\-]\s*`)

// workplaceRE finds how the work is arranged: remote, hybrid or on site.
var workplaceRE = regexp.MustCompile(`\b(?:(remote)|(hybrid)|(on-?site|on site|in-office|in office))\b`)

// arrangementAfter are the words that may follow "remote", "hybrid" or
// "on-site" when they say how the work is arranged ("remote or hybrid in
// Seattle", "a hybrid role"), not what it is about ("hybrid cloud",
// "onsite delivery").
var arrangementAfter = wordSet(`or and role roles position positions work working job jobs opportunity basis first friendly in from with
	schedule model arrangement setting environment options option only eligible available possible within across anywhere`)

// workplacesIn reads the arrangements a line offers, in order, once each.
func workplacesIn(l *lineText) []string {
	var out []string
	for _, m := range workplaceRE.FindAllStringSubmatchIndex(l.low, -1) {
		// "Remote (US only)" at the start of a line is an arrangement too.
		if rest := strings.TrimLeft(l.low[m[1]:], " "); rest != "" && strings.IndexByte(",.;:)/|-", rest[0]) < 0 && !arrangementAfter[leadingWord(rest)] && !(m[0] == 0 && rest[0] == '(') {
			continue
		}
		switch {
		case m[2] >= 0:
			out = append(out, "remote")
		case m[4] >= 0:
			out = append(out, "hybrid")
		case m[6] >= 0:
			out = append(out, "onsite")
		}
	}
	return uniqueFold(out)
}

// notCity are capitalized words that stand where a city would but are not one.
var notCity = wordSet(`remote hybrid onsite on-site office offices location locations depending the our we you this these
	internship internships intern interns summer winter spring fall autumn team teams hq headquarters hub campus
	january february march april may june july august september october november december monday friday
	north south east west central global worldwide anywhere multiple various virtual home united`)

// cityAfter are the words a city may be followed by: "Seattle offices".
var cityAfter = wordSet(`office offices area hq headquarters hub campus metro region or and`)

// cityBefore are the words a city may follow: "in Seattle", "or Seattle".
var cityBefore = wordSet(`in at from near within or and`)

// readPlaces reads where the job is: cities the gazetteer knows (with the
// region and country the line or the vocabulary gives them: "Seattle, WA"
// is in the US) and countries. A list of places starts after "Location:" or after "in",
// "at", "from" or "near", and goes on over commas, "or" and "and"; a
// name the vocabulary knows as a skill is no place ("in Java, Go").
func (x *extractor) readPlaces(l *lineText, start int) (cities []requirements.PlaceDoc, countries requirements.List) {
	lastPlace := -1 // the last token of the last place read
	for i := 0; i < len(l.toks); i++ {
		if l.toks[i].Start < start || !startsCapital(l.surface(i, i)) {
			continue
		}
		if !x.cityPosition(l, i, start, lastPlace) {
			continue
		}
		if code, last, ok := x.countryAt(l, i); ok {
			if n := len(cities); n > 0 && cities[n-1].Country == "" && lastPlace == i-1 && strings.TrimSpace(l.s[l.toks[i-1].End:l.toks[i].Start]) == "," {
				cities[n-1].Country = code // "Berlin, Germany"
			} else {
				countries = append(countries, code)
			}
			i, lastPlace = last, last
			continue
		}
		j := i
		for j+1 < len(l.toks) && startsCapital(l.surface(j+1, j+1)) && !strings.ContainsAny(l.s[l.toks[j].End:l.toks[j+1].Start], ",;/|()") && j-i < 3 {
			j++
		}
		// "Google's Seoul office": the owner is no part of the place.
		for i < j && (strings.HasSuffix(l.word(i), "'s") || strings.EqualFold(l.surface(i, i), x.doc.Organization)) {
			i++
		}
		name := l.surface(i, j)
		if notCity[strings.ToLower(l.word(i))] || strings.EqualFold(name, x.doc.Organization) || !cityEnds(l, j) || x.isSkill(l, i, j) {
			i = j
			continue
		}
		// "Seattle, WA", "Portland, Oregon": a region after a city places
		// it, unless the list goes on ("Palo Alto, New York, or Seattle").
		if n := len(cities); n > 0 && lastPlace == i-1 && cities[n-1].Region == "" && strings.TrimSpace(l.s[l.toks[i-1].End:l.toks[i].Start]) == "," && (isCode(name) || !listGoesOn(l, j)) {
			if code, ok := x.regionOf(cities[n-1].Country, name); ok {
				cities[n-1].Region, cities[n-1].Country = code.region, code.country
				i, lastPlace = j, j
				continue
			}
		}
		cities = append(cities, requirements.PlaceDoc{City: name})
		i, lastPlace = j, j
	}
	// Only cities the gazetteer knows are places: "in Engineering" is none,
	// and a posting naming a city it does not know would not load.
	known := cities[:0]
	for _, c := range cities {
		if x.knownCity(c) {
			known = append(known, c)
		}
	}
	return known, requirements.List(uniqueFold(countries))
}

// isSkill reports whether tokens i..j are a name the vocabulary knows as a skill.
func (x *extractor) isSkill(l *lineText, i, j int) bool {
	hits := x.names.ScanSkills(nil, l.toks[i:j+1], true, l.s)
	return len(hits) > 0
}

// cityPosition reports whether token i stands where a list of places
// does: right after "Location:", after "in", "at", "from" or "near", or
// after a comma, "or" or "and" that follows the last place read.
func (x *extractor) cityPosition(l *lineText, i, start, lastPlace int) bool {
	if l.toks[i].Start == start && start > 0 {
		return true
	}
	if i == 0 {
		return false
	}
	prev := l.word(i - 1)
	if prev == "the" && i >= 2 && cityBefore[l.word(i-2)] {
		prev = l.word(i - 2) // "within the Netherlands"
	}
	if cityBefore[prev] && l.toks[i-1].End <= l.toks[i].Start && strings.TrimSpace(l.s[l.toks[i-1].End:l.toks[i].Start]) == "" {
		if prev == "or" || prev == "and" {
			return lastPlace >= 0 && lastPlace >= i-3
		}
		return true
	}
	gap := l.s[l.toks[i-1].End:l.toks[i].Start]
	return lastPlace == i-1 && strings.ContainsAny(gap, ",;/|")
}

// cityEnds reports whether a place name ending at token j ends where a
// list item does.
func cityEnds(l *lineText, j int) bool {
	if j+1 >= len(l.toks) {
		return true
	}
	gap := l.s[l.toks[j].End:l.toks[j+1].Start]
	return strings.ContainsAny(gap, ",;/|().") || cityAfter[l.word(j+1)]
}

// isCode reports whether s is a code in capitals: "WA", "NSW".
func isCode(s string) bool {
	if len(s) < 2 || len(s) > 3 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

// listGoesOn reports whether another item follows token j: ", or Seattle".
func listGoesOn(l *lineText, j int) bool {
	if j+1 >= len(l.toks) {
		return false
	}
	gap := strings.TrimSpace(l.s[l.toks[j].End:l.toks[j+1].Start])
	return gap == "," || gap == "" && (l.word(j+1) == "or" || l.word(j+1) == "and")
}

// regionOf resolves a region name or code, within country when known,
// else among the countries whose regions the vocabulary lists.
func (x *extractor) regionOf(country, name string) (linePlace, bool) {
	try := []string{"US", "CA", "GB", "AU", "IN", "DE"}
	if country != "" {
		try = []string{country}
	}
	for _, c := range try {
		if code, ok := x.vocabulary.Region(c, name); ok {
			return linePlace{country: c, region: code}, true
		}
	}
	return linePlace{}, false
}

// addLocations adds places to the posting's locations, once each.
func (x *extractor) addLocations(ps []requirements.PlaceDoc) {
	for _, p := range ps {
		dup := false
		for _, q := range x.doc.Locations {
			if strings.EqualFold(q.City, p.City) && q.Region == p.Region && q.Country == p.Country {
				dup = true
			}
		}
		if !dup {
			x.doc.Locations = append(x.doc.Locations, p)
		}
	}
}

// addWorkplace adds arrangements to the posting's workplace, once each.
func (x *extractor) addWorkplace(ws []string) {
	for _, w := range ws {
		dup := false
		for _, v := range x.doc.Workplace {
			dup = dup || v == w
		}
		if !dup {
			x.doc.Workplace = append(x.doc.Workplace, w)
		}
	}
}
