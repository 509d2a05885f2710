package extract

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// item is one line or bullet of a description, in the section it stands in.
type item struct {
	line    int
	text    string
	section string
	heading bool
	bullet  bool
	prose   bool // a sentence of a paragraph that followed its section's list
	title   bool // the first line, read as the posting's title
}

// containsWord reports whether phrase stands in s starting at a word
// boundary ("plus" in "pluses" counts, in "surplus" it does not).
func containsWord(s, phrase string) bool {
	for i := 0; ; {
		j := strings.Index(s[i:], phrase)
		if j < 0 {
			return false
		}
		j += i
		if j == 0 || s[j-1] == ' ' || s[j-1] == '-' {
			return true
		}
		i = j + 1
	}
}

// maxHeadingWords bounds how long a line may be and still be a heading.
const maxHeadingWords = 8

// maxTitleHeadingWords bounds a heading in title case set off from its
// text by a run of spaces ("You Should Know Or Have Most Of The Following").
const maxTitleHeadingWords = 12

var bulletPrefix = regexp.MustCompile(`^\s*(?:[-*•·▪◦‣●○■□➢➤►✓✔–—]|\d{1,2}[.)]|[a-z][.)])\s+`)

// segment splits a description into items: lines, bullets of lines with
// inline bullets, headings glued to their text, and long paragraphs of a
// qualification section split into sentences. Each item carries the
// section of the last heading above it.
func segment(description string) []item {
	description = strings.ReplaceAll(strings.ReplaceAll(description, "\r\n", "\n"), "\r", "\n")
	var items []item
	section := SectionOther
	listed := false // the section holds items from an earlier line than this one
	for n, raw := range strings.Split(description, "\n") {
		if len(items) > 0 && !items[len(items)-1].heading && items[len(items)-1].line < n+1 {
			listed = true
		}
		for _, piece := range splitInline(unglue(raw)) {
			text, bullet := stripBullet(piece)
			if text == "" {
				continue
			}
			if sec, rest, ok := headingOf(text, bullet); ok {
				section, listed = sec, false
				if sec == "" {
					section = SectionOther // a heading of no known kind: content decides
				}
				items = append(items, item{line: n + 1, text: headingText(text, rest), section: section, heading: true, bullet: bullet})
				if rest == "" {
					continue
				}
				text = rest
			}
			if section == SectionBenefits || section == SectionSalary ||
				section == SectionEqualOpportunity || section == SectionLogistics {
				if bullet || len(text) <= longParagraph {
					items = append(items, item{line: n + 1, text: text, section: section, bullet: bullet})
					continue
				}
				// A page that ran everything after "Salary:" into one line:
				// the heading holds its first sentence, content decides the rest.
				for k, s := range allSentences(unglueSentences(text)) {
					sec := section
					if k > 0 {
						sec = SectionOther
					}
					items = append(items, item{line: n + 1, text: s, section: sec})
				}
				continue
			}
			// A long paragraph after a section's list is prose that
			// followed it (the company, the role): content decides.
			prose := listed && !bullet && len(text) > longParagraph
			for _, s := range blockSentences(text, bullet, section) {
				items = append(items, item{line: n + 1, text: s, section: section, bullet: bullet, prose: prose})
			}
		}
	}
	markTitle(items)
	labelByContent(items)
	return items
}

// markTitle marks the first block as the posting's title when it reads as
// one ("Software Engineer, PhD, Early Career, 2025 Start"): its words are
// not a qualification, however many degrees they name.
func markTitle(items []item) {
	if len(items) == 0 || items[0].heading || items[0].bullet {
		return
	}
	if t := items[0].text; wordCount(t) <= 15 && looksLikeTitle(t) && !strings.ContainsAny(t[len(t)-1:], ".!?:") &&
		(len(items) == 1 || items[1].line > items[0].line) {
		items[0].title = true
	}
}

// headingText is the heading part of a line that also holds content.
func headingText(line, rest string) string {
	if rest == "" {
		return line
	}
	return strings.TrimSpace(strings.TrimSuffix(line, rest))
}

func stripBullet(s string) (string, bool) {
	s = strings.TrimSpace(s)
	if loc := bulletPrefix.FindStringIndex(s); loc != nil {
		return strings.TrimSpace(s[loc[1]:]), true
	}
	return s, false
}

