package extract

import (
	"regexp"
	"strings"
	"time"
	"unicode"

	"github.com/quals-dev/quals/profile"
)

// The top of a résumé, before any section: the name, a headline, contacts
// and often a summary. Personal data goes into basics only, where
// matching never reads it.

var (
	emailRE   = regexp.MustCompile(`[\w.+-]+@[\w-]+(?:\.[\w-]+)+`)
	urlRE     = regexp.MustCompile(`(?i)\b(?:https?://|www\.)[^\s|,;()<>]+|\b(?:linkedin\.com|github\.com|gitlab\.com|twitter\.com|x\.com|behance\.net|dribbble\.com|medium\.com|stackoverflow\.com)/[^\s|,;()<>]+`)
	phoneRE   = regexp.MustCompile(`\+?\(?\d[\d\s().-]{6,}\d`)
	phoneWord = regexp.MustCompile(`(?i)\b(?:phone|tel|telephone|mobile|cell|mob)\b`)
	placeWord = regexp.MustCompile(`(?i)\b(?:location|residence|address|based in|lives in|city|home)\s*[:\-]?\s*([^|;•]+)`)
	// contactLabel are the words contact lines label their parts with.
	contactLabel = regexp.MustCompile(`(?i)\b(?:e-?mail|phone|tel|telephone|mobile|cell|linkedin|github|gitlab|website|web|portfolio|url|location|residence|address)\b\s*[:\-]?`)
)

// readTop reads the lines before the first heading.
func (rr *resumeReader) readTop(lines []sectioned) {
	for k, l := range lines {
		if rr.readContactLine(l) {
			continue
		}
		t := strings.TrimSpace(l.text)
		switch {
		case rr.resume.Basics.Name == "" && k < 3 && looksLikeName(t) && !rr.isTitle(t):
			rr.resume.Basics.Name = t
			rr.mark(l, "basics.name", "the candidate's name (not matched)")
		case rr.resume.Basics.Label == "" && wordCount(t) <= 12 && rr.isTitle(t):
			rr.resume.Basics.Label = t
			rr.mark(l, "basics.label", "headline")
		case rr.readSkillLine(l):
		case rr.readLanguageLine(l):
		default:
			rr.addSummary(l)
		}
	}
}

// isTitle reports whether a line reads as a job title.
func (rr *resumeReader) isTitle(s string) bool {
	if strings.ContainsAny(s, "@") || strings.HasSuffix(s, ".") {
		return false
	}
	if _, ok := rr.knowledge.Roles().Resolve(s); ok {
		return true
	}
	return roleWords.MatchString(s)
}

// looksLikeName reports whether a line reads as a person's name: two to
// five words, each capitalized (or in capitals), no digits or symbols.
func looksLikeName(s string) bool {
	ws := strings.Fields(s)
	if len(ws) < 2 || len(ws) > 5 || strings.ContainsAny(s, "0123456789@:/|•,") {
		return false
	}
	for _, w := range ws {
		r := []rune(w)
		if !unicode.IsUpper(r[0]) {
			return false
		}
	}
	return resumeSectionOf(s) == ""
}

// readContactLine reads e-mail addresses, phones, links and a labelled
// place from a line; it reports whether the line held nothing else.
func (rr *resumeReader) readContactLine(l sectioned) bool {
	t := l.text
	b := &rr.resume.Basics
	found := false
	if m := emailRE.FindString(t); m != "" {
		if b.Email == "" {
			b.Email = m
		}
		t, found = strings.Replace(t, m, " ", 1), true
	}
	for _, u := range urlRE.FindAllString(t, -1) {
		rr.addURL(u)
		t, found = strings.Replace(t, u, " ", 1), true
	}
	if m := phoneRE.FindString(t); m != "" && (digits(m) >= 9 || phoneWord.MatchString(t)) {
		if _, isDate := findEntryDates(m); !isDate || digits(m) >= 9 {
			if b.Phone == "" {
				b.Phone = strings.TrimSpace(m)
			}
			t, found = strings.Replace(t, m, " ", 1), true
		}
	}
	if m := placeWord.FindStringSubmatch(t); m != nil && rr.setLocation(strings.Trim(m[1], " |,;")) {
		t, found = strings.Replace(t, m[0], " ", 1), true
	}
	// Labels left with their values starred out ("phone****", "E-mail:"):
	// contact lines all the same.
	if !found && contactOnly(t) {
		found = true
	}
	rest := strings.TrimSpace(contactLabel.ReplaceAllString(t, " "))
	rest = strings.Trim(rest, " |,;:-–—•*")
	if found && rest != "" && rr.setLocation(rest) {
		rest = ""
	}
	if !found && rr.resume.Basics.Location.City == "" && rr.resume.Basics.Location.CountryCode == "" &&
		strings.Contains(rest, ",") && wordCount(rest) <= 5 && rr.setLocation(rest) {
		found, rest = true, ""
	}
	if found && (rest == "" || wordCount(rest) <= 2 && !rr.isTitle(rest)) {
		rr.mark(l, "basics", "contact details (not matched)")
		return true
	}
	if found {
		rr.mark(l, "basics", "contact details (not matched); the rest of the line is not read")
		return true
	}
	return false
}

