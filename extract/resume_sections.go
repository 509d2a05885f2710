package extract

import (
	"regexp"
	"strings"
	"unicode"
)

// The sections of a résumé.
const (
	rsTop          = "top" // before the first heading: name, headline, contacts, summary
	rsSummary      = "summary"
	rsWork         = "experience"
	rsEducation    = "education"
	rsSkills       = "skills"
	rsProjects     = "projects"
	rsPublications = "publications"
	rsCertificates = "certifications"
	rsLanguages    = "languages"
	rsVolunteer    = "volunteer"
	rsAwards       = "awards"
	rsInterests    = "interests"
	rsReferences   = "references"
	rsContact      = "contact"
	rsOther        = "other" // a heading of no kind the reader knows
	// rsMixed is a heading that names several sections at once ("SUMMARY
	// EDUCATION"), as two-column layouts flatten: entries are told apart
	// by what they hold.
	rsMixed = "mixed"
)

// resumeHeadings are the heading phrases of each section, as résumés word
// them, normalized by headingKey. A heading may add modifier words
// ("Relevant Work Experience", "Selected Publications").
var resumeHeadings = map[string]string{
	"summary": rsSummary, "profile": rsSummary, "professional summary": rsSummary, "career summary": rsSummary,
	"about": rsSummary, "about me": rsSummary, "objective": rsSummary, "career objective": rsSummary,
	"overview": rsSummary, "personal statement": rsSummary, "experience summary": rsSummary, "introduction": rsSummary,
	"professional profile": rsSummary, "summary of qualifications": rsSummary, "highlights": rsSummary,

	"experience": rsWork, "work experience": rsWork, "professional experience": rsWork, "employment": rsWork,
	"employment history": rsWork, "work history": rsWork, "career history": rsWork, "professional background": rsWork,
	"relevant experience": rsWork, "positions": rsWork, "positions held": rsWork, "company details": rsWork,
	"experience details": rsWork, "work": rsWork, "industry experience": rsWork, "professional history": rsWork,
	"internships": rsWork, "internship": rsWork, "research experience": rsWork, "teaching experience": rsWork,
	"military service": rsWork, "detailexperiences": rsWork, "experiences": rsWork,
	// misspellings résumés carry
	"expirience": rsWork, "work expirience": rsWork, "experiance": rsWork, "work experiance": rsWork,
	"exprience": rsWork, "professional expirience": rsWork, "working experience": rsWork,

	"education": rsEducation, "education details": rsEducation, "academic background": rsEducation,
	"academic qualifications": rsEducation, "educational qualifications": rsEducation, "qualifications": rsEducation,
	"academics": rsEducation, "studies": rsEducation, "degrees": rsEducation, "education and training": rsEducation,
	"educational background": rsEducation, "academic history": rsEducation,

	"skills": rsSkills, "skill details": rsSkills, "technical skills": rsSkills, "core competencies": rsSkills,
	"programming languages": rsSkills, "programming": rsSkills, "frameworks": rsSkills, "databases": rsSkills,
	"hard skills": rsSkills, "soft skills": rsSkills, "skills and expertise": rsSkills, "stack": rsSkills,
	"competencies": rsSkills, "key skills": rsSkills, "professional skills": rsSkills, "technologies": rsSkills,
	"tech stack": rsSkills, "tools": rsSkills, "expertise": rsSkills, "areas of expertise": rsSkills,
	"computer knowledge": rsSkills, "it skills": rsSkills, "skills and tools": rsSkills, "technical expertise": rsSkills,
	"skill set": rsSkills, "skillset": rsSkills, "toolbox": rsSkills, "computer skills": rsSkills,
	"skills and abilities": rsSkills, "tools and technologies": rsSkills, "technical proficiencies": rsSkills,

	"projects": rsProjects, "personal projects": rsProjects, "key projects": rsProjects, "academic projects": rsProjects,
	"side projects": rsProjects, "open source": rsProjects, "portfolio": rsProjects, "project experience": rsProjects,

	"publications": rsPublications, "papers": rsPublications, "research publications": rsPublications,
	"publications and talks": rsPublications, "patents and publications": rsPublications,

	"certifications": rsCertificates, "certificates": rsCertificates, "certification": rsCertificates,
	"licenses": rsCertificates, "licenses and certifications": rsCertificates, "certifications and licenses": rsCertificates,
	"courses": rsCertificates, "training": rsCertificates, "courses and certifications": rsCertificates,
	"professional development": rsCertificates, "trainings": rsCertificates,

	"languages": rsLanguages, "language skills": rsLanguages, "spoken languages": rsLanguages, "language": rsLanguages,

	"volunteer": rsVolunteer, "volunteering": rsVolunteer, "volunteer experience": rsVolunteer,
	"volunteer work": rsVolunteer, "community involvement": rsVolunteer, "community service": rsVolunteer,

	"awards": rsAwards, "honors": rsAwards, "honours": rsAwards, "achievements": rsAwards, "awards and honors": rsAwards,
	"honors and awards": rsAwards, "accomplishments": rsAwards, "awards and achievements": rsAwards,

	"interests": rsInterests, "hobbies": rsInterests, "hobbies and interests": rsInterests, "interests and hobbies": rsInterests,
	"references": rsReferences, "referees": rsReferences,
	"contact": rsContact, "contact information": rsContact, "contact details": rsContact, "personal details": rsContact,
	"personal information": rsContact, "personal data": rsContact, "contacts": rsContact,
}