// headingOf decides whether a line is (or starts with) a heading. It
// returns the section it opens ("" for a heading of no known kind) and
// the content that follows it on the same line.
func headingOf(line string, bullet bool) (section, rest string, ok bool) {
	// "Minimum qualifications: BA/BS degree" — a known heading, a colon, content.
	if i := strings.Index(line, ":"); i > 0 && i < len(line)-1 && !bullet {
		head := line[:i]
		if wordCount(head) <= 5 && !strings.ContainsAny(head, ",;()") && (hasSectionWord(head) || allHeadingWords(head)) {
			if sec := classifyHeading(head); sec != "" && startsUpper(head) {
				return sec, strings.TrimSpace(line[i+1:]), true
			}
		}
	}
	trimmed := strings.TrimSpace(line)
	endsColon := strings.HasSuffix(trimmed, ":")
	if n := wordCount(trimmed); n > maxHeadingWords && !(endsColon && n <= 2*maxHeadingWords && !bullet) {
		// A long line is a heading only when it ends with a colon: "As a
		// Machine Learning Intern at Pinterest, you will:".
		return "", "", false
	}
	sec := classifyHeading(trimmed)
	switch {
	case endsColon && sec != "":
		return sec, "", true
	case endsColon && !bullet && wordCount(trimmed) <= 4 && startsUpper(trimmed):
		return "", "", true // a heading of a kind we do not know: its lines are "other"
	case bullet:
		return "", "", false
	case sec != "" && isHeadingPhrase(trimmed):
		return sec, "", true // "The role", "You have": the whole line is a heading phrase
	case sec != "" && strongHeadingAt(trimmed) != "" && wordCount(trimmed) <= maxHeadingWords && !strings.ContainsAny(trimmed[len(trimmed)-1:], ".,;"):
		return sec, "", true // "Bonus points if you have"
	case sec != "" && looksLikeTitle(trimmed) && (hasSectionWord(trimmed) || allHeadingWords(trimmed)):
		return sec, "", true
	}
	return "", "", false
}

// isHeadingPhrase reports whether a line is nothing but one of the
// phrases headings are made of.
func isHeadingPhrase(line string) bool {
	k := normalizeHeading(line)
	for _, r := range headingRules {
		for _, w := range r.words {
			if k == w {
				return true
			}
		}
	}
	return false
}

func hasSectionWord(s string) bool {
	k := normalizeHeading(s)
	for _, w := range sectionWords {
		if containsWord(k, w) {
			return true
		}
	}
	return false
}

// allHeadingWords reports whether every word of s is a word headings use.
func allHeadingWords(s string) bool {
	for _, w := range strings.Fields(normalizeHeading(s)) {
		if !headingVocabulary[w] {
			return false
		}
	}
	return true
}

// looksLikeTitle reports whether a short line reads as a heading rather
// than a sentence: no final period, and capitalized words or all capitals.
func looksLikeTitle(s string) bool {
	if strings.HasSuffix(s, ".") || strings.HasSuffix(s, ",") || strings.HasSuffix(s, ";") {
		return false
	}
	caps, total := 0, 0
	for _, w := range strings.Fields(s) {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLetter(r) {
			continue
		}
		total++
		if unicode.IsUpper(r) || isSmallWord(w) {
			caps++
		}
	}
	return total > 0 && caps*3 >= total*2
}

func isSmallWord(w string) bool {
	switch strings.ToLower(w) {
	case "a", "an", "the", "and", "or", "of", "to", "in", "for", "on", "at", "with", "we", "you", "your", "our", "what", "who", "is", "are", "be":
		return true
	}
	return false
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimSpace(s))
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

func wordCount(s string) int { return len(strings.Fields(s)) }

// strongHeadingAt returns the strong heading that s starts with (ignoring
// case; the text must start with a capital), or "".
func strongHeadingAt(s string) string {
	if !startsUpper(s) {
		return ""
	}
	for _, h := range strongHeadings {
		if len(s) >= len(h) && strings.EqualFold(s[:len(h)], h) {
			return s[:len(h)]
		}
	}
	return ""
}

