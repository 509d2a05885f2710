package extract

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/quals-dev/quals/profile"
)

// The sections that are lists: skills, languages, certifications,
// publications, awards, interests.

// listSplit splits a list of items: commas, semicolons, slashes between
// words, bullets and pipes; not the commas inside parentheses.
var listSplit = regexp.MustCompile(`\s*(?:[,;|•·▪]|\s/\s)\s*`)

// splitItems splits a list, keeping what stands in parentheses with the
// item before it ("Python (pandas, numpy)").
func splitItems(s string) []string {
	var out []string
	depth, start := 0, 0
	flush := func(end int) {
		for _, p := range listSplit.Split(s[start:end], -1) {
			if p = strings.Trim(p, " .:-–—*"); p != "" {
				out = append(out, p)
			}
		}
	}
	for i, r := range s {
		switch r {
		case '(', '[':
			if depth == 0 {
				flush(i)
				start = i
			}
			depth++
		case ')', ']':
			if depth > 0 {
				depth--
				if depth == 0 {
					// the parenthesis belongs to the item before it
					if len(out) > 0 {
						out[len(out)-1] += " " + s[start:i+1]
					} else {
						out = append(out, s[start:i+1])
					}
					start = i + 1
				}
			}
		}
	}
	if depth == 0 {
		flush(len(s))
	} else {
		out = append(out, strings.TrimSpace(s[start:]))
	}
	return out
}

// skillLabel is "Programming languages: Java, Go" or "Databases – MySQL".
var skillLabel = regexp.MustCompile(`^([^:]{2,40}?)\s*(?::|\s[–—-]\s)\s*(.+)$`)

// kaggleSkill is "JAVASCRIPT- Exprience - 24 months": a skill with the
// months of experience some résumé tools print beside it.
var kaggleSkill = regexp.MustCompile(`(?i)^(.+?)\s*-\s*Ex(?:p|pe)rience\s*-\s*(\d+)\s*months?$`)

// readSkillLine reads a labelled list that names skills, wherever it
// stands; it reports whether it did.
func (rr *resumeReader) readSkillLine(l sectioned) bool {
	m := skillLabel.FindStringSubmatch(strings.TrimSpace(l.text))
	if m == nil {
		return false
	}
	items := splitItems(m[2])
	if len(items) < 2 || len(rr.technologies(m[2])) < 2 {
		return false
	}
	rr.addSkills(l, strings.TrimSpace(m[1]), items)
	return true
}

func (rr *resumeReader) addSkills(l sectioned, name string, items []string) {
	i := len(rr.resume.Skills)
	rr.resume.Skills = append(rr.resume.Skills, profile.SkillEntry{Name: name, Keywords: items})
	rr.mark(l, "skills["+strconv.Itoa(i)+"]", "skills: "+strings.Join(items, ", "))
}

// readSkills reads a skills section: labelled lists become an entry each,
// unlabelled items gather into one entry.
func (rr *resumeReader) readSkills(lines []sectioned) {
	loose := -1
	for _, l := range lines {
		t := strings.TrimSpace(l.text)
		if m := kaggleSkill.FindStringSubmatch(t); m != nil {
			rr.addLoose(&loose, l, []string{strings.TrimSpace(m[1])})
			continue
		}
		if m := skillLabel.FindStringSubmatch(t); m != nil && wordCount(m[1]) <= 5 {
			rr.addSkills(l, strings.TrimSpace(m[1]), splitItems(m[2]))
			continue
		}
		items := splitItems(t)
		if len(items) == 1 && wordCount(t) > 8 {
			// A sentence in a skills section: its technologies are the skills.
			if techs := rr.technologies(t); len(techs) > 0 {
				items = techs
			}
		}
		rr.addLoose(&loose, l, items)
	}
}

// addLoose adds items to the section's entry of unlabelled skills.
func (rr *resumeReader) addLoose(loose *int, l sectioned, items []string) {
	if *loose < 0 {
		*loose = len(rr.resume.Skills)
		rr.resume.Skills = append(rr.resume.Skills, profile.SkillEntry{Name: "Skills"})
	}
	s := &rr.resume.Skills[*loose]
	s.Keywords = append(s.Keywords, items...)
	rr.mark(l, "skills["+strconv.Itoa(*loose)+"]", "skills: "+strings.Join(items, ", "))
}

