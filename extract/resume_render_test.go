package extract_test

import (
	"archive/zip"
	"bytes"
	"fmt"
	"strings"
	"time"

	"github.com/quals-dev/quals/profile"
)

// Test helpers that write a JSON Resume document out as a person would
// lay it out, in four layouts of our own and as text, Markdown, DOCX and
// PDF, for the reader to read back.

type lineStyle int

const (
	plain lineStyle = iota
	heading
	bold
	bullet
)

type styledLine struct {
	text  string
	style lineStyle
}

// layouts are how the round trips lay résumés out.
var layouts = []struct {
	name   string
	render func(r profile.Resume) []styledLine
}{
	{"classic", renderClassic},
	{"company-first", renderCompanyFirst},
	{"dates-first", renderDatesFirst},
	{"markdown", nil}, // renderMarkdown writes text directly
}

func monthName(d profile.Date, long bool) string {
	s := d.String()
	if len(s) < 7 {
		return s
	}
	t, err := time.Parse("2006-01", s[:7])
	if err != nil {
		return s
	}
	if long {
		return t.Format("January 2006")
	}
	return t.Format("Jan 2006")
}

func numeric(d profile.Date) string {
	s := d.String()
	if len(s) < 7 {
		return s
	}
	return s[5:7] + "/" + s[:4]
}

func period(a, b profile.Date, format func(profile.Date) string, sep, ongoing string) string {
	if a.IsZero() {
		return ""
	}
	end := ongoing
	if !b.IsZero() {
		end = format(b)
	}
	return format(a) + sep + end
}

func short(d profile.Date) string { return monthName(d, false) }
func long(d profile.Date) string  { return monthName(d, true) }
func iso(d profile.Date) string   { return d.String() }
func year(d profile.Date) string  { return d.String()[:min(4, len(d.String()))] }

func join(parts []string, sep string) string {
	var kept []string
	for _, p := range parts {
		if strings.TrimSpace(p) != "" {
			kept = append(kept, p)
		}
	}
	return strings.Join(kept, sep)
}

func place(l profile.Location) string { return join([]string{l.City, l.Region, l.CountryCode}, ", ") }

func logistics(r profile.Resume) []styledLine {
	var out []styledLine
	for _, a := range r.WorkAuthorization {
		s := "Authorized to work in the " + a.Country + "; no sponsorship needed."
		if a.Sponsorship {
			s = "Authorized to work in the " + a.Country + " with visa sponsorship; I will need sponsorship."
		}
		out = append(out, styledLine{s, plain})
	}
	for _, p := range r.Availability {
		s := "Available from " + p.Start.String()
		if !p.End.IsZero() {
			s = "Available " + p.Start.String() + " to " + p.End.String()
		}
		out = append(out, styledLine{s + ".", plain})
	}
	return out
}

func skillLines(r profile.Resume, sep string) []styledLine {
	var out []styledLine
	for _, s := range r.Skills {
		if len(s.Keywords) == 0 {
			out = append(out, styledLine{s.Name, bullet})
			continue
		}
		out = append(out, styledLine{s.Name + ": " + strings.Join(s.Keywords, sep), plain})
	}
	return out
}

func languageLine(r profile.Resume, format string) []styledLine {
	var items []string
	for _, l := range r.Languages {
		items = append(items, fmt.Sprintf(format, l.Language, l.Fluency))
	}
	if len(items) == 0 {
		return nil
	}
	return []styledLine{{strings.Join(items, ", "), plain}}
}