// unglue puts a line break after a strong heading glued to the next word
// at the start of a line ("QualificationsBachelor's degree",
// "Preferred qualifications10 years of …").
func unglue(line string) string {
	t := strings.TrimLeft(line, " \t")
	// "Qualifications      7+ years of …", "… business.Required Skills And
	// Experience      B.S. Degree …": a heading set off by a run of spaces.
	if i := strings.Index(t, "   "); i > 0 {
		body := strings.TrimRight(t[:i], ":? ")
		start := strings.LastIndexAny(body, ".!?:") + 1
		if i-start <= 100 {
			head := strings.TrimSpace(t[start:i])
			known := classifyHeading(head) != "" && (hasSectionWord(head) || allHeadingWords(head))
			// "What We Need To See      Pursuing a M.S …": a title of any
			// wording that opens the line.
			title := start == 0 && wordCount(head) <= maxTitleHeadingWords && looksLikeTitle(head)
			if startsUpper(head) && (known && i-start <= 50 || title || isContentHeadingEnd(head) && wordCount(head) <= 2*maxHeadingWords) {
				head = strings.TrimRight(head, ":")
				out := head + ":\n" + unglue(strings.TrimSpace(t[i:]))
				if before := strings.TrimSpace(t[:start]); before != "" {
					out = before + "\n" + out
				}
				return out
			}
		}
	}
	h := strongHeadingAt(t)
	if h == "" || len(t) == len(h) {
		return line
	}
	after := t[len(h):]
	if strings.HasPrefix(after, "?") || strings.HasPrefix(after, ":") {
		after = after[1:] // "Does this sound like you?BA/BS degree"
	}
	if r, _ := utf8.DecodeRuneInString(after); unicode.IsUpper(r) || unicode.IsDigit(r) {
		return h + ":\n" + after
	}
	if rest := strings.TrimLeft(t[len(h):], ":"); strings.HasPrefix(rest, "- ") {
		return h + ":\n" + rest // "Qualifications- Bachelor's degree …"
	}
	return line
}

var inlineBullet = regexp.MustCompile(`\s*[•·●▪◦■➢➤►]\s*`)

// inlineDash finds list items a page ran together with "- " markers and no
// line breaks: "…reliability:- A Bachelor's degree- Expertise in …".
var inlineDash = regexp.MustCompile(`([^\s\d-])- ([A-Z])`)

// middleDotItem is a middle dot that opens a list item ("· BS in CS·
// Excellent programming skills"); a page uses it as a bullet when it does
// so twice, while "Café · Bar" is one name.
var middleDotItem = regexp.MustCompile(`(?:^|\s|[^\s·])·\s?[A-Z0-9]`)

func isLowerASCII(c byte) bool { return c >= 'a' && c <= 'z' }

// splitInline splits a line at inline bullets ("• one • two") and at the
// line breaks unglue put back. A piece that ends with a strong heading
// ("… operations. Minimum qualifications") is split before it: the heading
// opens the bullets that follow.
func splitInline(line string) []string {
	var out []string
	var parts []string
	for _, part := range strings.Split(line, "\n") {
		parts = append(parts, splitAtInlineHeadings(part)...)
	}
	for _, part := range parts {
		if strings.Count(part, "- ") >= 2 {
			part = inlineDash.ReplaceAllString(part, "$1 • $2")
		}
		if !strings.ContainsAny(part, "•●▪◦■➢➤►") && (!strings.Contains(part, "·") || len(middleDotItem.FindAllStringIndex(part, 2)) < 2) {
			out = append(out, part)
			continue
		}
		for i, b := range inlineBullet.Split(part, -1) {
			b = strings.TrimSpace(b)
			if b == "" {
				continue
			}
			body, heading := trailingHeading(b)
			if body != "" {
				if i > 0 {
					body = "• " + body // the text before the first bullet is not a bullet
				}
				out = append(out, body)
			}
			if heading != "" {
				out = append(out, heading+":")
			}
		}
	}
	return out
}

