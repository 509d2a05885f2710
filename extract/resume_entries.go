package extract

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/quals-dev/quals/profile"
	"github.com/quals-dev/quals/vocab"
)

// An entry of a dated section — a job, a degree, a project, a stint of
// volunteering — is a few header lines (title, organisation, dates, place,
// in any order and on one line or several) and a body (bullets, prose).

// rentry is one entry as read: its header lines and body lines.
type rentry struct {
	head, body []int // indexes into the section's lines
	dates      entryDates
	dated      bool
	education  bool // an entry of study, whose header splits at every comma
}

// groupEntries splits a section's lines into entries. An entry starts at
// the first line, and after a body at a line with dates, or at a short
// line that a line with dates follows before any body line does; in a
// section without any dates, at a short line after a body.
func groupEntries(lines []sectioned) []rentry {
	dated := make([]bool, len(lines))
	anyDates := false
	for i, l := range lines {
		// Dates start an entry in a header line, or at the start of a
		// line ("2019 – 2021: Analyst, …"); a year inside a highlight
		// does not.
		if d, ok := l.dates, l.hasDates; ok && !l.bullet && (isHeaderLine(l) || d.at[0] <= 2 && wordCount(l.text) <= 24) {
			dated[i], anyDates = true, true
		}
	}
	var out []rentry
	cur := rentry{}
	flush := func() {
		if len(cur.head)+len(cur.body) == 0 {
			return
		}
		// An entry whose header gives no dates takes the first range its
		// text states: "…in Mumbai since June 2014 to May 2015. As a…".
		for _, i := range cur.body {
			if cur.dated {
				break
			}
			if d, ok := lines[i].dates, lines[i].hasDates; ok && d.isRange() {
				cur.dates, cur.dated = d, true
			}
		}
		out = append(out, cur)
		cur = rentry{}
	}
	for i, l := range lines {
		short := isHeaderLine(l)
		startsEntry := false
		switch {
		case len(cur.head)+len(cur.body) == 0:
		case short && cur.dated && !dated[i] && datesFollow(lines, dated, i):
			startsEntry = true // "Acme" / "Engineer 2019–2021" / "Beta" / "Analyst 2021–now"
		case len(cur.body) == 0 && short && len(cur.head) < 3 && !(dated[i] && cur.dated):
			// another header line of the same entry
		case dated[i] && (len(cur.body) > 0 || cur.dated):
			startsEntry = true
		case short && len(cur.body) > 0 && anyDates && datesFollow(lines, dated, i):
			startsEntry = true
		case short && len(cur.body) > 0 && !anyDates && !l.bullet:
			startsEntry = true
		}
		if startsEntry {
			flush()
		}
		if len(cur.body) == 0 && (short || dated[i]) && len(cur.head) < 3 && !(dated[i] && cur.dated && len(cur.head) > 0) {
			cur.head = append(cur.head, i)
			if dated[i] && !cur.dated {
				cur.dates = l.dates
				cur.dated = true
			}
			continue
		}
		cur.body = append(cur.body, i)
	}
	flush()
	return out
}

// datesFollow reports whether a line with dates follows line i within two
// lines, with no bullet or long line between.
func datesFollow(lines []sectioned, dated []bool, i int) bool {
	for j := i + 1; j < len(lines) && j <= i+2; j++ {
		if dated[j] {
			return true
		}
		if !isHeaderLine(lines[j]) {
			return false
		}
	}
	return false
}

// isHeaderLine reports whether a line can be part of an entry's header:
// not a bullet, short, not a sentence.
func isHeaderLine(l sectioned) bool {
	t := strings.TrimSpace(l.text)
	if l.bullet || wordCount(t) > 14 || t == "" {
		return false
	}
	return !strings.HasSuffix(t, ".") || orgAbbreviationEnd.MatchString(t) || wordCount(t) <= 2
}

// orgAbbreviationEnd is a header that ends in an abbreviation's period, not a
// sentence's: "Acme Inc.", "Ledger Co.".
var orgAbbreviationEnd = regexp.MustCompile(`(?i)\b(?:inc|ltd|co|corp|llc|plc|jr|sr|st|dept|intl|bros|s\.a|n\.v|e\.v|gmbh)\.$`)

