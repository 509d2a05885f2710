package requirements

import (
	"regexp"
	"sort"
)

// LintWarning is a posting line that asks for a protected characteristic,
// or a usual proxy for one. Hiring law (Title VII, the ADEA and the ADA in
// the US; equal-treatment law elsewhere) forbids selecting on them, and a
// tool that matches against such a line would automate the bias.
type LintWarning struct {
	Requirement string `json:"requirement,omitempty"` // the requirement's id, when the line is one
	Line        int    `json:"line,omitempty"`        // where it stands in its document, when known
	Text        string `json:"text"`                  // the line
	Words       string `json:"words"`                 // the words flagged, as written
	Category    string `json:"category"`              // age, sex, national-origin, religion, disability, pregnancy, family-status, race
	Reason      string `json:"reason"`                // why the words are a problem
	Suggestion  string `json:"suggestion"`            // a neutral rewording
}

// lintRule flags words matching pattern, unless the line also matches
// unless (a context in which the words are legitimate).
type lintRule struct {
	category, reason, suggestion string
	pattern                      *regexp.Regexp
	unless                       *regexp.Regexp
}

func rule(category, pattern, reason, suggestion string) lintRule {
	return lintRule{category: category, reason: reason, suggestion: suggestion, pattern: regexp.MustCompile(`(?i)\b(?:` + pattern + `)\b`)}
}

func (r lintRule) except(pattern string) lintRule {
	r.unless = regexp.MustCompile(`(?i)` + pattern)
	return r
}