// splitAtInlineHeadings splits a paragraph before each strong heading that
// stands inside it: with a colon ("… code. Preferred Qualifications:
// Experience in …"), or after a sentence end and before a capitalized word
// ("… candidate. Responsibilities As the Principal SDE, …").
func splitAtInlineHeadings(part string) []string {
	if len(part) < 20 {
		return []string{part}
	}
	if i := gluedColonHeading(part); i > 0 {
		return append(splitAtInlineHeadings(strings.TrimSpace(part[:i])), splitAtInlineHeadings(part[i:])...)
	}
	// A heading inside the paragraph starts with a capital letter: only
	// those places are tried.
	var capitals []int
	for i := 1; i < len(part); i++ {
		if part[i] >= 'A' && part[i] <= 'Z' {
			capitals = append(capitals, i)
		}
	}
	low := asciiLower(part)
	for _, h := range strongHeadings {
		for _, i := range capitals {
			end := i + len(h)
			if low[i] != h[0] || !strings.HasPrefix(low[i:], h) || endsLonger(low[:end], h) {
				continue
			}
			colon := end < len(part) && part[end] == ':'
			afterSentence := i >= 2 && part[i-1] == ' ' && strings.ContainsRune(".!?)", rune(part[i-2])) &&
				end+1 < len(part) && part[end] == ' ' && startsUpper(part[end+1:])
			// "… and more Qualifications Qualifications4+ years": a page that
			// prints a heading twice, the second glued to its text.
			doubled := part[i-1] == ' ' && end+1+len(h) <= len(part) && part[end] == ' ' && strings.EqualFold(part[end+1:end+1+len(h)], h)
			if doubled {
				end += 1 + len(h)
			}
			// "…devices.QualificationsExtensive experience": glued to the
			// sentence before and to the text after.
			gluedBoth := strings.ContainsRune(".!?", rune(part[i-1])) && end < len(part) && part[end] >= 'A' && part[end] <= 'Z'
			// "…drive improvements Qualifications Degree in …": a heading in
			// capitals inside running text, whose sentence end was lost.
			midSentence := part[i-1] == ' ' && i >= 2 && isLowerASCII(part[i-2]) && end+1 < len(part) && part[end] == ' ' &&
				part[end+1] >= 'A' && part[end+1] <= 'Z' && allCapitalized(part[i:end])
			// "…reliabilityQualifications:- A Bachelor's": glued to the word before.
			if !(colon && (part[i-1] == ' ' || part[i-1] == '.' || isLowerASCII(part[i-1]))) && !afterSentence && !doubled && !gluedBoth && !midSentence {
				continue
			}
			rest := part[end:]
			if colon {
				rest = rest[1:]
			}
			var out []string
			if before := strings.TrimSpace(part[:i]); before != "" {
				out = append(out, splitAtInlineHeadings(before)...)
			}
			out = append(out, part[i:end]+":")
			return append(out, splitAtInlineHeadings(strings.TrimSpace(rest))...)
		}
	}
	return []string{part}
}

// colonHeadingAfterSentence is a short capitalized phrase glued to the end
// of a sentence and ending in a colon: "…help the system run.Essential
// requirements:Bachelors in …". It is tried on the 48 bytes before a colon.
var colonHeadingAfterSentence = regexp.MustCompile(`[a-z)][.!?]\s?([A-Z][a-z]+(?: [A-Za-z]+){0,3})$`)

// gluedColonHeading returns where a heading of a known kind glued to the
// sentence before it starts, or 0.
func gluedColonHeading(part string) int {
	for c := 0; ; c++ {
		k := strings.IndexByte(part[c:], ':')
		if k < 0 {
			return 0
		}
		c += k
		from := max(0, c-48)
		m := colonHeadingAfterSentence.FindStringSubmatchIndex(part[from:c])
		if m == nil {
			continue
		}
		head := part[from+m[2] : c]
		if hasSectionWord(head) && classifyHeading(head) != "" {
			return from + m[2]
		}
	}
}

// allCapitalized reports whether every word of s starts with a capital.
func allCapitalized(s string) bool {
	for _, w := range strings.Fields(s) {
		if !startsUpper(w) {
			return false
		}
	}
	return true
}

// endsLonger reports whether s, which ends with the heading h, ends with a
// longer strong heading too ("preferred qualifications" ends with
// "qualifications"): then h is only part of that heading.
func endsLonger(s, h string) bool {
	for _, long := range strongHeadings {
		if len(long) > len(h) && strings.HasSuffix(long, h) && strings.HasSuffix(s, long) {
			return true
		}
	}
	return false
}

