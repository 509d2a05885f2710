package requirements

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
}

// headingRules classify a heading by the words in it, first match wins:
// specific phrases ("preferred", "in-office") before the general ones
// ("qualifications", "requirement") that they would otherwise fall under.
var headingRules = []struct {
	section string
	words   []string
}{
	{SectionEqualOpportunity, []string{"equal opportunit", "equal employment", "inclusion", "diversity", "eeo", "accommodation"}},
	{SectionPreferred, []string{"preferred", "nice to have", "nice-to-have", "bonus", "plus", "ideally", "desired", "desirable", "good to have", "great to have", "extra credit", "even better", "would be great", "stand out", "set you apart", "optional"}},
	{SectionLogistics, []string{"logistic", "office", "start date", "location", "duration", "application process", "important note", "how to apply", "work arrangement", "schedule"}},
	{SectionSalary, []string{"salary", "compensation", "pay range", "pay transparency", "base pay"}},
	{SectionBenefits, []string{"benefit", "perk", "what we offer", "we offer", "why join", "why work", "why intern", "why you", "what's in it"}},
	{SectionRequired, []string{"minimum", "basic qualification", "required", "requirement", "must have", "must-have", "qualification", "looking for", "what you need", "what you'll need", "what you will need", "you'll need", "who you are", "what you bring", "you bring", "you have", "you'll have", "your profile", "about you", "skills", "experience", "education", "competenc", "ideal candidate", "eligibility", "prerequisite"}},
	{SectionResponsibilities, []string{"responsibilit", "what you'll do", "what you will do", "you will", "you'll", "duties", "the role", "your role", "day to day", "day-to-day", "your impact", "what you'll be doing", "the opportunity", "job description", "overview", "summary"}},
	{SectionAbout, []string{"about", "who we are", "our mission", "our team", "the team", "company"}},
}

// classifyHeading returns the section a heading opens, or "".
func classifyHeading(h string) string {
	k := normalizeHeading(h)
	if k == "" {
		return ""
	}
	for _, r := range headingRules {
		for _, w := range r.words {
			if containsWord(k, w) {
				return r.section
			}
		}
	}
	return ""
}

var headingNoise = strings.NewReplacer("’", "'", "‘", "'", "&", " and ", "/", " ", "–", " ", "—", " ", "*", "", "#", "", "_", " ")

// normalizeHeading lowercases a heading and drops its trailing colon and
// punctuation, but keeps what stands in parentheses ("What We're Looking
// For (Qualifications)").
func normalizeHeading(h string) string {
	h = headingNoise.Replace(strings.ToLower(strings.TrimSpace(h)))
	h = strings.NewReplacer("(", " ", ")", " ", ":", " ", "?", " ", "!", " ", ".", " ").Replace(h)
	return strings.Join(strings.Fields(h), " ")
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

var bulletPrefix = regexp.MustCompile(`^\s*(?:[-*•·▪◦‣●○■□➢➤►✓✔–—]|\d{1,2}[.)]|[a-z][.)])\s+`)

// segment splits a description into items: lines, bullets of lines with
// inline bullets, headings glued to their text, and long paragraphs of a
// qualification section split into sentences. Each item carries the
// section of the last heading above it.
func segment(description string) []item {
	description = strings.ReplaceAll(strings.ReplaceAll(description, "\r\n", "\n"), "\r", "\n")
	var items []item
	section := SectionOther
	for n, raw := range strings.Split(description, "\n") {
		for _, piece := range splitInline(unglue(raw)) {
			text, bullet := stripBullet(piece)
			if text == "" {
				continue
			}
			if sec, rest, ok := headingOf(text, bullet); ok {
				if sec != "" {
					section = sec
				}
				items = append(items, item{line: n + 1, text: headingText(text, rest), section: section, heading: true, bullet: bullet})
				if rest == "" {
					continue
				}
				text = rest
			}
			if (section == SectionRequired || section == SectionPreferred) && !bullet {
				for _, s := range sentences(text) {
					items = append(items, item{line: n + 1, text: s, section: section})
				}
				continue
			}
			items = append(items, item{line: n + 1, text: text, section: section, bullet: bullet})
		}
	}
	return items
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
		if wordCount(head) <= 5 && !strings.ContainsAny(head, ",;") {
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
	case sec != "" && looksLikeTitle(trimmed):
		return sec, "", true
	}
	return "", "", false
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

// gluedHeadings are the headings careers pages run into the next word
// ("QualificationsBachelor's degree"); unglue puts a line break back.
var gluedHeading = regexp.MustCompile(`(Minimum Qualifications|Basic Qualifications|Preferred Qualifications|Required Qualifications|Qualifications|Requirements|Responsibilities|What You'll Do|What you'll do|Nice to Have|Nice to have|Bonus Points|Preferred|Benefits)([A-Z][a-z'’]|[A-Z]{2,}\b)`)

func unglue(line string) string {
	if !gluedHeading.MatchString(line) {
		return line
	}
	return gluedHeading.ReplaceAllStringFunc(line, func(m string) string {
		sub := gluedHeading.FindStringSubmatch(m)
		return "\n" + sub[1] + "\n" + sub[2]
	})
}

// splitInline splits a line at inline bullets ("• one • two") and at the
// line breaks unglue put back.
func splitInline(line string) []string {
	var out []string
	for _, part := range strings.Split(line, "\n") {
		if strings.Count(part, "•") >= 1 || strings.Count(part, " · ") >= 2 {
			for _, b := range regexp.MustCompile(`\s*[•·]\s*`).Split(part, -1) {
				if strings.TrimSpace(b) != "" {
					out = append(out, "• "+strings.TrimSpace(b))
				}
			}
			continue
		}
		out = append(out, part)
	}
	return out
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
	start := 0
	for i := 0; i < len(s)-1; i++ {
		if (s[i] == '.' || s[i] == '!' || s[i] == '?' || s[i] == ';') && s[i+1] == ' ' {
			if s[i] == '.' && abbreviation.MatchString(s[start:i+1]) {
				continue
			}
			r, _ := utf8.DecodeRuneInString(strings.TrimLeft(s[i+1:], " "))
			if !unicode.IsUpper(r) && s[i] != ';' {
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
