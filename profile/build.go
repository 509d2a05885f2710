package profile

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/quals-dev/quals/geo"
	"github.com/quals-dev/quals/internal/dates"
	"github.com/quals-dev/quals/internal/index"
	"github.com/quals-dev/quals/internal/text"
	"github.com/quals-dev/quals/internal/words"
	"github.com/quals-dev/quals/roles"
	"github.com/quals-dev/quals/vocab"
)

// builder puts a résumé into an index.
type builder struct {
	ix    *index.Index
	roles func() *roles.Taxonomy
}

// buildIndex normalizes a résumé for matching (package index).
func buildIndex(r *Resume, v *vocab.Vocabulary, a *text.Analyzer, gazetteer func() *geo.Gazetteer, taxonomy func() *roles.Taxonomy) *index.Index {
	ix := index.New(v, a)
	b := &builder{ix: ix, roles: taxonomy}
	b.add("basics.label", r.Basics.Label, index.SectionBasics, -1, false)
	b.title("basics.label", r.Basics.Label, -1)
	b.add("basics.summary", r.Basics.Summary, index.SectionBasics, -1, false)
	for i, w := range r.Work {
		p := "work[" + strconv.Itoa(i) + "]"
		e := b.entry(p, index.SectionWork, join(w.Position, w.Name, " at "), w.StartDate, w.EndDate)
		b.add(p+".position", w.Position, index.SectionWork, e, false)
		b.title(p+".position", w.Position, e)
		// The description is of the employer, not of what the candidate did:
		// it is read, but it is not dated experience.
		b.add(p+".description", w.Description, index.SectionWork, -1, false)
		b.add(p+".summary", w.Summary, index.SectionWork, e, false)
		b.addAll(p+".highlights", w.Highlights, index.SectionWork, e, false)
	}
	for i, w := range r.Volunteer {
		p := "volunteer[" + strconv.Itoa(i) + "]"
		e := b.entry(p, index.SectionVolunteer, join(w.Position, w.Organization, " at "), w.StartDate, w.EndDate)
		b.add(p+".position", w.Position, index.SectionVolunteer, e, false)
		b.add(p+".summary", w.Summary, index.SectionVolunteer, e, false)
		b.addAll(p+".highlights", w.Highlights, index.SectionVolunteer, e, false)
	}
	for i, pr := range r.Projects {
		p := "projects[" + strconv.Itoa(i) + "]"
		e := b.entry(p, index.SectionProjects, pr.Name, pr.StartDate, pr.EndDate)
		b.add(p+".name", pr.Name, index.SectionProjects, e, false)
		b.add(p+".description", pr.Description, index.SectionProjects, e, false)
		b.addAll(p+".highlights", pr.Highlights, index.SectionProjects, e, false)
		b.addAll(p+".keywords", pr.Keywords, index.SectionProjects, e, true)
		b.addAll(p+".roles", pr.Roles, index.SectionProjects, e, true)
	}
	for i, ed := range r.Education {
		p := "education[" + strconv.Itoa(i) + "]"
		ix.HasEducation = true
		b.study(p, ed)
		b.add(p+".area", ed.Area, index.SectionEducation, -1, true)
		b.add(p+".studyType", ed.StudyType, index.SectionEducation, -1, true)
		b.addAll(p+".courses", ed.Courses, index.SectionEducation, -1, false)
	}
	for i, pub := range r.Publications {
		p := "publications[" + strconv.Itoa(i) + "]"
		item := index.PublicationItem{Path: p, Year: pub.ReleaseDate.Year(), Label: pub.Name, Quote: pub.Name}
		if item.Year > 0 {
			item.Quote += " (" + strconv.Itoa(item.Year) + ")"
		}
		for _, f := range []struct{ name, text string }{{"name", pub.Name}, {"summary", pub.Summary}, {"publisher", pub.Publisher}} {
			if s := b.add(p+"."+f.name, f.text, index.SectionPublications, -1, false); s >= 0 {
				item.Sources = append(item.Sources, s)
			}
		}
		ix.Publications = append(ix.Publications, item)
	}
	for i, aw := range r.Awards {
		p := "awards[" + strconv.Itoa(i) + "]"
		b.add(p+".title", aw.Title, index.SectionAwards, -1, false)
		b.add(p+".summary", aw.Summary, index.SectionAwards, -1, false)
	}
	for i, c := range r.Certificates {
		p := "certificates[" + strconv.Itoa(i) + "]"
		b.add(p+".name", c.Name, index.SectionCertificates, -1, true)
	}
	for i, s := range r.Skills {
		p := "skills[" + strconv.Itoa(i) + "]"
		b.add(p+".name", s.Name, index.SectionSkills, -1, true)
		b.addAll(p+".keywords", s.Keywords, index.SectionSkills, -1, true)
	}
	for i, in := range r.Interests {
		p := "interests[" + strconv.Itoa(i) + "]"
		b.add(p+".name", in.Name, index.SectionInterests, -1, true)
		b.addAll(p+".keywords", in.Keywords, index.SectionInterests, -1, true)
	}
	b.location(r.Basics.Location, gazetteer)
	b.logistics(r)
	ix.HasContent = len(ix.Sources) > 0 || len(r.Education) > 0 || len(r.Publications) > 0
	ix.Finish()
	return ix
}