// trailingHeading splits a strong heading off the end of a piece: after a
// sentence end, or after a title with no sentence end at all ("Google
// Cloud Program Manager Responsibilities").
func trailingHeading(piece string) (body, heading string) {
	piece = strings.TrimSuffix(strings.TrimSuffix(piece, ":"), "?")
	if h := strongHeadingAt(piece); h != "" && len(h) == len(piece) {
		return "", h
	}
	for i := len(piece) - 1; i > 0; i-- {
		// After a space, or glued to a sentence's end: "…AI tools.Requirements".
		if piece[i-1] != ' ' && !(strings.IndexByte(".!?", piece[i-1]) >= 0 && i >= 2 && isLowerASCII(piece[i-2])) {
			continue
		}
		tail := piece[i:]
		if h := strongHeadingAt(tail); h != "" && len(h) == len(tail) {
			return strings.TrimSpace(piece[:i]), h
		}
		if len(piece)-i > 40 {
			break
		}
	}
	return piece, ""
}

// unglueSentences puts a break between sentences a page ran together when
// it dropped their bullets: "… development experienceDeep experience in …".
// Only a lowercase word running into a capitalized one counts, so
// TensorFlow, JavaScript and iOS stay whole.
func unglueSentences(s string) string {
	var cuts []int
	wordStart := 0
	for i := 1; i+1 < len(s); i++ {
		c := s[i]
		if c == ' ' || c == '/' || c == '(' || c == '-' {
			wordStart = i + 1
			continue
		}
		if c >= 'A' && c <= 'Z' && s[i-1] >= 'a' && s[i-1] <= 'z' && s[i+1] >= 'a' && s[i+1] <= 'z' &&
			i-wordStart >= 3 && isLowerWord(s[wordStart:i]) {
			cuts = append(cuts, i)
			wordStart = i
		}
		// "…hands-on experience in PythonExperience in C++": a name in
		// capitals runs into the word a qualification opens with.
		if c >= 'A' && c <= 'Z' && i-wordStart >= 2 && isASCIILetter(s[i-1]) && qualificationWordAt(s[i:]) {
			cuts = append(cuts, i)
			wordStart = i
			continue
		}
		// "…or a related field.5 plus years …", "…field.Strong experience":
		// a sentence end that lost its space.
		if c == '.' && i+2 < len(s) && i-wordStart >= 3 && isLetters(s[wordStart:i]) &&
			(s[i+1] >= 'A' && s[i+1] <= 'Z' && s[i+2] >= 'a' && s[i+2] <= 'z' || s[i+1] >= '0' && s[i+1] <= '9' && yearsOpening.MatchString(s[i+1:])) {
			cuts = append(cuts, -(i + 1)) // negative: a space only, the period is there
			wordStart = i + 1
		}
		// "…(SQL, NoSQL)Experience with …", "…(we use git)The ability …".
		if c == ')' && i+2 < len(s) && s[i+1] >= 'A' && s[i+1] <= 'Z' && s[i+2] >= 'a' && s[i+2] <= 'z' {
			cuts = append(cuts, i+1)
			wordStart = i + 1
		}
		// "…and OOP languages4+ years of …": years glued to the word before.
		if c >= '0' && c <= '9' && isLowerASCII(s[i-1]) && i-wordStart >= 3 && isLowerWord(s[wordStart:i]) && yearsOpening.MatchString(s[i:]) {
			cuts = append(cuts, i)
			wordStart = i
		}
	}
	if len(cuts) == 0 {
		return s
	}
	var b strings.Builder
	prev := 0
	for _, c := range cuts {
		sep := ". "
		if c < 0 {
			c, sep = -c, " "
		}
		b.WriteString(s[prev:c])
		b.WriteString(sep)
		prev = c
	}
	b.WriteString(s[prev:])
	return b.String()
}

// gluedOpeners are the words a qualification opens with that no name in
// capitals ends with, so "PythonExperience" is two items, "TypeScript" one.
var gluedOpeners = []string{"Experience", "Knowledge", "Proficiency", "Familiarity", "Understanding", "Ability",
	"Minimum", "Bachelor", "Master", "Degree", "Strong", "Excellent", "Expertise", "Demonstrated", "Proven", "Solid"}

