package extract

import (
	"bytes"
	"html"
	"regexp"
	"strings"
	"unicode/utf8"
)

// This file reads the HTML that JobPosting pages and their description
// fields are written in, with the standard library only: the script blocks
// that hold JSON-LD, and HTML text turned into lines the text extractor
// reads. It is not a full HTML parser; it only needs tags, comments and
// entities, and it never fails: what it cannot read as a tag is text.

// ldBlock is the text of one <script type="application/ld+json"> element.
type ldBlock struct {
	offset int    // byte offset of the text in the page
	text   []byte // the script's text, wrappers (<!-- -->, CDATA) blanked out
}

// htmlScriptBlocks returns the JSON-LD script blocks of an HTML page, in page
// order, skipping comments. microdata reports whether the page marks a
// JobPosting up as microdata or RDFa, which quals does not read.
func htmlScriptBlocks(page []byte) (blocks []ldBlock, microdata bool) {
	for i := 0; i < len(page); {
		j := bytes.IndexByte(page[i:], '<')
		if j < 0 {
			break
		}
		i += j
		if htmlHasPrefixFold(page[i:], "<!--") {
			end := bytes.Index(page[i+4:], []byte("-->"))
			if end < 0 {
				break
			}
			i += 4 + end + 3
			continue
		}
		name, attrs, end, ok := htmlReadTag(page, i)
		if !ok {
			if end < 0 {
				break
			}
			i++
			continue
		}
		if htmlJobPostingMarkup.Match(attrs) {
			microdata = true
		}
		i = end
		if name != "script" {
			continue
		}
		close := htmlIndexFold(page[i:], "</script")
		if close < 0 {
			close = len(page) - i
		}
		body := page[i : i+close]
		if htmlIsLDType(htmlAttr(attrs, "type")) {
			blocks = append(blocks, ldBlock{offset: i, text: htmlUnwrapScript(body)})
		}
		i += close
	}
	return blocks, microdata
}

var htmlJobPostingMarkup = regexp.MustCompile(`(?i)(?:itemtype|typeof)\s*=\s*["']?[^"'>]*JobPosting`)

// htmlIsLDType reports whether a script type attribute names JSON-LD:
// "application/ld+json", any case, parameters allowed.
func htmlIsLDType(t string) bool {
	t, _, _ = strings.Cut(t, ";")
	return strings.EqualFold(strings.TrimSpace(t), "application/ld+json")
}

// htmlUnwrapScript blanks out the comment and CDATA markers some pages wrap
// their JSON-LD in, keeping every other byte where it was so that positions
// in the block still point into the page.
func htmlUnwrapScript(body []byte) []byte {
	out := bytes.Clone(body)
	blank := func(from, to int) {
		for k := from; k < to; k++ {
			out[k] = ' '
		}
	}
	start := 0
	for start < len(out) && htmlIsSpace(out[start]) {
		start++
	}
	for _, open := range []string{"//<![CDATA[", "<![CDATA[", "<!--"} {
		if bytes.HasPrefix(out[start:], []byte(open)) {
			blank(start, start+len(open))
			break
		}
	}
	end := len(out)
	for end > 0 && htmlIsSpace(out[end-1]) {
		end--
	}
	for _, shut := range []string{"//]]>", "]]>", "//-->", "-->"} {
		if bytes.HasSuffix(out[:end], []byte(shut)) {
			blank(end-len(shut), end)
			break
		}
	}
	return out
}

// htmlReadTag reads the tag that starts at page[i] ('<'). It returns the tag's
// lowercase name ("/p" for an end tag), its attribute text, and the offset
// just past its '>'. ok is false when page[i] does not start a tag; end is
// then -1 when no '>' follows at all, so no later '<' starts one either.
func htmlReadTag(page []byte, i int) (name string, attrs []byte, end int, ok bool) {
	k := i + 1
	if k < len(page) && page[k] == '/' {
		k++
	}
	if k >= len(page) || !htmlIsLetter(page[k]) {
		return "", nil, 0, false
	}
	n := k
	for n < len(page) && (htmlIsLetter(page[n]) || htmlIsDigit(page[n]) || page[n] == '-' || page[n] == ':') {
		n++
	}
	name = htmlLower(string(page[i+1 : n]))
	// A '>' inside a quoted attribute value does not end the tag; but a
	// quote left open must not make every later '<' scan to the end of the
	// page, so past maxTag the first '>' ends it.
	const maxTag = 4096
	var quote byte
	for e := n; e < len(page) && e-n < maxTag; e++ {
		c := page[e]
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'':
			quote = c
		case c == '>':
			return name, page[n:e], e + 1, true
		}
	}
	if e := bytes.IndexByte(page[n:], '>'); e >= 0 {
		return name, page[n : n+e], n + e + 1, true
	}
	return "", nil, -1, false // no tag can end: no '>' follows
}