func digits(s string) int {
	n := 0
	for _, r := range s {
		if r >= '0' && r <= '9' {
			n++
		}
	}
	return n
}

// addURL files a link: a profile on a known network, else the site.
func (rr *resumeReader) addURL(u string) {
	b := &rr.resume.Basics
	u = strings.TrimRight(u, ".")
	low := strings.ToLower(u)
	for _, n := range []struct{ host, name string }{{"linkedin.com", "LinkedIn"}, {"github.com", "GitHub"}, {"gitlab.com", "GitLab"},
		{"twitter.com", "Twitter"}, {"x.com", "X"}, {"behance.net", "Behance"}, {"dribbble.com", "Dribbble"},
		{"medium.com", "Medium"}, {"stackoverflow.com", "Stack Overflow"}} {
		if strings.Contains(low, n.host+"/") {
			user := u[strings.Index(low, n.host+"/")+len(n.host)+1:]
			user = strings.TrimPrefix(strings.TrimPrefix(user, "in/"), "u/")
			b.Profiles = append(b.Profiles, profile.SocialProfile{Network: n.name, Username: strings.Trim(user, "/"), URL: u})
			return
		}
	}
	if b.URL == "" {
		b.URL = u
	}
}

// setLocation places the candidate, when the gazetteer knows the place.
func (rr *resumeReader) setLocation(s string) bool {
	s = strings.TrimSpace(strings.Trim(s, "()"))
	if s == "" || wordCount(s) > 6 {
		return false
	}
	p, ok := rr.gazetteer().Resolve(s)
	if !ok {
		// "Israel, Rehovot": the country first.
		if parts := strings.Split(s, ","); len(parts) == 2 {
			p, ok = rr.gazetteer().Resolve(strings.TrimSpace(parts[1]) + ", " + strings.TrimSpace(parts[0]))
		}
	}
	if !ok {
		return false
	}
	rr.resume.Basics.Location = profile.Location{City: p.City, Region: p.Region, CountryCode: p.Country}
	return true
}

// addSummary adds a line to the summary.
func (rr *resumeReader) addSummary(l sectioned) {
	b := &rr.resume.Basics
	if b.Summary != "" {
		b.Summary += " "
	}
	b.Summary += strings.TrimSpace(l.text)
	rr.mark(l, "basics.summary", "summary")
}

// readSummary reads a summary section; a line listing skills under a
// label ("Languages: Java, Go") is a skill list wherever it stands.
func (rr *resumeReader) readSummary(lines []sectioned) {
	for _, l := range lines {
		if rr.readSkillLine(l) || rr.readContactLine(l) {
			continue
		}
		rr.addSummary(l)
	}
}

// readContacts reads a contact section.
func (rr *resumeReader) readContacts(lines []sectioned) {
	for _, l := range lines {
		if !rr.readContactLine(l) && !rr.readLanguageLine(l) && rr.setLocation(l.text) {
			rr.mark(l, "basics.location", "the candidate's location")
		}
	}
}

// What a résumé says of the right to work and of when the candidate is
// free, read into quals' two extension fields.
var (
	sponsorToRE   = regexp.MustCompile(`(?i)\bneeds?\s+(?:a\s+)?(?:visa\s+|work\s+|h-?1b\s+)?sponsorship\s+to\s+work\s+(?:in|for)\s+(?:the\s+)?([A-Z][A-Za-z.]*(?:\s+[A-Z][A-Za-z.]*){0,3})`)
	authorizedRE  = regexp.MustCompile(`(?i)\b(?:authori[sz]ed|eligible|permitted|entitled|legally able|have the right|right)\s+to\s+work\s+(?:in|for)\s+(?:the\s+)?([A-Z][A-Za-z.]*(?:\s+[A-Z][A-Za-z.]*){0,3})`)
	citizenRE     = regexp.MustCompile(`(?i)\b(U\.?S\.?|American|Canadian|UK|British|German|Israeli|Indian|Australian)\s+(?:citizen|citizenship|national|permanent resident)\b|\b(green card)\b`)
	noSponsorRE   = regexp.MustCompile(`(?i)\b(?:no|without|not\s+(?:need|require)|do(?:es)?\s+not\s+(?:need|require)|don't\s+(?:need|require)|never\s+need)\s+(?:any\s+)?(?:visa\s+|work\s+|h-?1b\s+)?sponsorship`)
	needSponsorRE = regexp.MustCompile(`(?i)\b(?:need|needs|require|requires|requiring|seeking|will need)\s+(?:a\s+)?(?:visa\s+|work\s+|h-?1b\s+)?sponsorship|\bsponsorship\s+(?:is\s+)?required`)
	availableRE   = regexp.MustCompile(`(?i)\bavailable\b[^.;]*`)
)