// qualificationWordAt reports whether s opens with one of gluedOpeners as a
// whole word.
func qualificationWordAt(s string) bool {
	for _, w := range gluedOpeners {
		if strings.HasPrefix(s, w) && (len(s) == len(w) || !isASCIILetter(s[len(w)]) || w == "Bachelor" || w == "Master") {
			return true
		}
	}
	return false
}

func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// isLetters reports whether w is ASCII letters only.
func isLetters(w string) bool {
	for i := 0; i < len(w); i++ {
		if !isASCIILetter(w[i]) {
			return false
		}
	}
	return w != ""
}

func isLowerWord(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}

// longParagraph is the length past which a line of a qualification section
// with several sentences is read sentence by sentence.
const longParagraph = 200

var abbreviation = regexp.MustCompile(`(?i)(?:\b(?:e\.g|i\.e|etc|vs|approx|incl|min|max|yrs?|no|dept|inc|ltd|jr|sr|dr|mr|ms|mrs|st)|\b[A-Z](?:\.[A-Za-z])+|\d)\.$`)

// sentences splits a long paragraph at sentence ends; a short line stays whole.
func sentences(s string) []string {
	if len(s) <= longParagraph {
		return []string{s}
	}
	var out []string
	for _, sentence := range allSentences(s) {
		out = append(out, runOnItems(sentence)...)
	}
	return out
}

// runOnItems splits a long run of list items a page printed without their
// bullets or stops ("… or related field Experience working in … Ability to
// work with …") before each capitalized word that opens a qualification.
func runOnItems(s string) []string {
	if len(s) <= longParagraph {
		return []string{s}
	}
	var out []string
	start := 0
	for i := 2; i < len(s); i++ {
		if s[i-1] != ' ' || s[i] < 'A' || s[i] > 'Z' || !isLowerASCII(s[i-2]) {
			continue
		}
		if w := trailingWord(s[start : i-1]); isSmallWord(w) || !qualificationOpening.MatchString(s[i:]) {
			continue // "… experience in Python" or a name: not a new item
		}
		if wordCount(s[start:i]) >= 3 {
			out = append(out, strings.TrimSpace(s[start:i]))
			start = i
		}
	}
	return append(out, strings.TrimSpace(s[start:]))
}

// yearsOpening is a sentence that opens with its years: "4+ years of …".
var yearsOpening = regexp.MustCompile(`^\d{1,2}\s*\+?\s*(?:-\s*\d{1,2}\s*\+?\s*)?(?:years?|yrs)\b|^\d{1,2}\+`)

// lastWord is what follows the last space of s: the only part of a
// sentence the abbreviation pattern can match.
func lastWord(s string) string {
	return s[strings.LastIndexByte(s, ' ')+1:]
}

// allSentences splits text at every sentence end, whatever its length.
func allSentences(s string) []string {
	var out []string
	start := 0
	for i := 0; i < len(s)-1; i++ {
		if (s[i] == '.' || s[i] == '!' || s[i] == '?' || s[i] == ';') && s[i+1] == ' ' {
			if s[i] == '.' && abbreviation.MatchString(lastWord(s[start:i+1])) {
				continue
			}
			next := strings.TrimLeft(s[i+1:], " ")
			r, _ := utf8.DecodeRuneInString(next)
			if !unicode.IsUpper(r) && s[i] != ';' && !yearsOpening.MatchString(next) {
				continue
			}
			if sent := strings.TrimSpace(s[start : i+1]); sent != "" {
				out = append(out, sent)
			}
			start = i + 1
		}
	}
	if rest := strings.TrimSpace(s[start:]); rest != "" {
		out = append(out, rest)
	}
	return out
}

var titleAt = regexp.MustCompile(`^(?:About the (?:Job|Role|Position)|Job Title|Position|Role|Title)\s*:\s*(.+?)(?:\s+at\s+(.+))?$`)

// findTitle looks for the job title and organization in the first lines:
// "About the Job: Machine Learning Intern at Pinterest", "Job Title: …".
func findTitle(description string) (title, org string) {
	for i, line := range strings.SplitN(description, "\n", 12) {
		if i > 10 {
			break
		}
		if m := titleAt.FindStringSubmatch(strings.TrimSpace(line)); m != nil {
			return strings.TrimSpace(m[1]), strings.TrimSpace(m[2])
		}
	}
	return "", ""
}