// lintRules are the wordings flagged. Each says why and offers a neutral
// rewording; each has tests both ways (flagged, and a neutral control).
var lintRules = []lintRule{
	rule("age", `young(?:er)?|youthful|energetic young`,
		"asks for a young candidate: age is a protected characteristic", "describe the work or the skill instead (\"energetic\" → \"able to work at a fast pace\")").
		except(`\byoung (?:company|startup|team|business|brand|organi[sz]ation|industry|field|children|people|learners|audience)`),
	rule("age", `recent (?:college |university )?grad(?:uate)?s?|fresh (?:grad(?:uate)?s?|out of (?:college|school|university))|new(?:ly)? graduated?`,
		"\"recent graduate\" used as a requirement screens out older candidates (an age proxy)", "say the experience level: \"entry-level; 0–2 years of experience\""),
	rule("age", `digital natives?`,
		"\"digital native\" is a proxy for age", "\"comfortable with digital tools\" or name the tools"),
	rule("age", `(?:under|below|younger than|not older than|no older than|over|above|older than) (?:the age of )?\d{2}(?: years(?: old| of age)?)?|aged? (?:between )?\d{2}\s*(?:-|–|to|and)\s*\d{2}|between the ages of|maximum age|age limit|\d{2}\s*(?:-|–|to)\s*\d{2} years old|years old|born (?:after|before|in|between) (?:19|20)\d{2}|birth ?year|date of birth`,
		"an age limit or birth year: age is a protected characteristic", "remove it; ask for the experience or certification the work needs"),
	rule("age", `(?:no|not) more than \d{1,2} years|maximum (?:of )?\d{1,2} years|max\.? \d{1,2} years|at most \d{1,2} years|(?:less|fewer) than \d{1,2} years(?: of)?(?: \w+)? experience|\d{1,2} years(?: of(?: \w+)? experience)? or (?:less|fewer)|not exceed(?:ing)? \d{1,2} years`,
		"an upper limit on years of experience screens out older candidates (an age proxy); more experience never lowers a match", "say the experience the work needs as a minimum (\"3+ years\"), or the level (\"entry-level\")"),
	rule("sex", `he|she|him|his|her|hers|herself|himself`,
		"a gendered pronoun for the candidate suggests one sex is wanted", "use \"you\" or \"they\""),
	rule("sex", `salesm[ae]n|saleswom[ae]n|chairm[ae]n|forem[ae]n|firem[ae]n|policem[ae]n|businessm[ae]n|craftsm[ae]n|workm[ae]n|waitress(?:es)?|stewardess(?:es)?|manpower|girl friday|male only|female only|men only|women only|(?:male|female) candidates?|(?:male|female) applicants?`,
		"a gendered job title or a sex requirement", "use a neutral word: salesperson, chair, supervisor, firefighter, server, staff"),
	rule("national-origin", `native (?:english |french |german |spanish |[a-z]+ )?speakers?|mother tongue|first language`,
		"\"native speaker\" screens by national origin; what the work needs is the level of fluency", "\"native-level fluency in English\" or \"English at C2\"").
		except(`native[- ]level|native[- ]like|programming`),
	rule("national-origin", `(?:us|u\.s\.|united states|american|canadian|british|uk|eu|german|french|indian|chinese) citizen(?:s|ship)?|citizenship (?:is )?required|citizens only|must be (?:a )?citizens?|green card holders? only|born in (?:the )?[a-z]+`,
		"citizenship is a national-origin proxy unless a law or contract requires it", "ask for the right to work (\"authorized to work in the US\"), or say which law requires citizenship").
		except(`clearance|required by (?:law|statute|regulation|contract)|legally required|itar|export control|public sector`),
	rule("religion", `christians?|muslims?|jewish|jews|hindus?|buddhists?|sikhs?|catholics?|protestants?|atheists?|church[- ]going|god[- ]fearing|religious|practicing (?:christian|muslim|jew|hindu|catholic)`,
		"asks for a religion: religion is a protected characteristic", "remove it"),
	rule("disability", `able[- ]bodied|physically fit|no disabilit(?:y|ies)|not disabled|sound (?:mind|body)|perfect (?:health|vision|eyesight|hearing)|in good health|healthy`,
		"asks about disability or health: ask only about the essential functions of the job, which the candidate may meet with accommodation", "describe the task (\"lifts boxes up to 20 kg, with or without accommodation\")").
		except(`healthy (?:codebase|code|team|culture|discussion|debate|pipeline|system|margins?)`),
	rule("pregnancy", `pregnan(?:t|cy)|not expecting|expecting (?:a baby|mothers?)|no plans? (?:for|to have) (?:a )?(?:baby|babies|children|family)|(?:plan(?:s|ning)?|intend(?:s|ing)?) to (?:get pregnant|have (?:a )?(?:baby|babies|children|kids))|childbearing|maternity`,
		"asks about pregnancy or plans for children", "remove it"),
	rule("family-status", `unmarried|married|divorced|widowed|single (?:applicants?|candidates?|men|women|people|persons?|status|parents?)|must be single|no (?:children|kids|dependants|dependents)|childless|child[- ]?free|without (?:children|kids|dependants|dependents)|marital status|family status|spouse(?:'s)?|husband|wife|(?:childcare|caring|caregiving|family) (?:responsibilities|commitments|obligations)|(?:young|small) children|kids at home|(?:planning|starting|start) a family|family planning`,
		"asks about marital or family status", "remove it; describe any travel or schedule the work needs").
		except(`married to (?:the|our) (?:product|mission|craft)`),
	rule("race", `white|caucasian|fair[- ](?:skinned|complexion)|light[- ]skinned|of (?:[a-z]+ )?(?:descent|ethnicity|race)`,
		"asks for a race, color or ethnicity", "remove it").
		except(`white[- ]?(?:board|paper|box|list|space|hat|label|glove|collar)|whitespace`),
}

// LintText checks one line of a posting and returns a warning for each
// wording that asks for a protected characteristic, in the order they
// appear.
func LintText(line string) []LintWarning {
	type found struct {
		at int
		w  LintWarning
	}
	var all []found
	for _, r := range lintRules {
		if r.unless != nil && r.unless.MatchString(line) {
			continue
		}
		for _, loc := range r.pattern.FindAllStringIndex(line, -1) {
			all = append(all, found{loc[0], LintWarning{Text: line, Words: line[loc[0]:loc[1]], Category: r.category, Reason: r.reason, Suggestion: r.suggestion}})
		}
	}
	sort.SliceStable(all, func(i, j int) bool { return all[i].at < all[j].at })
	out := make([]LintWarning, len(all))
	for i, f := range all {
		out[i] = f.w
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// Lint checks the posting's title and the wording of every requirement.
func Lint(p *Posting) []LintWarning {
	var out []LintWarning
	for _, w := range LintText(p.Title()) {
		w.Requirement = ""
		out = append(out, w)
	}
	for _, r := range p.Requirements() {
		for _, w := range LintText(r.Text()) {
			w.Requirement, w.Line = r.ID(), r.Line()
			out = append(out, w)
		}
	}
	return out
}