func join(a, b, sep string) string {
	switch {
	case a == "":
		return b
	case b == "":
		return a
	}
	return a + sep + b
}

func (b *builder) entry(path string, sec index.Section, label string, start, end Date) int32 {
	return b.ix.AddEntry(path, sec, label, start.d, end.d)
}

// title notes a title the candidate held or gives, with the role family
// it names, if any.
func (b *builder) title(path, s string, entry int32) {
	if s = strings.TrimSpace(s); s == "" {
		return
	}
	t := index.Title{Path: path, Text: s, Entry: entry}
	if r, ok := b.roles().Resolve(s); ok {
		t.Family = r.Family
	}
	b.ix.Titles = append(b.ix.Titles, t)
}

func (b *builder) add(path, s string, sec index.Section, entry int32, list bool) int32 {
	return b.ix.AddText(path, s, sec, entry, list)
}

func (b *builder) addAll(path string, items []string, sec index.Section, entry int32, list bool) {
	b.ix.AddTexts(path, items, sec, entry, list)
}

func (b *builder) study(path string, ed Education) {
	v := b.ix.Vocabulary()
	st := index.Study{Path: path, Start: ed.StartDate.d, End: ed.EndDate.d, StudyType: strings.TrimSpace(ed.StudyType), Area: strings.TrimSpace(ed.Area)}
	st.Level = v.Level(ed.StudyType)
	if st.Level == vocab.NoLevel {
		st.Level = v.Level(ed.Area)
	}
	toks := b.ix.Tokens(nil, ed.Area)
	for _, h := range b.ix.Names().ScanFields(nil, toks) {
		st.Fields = append(st.Fields, h.Concept)
	}
	for _, t := range toks {
		st.AreaTerms = append(st.AreaTerms, t.Term)
	}
	st.Summary = join(ed.StudyType, ed.Area, ", ")
	if st.Summary == "" {
		st.Summary = ed.Institution
	}
	b.ix.Studies = append(b.ix.Studies, st)
}

func (b *builder) location(l Location, gazetteer func() *geo.Gazetteer) {
	ix, v := b.ix, b.ix.Vocabulary()
	if l.City == "" && l.Region == "" && l.CountryCode == "" {
		return
	}
	ix.HasLocation = true
	pl := index.Place{City: strings.TrimSpace(l.City), Text: strings.Join(nonEmpty(l.City, l.Region, l.CountryCode), ", ")}
	if code, ok := v.Country(l.CountryCode); ok {
		pl.Country = code
	} else {
		pl.Country = strings.ToUpper(strings.TrimSpace(l.CountryCode))
	}
	if l.Region != "" {
		if code, ok := v.Region(pl.Country, l.Region); ok {
			pl.Region = code
		} else {
			pl.Region = strings.TrimSpace(l.Region)
		}
	}
	if pl.City != "" {
		ix.Located, ix.PlaceNote = locate(gazetteer(), l)
		if at := ix.Located; at.Kind == geo.KindCity {
			if pl.Country == "" {
				pl.Country = at.Country
			}
			if pl.Region == "" && pl.Country == at.Country {
				pl.Region = at.Region
			}
		}
	}
	ix.Location = pl
}