// htmlAttr returns the value of the named attribute in a tag's attribute text.
func htmlAttr(attrs []byte, name string) string {
	s := string(attrs)
	for i := 0; i < len(s); {
		for i < len(s) && (htmlIsSpace(s[i]) || s[i] == '/') {
			i++
		}
		start := i
		for i < len(s) && !htmlIsSpace(s[i]) && s[i] != '=' && s[i] != '/' {
			i++
		}
		key := s[start:i]
		for i < len(s) && htmlIsSpace(s[i]) {
			i++
		}
		value := ""
		if i < len(s) && s[i] == '=' {
			i++
			for i < len(s) && htmlIsSpace(s[i]) {
				i++
			}
			if i < len(s) && (s[i] == '"' || s[i] == '\'') {
				q := s[i]
				i++
				vs := i
				for i < len(s) && s[i] != q {
					i++
				}
				value = s[vs:i]
				i++
			} else {
				vs := i
				for i < len(s) && !htmlIsSpace(s[i]) {
					i++
				}
				value = s[vs:i]
			}
		}
		if strings.EqualFold(key, name) {
			return html.UnescapeString(value)
		}
		if i == start {
			i++
		}
	}
	return ""
}

// htmlBlockTags end a line of text; the others run inline.
var htmlBlockTags = map[string]bool{
	"p": true, "div": true, "section": true, "article": true, "header": true, "footer": true,
	"main": true, "aside": true, "nav": true, "ul": true, "ol": true, "dl": true, "dt": true,
	"dd": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
	"table": true, "thead": true, "tbody": true, "tfoot": true, "tr": true, "blockquote": true,
	"pre": true, "hr": true, "form": true, "fieldset": true, "figure": true, "figcaption": true,
	"address": true, "caption": true, "details": true, "summary": true, "center": true,
}

// htmlSkipTags hold no text for a reader.
var htmlSkipTags = map[string]bool{"script": true, "style": true, "head": true, "template": true, "noscript": true, "svg": true}

var (
	htmlTagRE      = regexp.MustCompile(`(?i)</?(?:p|br|li|ul|ol|div|span|strong|b|em|i|u|h[1-6]|table|tr|td|section|a|font|blockquote)\b[^>]*>`)
	htmlEscapedTag = regexp.MustCompile(`(?i)&lt;/?(?:p|br|li|ul|ol|div|span|strong|b|em|h[1-6])\b.{0,200}?&gt;`)
)

// htmlText turns a description written in HTML into plain text lines: block
// elements and list items start lines (an item as "• …"), <br> breaks one,
// tags are dropped, entities decoded and runs of spaces collapsed. A
// heading (<h1>…<h6>, or a short line all in <strong> or <b>) gets a final
// colon when it has no punctuation, so the text extractor takes it for the
// heading it is. Text that holds no tag is plain text: only its entities
// are decoded. Text whose tags are themselves escaped ("&lt;p&gt;"), as
// some sites publish it, is unescaped once first.
func htmlText(s string) string {
	s = withoutControls(s)
	if !htmlTagRE.MatchString(s) {
		if !htmlEscapedTag.MatchString(s) {
			return htmlPlainText(s)
		}
		s = html.UnescapeString(s)
	}
	w := &htmlWriter{bold: -1, boldEnd: -1}
	src := []byte(s)
	for i := 0; i < len(src); {
		if src[i] != '<' {
			j := bytes.IndexByte(src[i:], '<')
			if j < 0 {
				j = len(src) - i
			}
			w.chunk = append(w.chunk, src[i:i+j]...)
			i += j
			continue
		}
		if htmlHasPrefixFold(src[i:], "<!--") {
			end := bytes.Index(src[i+4:], []byte("-->"))
			if end < 0 {
				break
			}
			i += 4 + end + 3
			continue
		}
		if htmlHasPrefixFold(src[i:], "<!") || htmlHasPrefixFold(src[i:], "<?") {
			end := bytes.IndexByte(src[i:], '>')
			if end < 0 {
				break
			}
			i += end + 1
			continue
		}
		name, _, end, ok := htmlReadTag(src, i)
		if !ok {
			if end < 0 {
				w.chunk = append(w.chunk, src[i:]...)
				break
			}
			w.chunk = append(w.chunk, '<')
			i++
			continue
		}
		i = end
		base := strings.TrimPrefix(name, "/")
		closing := base != name
		switch {
		case htmlSkipTags[name]:
			close := htmlIndexFold(src[i:], "</"+name)
			if close < 0 {
				i = len(src)
				continue
			}
			i += close
		case base == "br":
			w.newline()
			w.out = append(w.out, '\n')
		case name == "li":
			w.newline()
			w.out = append(w.out, "• "...)
		case len(base) == 2 && base[0] == 'h' && base[1] >= '1' && base[1] <= '6':
			if closing {
				w.flush()
				w.heading(w.lineStart(), 12)
			}
			w.newline()
		case base == "strong" || base == "b":
			w.flush()
			switch {
			case !closing && len(bytes.TrimSpace(w.out[w.lineStart():])) == 0:
				w.bold = w.lineStart()
			case closing && w.bold >= 0 && w.bold == w.lineStart():
				w.boldEnd = len(w.out)
			}
			if !closing {
				w.boldEnd = -1
			}
		case base == "li" || htmlBlockTags[base]:
			w.newline()
		case base == "td" || base == "th":
			w.chunk = append(w.chunk, ' ')
		}
	}
	w.newline()
	return htmlTidyLines(string(w.out))
}