// renderClassic: title — company, then dates · place, bullets.
func renderClassic(r profile.Resume) []styledLine {
	b := r.Basics
	out := []styledLine{{b.Name, heading}, {b.Label, plain}, {join([]string{b.Email, b.Phone, place(b.Location)}, " · "), plain}}
	if b.Summary != "" {
		out = append(out, styledLine{"SUMMARY", heading}, styledLine{b.Summary, plain})
	}
	if len(r.Work) > 0 {
		out = append(out, styledLine{"EXPERIENCE", heading})
		for _, w := range r.Work {
			out = append(out, styledLine{join([]string{w.Position, w.Name}, " — "), bold},
				styledLine{join([]string{period(w.StartDate, w.EndDate, short, " – ", "Present"), w.Location}, " · "), plain})
			if w.Summary != "" {
				out = append(out, styledLine{w.Summary, plain})
			}
			for _, h := range w.Highlights {
				out = append(out, styledLine{h, bullet})
			}
		}
	}
	if len(r.Projects) > 0 {
		out = append(out, styledLine{"PROJECTS", heading})
		for _, p := range r.Projects {
			out = append(out, styledLine{join([]string{p.Name, period(p.StartDate, p.EndDate, short, " – ", "Present")}, " — "), bold})
			if p.Description != "" {
				out = append(out, styledLine{p.Description, plain})
			}
			for _, h := range p.Highlights {
				out = append(out, styledLine{h, bullet})
			}
		}
	}
	if len(r.Volunteer) > 0 {
		out = append(out, styledLine{"VOLUNTEERING", heading})
		for _, w := range r.Volunteer {
			out = append(out, styledLine{join([]string{w.Position, w.Organization}, " — "), bold},
				styledLine{period(w.StartDate, w.EndDate, short, " – ", "Present"), plain})
			for _, h := range w.Highlights {
				out = append(out, styledLine{h, bullet})
			}
		}
	}
	if len(r.Education) > 0 {
		out = append(out, styledLine{"EDUCATION", heading})
		for _, e := range r.Education {
			degree := e.StudyType
			if e.Area != "" {
				degree += " in " + e.Area
			}
			out = append(out, styledLine{join([]string{degree, e.Institution, period(e.StartDate, e.EndDate, year, " – ", "Present")}, ", "), plain})
		}
	}
	if len(r.Skills) > 0 {
		out = append(out, styledLine{"SKILLS", heading})
		out = append(out, skillLines(r, ", ")...)
	}
	if len(r.Certificates) > 0 {
		out = append(out, styledLine{"CERTIFICATIONS", heading})
		for _, c := range r.Certificates {
			out = append(out, styledLine{join([]string{c.Name, yearOr(c.Date)}, ", "), plain})
		}
	}
	if len(r.Publications) > 0 {
		out = append(out, styledLine{"PUBLICATIONS", heading})
		for _, p := range r.Publications {
			out = append(out, styledLine{join([]string{p.Name, yearOr(p.ReleaseDate)}, ", "), bullet})
		}
	}
	if l := languageLine(r, "%s (%s)"); l != nil {
		out = append(out, styledLine{"LANGUAGES", heading})
		out = append(out, l...)
	}
	if lg := logistics(r); len(lg) > 0 {
		out = append(out, styledLine{"ADDITIONAL INFORMATION", heading})
		out = append(out, lg...)
	}
	return out
}

func yearOr(d profile.Date) string {
	if d.IsZero() {
		return ""
	}
	return year(d)
}

// renderCompanyFirst: company, place / title and numeric dates in columns.
func renderCompanyFirst(r profile.Resume) []styledLine {
	b := r.Basics
	out := []styledLine{{b.Name, bold}, {join([]string{b.Label, b.Email, b.Phone}, " | "), plain}}
	if p := place(b.Location); p != "" {
		out = append(out, styledLine{"Location: " + p, plain})
	}
	if b.Summary != "" {
		out = append(out, styledLine{"Profile", heading}, styledLine{b.Summary, plain})
	}
	section := func(title string, n int) {
		if n > 0 {
			out = append(out, styledLine{title, heading})
		}
	}
	section("Work History", len(r.Work))
	for _, w := range r.Work {
		out = append(out, styledLine{join([]string{w.Name, w.Location}, ", "), bold},
			styledLine{w.Position + "      " + period(w.StartDate, w.EndDate, numeric, " - ", "now"), plain})
		if w.Summary != "" {
			out = append(out, styledLine{w.Summary, plain})
		}
		for _, h := range w.Highlights {
			out = append(out, styledLine{h, bullet})
		}
	}
	section("Personal Projects", len(r.Projects))
	for _, p := range r.Projects {
		out = append(out, styledLine{p.Name + "      " + period(p.StartDate, p.EndDate, numeric, " - ", "now"), bold})
		if p.Description != "" {
			out = append(out, styledLine{p.Description, plain})
		}
		for _, h := range p.Highlights {
			out = append(out, styledLine{h, bullet})
		}
	}
	section("Volunteer Experience", len(r.Volunteer))
	for _, w := range r.Volunteer {
		out = append(out, styledLine{w.Organization, bold}, styledLine{w.Position + "      " + period(w.StartDate, w.EndDate, numeric, " - ", "now"), plain})
		for _, h := range w.Highlights {
			out = append(out, styledLine{h, bullet})
		}
	}
	section("Academic Background", len(r.Education))
	for _, e := range r.Education {
		out = append(out, styledLine{e.Institution, bold},
			styledLine{join([]string{e.StudyType, e.Area}, ", ") + "      " + period(e.StartDate, e.EndDate, year, "–", "present"), plain})
	}
	section("Technical Skills", len(r.Skills))
	out = append(out, skillLines(r, " · ")...)
	section("Licenses & Certifications", len(r.Certificates))
	for _, c := range r.Certificates {
		out = append(out, styledLine{join([]string{c.Name, yearOr(c.Date)}, " — "), bullet})
	}
	section("Selected Publications", len(r.Publications))
	for _, p := range r.Publications {
		out = append(out, styledLine{join([]string{p.Name, yearOr(p.ReleaseDate)}, ", "), bullet})
	}
	if l := languageLine(r, "%s – %s"); l != nil {
		out = append(out, styledLine{"Languages", heading})
		out = append(out, l...)
	}
	return append(out, logistics(r)...)
}