// headerSeparators split a header line into its pieces; commas split
// them further (commaSplit), unless the words after a comma are a place.
var (
	headerSeparators = regexp.MustCompile(`\s+[—–-]\s+|\s*\|\s*|\s*·\s*|\s+•\s+|\s+@\s+|\s*\(\s*|\s*\)\s*|\s{2,}`)
	commaSplit       = regexp.MustCompile(`,\s+`)
)

const headerTrim = " :;,|-–—()·•"

// atSplit is "Title at Organisation".
var atSplit = regexp.MustCompile(`^(.{3,}?)\s+at\s+(.{2,})$`)

// orgWords mark a piece that names an organisation.
var orgWords = regexp.MustCompile(`(?i)\b(?:inc|ltd|llc|llp|gmbh|corp|corporation|company|co|plc|ag|group|labs?|technologies|bank|university|college|institute|school|academy|hospital|agency|ventures|foundation|association|ministry|bureau)\b\.?`)

// institutionWords mark a piece that names a place of study.
var institutionWords = regexp.MustCompile(`(?i)\b(?:university|universit[äé]t|université|college|institute|school|academy|polytechnic|technion|conservatory|seminary|faculty|ecole|école|hochschule|iit|mit)\b`)

// roleSuffix is a last word shaped like a person doing something:
// "Bookseller", "Illustrator", "Pharmacist".
var roleSuffix = regexp.MustCompile(`(?i)(?:er|or|ist|ant|ian|ee)$`)

// roleWords are the head nouns of job titles.
var roleWords = regexp.MustCompile(`(?i)\b(?:engineer|developer|programmer|manager|analyst|scientist|designer|consultant|specialist|intern|lead|director|architect|administrator|technician|officer|coordinator|assistant|associate|representative|executive|head|founder|owner|teacher|lecturer|professor|researcher|nurse|accountant|editor|writer|advisor|adviser|agent|clerk|supervisor|tester|student|fellow|trainee|volunteer|mentor|tutor|president|partner|strategist|recruiter|counsel|attorney|lawyer|marketer|operator|chef|driver)s?\b`)

// headerPieces are the parts of an entry's header, its dates taken out.
type headerPieces struct {
	pieces   []string
	location string
}

// readHeader splits the header lines into pieces, taking out the dates
// and a place.
func (rr *resumeReader) readHeader(lines []sectioned, e rentry) headerPieces {
	var hp headerPieces
	var strongs []string
	for _, i := range e.head {
		t := lines[i].text
		if d, ok := lines[i].dates, lines[i].hasDates; ok && e.dated && i == e.head[datedHead(lines, e)] {
			t = t[:d.at[0]] + " | " + t[d.at[1]:]
		}
		t = strings.Trim(t, headerTrim)
		if m := atSplit.FindStringSubmatch(t); m != nil && !strings.Contains(m[1], "|") && !institutionWords.MatchString(m[1]) &&
			(rr.isTitle(m[1]) || roleSuffix.MatchString(m[1])) {
			t = m[1] + " | " + m[2] // "Engineer at Acme"; not "University of Texas at Austin"
		}
		for _, strong := range headerSeparators.Split(t, -1) {
			strong = strings.Trim(strong, headerTrim)
			if strong == "" || durationRE.FindString(strong) == strong {
				continue
			}
			if hp.location == "" && rr.isPlace(strong) {
				hp.location = strong
				continue
			}
			strongs = append(strongs, strong)
		}
	}
	// With two pieces or more set apart by dashes, bars or lines, commas
	// stay inside them ("Teaching Assistant, Statistics — Lakeshore
	// University, Department of Statistics"); a header that is one piece
	// is split at its commas ("Software Engineer, Ledgerly").
	for _, strong := range strongs {
		parts := commaSplit.Split(strong, -1)
		// "Ledgerly, Berlin, Germany": the longest tail that is a place.
		for k := 1; k < len(parts) && hp.location == ""; k++ {
			if tail := strings.Join(parts[k:], ", "); rr.isPlace(tail) {
				hp.location, parts = tail, parts[:k]
			}
		}
		switch {
		case len(strongs) > 1 && !e.education:
			parts = []string{strings.Join(parts, ", ")}
		case len(parts) > 2 && !e.education && rr.isTitle(parts[0]):
			parts = rr.titleOrgParts(parts)
		}
		for _, p := range parts {
			if p = strings.Trim(p, headerTrim); p != "" {
				hp.pieces = append(hp.pieces, p)
			}
		}
	}
	return hp
}

