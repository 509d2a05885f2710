package extract

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/quals-dev/quals/geo"
	"github.com/quals-dev/quals/internal/lexicon"
	"github.com/quals-dev/quals/internal/text"
	"github.com/quals-dev/quals/knowledge"
	"github.com/quals-dev/quals/profile"
	"github.com/quals-dev/quals/vocab"
)

// ResumeExtraction is what Resume read from a résumé: the JSON Resume
// document, the format it was read from, and how every line was read.
type ResumeExtraction struct {
	Resume profile.Resume
	Format string // "pdf", "docx", "markdown" or "text"
	Lines  []ResumeLine
}

// ResumeLine says how one line of a résumé was read.
type ResumeLine struct {
	Line    int    `json:"line"`              // 1-based line (a paragraph in DOCX, a text line in PDF)
	Text    string `json:"text"`              // the line, trimmed
	Section string `json:"section"`           // the section it stands in: top, experience, education, skills…
	Heading bool   `json:"heading,omitempty"` // it is a section heading
	Field   string `json:"field,omitempty"`   // where it went: "work[0].highlights[1]", "basics.email"
	Reading string `json:"reading"`           // how it was read, in a few words; "not read: …" when it was not
}

// Unread returns the lines that went nowhere in the document.
func (x *ResumeExtraction) Unread() []ResumeLine {
	var out []ResumeLine
	for _, l := range x.Lines {
		if !l.Heading && l.Field == "" {
			out = append(out, l)
		}
	}
	return out
}

// JSON writes the JSON Resume document, indented.
func (x *ResumeExtraction) JSON() ([]byte, error) {
	b, err := json.MarshalIndent(x.Resume, "", "  ")
	if err != nil {
		return nil, err
	}
	return append(b, '\n'), nil
}

// Profile loads the document read, as profile.New does; opts add to the
// knowledge the résumé was read with.
func (x *ResumeExtraction) Profile(opts ...profile.Option) *profile.Profile {
	return profile.New(x.Resume, opts...)
}

// ResumeText reads a résumé written as plain text or Markdown into a JSON
// Resume document.
func ResumeText(s string, opts ...Option) (*ResumeExtraction, error) {
	c := newConfig(opts)
	if c.limits.MaxBytes > 0 && len(s) > c.limits.MaxBytes {
		return nil, fmt.Errorf("the résumé is %d bytes; the limit is %d", len(s), c.limits.MaxBytes)
	}
	if !utf8.ValidString(s) {
		return nil, fmt.Errorf("the résumé is not valid UTF-8 text")
	}
	format := "text"
	if looksLikeMarkdown(s) {
		format = "markdown"
	}
	return readResume(c, format, textLines(s))
}

// looksLikeMarkdown reports whether text uses Markdown's headings or
// emphasis.
func looksLikeMarkdown(s string) bool {
	for _, l := range strings.SplitN(s, "\n", 400) {
		if mdHeading.MatchString(l) || mdBold.MatchString(l) || mdLink.MatchString(l) {
			return true
		}
	}
	return false
}

// resumeReader holds what reading one résumé needs.
type resumeReader struct {
	vocabulary *vocab.Vocabulary
	names      lexicon.Scanner
	knowledge  *knowledge.Knowledge
	analyzer   *text.Analyzer
	gaz        *geo.Gazetteer

	resume profile.Resume
	report []ResumeLine
}

func (rr *resumeReader) gazetteer() *geo.Gazetteer {
	if rr.gaz == nil {
		rr.gaz = rr.knowledge.Gazetteer()
	}
	return rr.gaz
}

// maxResumeLines bounds the lines of one résumé: a long CV has a few
// hundred.
const maxResumeLines = 5000