// renderDatesFirst: "2019-01 – present: Title, Company (Place)", prose.
func renderDatesFirst(r profile.Resume) []styledLine {
	b := r.Basics
	out := []styledLine{{strings.ToUpper(b.Label), plain}, {b.Name, plain}, {"Email: " + b.Email + "   Phone: " + b.Phone, plain}}
	if b.Summary != "" {
		out = append(out, styledLine{"About Me:", plain}, styledLine{b.Summary, plain})
	}
	if len(r.Work) > 0 {
		out = append(out, styledLine{"Professional Experience", heading})
	}
	for _, w := range r.Work {
		head := period(w.StartDate, w.EndDate, iso, " – ", "present") + ": " + join([]string{w.Position, w.Name}, ", ")
		if w.Location != "" {
			head += " (" + w.Location + ")"
		}
		out = append(out, styledLine{head, plain})
		if w.Summary != "" {
			out = append(out, styledLine{w.Summary, plain})
		}
		for _, h := range w.Highlights {
			out = append(out, styledLine{h, plain})
		}
	}
	if len(r.Projects) > 0 {
		out = append(out, styledLine{"Projects", heading})
	}
	for _, p := range r.Projects {
		out = append(out, styledLine{period(p.StartDate, p.EndDate, iso, " – ", "present") + ": " + p.Name, plain})
		if p.Description != "" {
			out = append(out, styledLine{p.Description, plain})
		}
		for _, h := range p.Highlights {
			out = append(out, styledLine{h, plain})
		}
	}
	if len(r.Volunteer) > 0 {
		out = append(out, styledLine{"Volunteering", heading})
	}
	for _, w := range r.Volunteer {
		out = append(out, styledLine{period(w.StartDate, w.EndDate, iso, " – ", "present") + ": " + join([]string{w.Position, w.Organization}, ", "), plain})
		for _, h := range w.Highlights {
			out = append(out, styledLine{h, plain})
		}
	}
	if len(r.Education) > 0 {
		out = append(out, styledLine{"Education", heading})
	}
	for _, e := range r.Education {
		degree := e.StudyType
		if e.Area != "" {
			degree += " in " + e.Area
		}
		out = append(out, styledLine{period(e.StartDate, e.EndDate, year, " - ", "present") + ": " + join([]string{degree, e.Institution}, ", "), plain})
	}
	if len(r.Skills) > 0 {
		out = append(out, styledLine{"Skills", heading})
		out = append(out, skillLines(r, ", ")...)
	}
	if len(r.Certificates) > 0 {
		out = append(out, styledLine{"Certificates", heading})
	}
	for _, c := range r.Certificates {
		out = append(out, styledLine{join([]string{yearOr(c.Date), c.Name}, ": "), plain})
	}
	if len(r.Publications) > 0 {
		out = append(out, styledLine{"Publications", heading})
	}
	for _, p := range r.Publications {
		out = append(out, styledLine{join([]string{p.Name, yearOr(p.ReleaseDate)}, " ("), plain})
	}
	if l := languageLine(r, "%s: %s"); l != nil {
		out = append(out, styledLine{"Languages: " + l[0].text, plain})
	}
	return append(out, logistics(r)...)
}

