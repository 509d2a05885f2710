package extract

import (
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/quals-dev/quals/internal/dates"
	"github.com/quals-dev/quals/requirements"
	"github.com/quals-dev/quals/vocab"
)

// title reads the title (or, without one, the name) of the posting.
func (r *ldReader) title(field string, v *yaml.Node) {
	s := r.doc.name(v)
	if s == "" {
		r.report(LineReport{Section: field, Text: r.doc.summary(v), Reading: "not read: no text"})
		return
	}
	r.x.doc.Title = s
	r.role = ldRoleOf(s)
	r.report(LineReport{Section: field, Text: s, Reading: "the posting's title"})
}

func (r *ldReader) organization(field string, v *yaml.Node) {
	s := ""
	if items := r.doc.items(v); len(items) > 0 {
		s = r.doc.name(items[0])
	}
	if s == "" {
		r.report(LineReport{Section: field, Text: r.doc.summary(v), Reading: "not read: no name"})
		return
	}
	r.x.doc.Organization = s
	r.report(LineReport{Section: field, Text: s, Reading: "the posting's organization"})
}

// education reads educationRequirements: the credentials (objects) are one
// requirement, any of them; each text is read as lines.
func (r *ldReader) education(field string, v *yaml.Node) {
	var alts []requirements.PredicateDoc
	var texts []string
	var lines []int
	var prose []string
	for _, it := range r.doc.items(v) {
		if s, ok := ldScalar(it); ok {
			prose = append(prose, s)
			continue
		}
		if it.Kind != yaml.MappingNode {
			r.report(LineReport{Section: field, Text: r.doc.summary(it), Reading: "not read: neither a credential nor text"})
			continue
		}
		c := r.credential(it)
		l := r.report(LineReport{Section: field, Text: c.shown, Reading: c.reading, FreeText: c.free})
		if c.pred == nil {
			continue
		}
		alts = append(alts, *c.pred)
		texts = append(texts, c.text)
		lines = append(lines, l)
	}
	if len(alts) > 0 {
		p := alts[0]
		if len(alts) > 1 {
			p = requirements.PredicateDoc{Any: alts}
		}
		q := r.add(field, requirements.RequirementDoc{Text: strings.Join(texts, ", or "), PredicateDoc: p}, false, lines...)
		if len(texts) > 1 {
			q.texts = texts
		}
		r.edu = append(r.edu, q)
	}
	for _, s := range prose {
		for _, p := range r.readLines(field, s) {
			if r.educationText(p) {
				r.edu = append(r.edu, p)
			}
		}
	}
}

// educationText makes sure a line of educationRequirements text that names
// a degree level or a certificate reads as one even when the line reader
// found nothing structured in it ("High school diploma or GED"). It
// reports false when the line says no education is required.
func (r *ldReader) educationText(p *ldPending) bool {
	if ldDegreeIn(&p.req.PredicateDoc) != nil || p.req.Certification != nil {
		return true
	}
	kind, lvl := ldCredentialKind(p.req.Text, r.x.vocabulary)
	l := p.lines[0]
	switch {
	case kind == "none":
		p.dropped = true
		r.lines[l].Reading, r.lines[l].FreeText = "no education required: no requirement", false
		return false
	case kind == "degree":
		p.req.PredicateDoc = requirements.PredicateDoc{Degree: &requirements.DegreeDoc{Level: lvl.String()}}
		r.lines[l].Reading, r.lines[l].FreeText = fmt.Sprintf("degree, %s or higher", lvl), false
	case kind == "certification" && wordCount(p.req.Text) <= 6:
		name := strings.TrimSuffix(p.req.Text, ".")
		p.req.PredicateDoc = requirements.PredicateDoc{Certification: &requirements.NamesDoc{Any: requirements.List{name}}}
		r.lines[l].Reading, r.lines[l].FreeText = "a certification: "+name, false
	}
	return true
}

// ldCredential is what an EducationalOccupationalCredential asks for.
type ldCredential struct {
	pred    *requirements.PredicateDoc // nil when it asks for nothing (or could not be read)
	text    string                     // the requirement's text
	shown   string                     // the credential as the report shows it
	reading string
	free    bool
}