func readResume(c config, format string, lines []rline) (*ResumeExtraction, error) {
	if len(lines) > maxResumeLines {
		return nil, fmt.Errorf("the résumé has %d lines; the limit is %d", len(lines), maxResumeLines)
	}
	rr := &resumeReader{vocabulary: c.vocabulary, names: lexicon.Of(c.vocabulary), knowledge: c.knowledge, analyzer: text.English()}
	all := sectionLines(unglueResume(lines))
	rr.report = make([]ResumeLine, len(all))
	bySection := map[string][]sectioned{}
	var order []string
	for g := range all {
		all[g].g = g
		all[g].dates, all[g].hasDates = findEntryDates(all[g].text)
	}
	for g, l := range all {
		rr.report[g] = ResumeLine{Line: l.n, Text: l.text, Section: l.section, Heading: l.isHead}
		if l.isHead {
			rr.report[g].Reading = "heading"
			continue
		}
		if _, ok := bySection[l.section]; !ok {
			order = append(order, l.section)
		}
		bySection[l.section] = append(bySection[l.section], l)
	}
	rr.readTop(bySection[rsTop])
	for _, sec := range order {
		ls := bySection[sec]
		switch sec {
		case rsSummary:
			rr.readSummary(ls)
		case rsWork:
			rr.readWork(ls, false)
		case rsVolunteer:
			rr.readWork(ls, true)
		case rsEducation:
			rr.readEducation(ls)
		case rsMixed:
			rr.readMixed(ls)
		case rsProjects:
			rr.readProjects(ls)
		case rsSkills:
			rr.readSkills(ls)
		case rsLanguages:
			rr.readLanguages(ls)
		case rsCertificates:
			rr.readCertificates(ls)
		case rsPublications:
			rr.readPublications(ls)
		case rsAwards:
			rr.readAwards(ls)
		case rsInterests:
			rr.readInterests(ls)
		case rsContact:
			rr.readContacts(ls)
		case rsReferences:
			for _, l := range ls {
				rr.report[l.g].Reading = "not read: references are not matched"
			}
		}
	}
	if !hasDatedWork(&rr.resume) {
		rr.rescueWork(all)
	}
	rr.readLogistics(all)
	for i := range rr.report {
		if rr.report[i].Reading == "" {
			rr.report[i].Reading = "not read"
			if rr.report[i].Section == rsOther {
				rr.report[i].Reading = "not read: a section quals does not know"
			}
		}
	}
	if !resumeHoldsAnything(&rr.resume) {
		return &ResumeExtraction{Resume: rr.resume, Format: format, Lines: rr.report},
			fmt.Errorf("no work, education, skills or other résumé section found")
	}
	return &ResumeExtraction{Resume: rr.resume, Format: format, Lines: rr.report}, nil
}

// resumeHoldsAnything reports whether a document read as a résumé holds a
// section of one: a line of prose alone ("notes") is no résumé.
func resumeHoldsAnything(r *profile.Resume) bool {
	return len(r.Work)+len(r.Education)+len(r.Skills)+len(r.Projects)+
		len(r.Volunteer)+len(r.Publications)+len(r.Certificates)+len(r.Awards) > 0
}

// mark notes where a line went.
func (rr *resumeReader) mark(l sectioned, field, reading string) {
	r := &rr.report[l.g]
	if r.Field == "" {
		r.Field, r.Reading = field, reading
	}
}

// place notes where an entry's lines went.
func (rr *resumeReader) place(lines []sectioned, e rentry, section string, i, nHighlights int) {
	base := section + "[" + strconv.Itoa(i) + "]"
	for _, k := range e.head {
		rr.mark(lines[k], base, section+" entry: "+describeEntry(rr.entrySummary(section, i)))
	}
	h := 0
	single := nHighlights >= 0 && len(e.body)-nHighlights == 1
	for _, k := range e.body {
		switch {
		case nHighlights < 0:
			rr.mark(lines[k], base+".courses", "course or detail of the degree")
		case single && !lines[k].bullet:
			rr.mark(lines[k], base+".summary", "summary of the entry")
		default:
			rr.mark(lines[k], base+".highlights["+strconv.Itoa(h)+"]", "highlight of the entry")
			h++
		}
	}
}

func describeEntry(parts []string) string {
	var kept []string
	for _, p := range parts {
		if p != "" {
			kept = append(kept, p)
		}
	}
	return strings.Join(kept, "; ")
}

// entrySummary is what the report says of an entry it made.
func (rr *resumeReader) entrySummary(section string, i int) []string {
	period := func(a, b profile.Date) string {
		switch {
		case a.IsZero():
			return "no dates"
		case b.IsZero():
			return a.String() + " to now"
		}
		return a.String() + " to " + b.String()
	}
	switch section {
	case "work":
		w := rr.resume.Work[i]
		return []string{w.Position, w.Name, w.Location, period(w.StartDate, w.EndDate)}
	case "volunteer":
		w := rr.resume.Volunteer[i]
		return []string{w.Position, w.Organization, period(w.StartDate, w.EndDate)}
	case "projects":
		p := rr.resume.Projects[i]
		return []string{p.Name, period(p.StartDate, p.EndDate), strings.Join(p.Keywords, ", ")}
	case "education":
		e := rr.resume.Education[i]
		return []string{e.StudyType, e.Area, e.Institution, period(e.StartDate, e.EndDate)}
	}
	return nil
}
