package extract

import (
	"archive/zip"
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/quals-dev/quals/internal/watchdog"

	"github.com/quals-dev/quals/profile"
)

// The résumé readers are fuzzed for what they promise on any input: no
// panic, an error or a document; a report line for every line read; a
// document that indexes. CI runs each for a few seconds with
// -fuzzminimizetime set (see .ci/run); the seeds run with every go test.

func checkResume(t *testing.T, x *ResumeExtraction, err error) {
	if x == nil {
		if err == nil {
			t.Fatal("no document and no error")
		}
		return
	}
	for _, l := range x.Lines {
		if l.Reading == "" {
			t.Fatalf("line %d (%q) has no reading", l.Line, l.Text)
		}
		if !utf8.ValidString(l.Text) {
			t.Fatalf("line %d is not UTF-8", l.Line)
		}
	}
	_ = profile.New(x.Resume) // indexes without panicking
	if _, err := x.JSON(); err != nil {
		t.Fatal(err)
	}
}

var resumeSeeds = []string{
	"Maria Gonzalez\nSenior Backend Engineer\nmaria@example.com | +1 415 555 0134 | San Francisco, CA\n\nEXPERIENCE\nSenior Engineer — Acme Inc.\nJan 2021 – Present · Berlin, Germany\n• Built Go services on Kafka.\n\nEDUCATION\nM.S. in Computer Science, Stanford University, 2015 – 2017\n\nSKILLS\nLanguages: Go, Java, Python\n",
	"# Kim\n## Work Experience\n### Engineer at Beta\n*March 2017 – December 2020*\n- Did things\n## Skills\n- **Cloud:** AWS, GCP\n",
	"2020 - now: Backend developer, (Israel, Rehovot)\nAreas of responsibility:\nWorking with MongoDB\nEducation Details \nMay 2013 to May 2017 B.E UIT-RGPV\nSkill Details \nPython- Exprience - 24 months",
	"PROFESSIONAL SUMMARY EDUCATION RELEVANT EXPERIENCE\nApr 2020Jun 2020 Masa\n2012 , November TINKOFF\nC O N T A C T\nAuthorized to work in the US; no sponsorship needed. Available from June 2026.",
	"Skills  C#, .NET Core\nWork experience 04/2022  07/2022 (project employment)\nFull Stack Engineer, , Jerusalem, Israel",
}

func FuzzResumeText(f *testing.F) {
	for _, s := range resumeSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var x *ResumeExtraction
		var err error
		watchdog.Within(t, func() { x, err = ResumeText(s) })
		checkResume(t, x, err)
	})
}

// FuzzResumeDOCX fuzzes the document XML of a Word file.
func FuzzResumeDOCX(f *testing.F) {
	for _, s := range resumeSeeds {
		var b strings.Builder
		b.WriteString(`<?xml version="1.0"?><w:document xmlns:w="w"><w:body>`)
		for _, l := range strings.Split(s, "\n") {
			b.WriteString(`<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t>`)
			b.WriteString(strings.NewReplacer("&", "&amp;", "<", "&lt;").Replace(l))
			b.WriteString(`</w:t></w:r><w:r><w:tab/><w:t>x</w:t></w:r></w:p>`)
		}
		b.WriteString(`</w:body></w:document>`)
		f.Add(b.String())
	}
	f.Add(`<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><w:document><w:p><w:r><w:t>&e;</w:t></w:r></w:p></w:document>`)
	f.Fuzz(func(t *testing.T, xml string) {
		var buf bytes.Buffer
		zw := zip.NewWriter(&buf)
		w, _ := zw.Create("word/document.xml")
		w.Write([]byte(xml))
		zw.Close()
		var x *ResumeExtraction
		var err error
		watchdog.Within(t, func() { x, err = Resume("f.docx", buf.Bytes()) })
		if strings.Contains(xml, "ENTITY") && err == nil && strings.Contains(string(mustJSON(x)), "root:") {
			t.Fatal("an external entity was resolved")
		}
		checkResume(t, x, err)
	})
}

func mustJSON(x *ResumeExtraction) []byte {
	if x == nil {
		return nil
	}
	b, _ := x.JSON()
	return b
}

// FuzzResumePDF fuzzes whole PDF files, seeded with small ones.
func FuzzResumePDF(f *testing.F) {
	for _, s := range resumeSeeds {
		f.Add(minimalPDF(strings.Split(s, "\n")))
	}
	f.Add([]byte("%PDF-1.4\n%%EOF"))
	f.Fuzz(func(t *testing.T, src []byte) {
		var x *ResumeExtraction
		var err error
		watchdog.Within(t, func() { x, err = Resume("f.pdf", src) })
		checkResume(t, x, err)
	})
}

// minimalPDF writes lines as a one-page PDF in Helvetica.
func minimalPDF(lines []string) []byte {
	var c bytes.Buffer
	y := 760
	for _, l := range lines {
		l = strings.NewReplacer(`\`, `\\`, "(", `\(`, ")", `\)`).Replace(l)
		c.WriteString("BT /F1 10 Tf 56 " + itoa(y) + " Td (" + l + ") Tj ET\n")
		y -= 14
	}
	objs := []string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
		"<< /Length " + itoa(c.Len()) + " >>\nstream\n" + c.String() + "endstream",
	}
	var out bytes.Buffer
	out.WriteString("%PDF-1.4\n")
	var offs []int
	for i, o := range objs {
		offs = append(offs, out.Len())
		out.WriteString(itoa(i+1) + " 0 obj\n" + o + "\nendobj\n")
	}
	xref := out.Len()
	out.WriteString("xref\n0 " + itoa(len(objs)+1) + "\n0000000000 65535 f \n")
	for _, o := range offs {
		s := itoa(o)
		out.WriteString(strings.Repeat("0", 10-len(s)) + s + " 00000 n \n")
	}
	out.WriteString("trailer\n<< /Size " + itoa(len(objs)+1) + " /Root 1 0 R >>\nstartxref\n" + itoa(xref) + "\n%%EOF\n")
	return out.Bytes()
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b []byte
	for ; n > 0; n /= 10 {
		b = append([]byte{byte('0' + n%10)}, b...)
	}
	return string(b)
}

func FuzzEntryDates(f *testing.F) {
	for _, s := range []string{"Jan 2019 – Present", "January 2019 - now", "2019-01", "01/2019 - 12/2020", "2019", "since 2017",
		"Sept. '18 to Jun 2020", "2012, November", "Apr 2020Jun 2020", "2019 – 2021 (2 years)", "(5 years 2 months)"} {
		f.Add(s)
	}
	f.Fuzz(watchdog.Guard(func(t *testing.T, s string) {
		d, ok := findEntryDates(s)
		if !ok {
			return
		}
		if d.at[0] < 0 || d.at[1] > len(s) || d.at[0] > d.at[1] {
			t.Fatalf("dates at %v in a line of %d bytes", d.at, len(s))
		}
		if d.start.IsZero() {
			t.Fatal("dates without a start")
		}
	}))
}