// headingModifiers are the words a heading adds to a phrase without
// changing its section.
var headingModifiers = map[string]bool{
	"professional": true, "relevant": true, "selected": true, "key": true, "core": true, "technical": true,
	"additional": true, "other": true, "recent": true, "my": true, "main": true, "work": true, "and": true,
	"academic": true, "personal": true, "notable": true, "select": true, "industry": true, "related": true,
	"hard": true, "soft": true, "it": true, "computer": true, "programming": true, "digital": true, "basic": true,
	"summary": true, "details": true, "list": true, "overview": true,
}

// openingHeadings are the one-word headings that may open a line that
// goes on with their content ("Education Computing machines…"): words
// that rarely begin a title or a sentence of a résumé otherwise.
var openingHeadings = map[string]bool{"summary": true, "profile": true, "experience": true, "education": true,
	"skills": true, "projects": true, "publications": true, "certifications": true, "certificates": true,
	"languages": true, "awards": true, "interests": true, "employment": true, "objective": true}

// headingKey normalizes a heading: lower case, "&" as "and", words only.
func headingKey(s string) string {
	s = strings.ReplaceAll(strings.ToLower(s), "&", " and ")
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }), " ")
}

// resumeSectionOf reads a heading: the section its words name, exactly
// or with modifier words added ("Relevant Work Experience"), or "".
func resumeSectionOf(s string) string {
	key := headingKey(s)
	if sec, ok := resumeHeadings[key]; ok {
		return sec
	}
	words := strings.Fields(key)
	if len(words) == 0 || len(words) > 5 {
		return ""
	}
	// The longest phrase standing in the heading, every other word a modifier.
	best, bestLen := "", 0
	for i := range words {
		for j := len(words); j > i; j-- {
			sec, ok := resumeHeadings[strings.Join(words[i:j], " ")]
			if !ok || j-i <= bestLen {
				continue
			}
			rest := append(append([]string{}, words[:i]...), words[j:]...)
			if allModifiers(rest) {
				best, bestLen = sec, j-i
			}
		}
	}
	return best
}

func allModifiers(ws []string) bool {
	for _, w := range ws {
		if !headingModifiers[w] {
			return false
		}
	}
	return true
}

// resumeHeading decides whether a line is a section heading, or starts
// with one before a colon ("Skills: Go, Kafka"). It returns the section
// ("" for none), and the content after the heading.
func resumeHeading(l rline) (section, rest string) {
	t := strings.TrimSpace(l.text)
	// "Skills: Go, Kafka", and "Skills | Go, Kafka" where a gap stood for
	// the colon.
	colon, gap := strings.Index(t, ":"), strings.Index(t, " | ")
	if gap >= 0 && (colon < 0 || gap < colon) {
		if sec := resumeSectionOf(t[:gap]); sec != "" {
			return sec, strings.TrimSpace(t[gap+3:])
		}
	}
	if head, after, ok := strings.Cut(t, ":"); ok && wordCount(head) <= 5 {
		if sec := resumeSectionOf(head); sec != "" {
			return sec, strings.TrimSpace(after)
		}
		if isMixedHeading(head) {
			return rsMixed, strings.TrimSpace(after)
		}
		return "", ""
	}
	// A long line opening with a heading and going on with its content:
	// "Education Computing machines, systems…", "Work experience 04/2022".
	if ws := strings.Fields(t); len(ws) >= 6 && !l.bullet && (len(t) >= 100 || unicode.IsDigit([]rune(ws[min(3, len(ws)-1)])[0]) || len(ws) > 1 && unicode.IsDigit([]rune(ws[1])[0]) || len(ws) > 2 && unicode.IsDigit([]rune(ws[2])[0])) {
		for n := min(3, len(ws)-1); n >= 1; n-- {
			head := strings.Join(ws[:n], " ")
			next := []rune(ws[n])[0]
			if sec := resumeSectionOf(head); sec != "" && startsUpper(head) && (unicode.IsUpper(next) || unicode.IsDigit(next)) &&
				!strings.ContainsAny(head, ",.;") && (n > 1 || openingHeadings[strings.ToLower(head)]) {
				return sec, strings.Join(ws[n:], " ")
			}
		}
	}
	if wordCount(t) > 6 || strings.HasSuffix(t, ".") {
		return "", ""
	}
	if sec := resumeSectionOf(t); sec != "" {
		return sec, ""
	}
	if isMixedHeading(t) {
		return rsMixed, ""
	}
	// A heading the format marks, or one all in capitals, of no kind the
	// reader knows ("MILITARY DECORATIONS"): the section ends there.
	if (l.strong || isAllCaps(t)) && wordCount(t) <= 4 && !strings.ContainsAny(t, "0123456789@|,") {
		return rsOther, ""
	}
	return "", ""
}