// datedHead is the position in e.head of the line that holds the dates.
func datedHead(lines []sectioned, e rentry) int {
	for k, i := range e.head {
		if lines[i].hasDates {
			return k
		}
	}
	return 0
}

// isPlace reports whether a header piece names a place: a country, a
// region, "Remote", or a city with its region or country ("Rehovot,
// Israel"); a lone city name must not also be a skill ("Mobile").
func (rr *resumeReader) isPlace(p string) bool {
	switch strings.ToLower(p) {
	case "remote", "hybrid", "on-site", "onsite", "worldwide", "anywhere":
		return true
	}
	if _, ok := rr.vocabulary.Country(p); ok {
		return true
	}
	if wordCount(p) > 4 || !startsUpper(p) || roleWords.MatchString(p) || orgWords.MatchString(p) || institutionWords.MatchString(p) {
		return false
	}
	if rr.vocabulary.Skill(p).Concept != "" {
		return false
	}
	_, ok := rr.gazetteer().Resolve(p)
	return ok
}

// titleAndOrg picks the title and the organisation among a header's
// pieces: the title is the piece the role taxonomy reads a family in, or
// one with a role noun; the organisation the first other piece. With
// neither told apart, the first piece is the title.
func (rr *resumeReader) titleAndOrg(pieces []string) (title, org string, rest []string) {
	ti := -1
	for i, p := range pieces {
		if _, ok := rr.knowledge.Roles().Resolve(p); ok && !orgWords.MatchString(p) && roleWords.MatchString(p) {
			ti = i
			break
		}
	}
	for i, p := range pieces {
		if _, ok := rr.knowledge.Roles().Resolve(p); ti < 0 && ok && !orgWords.MatchString(p) {
			ti = i
		}
	}
	if ti < 0 {
		for i, p := range pieces {
			if roleWords.MatchString(p) && !orgWords.MatchString(p) {
				ti = i
				break
			}
		}
	}
	if ti < 0 {
		for i, p := range pieces {
			if roleSuffix.MatchString(p) && !orgWords.MatchString(p) {
				ti = i
				break
			}
		}
	}
	if ti < 0 && len(pieces) > 0 {
		ti = 0
		if len(pieces) > 1 && orgWords.MatchString(pieces[0]) {
			ti = 1
		}
	}
	for i, p := range pieces {
		switch {
		case i == ti:
			title = p
		case org == "":
			org = p
		default:
			rest = append(rest, p)
		}
	}
	return title, org, rest
}

// bodyText splits an entry's body into a summary (its one prose line, if
// it has only one) and highlights.
func bodyText(lines []sectioned, e rentry) (summary string, highlights []string) {
	var prose, bullets []string
	for _, i := range e.body {
		if lines[i].bullet {
			bullets = append(bullets, lines[i].text)
		} else {
			prose = append(prose, lines[i].text)
		}
	}
	if len(prose) == 1 {
		return prose[0], bullets
	}
	return "", append(prose, bullets...)
}

// readWork reads the entries of an experience section.
func (rr *resumeReader) readWork(lines []sectioned, volunteer bool) {
	if !volunteer && rr.readLabelledWork(lines) {
		return
	}
	for _, e := range groupEntries(lines) {
		rr.workEntry(lines, e, volunteer)
	}
}

// workLabel is a field a résumé tool labels: "Company - Acme",
// "Designation: Analyst", "Duration: 2015-2016".
var workLabel = regexp.MustCompile(`(?i)^\s*(company|employer|organi[sz]ation|designation|position|role|title|job title|duration|period|dates|location|description)\s*(?::|-|–)\s*(.*)$`)