// renderMarkdown writes the résumé in Markdown.
func renderMarkdown(r profile.Resume) string {
	var b strings.Builder
	w := func(format string, args ...any) { fmt.Fprintf(&b, format+"\n", args...) }
	w("# %s", r.Basics.Name)
	w("**%s**  ", r.Basics.Label)
	w("%s · %s · %s", r.Basics.Email, r.Basics.Phone, place(r.Basics.Location))
	if r.Basics.Summary != "" {
		w("\n## About\n\n%s", r.Basics.Summary)
	}
	if len(r.Work) > 0 {
		w("\n## Work Experience")
	}
	for _, x := range r.Work {
		w("\n### %s at %s", x.Position, x.Name)
		w("*%s*", join([]string{period(x.StartDate, x.EndDate, long, " – ", "present"), x.Location}, " | "))
		if x.Summary != "" {
			w("\n%s\n", x.Summary)
		}
		for _, h := range x.Highlights {
			w("- %s", h)
		}
	}
	if len(r.Projects) > 0 {
		w("\n## Projects")
	}
	for _, p := range r.Projects {
		w("\n### %s", join([]string{p.Name, period(p.StartDate, p.EndDate, long, " – ", "present")}, " | "))
		if p.Description != "" {
			w("%s", p.Description)
		}
		for _, h := range p.Highlights {
			w("- %s", h)
		}
	}
	if len(r.Volunteer) > 0 {
		w("\n## Volunteering")
	}
	for _, x := range r.Volunteer {
		w("\n### %s, %s", x.Position, x.Organization)
		w("*%s*", period(x.StartDate, x.EndDate, long, " – ", "present"))
		for _, h := range x.Highlights {
			w("- %s", h)
		}
	}
	if len(r.Education) > 0 {
		w("\n## Education\n")
	}
	for _, e := range r.Education {
		w("- **%s** — %s (%s)", e.Institution, join([]string{e.StudyType, e.Area}, ", "), period(e.StartDate, e.EndDate, year, "–", "present"))
	}
	if len(r.Skills) > 0 {
		w("\n## Skills\n")
	}
	for _, s := range r.Skills {
		if len(s.Keywords) == 0 {
			w("- %s", s.Name)
			continue
		}
		w("- **%s:** %s", s.Name, strings.Join(s.Keywords, ", "))
	}
	if len(r.Certificates) > 0 {
		w("\n## Certifications\n")
	}
	for _, c := range r.Certificates {
		w("- %s", join([]string{c.Name, yearOr(c.Date)}, ", "))
	}
	if len(r.Publications) > 0 {
		w("\n## Publications\n")
	}
	for _, p := range r.Publications {
		w("- %s", join([]string{p.Name, yearOr(p.ReleaseDate)}, ", "))
	}
	if l := languageLine(r, "%s (%s)"); l != nil {
		w("\n## Languages\n\n%s", l[0].text)
	}
	for _, l := range logistics(r) {
		w("\n%s", l.text)
	}
	return b.String()
}

// asText writes styled lines as plain text: headings as they are, bullets
// with "• ".
func asText(lines []styledLine) string {
	var b strings.Builder
	for _, l := range lines {
		if l.style == heading {
			b.WriteString("\n")
		}
		if l.style == bullet {
			b.WriteString("• ")
		}
		b.WriteString(l.text + "\n")
	}
	return b.String()
}