func isAllCaps(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			letters++
		}
	}
	return letters >= 4
}

// gluedHeading finds a heading glued to the text before it, as flattened
// résumés have them ("…Deep learning.Education Details", "24
// monthsCompany Details").
var gluedHeading = regexp.MustCompile(`([a-z.)\]])((?:Education|Skill|Company|Experience|Project)\s+Details|Work Experience|Professional Experience|Technical Skills|Key Skills|Education|Experience|Certifications|Projects)\b`)

// inlineHeading finds a heading that opens a piece of a flattened line:
// after a column gap (" | ") or a sentence's end, a heading phrase in
// capitals or title case, and a capitalized word or a digit after it
// ("… thinking | Education Computing machines", "… teams. Experience
// Front End Team lead").
var inlineHeading = regexp.MustCompile(`(?:\s\|\s|[.!?]\s+)((?:Professional |Work |Technical |Key |Core )?(?:Summary|Profile|Experience|Employment|Education|Skills|Projects|Publications|Certifications|Certificates|Languages|Volunteering|Awards|Interests|SUMMARY|PROFILE|EXPERIENCE|EMPLOYMENT|EDUCATION|SKILLS|PROJECTS|PUBLICATIONS|CERTIFICATIONS|LANGUAGES|AWARDS|INTERESTS))\s+[\p{Lu}\d«"]`)

// splitInlineHeadings cuts a long line before each heading standing
// inside it, the heading its own line.
func splitInlineHeadings(l rline) []rline {
	if len(l.text) < 120 {
		return []rline{l}
	}
	var out []rline
	for {
		m := inlineHeading.FindStringSubmatchIndex(l.text)
		if m == nil {
			break
		}
		before := strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(l.text[:m[2]]), "|"))
		if before != "" {
			out = append(out, rline{n: l.n, text: before, bullet: l.bullet})
		}
		out = append(out, rline{n: l.n, text: l.text[m[2]:m[3]], heading: true})
		l = rline{n: l.n, text: strings.TrimSpace(l.text[m[3]:])}
	}
	return append(out, l)
}

// unglueResume puts each glued heading on a line of its own.
func unglueResume(lines []rline) []rline {
	var in []rline
	for _, l := range lines {
		in = append(in, splitInlineHeadings(l)...)
	}
	lines = in
	var out []rline
	for _, l := range lines {
		for mayHoldGluedHeading(l.text) {
			m := gluedHeading.FindStringSubmatchIndex(l.text)
			if m == nil || m[4] == 0 {
				break
			}
			before := strings.TrimSpace(l.text[:m[4]])
			if before != "" {
				out = append(out, rline{n: l.n, text: before, bullet: l.bullet})
			}
			l = rline{n: l.n, text: strings.TrimSpace(l.text[m[4]:])}
		}
		out = append(out, l)
	}
	return out
}

// sectioned is a line with the section it stands in.
type sectioned struct {
	rline
	section string
	isHead  bool
	g       int // its index among all the résumé's lines, for the report
	// dates is the period the line states, read once (findEntryDates).
	dates    entryDates
	hasDates bool
}

// sectionLines assigns each line its section; a heading's own line is
// marked, and what follows a heading on its line is a line of its own.
func sectionLines(lines []rline) []sectioned {
	var out []sectioned
	section := rsTop
	for _, l := range lines {
		sec, rest := resumeHeading(l)
		if sec == rsOther && section == rsTop {
			sec = "" // capitals before any section: the name or the headline
		}
		if sec == rsLanguages && rest != "" && section == rsSkills {
			sec, rest = "", "" // "Languages: Go, Java" in a skills section: programming languages
		}
		if sec == "" {
			out = append(out, sectioned{rline: l, section: section})
			continue
		}
		section = sec
		out = append(out, sectioned{rline: l, section: sec, isHead: true})
		if rest != "" {
			out = append(out, sectioned{rline: rline{n: l.n, text: rest}, section: sec})
		}
	}
	return out
}

// isMixedHeading reports whether a short line is two or more headings
// side by side: every word belongs to a heading phrase or is a modifier,
// and the phrases name at least two sections.
func isMixedHeading(s string) bool {
	words := strings.Fields(headingKey(s))
	if len(words) < 2 || len(words) > 8 {
		return false
	}
	sections := map[string]bool{}
	for i := 0; i < len(words); {
		found := false
		for j := min(len(words), i+4); j > i; j-- {
			if sec, ok := resumeHeadings[strings.Join(words[i:j], " ")]; ok {
				sections[sec], i, found = true, j, true
				break
			}
		}
		if !found {
			if !headingModifiers[words[i]] {
				return false
			}
			i++
		}
	}
	return len(sections) >= 2
}

// mayHoldGluedHeading is a cheap test before gluedHeading's.
func mayHoldGluedHeading(s string) bool {
	for _, w := range [...]string{"Details", "Experience", "Skills", "Education", "Certifications", "Projects"} {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}