// readLabelledWork reads an experience section written as labelled fields,
// as some résumé tools print it: each "Company" label starts an entry.
// It reports whether the section was written so.
func (rr *resumeReader) readLabelledWork(lines []sectioned) bool {
	first := -1
	for i, l := range lines {
		if m := workLabel.FindStringSubmatch(l.text); m != nil && isCompanyLabel(m[1]) {
			first = i
			break
		}
	}
	if first < 0 {
		return false
	}
	// What stands before the first label is read as entries are.
	for _, e := range groupEntries(lines[:first]) {
		rr.workEntry(lines[:first], e, false)
	}
	var w *profile.Work
	var idx []int
	flush := func() {
		if w == nil {
			return
		}
		if w.StartDate.IsZero() {
			for _, i := range idx {
				if d, ok := lines[i].dates, lines[i].hasDates; ok && d.isRange() {
					w.StartDate, w.EndDate = d.start, d.end
					break
				}
			}
		}
		k := len(rr.resume.Work)
		rr.resume.Work = append(rr.resume.Work, *w)
		h := 0
		for _, i := range idx {
			field := "work[" + strconv.Itoa(k) + "]"
			if m := workLabel.FindStringSubmatch(lines[i].text); m == nil || strings.EqualFold(m[1], "description") {
				field += ".highlights[" + strconv.Itoa(h) + "]"
				h++
			}
			rr.mark(lines[i], field, "work entry: "+describeEntry(rr.entrySummary("work", k)))
		}
		w, idx = nil, nil
	}
	for i, l := range lines {
		m := workLabel.FindStringSubmatch(l.text)
		switch {
		case m != nil && isCompanyLabel(m[1]):
			flush()
			w = &profile.Work{Name: strings.TrimSpace(m[2])}
		case w == nil:
			continue // before the first company: read above
		case m != nil:
			v := strings.TrimSpace(m[2])
			switch strings.ToLower(m[1]) {
			case "designation", "position", "role", "title", "job title":
				if w.Position == "" {
					w.Position = v
				}
			case "duration", "period", "dates":
				if d, ok := findEntryDates(v); ok {
					w.StartDate, w.EndDate = d.start, d.end
				}
			case "location":
				w.Location = v
			default: // description
				if v != "" {
					w.Highlights = append(w.Highlights, v)
				}
			}
		default:
			w.Highlights = append(w.Highlights, l.text)
		}
		if w != nil {
			idx = append(idx, i)
		}
	}
	flush()
	return true
}

func isCompanyLabel(s string) bool {
	switch strings.ToLower(s) {
	case "company", "employer", "organisation", "organization":
		return true
	}
	return false
}

// readMixed reads a section under several headings at once: an entry
// naming a degree is education, one with dates is work, the rest prose.
func (rr *resumeReader) readMixed(lines []sectioned) {
	for _, e := range groupEntries(lines) {
		degree := false
		for _, i := range e.head {
			degree = degree || rr.vocabulary.Level(lines[i].text) != vocab.NoLevel
		}
		switch {
		case degree:
			rr.educationEntry(lines, e)
		case e.dated:
			rr.workEntry(lines, e, false)
		default:
			for _, i := range append(append([]int{}, e.head...), e.body...) {
				if !rr.readSkillLine(lines[i]) {
					rr.addSummary(lines[i])
				}
			}
		}
	}
}

// workEntry reads one job (or stint of volunteering).
func (rr *resumeReader) workEntry(lines []sectioned, e rentry, volunteer bool) {
	hp := rr.readHeader(lines, e)
	title, org, rest := rr.titleAndOrg(hp.pieces)
	summary, highlights := bodyText(lines, e)
	if len(rest) > 0 && summary == "" {
		summary = strings.Join(rest, ", ")
	}
	if volunteer {
		i := len(rr.resume.Volunteer)
		rr.resume.Volunteer = append(rr.resume.Volunteer, profile.Volunteer{Organization: org, Position: title,
			StartDate: e.dates.start, EndDate: e.dates.end, Summary: summary, Highlights: highlights})
		rr.place(lines, e, "volunteer", i, len(highlights))
		return
	}
	i := len(rr.resume.Work)
	rr.resume.Work = append(rr.resume.Work, profile.Work{Name: org, Position: title, Location: hp.location,
		StartDate: e.dates.start, EndDate: e.dates.end, Summary: summary, Highlights: highlights})
	rr.place(lines, e, "work", i, len(highlights))
}