// credential reads an EducationalOccupationalCredential: its
// credentialCategory (or educationalLevel) gives the degree level or says
// it is a certificate; its name and description give the fields of study
// or the certificate's name.
func (r *ldReader) credential(n *yaml.Node) ldCredential {
	cat := r.doc.name(ldGet(n, "credentialCategory"))
	level := r.doc.name(ldGet(n, "educationalLevel"))
	var extra []string
	for _, k := range []string{"name", "description", "about", "competencyRequired"} {
		for _, s := range r.doc.texts(ldGet(n, k)) {
			if s != "" && !ldContainsFold(extra, s) && !strings.EqualFold(s, cat) {
				extra = append(extra, s)
			}
		}
	}
	var shown []string
	if cat != "" {
		shown = append(shown, "credentialCategory: "+cat)
	}
	if level != "" {
		shown = append(shown, "educationalLevel: "+level)
	}
	shown = append(shown, extra...)
	c := ldCredential{shown: strings.Join(shown, "; ")}
	if c.shown == "" {
		c.shown = r.doc.summary(n)
	}
	detail := strings.Join(extra, "; ")
	c.text = detail
	if c.text == "" {
		c.text = strings.Join(ldNonEmpty(cat, level), ", ")
	}
	kind, lvl := ldCredentialKind(cat, r.x.vocabulary)
	from := "credentialCategory"
	if kind == "" && level != "" {
		kind, lvl = ldCredentialKind(level, r.x.vocabulary)
		from = "educationalLevel"
	}
	switch kind {
	case "none":
		c.reading = from + " says no education is required: no requirement"
	case "degree":
		d := &requirements.DegreeDoc{Level: lvl.String()}
		if detail != "" {
			if dd := ldDegreeIn(ldPtr(r.x.readQualification(detail).Predicate)); dd != nil {
				d.Fields, d.Related, d.Status, d.By = dd.Fields, dd.Related, dd.Status, dd.By
			}
		}
		c.pred = &requirements.PredicateDoc{Degree: d}
		c.reading = fmt.Sprintf("%s: degree, %s or higher", from, lvl)
		if len(d.Fields) > 0 {
			c.reading += " in " + strings.Join(d.Fields, ", ")
		}
	case "certification":
		c.pred, c.reading = r.certificate(r.doc.name(ldGet(n, "name")), extra)
	default:
		if detail == "" && cat == "" && level == "" {
			c.reading = "not read: the credential names no category, level or name"
			return c
		}
		text := strings.Join(ldNonEmpty(cat, level, detail), "; ")
		rq := r.line(text)
		c.pred, c.text, c.free = &rq.Predicate, text, rq.FreeText
		c.reading = "credential read as a line: " + rq.Reading
	}
	return c
}

// certificate reads a "professional certificate" credential: the one its
// name gives (or its description names), or else any certificate at all
// (evidence of one).
func (r *ldReader) certificate(name string, extra []string) (*requirements.PredicateDoc, string) {
	if name != "" && wordCount(name) <= 8 {
		return &requirements.PredicateDoc{Certification: &requirements.NamesDoc{Any: requirements.List{name}}}, "a professional certificate: " + name
	}
	for _, s := range extra {
		if rq := r.x.readQualification(s); rq.Predicate.Certification != nil {
			return &rq.Predicate, "a professional certificate: " + rq.Reading
		}
	}
	terms := requirements.List{"certificate", "certification", "certified"}
	return &requirements.PredicateDoc{Evidence: &requirements.EvidenceDoc{Terms: terms, Min: 1}},
		"a professional certificate, none named: evidence terms " + strings.Join(terms, ", ")
}

var ldApostrophes = strings.NewReplacer("’", "", "'", "", "-", " ", "_", " ", ".", " ")