// locate finds a profile's city in the gazetteer. A city it does not
// know, or one whose name places in several countries share when the
// profile gives no country, is not placed; among several in one country
// the most populous is taken. The note says so, for a warning.
func locate(g *geo.Gazetteer, l Location) (geo.Place, string) {
	city, region, country := strings.TrimSpace(l.City), strings.TrimSpace(l.Region), strings.TrimSpace(l.CountryCode)
	if _, known := g.Country(country); country != "" && !known {
		return geo.Place{}, "" // the unknown country is warned about already
	}
	ps := g.Locate(city, region, country)
	if _, known := g.Region(country, region); len(ps) == 0 && region != "" && !known {
		ps = g.Locate(city, "", country) // a region the gazetteer does not know (a county) says nothing
	}
	in := strings.Join(nonEmpty(region, country), ", ")
	switch {
	case len(ps) == 0 && in != "":
		return geo.Place{}, fmt.Sprintf("unknown city %q in %s: the gazetteer knows places of 15,000 people or more; distances cannot be measured, and only the region and country count", city, in)
	case len(ps) == 0:
		return geo.Place{}, fmt.Sprintf("unknown city %q: the gazetteer knows places of 15,000 people or more; distances cannot be measured", city)
	case len(ps) == 1:
		return ps[0], ""
	}
	var countries []string
	for _, p := range ps {
		if !slices.Contains(countries, p.Country) {
			countries = append(countries, p.Country)
		}
	}
	if len(countries) > 1 {
		return geo.Place{}, fmt.Sprintf("%q names places in %d countries (%s); add countryCode to say which", city, len(countries), words.Join(countries, "and"))
	}
	return ps[0], fmt.Sprintf("%q names %d places in %s; taken as %s, the most populous: add the region to say which", city, len(ps), countries[0], ps[0])
}

func nonEmpty(ss ...string) []string {
	var out []string
	for _, s := range ss {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}

func (b *builder) logistics(r *Resume) {
	ix, v := b.ix, b.ix.Vocabulary()
	for i, a := range r.WorkAuthorization {
		ix.HasAuth = true
		code, ok := v.Country(a.Country)
		if !ok {
			code = strings.ToUpper(strings.TrimSpace(a.Country))
		}
		ix.Authorizations = append(ix.Authorizations, index.Authorization{Country: code, Sponsorship: a.Sponsorship, Path: "workAuthorization[" + strconv.Itoa(i) + "]"})
	}
	for i, p := range r.Availability {
		ix.HasAvail = true
		per := dates.Period{From: -1 << 30, To: 1 << 30}
		if !p.Start.IsZero() {
			per.From = p.Start.d.First()
		}
		if !p.End.IsZero() {
			per.To = p.End.d.Last()
		}
		ix.Availability = append(ix.Availability, per)
		ix.AvailPaths = append(ix.AvailPaths, "availability["+strconv.Itoa(i)+"]")
		ix.AvailTexts = append(ix.AvailTexts, "available "+periodText(per))
	}
	for i, l := range r.Languages {
		sp := index.Spoken{Name: strings.TrimSpace(l.Language), Path: "languages[" + strconv.Itoa(i) + "]", Text: join(l.Language, l.Fluency, ", ")}
		if name, ok := v.Language(l.Language); ok {
			sp.Name = name
		}
		sp.Level, sp.LevelKnown = vocab.Fluency(l.Fluency)
		ix.Languages = append(ix.Languages, sp)
	}
}

// periodText writes an availability period; open ends say so.
func periodText(p dates.Period) string {
	const open = 1 << 29
	switch {
	case p.From < -open && p.To > open:
		return "at any time"
	case p.From < -open:
		return "until " + p.To.String()
	case p.To > open:
		return "from " + p.From.String()
	}
	return p.From.String() + " to " + p.To.String()
}