// readProjects reads the entries of a projects section.
func (rr *resumeReader) readProjects(lines []sectioned) {
	for _, e := range groupEntries(lines) {
		hp := rr.readHeader(lines, e)
		summary, highlights := bodyText(lines, e)
		p := profile.Project{StartDate: e.dates.start, EndDate: e.dates.end, Description: summary, Highlights: highlights}
		if len(hp.pieces) > 0 {
			p.Name = hp.pieces[0]
			if len(hp.pieces) > 1 && p.Description == "" {
				p.Description = strings.Join(hp.pieces[1:], ", ")
			}
		}
		var text []string
		for _, i := range append(append([]int{}, e.head...), e.body...) {
			text = append(text, lines[i].text)
		}
		p.Keywords = rr.technologies(strings.Join(text, " \n "))
		i := len(rr.resume.Projects)
		rr.resume.Projects = append(rr.resume.Projects, p)
		rr.place(lines, e, "projects", i, len(highlights))
	}
}

// degreeIn is "B.Sc. in Computer Science", "Master of Science in Physics".
var degreeIn = regexp.MustCompile(`(?i)^(.*)\s+in\s+(.+)$`)

// readEducation reads the entries of an education section.
func (rr *resumeReader) readEducation(lines []sectioned) {
	for _, e := range groupEducation(lines, rr.vocabulary) {
		rr.educationEntry(lines, e)
	}
}

// educationEntry reads one course of study.
func (rr *resumeReader) educationEntry(lines []sectioned, e rentry) {
	e.education = true
	hp := rr.readHeader(lines, e)
	ed := profile.Education{StartDate: e.dates.start, EndDate: e.dates.end}
	var others []string
	for _, p := range hp.pieces {
		switch {
		case ed.StudyType == "" && rr.vocabulary.Level(p) != vocab.NoLevel && !institutionWords.MatchString(p):
			ed.StudyType, ed.Area = rr.splitDegree(p)
		case ed.Institution == "" && institutionWords.MatchString(p):
			ed.Institution = p
		default:
			others = append(others, p)
		}
	}
	for _, p := range others {
		switch {
		case ed.Area == "" && rr.namesField(p):
			ed.Area = p
		case ed.Institution == "":
			ed.Institution = p
		case ed.Area == "":
			ed.Area = p
		}
	}
	summary, highlights := bodyText(lines, e)
	ed.Courses = highlights
	if summary != "" {
		ed.Courses = append([]string{summary}, ed.Courses...)
	}
	i := len(rr.resume.Education)
	rr.resume.Education = append(rr.resume.Education, ed)
	rr.place(lines, e, "education", i, -1)
}

// groupEducation groups an education section: as other entries, and a
// line naming a degree starts a new one once the current names one.
func groupEducation(lines []sectioned, v *vocab.Vocabulary) []rentry {
	var out []rentry
	for _, e := range groupEntries(lines) {
		all := append(append([]int{}, e.head...), e.body...)
		cur := rentry{}
		hasDegree := false
		for _, i := range all {
			deg := v.Level(lines[i].text) != vocab.NoLevel
			if deg && hasDegree && len(cur.head)+len(cur.body) > 0 {
				out = append(out, cur)
				cur, hasDegree = rentry{}, false
			}
			hasDegree = hasDegree || deg
			if d, ok := lines[i].dates, lines[i].hasDates; ok && !cur.dated && wordCount(lines[i].text) <= 24 {
				cur.dates, cur.dated = d, true
			}
			if isHeaderLine(lines[i]) || deg {
				cur.head = append(cur.head, i)
			} else {
				cur.body = append(cur.body, i)
			}
		}
		if len(cur.head)+len(cur.body) > 0 {
			out = append(out, cur)
		}
	}
	return out
}

// namesField reports whether a piece names a field of study.
func (rr *resumeReader) namesField(p string) bool {
	toks := rr.analyzer.Tokens(nil, p)
	return len(rr.names.ScanFields(nil, toks)) > 0
}