// ldCredentialKind reads a credentialCategory: "degree" with its level,
// "certification", "none" (no requirement), or "" when it is none of them.
func ldCredentialKind(s string, v *vocab.Vocabulary) (string, vocab.Level) {
	k := strings.Join(strings.Fields(ldApostrophes.Replace(strings.ToLower(s))), " ")
	switch {
	case k == "":
		return "", vocab.NoLevel
	case strings.Contains(k, "no requirement") || k == "none" || k == "not required" || k == "no degree required":
		return "none", vocab.NoLevel
	case strings.HasPrefix(k, "high school") || strings.HasPrefix(k, "highschool") || strings.HasPrefix(k, "secondary") || k == "ged":
		return "degree", vocab.HighSchool
	case strings.HasPrefix(k, "associate"):
		return "degree", vocab.Associate
	case strings.HasPrefix(k, "bachelor") || k == "undergraduate degree":
		return "degree", vocab.Bachelor
	case strings.HasPrefix(k, "postgraduate") || strings.HasPrefix(k, "graduate degree") || strings.HasPrefix(k, "master"):
		return "degree", vocab.Master
	case strings.HasPrefix(k, "doctor") || k == "phd":
		return "degree", vocab.Doctorate
	case strings.Contains(k, "certificat") || strings.Contains(k, "licen"):
		return "certification", vocab.NoLevel
	}
	if l := v.Level(s); l != vocab.NoLevel {
		return "degree", l
	}
	return "", vocab.NoLevel
}

// experience reads experienceRequirements: OccupationalExperienceRequirements
// give min_years; text is read as lines.
func (r *ldReader) experience(field string, v *yaml.Node) {
	for _, it := range r.doc.items(v) {
		if s, ok := ldScalar(it); ok {
			r.exp = append(r.exp, r.readLines(field, s)...)
			continue
		}
		if it.Kind != yaml.MappingNode {
			r.report(LineReport{Section: field, Text: r.doc.summary(it), Reading: "not read: neither an experience requirement nor text"})
			continue
		}
		r.monthsOfExperience(field, it)
	}
}

func (r *ldReader) monthsOfExperience(field string, n *yaml.Node) {
	desc := strings.Join(append(r.doc.texts(ldGet(n, "name")), r.doc.texts(ldGet(n, "description"))...), "; ")
	raw, hasMonths := ldScalar(ldGet(n, "monthsOfExperience"))
	months, err := strconv.ParseFloat(strings.TrimSpace(raw), 64)
	shown := strings.Join(ldNonEmpty(desc, "monthsOfExperience: "+raw), "; ")
	switch {
	case !hasMonths || err != nil || math.IsNaN(months) || math.IsInf(months, 0):
		if desc != "" {
			r.exp = append(r.exp, r.readLines(field, desc)...)
			return
		}
		r.report(LineReport{Section: field, Text: r.doc.summary(n), Reading: "not read: no monthsOfExperience and no description"})
		return
	case months <= 0:
		r.report(LineReport{Section: field, Text: shown, Reading: "no experience required: no requirement"})
		return
	case months > 60*12:
		r.report(LineReport{Section: field, Text: shown, Reading: "not read: more than 60 years of experience"})
		return
	}
	years := math.Round(months/12*100) / 100
	if years == 0 {
		years = 0.01
	}
	var names *requirements.NamesDoc
	reading := ""
	if desc != "" {
		rq := r.line(desc)
		switch p := rq.Predicate; {
		case p.Experience != nil:
			names = p.Experience
		case p.Skill != nil:
			names = p.Skill
		}
		if names != nil {
			reading = "experience in what the description names"
		}
	}
	text := desc
	if names == nil {
		if r.role == "" {
			if desc != "" {
				r.exp = append(r.exp, r.readLines(field, desc)...)
				return
			}
			r.report(LineReport{Section: field, Text: shown, Reading: "not read: monthsOfExperience, but no title or description says experience in what"})
			return
		}
		names = &requirements.NamesDoc{Any: requirements.List{r.role}}
		reading = "experience as the job's role (its title)"
		if text == "" {
			text = fmt.Sprintf("%s of experience as %s", ldMonths(months), r.role)
		}
	}
	e := &requirements.NamesDoc{Any: names.Any, All: names.All, MinYears: max(years, names.MinYears)}
	l := r.report(LineReport{Section: field, Text: shown, Reading: fmt.Sprintf("%s, at least %v years (monthsOfExperience %s / 12)", reading, e.MinYears, raw)})
	r.exp = append(r.exp, r.add(field, requirements.RequirementDoc{Text: text, PredicateDoc: requirements.PredicateDoc{Experience: e}}, false, l))
}