// htmlWriter collects the text of an HTML description.
type htmlWriter struct {
	out, chunk []byte
	bold       int // where a <strong> that opened its line started, or -1
	boldEnd    int // where that <strong> closed, or -1
}

// flush writes the text gathered since the last tag, entities decoded and
// runs of white space made one space.
func (w *htmlWriter) flush() {
	if len(w.chunk) == 0 {
		return
	}
	t := html.UnescapeString(string(w.chunk))
	w.chunk = w.chunk[:0]
	space := false
	for _, r := range t {
		if r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\f' || r == '\u00a0' {
			space = true
			continue
		}
		if space && !w.endsBreak() {
			w.out = append(w.out, ' ')
		}
		space = false
		w.out = utf8.AppendRune(w.out, r)
	}
	if space && !w.endsBreak() {
		w.out = append(w.out, ' ')
	}
}

// newline ends the current line, if it holds anything; a line that was
// all bold is a heading.
func (w *htmlWriter) newline() {
	w.flush()
	if w.boldEnd >= 0 && w.boldEnd <= len(w.out) && len(bytes.TrimSpace(w.out[w.boldEnd:])) == 0 {
		w.heading(w.bold, 5)
	}
	w.bold, w.boldEnd = -1, -1
	if len(w.out) > 0 && w.out[len(w.out)-1] != '\n' {
		w.out = append(w.out, '\n')
	}
}

// heading gives the line from start a final colon, when it is at most
// maxWords words and ends in no punctuation.
func (w *htmlWriter) heading(start, maxWords int) {
	w.out = bytes.TrimRight(w.out, " ")
	if start < 0 || start > len(w.out) {
		return
	}
	line := bytes.TrimSpace(w.out[start:])
	if len(line) == 0 || len(bytes.Fields(line)) > maxWords || bytes.ContainsAny(line[len(line)-1:], ":.?!;,") {
		return
	}
	w.out = append(w.out, ':')
}

// lineStart is where the current line of out starts.
func (w *htmlWriter) lineStart() int {
	return bytes.LastIndexByte(w.out, '\n') + 1
}

func (w *htmlWriter) endsBreak() bool {
	return len(w.out) == 0 || w.out[len(w.out)-1] == '\n' || w.out[len(w.out)-1] == ' '
}

// htmlPlainText decodes the entities of text that holds no tags and evens
// out its line breaks, keeping its lines where they are.
func htmlPlainText(s string) string {
	if strings.IndexByte(s, '&') >= 0 {
		s = html.UnescapeString(s)
	}
	s = strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
	lines := strings.Split(ldClean(strings.ReplaceAll(s, "\u00a0", " ")), "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " \t")
	}
	return strings.TrimRight(strings.Join(lines, "\n"), "\n")
}

// htmlTidyLines trims each line, drops blank lines and control characters.
func htmlTidyLines(s string) string {
	s = strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
	var b strings.Builder
	for _, line := range strings.Split(s, "\n") {
		line = strings.TrimSpace(ldClean(line))
		if line == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(line)
	}
	return b.String()
}

// ldClean removes control characters other than tab and newline, and
// byte-order marks, which a document cannot carry through YAML, and makes
// invalid UTF-8 valid.
func ldClean(s string) string {
	ok := utf8.ValidString(s)
	for i := 0; ok && i < len(s); i++ {
		if c := s[i]; (c < 0x20 && c != '\t' && c != '\n') || c == 0x7f || c >= 0x80 {
			ok = false
		}
	}
	if ok {
		return s
	}
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\t' || r == '\n':
			return r
		case r < 0x20 || (r >= 0x7f && r < 0xa0) || r == '\ufeff' || r == utf8.RuneError ||
			r == '\u2028' || r == '\u2029' || (r >= 0xfff0 && r <= 0xffff):
			return -1
		}
		return r
	}, strings.ToValidUTF8(s, ""))
}

func htmlHasPrefixFold(b []byte, prefix string) bool {
	return len(b) >= len(prefix) && strings.EqualFold(string(b[:len(prefix)]), prefix)
}

// htmlIndexFold finds an ASCII string in b, ignoring ASCII case.
func htmlIndexFold(b []byte, s string) int {
	if s == "" {
		return 0
	}
	first := htmlLowerByte(s[0])
	for i := 0; i+len(s) <= len(b); i++ {
		if htmlLowerByte(b[i]) == first && strings.EqualFold(string(b[i:i+len(s)]), s) {
			return i
		}
	}
	return -1
}

func htmlLowerByte(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

func htmlLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

func htmlIsLetter(c byte) bool { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') }
func htmlIsDigit(c byte) bool  { return c >= '0' && c <= '9' }
func htmlIsSpace(c byte) bool  { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' }