// technologies are the skills the vocabulary finds in a text, once each,
// in the order they appear.
func (rr *resumeReader) technologies(s string) []string {
	toks := rr.analyzer.Tokens(nil, s)
	var out []string
	seen := map[string]bool{}
	for _, h := range rr.names.ScanSkills(nil, toks, false, s) {
		if !h.Technical || seen[h.Concept] {
			continue
		}
		seen[h.Concept] = true
		out = append(out, h.Concept)
	}
	return out
}

// splitDegree splits "B.Sc. in Computer Science", "Master of Science in
// Physics" or "B.S. Computer Engineering" into the degree and its field;
// "Bachelor of Science" alone is a degree.
func (rr *resumeReader) splitDegree(p string) (studyType, area string) {
	if m := degreeIn.FindStringSubmatch(p); m != nil && rr.vocabulary.Level(m[1]) != vocab.NoLevel {
		return m[1], m[2]
	}
	ws := strings.Fields(p)
	for k := 1; k < len(ws); k++ {
		head, rest := strings.Join(ws[:k], " "), strings.Join(ws[k:], " ")
		if joiner[strings.ToLower(ws[k])] || joiner[strings.ToLower(ws[k-1])] {
			continue // "Bachelor of Arts" is one name
		}
		if rr.vocabulary.Level(head) != vocab.NoLevel && rr.namesField(rest) {
			return head, rest
		}
	}
	return p, ""
}

// titleOrgParts reads "Tutor, History and Writing, Northside Learning
// Collective" and "Research Assistant, Bayview Institute of Technology,
// Adaptive Systems Lab": the title is the first part and those after it
// up to the organisation, which starts at the first part naming one (an
// institution, a legal suffix), else at the last part.
func (rr *resumeReader) titleOrgParts(parts []string) []string {
	org := len(parts) - 1
	for k := 1; k < len(parts); k++ {
		if orgWords.MatchString(parts[k]) || institutionWords.MatchString(parts[k]) {
			org = k
			break
		}
	}
	return []string{strings.Join(parts[:org], ", "), strings.Join(parts[org:], ", ")}
}

// joiner are the words inside a degree's name that no split falls beside.
var joiner = map[string]bool{"of": true, "in": true, "and": true, "&": true}

func hasDatedWork(r *profile.Resume) bool {
	for _, w := range r.Work {
		if !w.StartDate.IsZero() {
			return true
		}
	}
	return false
}

// rescueWork reads jobs out of a résumé whose layout hid its experience
// section (two columns flattened into one, a heading of no known kind): a
// line stating a period, not read as a study, with a job title on it or
// on a line beside it, is a job.
func (rr *resumeReader) rescueWork(all []sectioned) {
	for g := range all {
		l := all[g]
		if l.isHead || l.bullet || !l.hasDates || !l.dates.isRange() || strings.HasPrefix(rr.report[g].Field, "education") ||
			strings.HasPrefix(rr.report[g].Field, "projects") || wordCount(l.text) > 20 {
			continue
		}
		rest := strings.Trim(l.text[:l.dates.at[0]]+" | "+l.text[l.dates.at[1]:], headerTrim)
		var pieces []string
		for _, p := range headerSeparators.Split(rest, -1) {
			if p = strings.Trim(p, headerTrim+"."); p != "" && !rr.isPlace(p) {
				pieces = append(pieces, p)
			}
		}
		title := ""
		for _, p := range pieces {
			if rr.isTitle(p) {
				title = p
				break
			}
		}
		for _, k := range []int{g - 1, g + 1, g - 2, g + 2} {
			if title == "" && k >= 0 && k < len(all) && !all[k].isHead && !all[k].bullet && wordCount(all[k].text) <= 8 && rr.isTitle(all[k].text) {
				title = strings.Trim(all[k].text, headerTrim+".")
			}
		}
		if title == "" {
			continue
		}
		org := ""
		for _, p := range pieces {
			if p != title && org == "" && !rr.isTitle(p) {
				org = p
			}
		}
		i := len(rr.resume.Work)
		rr.resume.Work = append(rr.resume.Work, profile.Work{Position: title, Name: org, StartDate: l.dates.start, EndDate: l.dates.end})
		rr.report[g].Field = "work[" + strconv.Itoa(i) + "]"
		rr.report[g].Reading = "work entry, its section's heading lost in the layout: " + describeEntry(rr.entrySummary("work", i))
	}
}