func ldMonths(months float64) string {
	switch {
	case months == 12:
		return "1 year"
	case math.Mod(months, 12) == 0:
		return fmt.Sprintf("%v years", months/12)
	case months == 1:
		return "1 month"
	}
	return fmt.Sprintf("%v months", months)
}

// inPlace reads experienceInPlaceOfEducation: when true, the education and
// experience requirements become one requirement that either meets.
func (r *ldReader) inPlace(field string, v *yaml.Node) {
	s, _ := ldScalar(v)
	shown := strings.TrimSpace(s)
	if !strings.EqualFold(shown, "true") {
		r.report(LineReport{Section: field, Text: shown, Reading: "education and experience are not alternatives: nothing to combine"})
		return
	}
	edu, exp := ldLive(r.edu), ldLive(r.exp)
	if len(edu) == 0 || len(exp) == 0 {
		r.report(LineReport{Section: field, Text: shown, Reading: "not read: there is no education or no experience requirement to stand in place of the other"})
		return
	}
	var of []requirements.PredicateDoc
	var texts, parts []string
	var lines []int
	for _, group := range [][]*ldPending{edu, exp} {
		var preds []requirements.PredicateDoc
		var gt []string
		for _, p := range group {
			preds = append(preds, p.req.PredicateDoc)
			gt = append(gt, p.req.Text)
			texts = append(texts, p.req.Text)
			texts = append(texts, p.texts...)
			lines = append(lines, p.lines...)
			p.dropped = true
		}
		switch {
		case len(preds) > 1:
			of = append(of, requirements.PredicateDoc{All: preds})
		case preds[0].Any != nil:
			of = append(of, preds[0].Any...)
		default:
			of = append(of, preds[0])
		}
		parts = append(parts, strings.Join(gt, "; "))
	}
	l := r.report(LineReport{Section: field, Text: shown, Reading: "experience in place of education: either meets the requirement"})
	text := fmt.Sprintf("%s, or %s in its place", parts[0], parts[1])
	p := &ldPending{req: requirements.RequirementDoc{Text: text, PredicateDoc: requirements.PredicateDoc{Any: of}}, field: "educationRequirements",
		idBase: "degree-or-experience", lines: append(lines, l), texts: texts}
	// It stands where the education requirement stood.
	for i, q := range r.pending {
		if q == edu[0] {
			r.pending = append(r.pending[:i], append([]*ldPending{p}, r.pending[i:]...)...)
			break
		}
	}
	r.edu, r.exp = []*ldPending{p}, nil
}

func ldLive(ps []*ldPending) []*ldPending {
	var out []*ldPending
	for _, p := range ps {
		if !p.dropped {
			out = append(out, p)
		}
	}
	return out
}

// skills reads skills: names (DefinedTerms, or text listing short names)
// make one skill requirement, all of them; longer text is read as lines.
func (r *ldReader) skills(field string, v *yaml.Node) {
	var names requirements.List
	var lines []int
	addName := func(n string) {
		if ldContainsFold(names, n) {
			return
		}
		names = append(names, n)
		lines = append(lines, r.report(LineReport{Section: field, Text: n, Reading: "a skill, one of the skills all required"}))
	}
	for _, it := range r.doc.items(v) {
		if s, ok := ldScalar(it); ok {
			if list, ok := ldNameList(htmlText(s)); ok {
				for _, n := range list {
					addName(n)
				}
			} else {
				r.readLines(field, s)
			}
			continue
		}
		n := r.doc.name(it)
		switch {
		case n == "":
			r.report(LineReport{Section: field, Text: r.doc.summary(it), Reading: "not read: no name"})
		case wordCount(n) > 6:
			r.readLines(field, n)
		default:
			addName(n)
		}
	}
	if len(names) > 0 {
		r.add(field, requirements.RequirementDoc{Text: "Skills: " + strings.Join(names, ", "), PredicateDoc: requirements.PredicateDoc{Skill: &requirements.NamesDoc{All: names}}}, false, lines...)
	}
}

