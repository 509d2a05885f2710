package extract

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// rline is one line of a résumé as the reader sees it, whatever the file
// format: its text, and the cues the format gave (a Markdown or Word
// heading, a line all in bold, a list item).
type rline struct {
	n       int // 1-based line (or paragraph) of the document
	text    string
	heading bool // the format marks it a heading, or sets it in bold or larger type
	strong  bool // with heading: a heading by style (Markdown "#", Word "Heading 1"), not by weight alone
	bullet  bool
	x       float64 // in a PDF, where the line starts (points from the left)
	size    float64 // in a PDF, its type size
	bold    bool    // in a PDF, set in bold
	measure int     // in a PDF, the characters of the longest line of its column: how long a full line is
}

var (
	mdHeading = regexp.MustCompile(`^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$`)
	mdBold    = regexp.MustCompile(`^\s*(?:\*\*|__)(.+?)(?:\*\*|__)\s*:?\s*$`)
	mdLink    = regexp.MustCompile(`\[([^\]]*)\]\((https?://[^)\s]+|mailto:[^)\s]+)\)`)
	mdEmph    = regexp.MustCompile(`(\*\*|__|\*|_|` + "`" + `)([^*_` + "`" + `\n]+?)(\*\*|__|\*|_|` + "`" + `)`)
	mdRule    = regexp.MustCompile(`^\s*(?:[-*_]\s*){3,}$`)
)

// textLines splits plain text or Markdown into lines: Markdown headings
// and lines all in bold are headings, list markers make bullets, links
// keep their text and their address ("Site (https://…)"), emphasis marks
// go. Setext underlines ("Experience\n==========") mark the line above.
func textLines(src string) []rline {
	src = strings.ReplaceAll(strings.ReplaceAll(src, "\r\n", "\n"), "\r", "\n")
	src = invisible.Replace(fixMojibake(src))
	src = letterSpaced.ReplaceAllStringFunc(src, func(s string) string { return strings.ReplaceAll(s, " ", "") })
	raw := strings.Split(src, "\n")
	var out []rline
	for i, l := range raw {
		if t := strings.TrimSpace(l); len(t) >= 3 && strings.ContainsRune("-*_=", rune(t[0])) && (mdRule.MatchString(l) || strings.Trim(t, "=") == "") {
			// A rule; under a line of text, the underline of a heading.
			if len(out) > 0 && out[len(out)-1].n == i && (strings.Trim(t, "=") == "" || strings.Trim(t, "-") == "") {
				out[len(out)-1].heading, out[len(out)-1].strong = true, true
			}
			continue
		}
		rl := rline{n: i + 1}
		t := strings.TrimSpace(l)
		if strings.HasPrefix(t, "#") {
			if m := mdHeading.FindStringSubmatch(l); m != nil {
				rl.heading, rl.strong, l = true, true, m[1]
			}
		} else if strings.HasPrefix(t, "**") || strings.HasPrefix(t, "__") {
			if m := mdBold.FindStringSubmatch(l); m != nil && !strings.Contains(m[1], "**") {
				rl.heading, l = true, m[1]
			}
		}
		if strings.Contains(l, "](") {
			l = mdLink.ReplaceAllStringFunc(l, func(s string) string {
				m := mdLink.FindStringSubmatch(s)
				if m[1] == m[2] || strings.TrimPrefix(m[2], "mailto:") == m[1] {
					return m[1]
				}
				return m[1] + " (" + strings.TrimPrefix(m[2], "mailto:") + ")"
			})
		}
		if strings.ContainsAny(l, "*_`") {
			l = mdEmph.ReplaceAllStringFunc(l, func(s string) string {
				m := mdEmph.FindStringSubmatch(s)
				if m[1] != m[3] || strings.HasPrefix(m[2], " ") || m[1] == "_" && strings.Contains(m[2], " ") {
					return s
				}
				return m[2]
			})
		}
		l = strings.ReplaceAll(l, "\\", "")
		for _, piece := range strings.Split(l, "\n") {
			text, bullet := stripBullet(piece)
			if text == "" {
				continue
			}
			out = append(out, rline{n: rl.n, text: collapseSpaces(text), heading: rl.heading, strong: rl.strong, bullet: bullet})
		}
	}
	return splitInlineBullets(out)
}

