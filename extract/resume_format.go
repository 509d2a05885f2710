package extract

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"unicode/utf16"
	"unicode/utf8"
)

// maxDocumentBytes bounds a PDF or DOCX résumé: their fonts and images
// make them larger than the text they hold.
const maxDocumentBytes = 16 << 20

// Resume reads a résumé file — PDF, DOCX, Markdown or plain text, told by
// its content, not its name — into a JSON Resume document. name is used in
// messages only. A JSON document is not read here: it is a JSON Resume
// already (load it with package profile).
func Resume(name string, src []byte, opts ...Option) (*ResumeExtraction, error) {
	x, err := readResumeFile(src, opts)
	if err != nil && name != "" {
		err = fmt.Errorf("%s: %w", name, err)
	}
	return x, err
}

// ReadResume is Resume over a reader, which it reads up to the largest
// document it accepts, and no further.
func ReadResume(name string, r io.Reader, opts ...Option) (*ResumeExtraction, error) {
	src, err := io.ReadAll(io.LimitReader(r, maxDocumentBytes+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if len(src) > maxDocumentBytes {
		return nil, fmt.Errorf("%s: the résumé is over %d bytes, the most quals reads", name, maxDocumentBytes)
	}
	return Resume(name, src, opts...)
}

func readResumeFile(src []byte, opts []Option) (*ResumeExtraction, error) {
	c := newConfig(opts)
	switch ResumeFormat(src) {
	case "pdf":
		if len(src) > maxDocumentBytes {
			return nil, fmt.Errorf("the PDF is %d bytes; the limit is %d", len(src), maxDocumentBytes)
		}
		lines, err := pdfLines(src)
		if err != nil {
			return nil, err
		}
		return readResume(c, "pdf", lines)
	case "docx":
		if len(src) > maxDocumentBytes {
			return nil, fmt.Errorf("the DOCX is %d bytes; the limit is %d", len(src), maxDocumentBytes)
		}
		lines, err := docxLines(src)
		if err != nil {
			return nil, err
		}
		return readResume(c, "docx", lines)
	case "doc":
		return nil, errors.New("an old Word .doc file; save it as .docx or PDF")
	case "rtf":
		return nil, errors.New("an RTF file; save it as .docx, PDF or plain text")
	case "zip":
		return nil, errors.New("a zip archive that is not a Word document")
	case "json":
		return nil, errors.New("a JSON document: a JSON Resume is loaded as it is, not read as a résumé's text")
	}
	s, err := decodeText(src)
	if err != nil {
		return nil, err
	}
	return ResumeText(s, opts...)
}

// ResumeFormat tells a résumé file's format by its content: "pdf",
// "docx", "doc" (old Word), "rtf", "zip" (not Word), "json", "markdown" or
// "text".
func ResumeFormat(src []byte) string {
	head := src[:min(len(src), 1024)]
	trimmed := bytes.TrimLeft(bytes.TrimPrefix(head, []byte("\xef\xbb\xbf")), " \t\r\n")
	switch {
	case bytes.Contains(head, []byte("%PDF-")):
		return "pdf"
	case bytes.HasPrefix(src, []byte("PK\x03\x04")):
		if bytes.Contains(src, []byte("word/document.xml")) {
			return "docx"
		}
		return "zip"
	case bytes.HasPrefix(src, []byte("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")):
		return "doc"
	case bytes.HasPrefix(trimmed, []byte(`{\rtf`)):
		return "rtf"
	case bytes.HasPrefix(trimmed, []byte("{")) || bytes.HasPrefix(trimmed, []byte("[")) || json.Valid(src):
		return "json" // a JSON Resume, or JSON that is no résumé at all ("null")
	}
	if s, err := decodeText(src); err == nil && looksLikeMarkdown(s) {
		return "markdown"
	}
	return "text"
}

// decodeText reads text as UTF-8, or as UTF-16 when a byte-order mark
// says so.
func decodeText(src []byte) (string, error) {
	switch {
	case bytes.HasPrefix(src, []byte("\xff\xfe")), bytes.HasPrefix(src, []byte("\xfe\xff")):
		if len(src)%2 != 0 {
			return "", errors.New("the text is UTF-16 with an odd number of bytes")
		}
		big := src[0] == 0xfe
		u := make([]uint16, 0, len(src)/2-1)
		for i := 2; i+1 < len(src); i += 2 {
			if big {
				u = append(u, uint16(src[i])<<8|uint16(src[i+1]))
			} else {
				u = append(u, uint16(src[i+1])<<8|uint16(src[i]))
			}
		}
		s := string(utf16.Decode(u))
		if controls(s)*100 > len(s) {
			return "", errors.New("binary data, not text")
		}
		return s, nil
	}
	src = bytes.TrimPrefix(src, []byte("\xef\xbb\xbf"))
	if !utf8.Valid(src) {
		return "", errors.New("not a PDF, a Word document or UTF-8 text")
	}
	if bytes.IndexByte(src, 0) >= 0 || controls(string(src))*100 > len(src) {
		return "", errors.New("binary data, not text")
	}
	return string(src), nil
}

// controls counts the control characters of s other than line breaks and
// tabs.
func controls(s string) int {
	n := 0
	for _, r := range s {
		if r < 0x20 && r != '\n' && r != '\r' && r != '\t' || r == 0x7f || r == utf8.RuneError {
			n++
		}
	}
	return n
}
