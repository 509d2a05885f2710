package match

import (
	"math"
	"slices"
	"strings"

	"github.com/quals-dev/quals/geo"
	"github.com/quals-dev/quals/internal/dates"
	"github.com/quals-dev/quals/requirements"
)

// location checks the candidate's place against the posting's.
func (e *evaluator) location(f *Finding, p *requirements.Location) {
	ix := e.ix
	// what the posting asks, for gaps only: a met finding builds no text
	asked := func() string { return strings.TrimPrefix(p.String(), "located in ") }
	if !ix.HasLocation {
		f.Status = Unknown
		f.Gap = gapOf(e.cfg.asOf, fact{reason: noLocation, asked: asked()})
		return
	}
	at := ix.Location
	places := e.posting.LocationPlaces(p)
	countryOK := len(p.Countries) == 0 || slices.Contains(p.Countries, at.Country)
	cityOK := false
	for i, c := range p.Cities {
		// A city named without its country is taken at its word.
		if strings.EqualFold(strings.TrimSpace(c), at.City) && (countryOK || at.Country == "") {
			cityOK = true
		}
		// "NYC" is New York City: the same place of the gazetteer.
		if i < len(places.Cities) && ix.Located.Kind == geo.KindCity && ix.Located == places.Cities[i] && countryOK {
			cityOK = true
		}
	}
	regionOK := false
	for _, r := range p.Regions {
		if r.Country == at.Country && strings.EqualFold(r.Code, at.Region) {
			regionOK = true
		}
	}
	// within_km: the distance to the nearest place it measures from.
	near, dist := nearest(ix.Located, places.Near)
	if p.WithinKm > 0 && dist <= p.WithinKm {
		cityOK = true
	}
	finer := len(p.Cities) > 0 || len(p.Regions) > 0 || p.WithinKm > 0
	switch {
	case cityOK || regionOK:
		f.Credit = 1
	case p.Remote && len(p.Countries) == 0 && len(p.Regions) == 0:
		f.Credit = 1 // remote from anywhere: the cities are where the offices are
	case countryOK && len(p.Countries) > 0 && (!finer || p.Remote):
		f.Credit = 1
	case countryOK && len(p.Countries) > 0:
		f.Credit = e.cfg.policy.NearbyPlace
	}
	if p.WithinKm > 0 && dist > p.WithinKm {
		// Beyond the distance, credit falls linearly to 0 at (1 + slack) × the distance.
		if slack := e.cfg.policy.DistanceSlack; slack > 0 {
			f.Credit = max(f.Credit, 1-(dist-p.WithinKm)/(slack*p.WithinKm))
		}
	}
	f.Status = statusOf(roundCredit(f.Credit), true)
	measured := geo.Place{}
	if p.WithinKm > 0 {
		measured = near
	}
	e.addEvidence(f, "basics.location", locationEvidence(at.Text, dist, measured))
	if f.Status == Met {
		return
	}
	if f.Status == Missing && at.Country == "" && (len(p.Countries) > 0 || p.WithinKm > 0 && near.Kind != geo.KindCity) {
		f.Status = Unknown
		f.Gap = gapOf(e.cfg.asOf, fact{reason: locationNoCountry, place: at.Text, asked: asked()})
		return
	}
	if p.WithinKm > 0 && near.Kind != geo.KindCity && !regionOK {
		// The candidate's city has no coordinates: in a country none of the
		// places is in, the candidate is elsewhere; else it cannot be told.
		if countryOf(at.Country, places.Near) {
			f.Status = Unknown
			f.Gap = gapOf(e.cfg.asOf, fact{reason: locationUnmeasured, place: at.Text, asked: asked()})
			return
		}
	}
	switch {
	case near.Kind == geo.KindCity && p.WithinKm > 0:
		f.Gap = gapOf(e.cfg.asOf, fact{reason: tooFar, place: at.Text, km: dist, near: near, asked: asked()})
	case f.Status == Partial:
		f.Gap = gapOf(e.cfg.asOf, fact{reason: notAmongPlaces, place: at.Text, asked: asked()})
	default:
		f.Gap = gapOf(e.cfg.asOf, fact{reason: livesElsewhere, place: at.Text, asked: asked()})
	}
}

// nearest returns the place of near closest to at and the distance to it
// in kilometres; +Inf and no place when at has no coordinates or near is
// empty.
func nearest(at geo.Place, near []geo.Place) (geo.Place, float64) {
	best, dist := geo.Place{}, math.Inf(1)
	if at.Kind != geo.KindCity {
		return best, dist
	}
	for _, p := range near {
		if d := geo.Distance(at, p); d < dist {
			best, dist = p, d
		}
	}
	return best, dist
}