var (
	ldNameSeparators = regexp.MustCompile(`\s*(?:[,;|\n•·]|\s-\s)\s*`)
	ldNotAName       = regexp.MustCompile(`(?i)\b(?:experience|ability|able|knowledge|understanding|familiar\w*|proficien\w*|strong|excellent|skills?|years?|must|should|degree|working|plus)\b|[.!?:]$`)
)

// ldNameList splits text that lists short names ("Go, Kubernetes; SQL") into
// them; ok is false when a piece reads as a phrase rather than a name.
func ldNameList(s string) ([]string, bool) {
	var out []string
	for _, piece := range ldNameSeparators.Split(s, -1) {
		piece, _ = stripBullet(piece)
		piece = strings.TrimSpace(strings.TrimSuffix(piece, "."))
		if piece == "" {
			continue
		}
		if wordCount(piece) > 4 || ldNotAName.MatchString(piece) {
			return nil, false
		}
		out = append(out, piece)
	}
	return out, len(out) > 0
}

// qualifications reads qualifications: text as lines, credentials as
// education requirements of their own.
func (r *ldReader) qualifications(field string, v *yaml.Node) {
	for _, it := range r.doc.items(v) {
		if s, ok := ldScalar(it); ok {
			r.readLines(field, s)
			continue
		}
		if it.Kind != yaml.MappingNode {
			r.report(LineReport{Section: field, Text: r.doc.summary(it), Reading: "not read: neither a credential nor text"})
			continue
		}
		c := r.credential(it)
		l := r.report(LineReport{Section: field, Text: c.shown, Reading: c.reading, FreeText: c.free})
		if c.pred != nil {
			r.add(field, requirements.RequirementDoc{Text: c.text, PredicateDoc: *c.pred}, false, l)
		}
	}
}

// textField reads a field of text (eligibilityToWorkRequirement,
// securityClearanceRequirement) as lines.
func (r *ldReader) textField(field string, v *yaml.Node) {
	for _, it := range r.doc.items(v) {
		s, ok := ldScalar(it)
		if !ok {
			s = r.doc.name(it)
		}
		if strings.TrimSpace(s) == "" {
			r.report(LineReport{Section: field, Text: r.doc.summary(it), Reading: "not read: no text"})
			continue
		}
		r.readLines(field, s)
	}
}

// readLines reads text (perhaps HTML, perhaps bulleted) as the text
// extractor reads a qualification section: each bullet or sentence is one
// requirement, read by the line reader. A heading line ("Preferred:") makes
// the lines after it preferred.
func (r *ldReader) readLines(field, s string) []*ldPending {
	section := SectionRequired
	var out []*ldPending
	for _, line := range strings.Split(htmlText(s), "\n") {
		for _, piece := range splitInline(unglue(line)) {
			t, bullet := stripBullet(piece)
			if t == "" {
				continue
			}
			if sec, ok := ldHeading(t, bullet); ok {
				section = sec
				r.report(LineReport{Section: field, Text: t, Heading: true, Reading: "heading: the lines after it are " + sec})
				continue
			}
			parts := []string{t}
			if !bullet {
				parts = sentences(t)
			}
			for _, p := range parts {
				rq := r.line(p)
				reading := rq.Reading
				if section == SectionPreferred {
					reading = "preferred: " + reading
				}
				l := r.report(LineReport{Section: field, Text: p, Reading: reading, FreeText: rq.FreeText})
				out = append(out, r.add(field, requirements.RequirementDoc{Text: p, PredicateDoc: rq.Predicate}, section == SectionPreferred, l))
			}
		}
	}
	if len(out) == 0 && strings.TrimSpace(s) != "" {
		r.report(LineReport{Section: field, Text: ldShort(ldOneLine(s), 120), Reading: "not read: no text once the markup is removed"})
	}
	return out
}

// line reads one line through the text extractor's line reader.
func (r *ldReader) line(s string) lineReading {
	rq := r.x.readQualification(s)
	if rq.Predicate.Key() == "" {
		rq = r.x.evidenceOf(s)
	}
	return rq
}

