package extract

import "strings"

// The label stage puts each block of a description in a section: from the
// heading it stands under, then from its own words where the heading is
// missing or wrong. Its words are in lexicon.go.

// contentSectionOf returns the section a block's own words put it in when
// they say it is not a qualification, or "".
func contentSectionOf(t cueText) string {
	for i := range contentRules {
		if r := &contentRules[i]; r.cue.match(t) {
			if r.section == SectionAbout && asksFor.MatchString(t.s) {
				continue // "…, so a thorough understanding of transformers is critical"
			}
			if r.weak && (readsAsRequirement(t) || abilityCue.match(t)) {
				continue // "We are looking for someone with 5+ years of Go"
			}
			return r.section
		}
	}
	return ""
}

// readsAsRequirement reports whether a block says what a candidate needs,
// whatever heading it stands under.
func readsAsRequirement(t cueText) bool {
	if qualificationOpening.MatchString(t.s) {
		return true
	}
	for i := range requirementCues {
		if requirementCues[i].match(t) {
			return true
		}
	}
	return false
}

// preferredByContent reports whether a line of the required qualifications
// says of itself that it is only preferred.
//
// Only the first clause counts: "Fluent in English; conversational Spanish
// is a plus" stays required for its English.
func preferredByContent(s string) bool {
	s = parenthesized.ReplaceAllString(s, " ")
	if i := strings.IndexByte(s, ';'); i > 0 {
		s = s[:i]
	}
	return preferredCue.match(newCueText(s)) && !requiredCue.MatchString(s)
}

// labelByContent is the label stage: it moves each block whose own words
// contradict the section its heading gave it. Qualification sections lose
// pay, benefits, equal-opportunity text, company pitch and application
// instructions; lines outside any known section that read as requirements
// become required (or preferred) qualifications.
func labelByContent(items []item) {
	for i := range items {
		it := &items[i]
		if it.heading {
			continue
		}
		switch it.section {
		case SectionRequired, SectionPreferred:
			t := newCueText(it.text)
			if sec := contentSectionOf(t); sec != "" {
				it.section = sec
			} else if it.prose && !readsAsRequirement(t) && !abilityCue.match(t) {
				it.section = SectionOther
			} else if it.section == SectionRequired && preferredByContent(it.text) {
				it.section = SectionPreferred
			}
		case SectionOther, SectionAbout:
			promoteByContent(it)
		}
	}
	// Headings failed altogether: the requirement sentences stand among
	// the duties, and what they say finds them.
	for _, it := range items {
		if !it.heading && (it.section == SectionRequired || it.section == SectionPreferred) {
			return
		}
	}
	for i := range items {
		if it := &items[i]; !it.heading && it.section == SectionResponsibilities {
			promoteByContent(it)
		}
	}
}

// promoteByContent makes a block that reads as a requirement a required
// (or preferred) qualification.
func promoteByContent(it *item) {
	if it.title {
		return
	}
	if t := newCueText(it.text); contentSectionOf(t) == "" && readsAsRequirement(t) {
		it.section = SectionRequired
		if preferredByContent(it.text) {
			it.section = SectionPreferred
		}
	}
}

// blockSentences splits a block of running text into its sentences and
// glued list items, so that each can be labelled on its own.
// Running text outside the qualification sections is split whatever its
// length, since its requirement sentences stand among pitch and pay.
func blockSentences(text string, bullet bool, section string) []string {
	if bullet {
		return []string{text}
	}
	if section == SectionRequired || section == SectionPreferred {
		return sentences(unglueSentences(text))
	}
	return allSentences(unglueSentences(text))
}

// isContentHeadingEnd reports whether text before a run of spaces ends
// like a heading of any wording: with a colon or a question mark ("Does
// this sound like you?", "Here is what will help you succeed:").
func isContentHeadingEnd(head string) bool {
	head = strings.TrimSpace(head)
	return strings.HasSuffix(head, ":") || strings.HasSuffix(head, "?")
}

// classifyHeading returns the section a heading opens, or "".
func classifyHeading(h string) string {
	k := normalizeHeading(h)
	if k == "" {
		return ""
	}
	if sec, ok := exactHeadings[k]; ok {
		return sec
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