// languageItem is "English (native)", "German – B2", "French: fluent".
var languageItem = regexp.MustCompile(`^([\p{L} ]+?)\s*(?:\(([^)]*)\)|[:–—-]\s*(.+))?$`)

// readLanguageLine reads "Languages: English, Russian" outside a
// languages section.
func (rr *resumeReader) readLanguageLine(l sectioned) bool {
	head, rest, ok := strings.Cut(l.text, ":")
	if !ok || resumeSectionOf(head) != rsLanguages {
		return false
	}
	return rr.addLanguages(l, rest)
}

// addLanguages reads spoken languages from a list; it reports whether
// any was a language the vocabulary knows.
func (rr *resumeReader) addLanguages(l sectioned, s string) bool {
	var read []string
	for _, item := range splitItems(s) {
		m := languageItem.FindStringSubmatch(item)
		if m == nil {
			continue
		}
		name, ok := rr.vocabulary.Language(strings.TrimSpace(m[1]))
		if !ok {
			// "English – fluent" read as one: try the first word.
			if name, ok = rr.vocabulary.Language(firstWords(m[1], 1)); !ok {
				continue
			}
		}
		fluency := strings.TrimSpace(m[2] + m[3])
		rr.resume.Languages = append(rr.resume.Languages, profile.LanguageEntry{Language: name, Fluency: fluency})
		read = append(read, name)
	}
	if len(read) == 0 {
		return false
	}
	rr.mark(l, "languages", "languages: "+strings.Join(read, ", "))
	return true
}

func (rr *resumeReader) readLanguages(lines []sectioned) {
	for _, l := range lines {
		if !rr.addLanguages(l, l.text) {
			rr.readSkillLine(l) // programming languages under "Languages"
		}
	}
}

// splitYear takes a year (and a month before it) out of an item.
func splitYear(s string) (string, profile.Date) {
	d, ok := findEntryDates(s)
	if !ok {
		return s, profile.Date{}
	}
	rest := strings.Trim(s[:d.at[0]]+" "+s[d.at[1]:], " ,;:-–—()|")
	return strings.Join(strings.Fields(rest), " "), d.start
}

func (rr *resumeReader) readCertificates(lines []sectioned) {
	for _, l := range lines {
		name, date := splitYear(l.text)
		issuer := ""
		if a, b, ok := strings.Cut(name, " — "); ok {
			name, issuer = a, b
		} else if a, b, ok := strings.Cut(name, ", "); ok && wordCount(b) <= 4 {
			name, issuer = a, b
		}
		i := len(rr.resume.Certificates)
		rr.resume.Certificates = append(rr.resume.Certificates, profile.Certificate{Name: name, Date: date, Issuer: issuer})
		rr.mark(l, "certificates["+strconv.Itoa(i)+"]", "certificate: "+name)
	}
}

func (rr *resumeReader) readPublications(lines []sectioned) {
	for _, l := range lines {
		name, date := splitYear(l.text)
		i := len(rr.resume.Publications)
		rr.resume.Publications = append(rr.resume.Publications, profile.Publication{Name: name, ReleaseDate: date})
		rr.mark(l, "publications["+strconv.Itoa(i)+"]", "publication: "+name)
	}
}

func (rr *resumeReader) readAwards(lines []sectioned) {
	for _, l := range lines {
		title, date := splitYear(l.text)
		i := len(rr.resume.Awards)
		rr.resume.Awards = append(rr.resume.Awards, profile.Award{Title: title, Date: date})
		rr.mark(l, "awards["+strconv.Itoa(i)+"]", "award: "+title)
	}
}

func (rr *resumeReader) readInterests(lines []sectioned) {
	for _, l := range lines {
		for _, item := range splitItems(l.text) {
			rr.resume.Interests = append(rr.resume.Interests, profile.Interest{Name: item})
		}
		rr.mark(l, "interests", "interests")
	}
}
