package extract

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
)

// A Word document (DOCX) is a zip of XML parts; its text is in
// word/document.xml, one <w:p> per paragraph, made of runs <w:r> holding
// <w:t> text. A paragraph styled as a heading (or a title), or all in
// bold, is a heading cue; one with numbering (<w:numPr>) is a list item.

// Limits on a DOCX: the zip and the XML it holds are read only so far.
const (
	maxDocxParts    = 2000     // entries in the zip
	maxDocxXMLBytes = 16 << 20 // the uncompressed document.xml
	maxDocxRatio    = 200      // uncompressed / compressed size of document.xml
)

// docxLines reads the paragraphs of a DOCX.
func docxLines(src []byte) ([]rline, error) {
	zr, err := zip.NewReader(bytes.NewReader(src), int64(len(src)))
	if err != nil {
		return nil, fmt.Errorf("not a readable DOCX (zip): %v", err)
	}
	if len(zr.File) > maxDocxParts {
		return nil, fmt.Errorf("the DOCX holds %d parts; the limit is %d", len(zr.File), maxDocxParts)
	}
	var doc *zip.File
	for _, f := range zr.File {
		if f.Name == "word/document.xml" {
			doc = f
		}
	}
	if doc == nil {
		return nil, errors.New("not a Word document: the zip holds no word/document.xml")
	}
	if doc.UncompressedSize64 > maxDocxXMLBytes || doc.CompressedSize64 > 0 && doc.UncompressedSize64/doc.CompressedSize64 > maxDocxRatio {
		return nil, fmt.Errorf("the DOCX's text part is %d bytes uncompressed; the limit is %d (and %d times its compressed size)",
			doc.UncompressedSize64, maxDocxXMLBytes, maxDocxRatio)
	}
	rc, err := doc.Open()
	if err != nil {
		return nil, fmt.Errorf("reading the DOCX: %v", err)
	}
	defer rc.Close()
	// The size in the zip's directory may lie: read one byte past the limit.
	body, err := io.ReadAll(io.LimitReader(rc, maxDocxXMLBytes+1))
	if err != nil {
		return nil, fmt.Errorf("reading the DOCX: %v", err)
	}
	if len(body) > maxDocxXMLBytes {
		return nil, fmt.Errorf("the DOCX's text part is over %d bytes uncompressed", maxDocxXMLBytes)
	}
	return docxParagraphs(body)
}

// docxParagraphs reads document.xml. The decoder is strict and resolves
// no entities beyond XML's own, so a DOCX with external entities (or a
// DTD) is an error, not a fetch.
func docxParagraphs(body []byte) ([]rline, error) {
	d := xml.NewDecoder(bytes.NewReader(body))
	d.Strict = true
	var out []rline
	var para strings.Builder
	inText, heading, list := false, false, false
	runs, boldRuns := 0, 0
	runBold := false
	n := 0
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("the DOCX's XML does not read: %v", err)
		}
		switch t := tok.(type) {
		case xml.Directive:
			return nil, errors.New("the DOCX's XML holds a DTD, which quals does not read")
		case xml.StartElement:
			switch t.Name.Local {
			case "p":
				para.Reset()
				heading, list, runs, boldRuns = false, false, 0, 0
			case "pStyle":
				if v := strings.ToLower(attr(t, "val")); strings.HasPrefix(v, "heading") || v == "title" || strings.HasPrefix(v, "berschrift") {
					heading = true
				}
			case "numPr":
				list = true
			case "r":
				runBold = false
			case "b":
				if v := attr(t, "val"); v == "" || v == "1" || v == "true" {
					runBold = true
				}
			case "t":
				inText = true
			case "tab":
				para.WriteString("   ")
			case "br", "cr":
				para.WriteByte('\n')
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "t":
				inText = false
			case "p":
				n++
				text := strings.TrimSpace(para.String())
				if text == "" {
					continue
				}
				bold := runs > 0 && boldRuns == runs
				for _, piece := range strings.Split(text, "\n") {
					body, bullet := stripBullet(piece)
					if body == "" {
						continue
					}
					out = append(out, rline{n: n, text: collapseSpaces(invisible.Replace(body)), heading: heading || bold && wordCount(body) <= 6,
						strong: heading, bullet: bullet || list})
				}
			}
		case xml.CharData:
			if inText {
				if strings.TrimSpace(string(t)) != "" {
					runs++
					if runBold {
						boldRuns++
					}
				}
				para.Write(t)
			}
		}
		if len(out) > maxResumeLines {
			return nil, fmt.Errorf("the DOCX has over %d paragraphs", maxResumeLines)
		}
	}
	return splitInlineBullets(out), nil
}

func attr(e xml.StartElement, local string) string {
	for _, a := range e.Attr {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}
