package extract

import (
	"bytes"
	"errors"
	"fmt"
	"math"
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/ledongthuc/pdf"
)

// A PDF résumé is read through github.com/ledongthuc/pdf (pure Go, BSD
// licence), chosen because it is maintained and gives each glyph with its
// font, size and position: lines are rebuilt from positions, top to
// bottom, a wide gap kept as a column break (" | "), a line in bold or in
// larger type marked a heading cue, and a word hyphenated across lines
// joined again.

const (
	maxPDFPages = 40      // a résumé has a few
	maxPDFChars = 1 << 21 // glyphs read in all
)

// pdfLines reads the text lines of a PDF. The reader panics on some
// malformed files; that is recovered into an error.
func pdfLines(src []byte) (lines []rline, err error) {
	defer func() {
		if r := recover(); r != nil {
			lines, err = nil, fmt.Errorf("the PDF does not read: %v", r)
		}
	}()
	r, err := pdf.NewReader(bytes.NewReader(src), int64(len(src)))
	if err != nil {
		if strings.Contains(strings.ToLower(err.Error()), "encrypt") || strings.Contains(err.Error(), "password") {
			return nil, errors.New("the PDF is encrypted; save it without a password first")
		}
		return nil, fmt.Errorf("the PDF does not read: %v", err)
	}
	pages := r.NumPage()
	if pages > maxPDFPages {
		return nil, fmt.Errorf("the PDF has %d pages; the limit is %d", pages, maxPDFPages)
	}
	n, chars := 0, 0
	for i := 1; i <= pages; i++ {
		p := r.Page(i)
		if p.V.IsNull() {
			continue
		}
		texts := p.Content().Text
		chars += len(texts)
		if chars > maxPDFChars {
			return nil, fmt.Errorf("the PDF holds over %d characters", maxPDFChars)
		}
		for _, l := range pdfPageLines(texts) {
			n++
			l.n = n
			lines = append(lines, l)
		}
	}
	if len(lines) == 0 {
		return nil, errors.New("the PDF holds no text (is it a scan? quals reads text, not images)")
	}
	return splitInlineBullets(joinHyphenated(lines)), nil
}

// pdfPageLines groups one page's glyphs into lines. A page set in two
// columns is read a column at a time, the left one first.
func pdfPageLines(texts []pdf.Text) []rline {
	if gutter, ok := findGutter(texts); ok {
		var left, right []pdf.Text
		for _, t := range texts {
			if t.X < gutter {
				left = append(left, t)
			} else {
				right = append(right, t)
			}
		}
		return append(columnLines(left), columnLines(right)...)
	}
	return columnLines(texts)
}

// findGutter finds the blank band between two columns: an empty band of
// glyph starts, 16 points or wider, in the middle half of the page, with
// text on both sides of it, and rows where only one side has text — which
// a page of right-aligned dates ("Acme        2019 – 2021") lacks.
func findGutter(texts []pdf.Text) (float64, bool) {
	const bin = 4.0
	minX, maxX := math.Inf(1), math.Inf(-1)
	for _, t := range texts {
		if strings.TrimSpace(t.S) != "" {
			minX, maxX = min(minX, t.X), max(maxX, t.X)
		}
	}
	span := maxX - minX
	if span < 100 || len(texts) < 50 {
		return 0, false
	}
	counts := make([]int, int(span/bin)+1)
	for _, t := range texts {
		if strings.TrimSpace(t.S) != "" {
			counts[int((t.X-minX)/bin)]++
		}
	}
	best, bestWidth := 0.0, 0
	for i := 0; i < len(counts); {
		if counts[i] != 0 {
			i++
			continue
		}
		j := i
		for j < len(counts) && counts[j] == 0 {
			j++
		}
		mid := minX + bin*float64(i+j)/2
		if w := j - i; w*int(bin) >= 16 && mid > minX+span/4 && mid < minX+3*span/4 && w > bestWidth {
			best, bestWidth = mid, w
		}
		i = j
	}
	if bestWidth == 0 {
		return 0, false
	}
	type row struct{ left, right bool }
	rows := map[int]*row{}
	for _, t := range texts {
		if strings.TrimSpace(t.S) == "" {
			continue
		}
		k := int(math.Round(t.Y / max(t.FontSize*0.5, 1)))
		r := rows[k]
		if r == nil {
			r = &row{}
			rows[k] = r
		}
		if t.X < best {
			r.left = true
		} else {
			r.right = true
		}
	}
	left, right, onlyLeft, onlyRight := 0, 0, 0, 0
	for _, r := range rows {
		switch {
		case r.left && r.right:
			left++
			right++
		case r.left:
			left++
			onlyLeft++
		case r.right:
			right++
			onlyRight++
		}
	}
	ok := left >= 5 && right >= 5 && onlyRight*5 >= right && onlyLeft*5 >= left
	return best, ok
}