var citizenCountry = map[string]string{"us": "US", "u.s.": "US", "u.s": "US", "american": "US", "green card": "US",
	"canadian": "CA", "uk": "GB", "british": "GB", "german": "DE", "israeli": "IL", "indian": "IN", "australian": "AU"}

// readLogistics reads authorization and availability from every line.
func (rr *resumeReader) readLogistics(all []sectioned) {
	for g, l := range all {
		l.g = g
		t := l.text
		low := strings.ToLower(t)
		if !strings.Contains(low, "to work") && !strings.Contains(low, "citizen") && !strings.Contains(low, "green card") &&
			!strings.Contains(low, "resident") && !strings.Contains(low, "available") && !strings.Contains(low, "sponsor") {
			continue // the words every statement below holds
		}
		country := ""
		m := authorizedRE.FindStringSubmatch(t)
		if m == nil {
			m = sponsorToRE.FindStringSubmatch(t)
		}
		if m != nil {
			for _, cand := range []string{m[1], firstWords(m[1], 2), firstWords(m[1], 1)} {
				if c, ok := rr.vocabulary.Country(strings.TrimRight(cand, ".")); ok {
					country = c
					break
				}
			}
		}
		if m := citizenRE.FindStringSubmatch(t); country == "" && m != nil {
			key := strings.ToLower(strings.TrimSpace(m[1] + m[2]))
			country = citizenCountry[key]
		}
		if country != "" {
			sponsor := needSponsorRE.MatchString(t) && !noSponsorRE.MatchString(t)
			rr.resume.WorkAuthorization = append(rr.resume.WorkAuthorization, profile.WorkAuthorization{Country: country, Sponsorship: sponsor})
			rr.note(g, "workAuthorization", "may work in "+country+map[bool]string{true: ", needs sponsorship", false: ", no sponsorship needed"}[sponsor])
		}
		if m := availableRE.FindString(t); m != "" {
			if p, ok := availabilityOf(m); ok {
				rr.resume.Availability = append(rr.resume.Availability, p)
				rr.note(g, "availability", "available from "+p.Start.String())
			}
		}
	}
}

// note adds a reading to a line, beside what it was read as before.
func (rr *resumeReader) note(g int, field, reading string) {
	r := &rr.report[g]
	if r.Field == "" {
		r.Field, r.Reading = field, reading
		return
	}
	r.Field += ", " + field
	r.Reading += "; " + reading
}

func firstWords(s string, n int) string {
	ws := strings.Fields(s)
	if len(ws) > n {
		ws = ws[:n]
	}
	return strings.Join(ws, " ")
}

// availabilityOf reads "available from June 2026", "available 1 June –
// 31 August 2026": one date starts an open period, two make a window.
func availabilityOf(s string) (profile.Period, bool) {
	l := &lineText{s: punctuation.Replace(s)}
	ds := findDates(l)
	if len(ds) == 0 || ds[0].start > 45 {
		return profile.Period{}, false // "available" about something else, or no date near it
	}
	day := func(t time.Time) profile.Date {
		d, _ := profile.ParseDate(t.Format("2006-01-02"))
		return d
	}
	p := profile.Period{Start: day(ds[0].from)}
	if len(ds) > 1 {
		to := ds[1].to
		if ds[1].noYear {
			to = to.AddDate(ds[0].from.Year()-to.Year(), 0, 0)
		}
		p.End = day(to)
	}
	return p, true
}

// contactOnly reports whether a line holds nothing but contact labels and
// filler: the line of a résumé whose details were starred out.
func contactOnly(s string) bool {
	if !contactLabel.MatchString(s) {
		return false
	}
	rest := contactLabel.ReplaceAllString(s, " ")
	return strings.Trim(rest, " *|,;:-–—•·\t") == ""
}