// asDOCX writes styled lines as a minimal Word document: headings styled
// Heading1, bold lines in bold runs, bullets as numbered paragraphs.
func asDOCX(lines []styledLine) []byte {
	var doc strings.Builder
	doc.WriteString(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
		`<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>`)
	esc := func(s string) string {
		var b bytes.Buffer
		for _, r := range s {
			switch r {
			case '<':
				b.WriteString("&lt;")
			case '>':
				b.WriteString("&gt;")
			case '&':
				b.WriteString("&amp;")
			default:
				b.WriteRune(r)
			}
		}
		return b.String()
	}
	for _, l := range lines {
		doc.WriteString("<w:p>")
		switch l.style {
		case heading:
			doc.WriteString(`<w:pPr><w:pStyle w:val="Heading1"/></w:pPr>`)
		case bullet:
			doc.WriteString(`<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>`)
		}
		// Columns laid out with spaces become a tab, as Word users type them.
		parts := strings.Split(l.text, "      ")
		for i, part := range parts {
			doc.WriteString("<w:r>")
			if l.style == bold {
				doc.WriteString("<w:rPr><w:b/></w:rPr>")
			}
			if i > 0 {
				doc.WriteString("<w:tab/>")
			}
			doc.WriteString(`<w:t xml:space="preserve">` + esc(part) + "</w:t></w:r>")
		}
		doc.WriteString("</w:p>")
	}
	doc.WriteString("</w:body></w:document>")
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, f := range []struct{ name, body string }{
		{"[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`},
		{"word/document.xml", doc.String()},
	} {
		w, _ := zw.Create(f.name)
		w.Write([]byte(f.body))
	}
	zw.Close()
	return buf.Bytes()
}

// winAnsi maps the characters résumés use beyond Latin-1 to their
// WinAnsiEncoding bytes.
var winAnsi = map[rune]byte{'–': 0x96, '—': 0x97, '•': 0x95, '’': 0x92, '‘': 0x91, '“': 0x93, '”': 0x94, '€': 0x80, '·': 0xb7}

// asPDF writes styled lines as a PDF of Helvetica text, one text object
// per line, headings and bold lines in Helvetica-Bold, wrapped at width.
func asPDF(lines []styledLine) []byte {
	type placed struct {
		s     string
		font  string
		size  float64
		x, y  float64
		bulle bool
	}
	var pages [][]placed
	var page []placed
	y := 760.0
	for _, l := range lines {
		font, size := "F1", 10.0
		if l.style == heading {
			font, size = "F2", 12
			y -= 6
		}
		if l.style == bold {
			font = "F2"
		}
		text := l.text
		if l.style == bullet {
			text = "• " + text
		}
		for k, piece := range wrap(text, 95) {
			if y < 60 {
				pages, page, y = append(pages, page), nil, 760
			}
			x := 56.0
			if k > 0 && l.style == bullet {
				x = 64 // a wrapped bullet continues under its text
			}
			page = append(page, placed{s: piece, font: font, size: size, x: x, y: y})
			y -= size * 1.4
		}
	}
	pages = append(pages, page)
	var objs []string
	add := func(s string) int { objs = append(objs, s); return len(objs) }
	catalog := add("")
	pagesObj := add("")
	f1 := add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
	f2 := add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
	var kids []string
	for _, p := range pages {
		var c bytes.Buffer
		for _, t := range p {
			fmt.Fprintf(&c, "BT /%s %g Tf %g %g Td (%s) Tj ET\n", t.font, t.size, t.x, t.y, pdfString(t.s))
		}
		content := add(fmt.Sprintf("<< /Length %d >>\nstream\n%sendstream", c.Len(), c.String()))
		pg := add(fmt.Sprintf("<< /Type /Page /Parent %d 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> /Contents %d 0 R >>", pagesObj, f1, f2, content))
		kids = append(kids, fmt.Sprintf("%d 0 R", pg))
	}
	objs[catalog-1] = fmt.Sprintf("<< /Type /Catalog /Pages %d 0 R >>", pagesObj)
	objs[pagesObj-1] = fmt.Sprintf("<< /Type /Pages /Kids [%s] /Count %d >>", strings.Join(kids, " "), len(kids))
	var out bytes.Buffer
	out.WriteString("%PDF-1.4\n")
	offsets := make([]int, len(objs))
	for i, o := range objs {
		offsets[i] = out.Len()
		fmt.Fprintf(&out, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xref := out.Len()
	fmt.Fprintf(&out, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, off := range offsets {
		fmt.Fprintf(&out, "%010d 00000 n \n", off)
	}
	fmt.Fprintf(&out, "trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, catalog, xref)
	return out.Bytes()
}

// pdfString escapes a string for a PDF literal, in WinAnsiEncoding.
func pdfString(s string) string {
	var b bytes.Buffer
	for _, r := range s {
		switch {
		case r == '(' || r == ')' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r < 0x80:
			b.WriteRune(r)
		case winAnsi[r] != 0:
			fmt.Fprintf(&b, "\\%03o", winAnsi[r])
		case r <= 0xff:
			fmt.Fprintf(&b, "\\%03o", r)
		default:
			b.WriteByte('?')
		}
	}
	return b.String()
}

// wrap breaks a line at spaces so that no piece is longer than n runes.
func wrap(s string, n int) []string {
	var out []string
	for len([]rune(s)) > n {
		cut := strings.LastIndex(string([]rune(s)[:n]), " ")
		if cut <= 0 {
			break
		}
		out = append(out, s[:cut])
		s = s[cut+1:]
	}
	return append(out, s)
}

// renderTwoColumns splits the classic layout into a narrow left column
// (contacts, skills, languages, education, certifications) and a wide
// right one (summary, experience, projects, the rest), as résumé
// templates set them.
func renderTwoColumns(r profile.Resume) (left, right []styledLine) {
	all := renderClassic(r)
	side := &left
	for i, l := range all {
		if l.style == heading && i > 0 {
			switch l.text {
			case "SKILLS", "LANGUAGES", "EDUCATION", "CERTIFICATIONS":
				side = &left
			default:
				side = &right
			}
		}
		*side = append(*side, l)
	}
	return left, right
}

// asPDFColumns writes two columns side by side on each page.
func asPDFColumns(left, right []styledLine) []byte {
	type placed struct {
		s, font string
		size    float64
		x, y    float64
	}
	lay := func(lines []styledLine, x float64, width int) [][]placed {
		var pages [][]placed
		var page []placed
		y := 760.0
		for _, l := range lines {
			font, size := "F1", 9.0
			if l.style == heading {
				font, size = "F2", 11
				y -= 5
			}
			if l.style == bold {
				font = "F2"
			}
			text := l.text
			if l.style == bullet {
				text = "• " + text
			}
			for k, piece := range wrap(text, width) {
				if y < 60 {
					pages, page, y = append(pages, page), nil, 760
				}
				px := x
				if k > 0 && l.style == bullet {
					px = x + 8
				}
				page = append(page, placed{piece, font, size, px, y})
				y -= size * 1.4
			}
		}
		return append(pages, page)
	}
	lp, rp := lay(left, 40, 34), lay(right, 250, 62)
	var objs []string
	add := func(s string) int { objs = append(objs, s); return len(objs) }
	catalog, pagesObj := add(""), add("")
	f1 := add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
	f2 := add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
	var kids []string
	for i := 0; i < max(len(lp), len(rp)); i++ {
		var c bytes.Buffer
		for _, col := range [][][]placed{lp, rp} {
			if i < len(col) {
				for _, t := range col[i] {
					fmt.Fprintf(&c, "BT /%s %g Tf %g %g Td (%s) Tj ET\n", t.font, t.size, t.x, t.y, pdfString(t.s))
				}
			}
		}
		content := add(fmt.Sprintf("<< /Length %d >>\nstream\n%sendstream", c.Len(), c.String()))
		pg := add(fmt.Sprintf("<< /Type /Page /Parent %d 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> /Contents %d 0 R >>", pagesObj, f1, f2, content))
		kids = append(kids, fmt.Sprintf("%d 0 R", pg))
	}
	objs[catalog-1] = fmt.Sprintf("<< /Type /Catalog /Pages %d 0 R >>", pagesObj)
	objs[pagesObj-1] = fmt.Sprintf("<< /Type /Pages /Kids [%s] /Count %d >>", strings.Join(kids, " "), len(kids))
	var out bytes.Buffer
	out.WriteString("%PDF-1.4\n")
	offsets := make([]int, len(objs))
	for i, o := range objs {
		offsets[i] = out.Len()
		fmt.Fprintf(&out, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xref := out.Len()
	fmt.Fprintf(&out, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, off := range offsets {
		fmt.Fprintf(&out, "%010d 00000 n \n", off)
	}
	fmt.Fprintf(&out, "trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, catalog, xref)
	return out.Bytes()
}