// ldHeading decides whether a line of a qualifications field is a
// heading: a short line ending in a colon, or a short title naming
// qualifications, requirements or what is preferred.
func ldHeading(t string, bullet bool) (string, bool) {
	if bullet {
		return "", false
	}
	n := wordCount(t)
	sec := SectionRequired
	if classifyHeading(t) == SectionPreferred {
		sec = SectionPreferred
	}
	if strings.HasSuffix(t, ":") && n <= 6 {
		return sec, true
	}
	if n <= 4 && looksLikeTitle(t) {
		k := normalizeHeading(t)
		for _, w := range []string{"qualification", "requirement", "nice to have", "preferred", "must have", "bonus", "pluses"} {
			if strings.Contains(k, w) {
				return sec, true
			}
		}
	}
	return "", false
}

// startDate reads jobStartDate as availability on that date.
func (r *ldReader) startDate(field string, v *yaml.Node) {
	s := strings.TrimSpace(r.doc.name(v))
	d, err := dates.Parse(s)
	if err != nil {
		r.report(LineReport{Section: field, Text: s, Reading: "not read: not a date (YYYY-MM-DD): no availability requirement"})
		return
	}
	w := d.String()
	on := "on"
	if d.Precision != dates.DayPrecision {
		on = "throughout"
	}
	l := r.report(LineReport{Section: field, Text: s, Reading: fmt.Sprintf("availability: available %s %s, the start date", on, w)})
	r.add(field, requirements.RequirementDoc{Text: "Start date: " + w, PredicateDoc: requirements.PredicateDoc{Availability: &requirements.AvailabilityDoc{Windows: []requirements.WindowDoc{{From: w, To: w}}}}}, false, l)
}

// description reads the description through the text extractor.
func (r *ldReader) description(field string, v *yaml.Node) {
	var parts []string
	for _, it := range r.doc.items(v) {
		if s, ok := ldScalar(it); ok {
			parts = append(parts, s)
		} else if s := r.doc.name(it); s != "" {
			parts = append(parts, s)
		}
	}
	t := htmlText(strings.Join(parts, "\n"))
	if strings.TrimSpace(t) == "" {
		r.report(LineReport{Section: field, Text: r.doc.summary(v), Reading: "not read: no text"})
		return
	}
	first, _, _ := strings.Cut(strings.TrimSpace(t), "\n")
	r.report(LineReport{Section: field, Text: ldShort(first, 120),
		Reading: fmt.Sprintf("read by the text extractor (%s, markup removed); its lines follow", ldPlural(strings.Count(t, "\n")+1, "line"))})
	// The description goes through the same stages as a plain-text one.
	if err := checkDescription(t, r.config.limits); err != nil {
		r.report(LineReport{Section: field, Text: ldShort(first, 120), Reading: "not read: " + err.Error()})
		return
	}
	ext, err := newExtractor(r.config).extract(withoutControls(t))
	if ext == nil {
		r.report(LineReport{Section: field, Text: ldShort(first, 120), Reading: "not read: " + err.Error()})
		return
	}
	r.mergeDescription(ext)
}

// ldRoleOf is the job's role from its title, for experience in it: the title
// without what follows a comma, dash or parenthesis, and without seniority
// words ("Senior Backend Engineer II - Payments" → "Backend Engineer").
func ldRoleOf(title string) string {
	if i := strings.IndexAny(title, ",(|/[–—"); i > 0 {
		title = title[:i]
	}
	if i := strings.Index(title, " - "); i > 0 {
		title = title[:i]
	}
	var kept []string
	for _, w := range strings.Fields(title) {
		switch strings.ToLower(strings.TrimSuffix(w, ".")) {
		case "senior", "sr", "junior", "jr", "lead", "staff", "principal", "i", "ii", "iii", "iv", "v", "entry-level", "mid-level", "associate":
			continue
		}
		kept = append(kept, w)
	}
	return strings.Join(kept, " ")
}

func ldPlural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}

func ldNonEmpty(ss ...string) []string {
	var out []string
	for _, s := range ss {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}

func ldContainsFold(list []string, s string) bool {
	for _, x := range list {
		if strings.EqualFold(x, s) {
			return true
		}
	}
	return false
}

func ldAppendNew(l requirements.List, s string) requirements.List {
	if ldContainsFold(l, s) {
		return l
	}
	return append(l, s)
}

func ldPtr[T any](v T) *T { return &v }