// columnLines groups one column's glyphs into lines.
func columnLines(texts []pdf.Text) []rline {
	if len(texts) == 0 {
		return nil
	}
	items := slices.Clone(texts)
	// Top to bottom, then left to right; glyphs within half a font size of
	// a line's baseline are on it.
	sort.SliceStable(items, func(i, j int) bool {
		if math.Abs(items[i].Y-items[j].Y) > 0.5*max(items[i].FontSize, 1) {
			return items[i].Y > items[j].Y
		}
		return items[i].X < items[j].X
	})
	var sizes []float64
	for _, t := range items {
		sizes = append(sizes, t.FontSize)
	}
	slices.Sort(sizes)
	body := sizes[len(sizes)/2]
	var out []rline
	var line []pdf.Text
	flush := func() {
		if len(line) == 0 {
			return
		}
		sort.SliceStable(line, func(i, j int) bool { return line[i].X < line[j].X })
		var b strings.Builder
		bold, big := true, true
		end := line[0].X
		for k, t := range line {
			gap := t.X - end
			size := max(t.FontSize, 1)
			switch {
			case k > 0 && gap > 3*size:
				b.WriteString(" | ")
			case k > 0 && gap > 0.2*size && !strings.HasSuffix(b.String(), " ") && t.S != " ":
				b.WriteByte(' ')
			}
			b.WriteString(t.S)
			end = t.X + t.W
			if strings.TrimSpace(t.S) != "" {
				f := strings.ToLower(t.Font)
				bold = bold && (strings.Contains(f, "bold") || strings.Contains(f, "black") || strings.Contains(f, "heavy"))
				big = big && t.FontSize > body*1.15
			}
		}
		text, bullet := stripBullet(collapseSpaces(invisible.Replace(b.String())))
		if text != "" {
			out = append(out, rline{text: text, heading: (bold || big) && wordCount(text) <= 8, bullet: bullet, x: line[0].X, size: line[0].FontSize, bold: bold})
		}
		line = line[:0]
	}
	y := items[0].Y
	for _, t := range items {
		if math.Abs(t.Y-y) > 0.5*max(t.FontSize, 1) {
			flush()
			y = t.Y
		}
		line = append(line, t)
	}
	flush()
	longest := 0
	for _, l := range out {
		longest = max(longest, utf8.RuneCountInString(l.text))
	}
	for i := range out {
		out[i].measure = longest
	}
	return out
}

// joinHyphenated joins the lines a paragraph or a list item was wrapped
// into: a word hyphenated across lines ("manage-" / "ment"); a line
// indented under a list item's text; a line in the same type, at the same
// margin, after a line that nearly fills its column and ends mid-sentence
// (counted in characters: PDFs set in the standard fonts carry no widths).
func joinHyphenated(lines []rline) []rline {
	var out []rline
	for _, l := range lines {
		if n := len(out); n > 0 && !l.bullet {
			prev := &out[n-1]
			sameType := prev.bold == l.bold && math.Abs(prev.size-l.size) < 0.5 && math.Abs(l.x-prev.x) < 2
			full := utf8.RuneCountInString(prev.text)*10 >= prev.measure*7              // seven tenths of the column's measure
			openRange := openRangeEnd.MatchString(prev.text) && startsWithDates(l.text) // "…, 2023 –" / "2028"
			if sameType && full && (openRange || !strings.ContainsAny(prev.text[len(prev.text)-1:], ".:;!?,") &&
				!colonLabel.MatchString(prev.text) && !colonLabel.MatchString(l.text) && !startsWithDates(l.text) && !endsWithDates(prev.text)) {
				prev.text += " " + l.text
				prev.heading = prev.heading && l.heading
				continue
			}
			if l.heading || prev.heading {
				out = append(out, l)
				continue
			}
			switch {
			case strings.HasSuffix(prev.text, "-") && !strings.HasSuffix(prev.text, " -") && startsLower(l.text):
				prev.text = strings.TrimSuffix(prev.text, "-") + l.text
				continue
			case prev.bullet && l.x > prev.x+2:
				prev.text += " " + l.text
				continue
			}
		}
		out = append(out, l)
	}
	return out
}

func startsLower(s string) bool {
	for _, r := range s {
		return unicode.IsLower(r)
	}
	return false
}

// startsWithDates reports whether a line opens with dates ("2019 – 2021:").
func startsWithDates(s string) bool {
	d, ok := findEntryDates(s)
	return ok && d.at[0] <= 2
}

// endsWithDates reports whether a line closes with dates ("…, 2017 –
// 2021"): an entry's line, complete.
func endsWithDates(s string) bool {
	d, ok := findEntryDates(s)
	return ok && len(strings.TrimRight(s[d.at[1]:], " .)")) == 0
}

var (
	// openRangeEnd is a line ending inside a date range ("2023 –").
	openRangeEnd = regexp.MustCompile(`(?:19|20)\d{2}\s*(?:-|–|—|to)$`)
	// colonLabel is a labelled list's line ("Languages: Go, Java").
	colonLabel = regexp.MustCompile(`^[^:]{2,40}:\s`)
)