// countryOf reports whether any of places is in country.
func countryOf(country string, places []geo.Place) bool {
	for _, p := range places {
		if p.Country == country {
			return true
		}
	}
	return false
}

// authorization checks the right to work in one of the posting's countries.
func (e *evaluator) authorization(f *Finding, p *requirements.Authorization) {
	ix := e.ix
	if !ix.HasAuth {
		f.Status = Unknown
		f.Gap = gapOf(e.cfg.asOf, fact{reason: noAuthorizationGiven, asked: p.String()})
		return
	}
	needsSponsor := ""
	for _, a := range ix.Authorizations {
		if !slices.Contains(p.Countries, a.Country) {
			continue
		}
		text := authorizationEvidence(a.Country, a.Sponsorship)
		if !a.Sponsorship || p.Sponsorship {
			f.Credit = 1
			f.Evidence = nil
			e.addEvidence(f, a.Path, text)
			break
		}
		needsSponsor = a.Country
		e.addEvidence(f, a.Path, text)
	}
	f.Status = statusOf(f.Credit, true)
	if f.Status != Met {
		if needsSponsor != "" {
			f.Gap = gapOf(e.cfg.asOf, fact{reason: needsSponsorship, shown: needsSponsor})
		} else {
			f.Gap = gapOf(e.cfg.asOf, fact{reason: notAuthorized, names: p.Countries})
		}
	}
}

// availability credits the largest share of one window the candidate covers.
func (e *evaluator) availability(f *Finding, p *requirements.Availability) {
	ix := e.ix
	if !ix.HasAvail {
		f.Status = Unknown
		f.Gap = gapOf(e.cfg.asOf, fact{reason: noAvailability, asked: strings.TrimPrefix(p.String(), "available ")})
		return
	}
	bestWindow := 0
	for i, w := range p.Windows {
		win := dates.Period{From: dates.FromTime(w.From), To: dates.FromTime(w.To)}
		var buf [8]dates.Period
		overlaps := buf[:0]
		for _, a := range ix.Availability {
			o := dates.Period{From: max(a.From, win.From), To: min(a.To, win.To)}
			if o.Days() > 0 {
				overlaps = append(overlaps, o)
			}
		}
		share := float64(dates.UnionDays(overlaps)) / float64(win.Days())
		if share > f.Credit {
			f.Credit, bestWindow = share, i
		}
	}
	f.Status = statusOf(roundCredit(f.Credit), true)
	for i := range ix.Availability {
		e.addEvidence(f, ix.AvailPaths[i], ix.AvailTexts[i])
	}
	switch f.Status {
	case Partial:
		f.Gap = gapOf(e.cfg.asOf, fact{reason: partlyAvailable, have: f.Credit, asked: p.Windows[bestWindow].String()})
	case Missing:
		f.Gap = gapOf(e.cfg.asOf, fact{reason: notAvailable, asked: strings.TrimPrefix(p.String(), "available ")})
	}
}

// language checks a spoken language at a level.
func (e *evaluator) language(f *Finding, p *requirements.Language) {
	ix := e.ix
	if len(ix.Languages) == 0 {
		f.Status = Unknown
		f.Gap = gapOf(e.cfg.asOf, fact{reason: noLanguages, asked: p.String()})
		return
	}
	for _, l := range ix.Languages {
		if !strings.EqualFold(l.Name, p.Name) {
			continue
		}
		e.addEvidence(f, l.Path, l.Text)
		switch {
		case !l.LevelKnown:
			f.Credit = e.cfg.policy.LevelUnstated
			f.Gap = gapOf(e.cfg.asOf, fact{reason: languageLevelUnstated, names: []string{p.Name}, asked: p.Level.String()})
		case l.Level >= p.Level:
			f.Credit = 1
		default:
			f.Credit = float64(l.Level) / float64(p.Level)
			f.Gap = gapOf(e.cfg.asOf, fact{reason: languageBelowLevel, names: []string{p.Name}, shown: l.Level.String(), asked: p.Level.String()})
		}
		break
	}
	f.Status = statusOf(roundCredit(f.Credit), true)
	if f.Status == Missing {
		f.Gap = gapOf(e.cfg.asOf, fact{reason: languageMissing, names: []string{p.Name}})
	}
}