// invisible drops the characters word processors leave that print
// nothing: zero-width spaces and joiners, byte-order marks, soft hyphens.
var invisible = strings.NewReplacer("\u200b", "", "\u200c", "", "\u200d", "", "\ufeff", "", "\u00ad", "", "\u2060", "")

// letterSpaced is a word set in spaced capitals ("C O N T A C T").
var letterSpaced = regexp.MustCompile(`\b(?:\p{Lu} ){3,}\p{Lu}\b`)

// collapseSpaces turns tabs and runs of spaces into one space, keeping a
// run of three or more (or two, but after a sentence's end) as " | ":
// résumés lay columns out with spaces ("Acme Corp          Jan 2019 –
// Present", "Skills  C#, .NET").
func collapseSpaces(s string) string {
	s = strings.ReplaceAll(s, "\t", "   ")
	var b strings.Builder
	spaces := 0
	prev := ' '
	for _, r := range strings.TrimSpace(s) {
		if r == ' ' || r == '\u00a0' {
			spaces++
			continue
		}
		switch {
		case spaces >= 3, spaces == 2 && !strings.ContainsRune(".!?", prev):
			b.WriteString(" | ")
		case spaces > 0:
			b.WriteByte(' ')
		}
		spaces = 0
		b.WriteRune(r)
		prev = r
	}
	return b.String()
}

// splitInlineBullets splits a line holding several "•" items into one
// line per item; the text before the first is a line of its own.
func splitInlineBullets(in []rline) []rline {
	var out []rline
	for _, l := range in {
		if strings.Count(l.text, "•")+strings.Count(l.text, "▪")+strings.Count(l.text, "●") < 1 {
			out = append(out, l)
			continue
		}
		for i, part := range inlineBullet.Split(l.text, -1) {
			if part = strings.TrimSpace(part); part != "" {
				out = append(out, rline{n: l.n, text: part, heading: l.heading && i == 0, bullet: l.bullet || i > 0})
			}
		}
	}
	return out
}

// cp1252 are the Windows-1252 characters in 0x80–0x9f, by the byte they
// stand for: UTF-8 text read as Windows-1252 turns "•" into "â€¢".
var cp1252 = map[rune]byte{'€': 0x80, '‚': 0x82, 'ƒ': 0x83, '„': 0x84, '…': 0x85, '†': 0x86, '‡': 0x87, 'ˆ': 0x88,
	'‰': 0x89, 'Š': 0x8a, '‹': 0x8b, 'Œ': 0x8c, 'Ž': 0x8e, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95,
	'–': 0x96, '—': 0x97, '˜': 0x98, '™': 0x99, 'š': 0x9a, '›': 0x9b, 'œ': 0x9c, 'ž': 0x9e, 'Ÿ': 0x9f}

// fixMojibake undoes UTF-8 text decoded as Latin-1 or Windows-1252 once
// ("NaÃ¯ve", "â€¢ Python"): when every character is one byte in that
// encoding and the bytes are valid UTF-8 holding some character beyond
// ASCII, the text is those bytes. Anything else is left as it is.
func fixMojibake(s string) string {
	if !strings.Contains(s, "Ã") && !strings.Contains(s, "â") {
		return s
	}
	b := make([]byte, 0, len(s))
	for _, r := range s {
		switch {
		case r < 0x100:
			b = append(b, byte(r))
		case cp1252[r] != 0:
			b = append(b, cp1252[r])
		default:
			return s
		}
	}
	if !utf8.Valid(b) || len(b) == len(s) {
		return s
	}
	return string(b)
}
