package extract

import (
	"regexp"
	"strings"
)

// This file is the one lexicon of extraction: the words that put a block in
// a section. Content cues come first (careers pages put pay, benefits,
// equal-opportunity text and application instructions under any heading,
// and many state requirements in prose under none), then the heading words
// that segment and label both read.

// contentRules name what a block that is not a qualification says, first
// match wins. A block holding one of these is never a requirement.
var contentRules = []struct {
	section string
	weak    bool // a line that reads as a requirement or names an ability overrides it
	cue     cue
}{
	// Equal opportunity: each pattern with the words it holds.
	{SectionEqualOpportunity, false, cue{[]string{"equal "}, regexp.MustCompile(`(?i)equal (?:employment )?opportunit|equal employment`), nil}},
	{SectionEqualOpportunity, false, cue{[]string{"regard"}, regexp.MustCompile(`(?i)without regard to|regardless of (?:race|age|gender)`), nil}},
	{SectionEqualOpportunity, false, cue{[]string{"accommodation"}, regexp.MustCompile(`(?i)reasonable accommodation|(?:request|requires?|need) (?:an )?accommodation`), nil}},
	{SectionEqualOpportunity, false, cue{[]string{"affirmative action", "e-verify", "protected veteran", "veteran status", "sexual orientation", "gender identity", "national origin", "pay transparency", "fair chance", "criminal histor", "all qualified applicants", "non-discriminatory"}, regexp.MustCompile(`(?i)affirmative action|e-verify|protected veteran|veteran status|sexual orientation|gender identity|national origin|pay transparency|fair chance|criminal histor|all qualified applicants|non-discriminatory`), nil}},
	{SectionEqualOpportunity, false, cue{[]string{"inclusive"}, regexp.MustCompile(`(?i)diverse and inclusive|inclusive and diverse|inclusive (?:workplace|environment|workforce)`), nil}},
	{SectionEqualOpportunity, false, cue{[]string{"committed to", "celebrat", "discriminat"}, regexp.MustCompile(`(?i)committed to (?:creating|fostering|building|providing) (?:an? )?(?:inclusive|divers|veteran)|celebrat\w* (?:our )?divers|discriminat\w* (?:and|or) harass`), nil}},
	{SectionEqualOpportunity, true, cue{[]string{"divers", "equality", "inclusive", "disabilit"}, regexp.MustCompile(`(?i)value diversity|values (?:\w+, )*(?:equality|diversity)|inclusive (?:space|culture|community|team|world)|divers\w* (?:voices|perspectives|backgrounds|points of view|life experiences|teams|workforce)|disabilit(?:y|ies)`), nil}},
	{SectionSalary, false, cue{[]string{"$"}, regexp.MustCompile(`(?i)\$\s?\d[\d,.]*\s*[kK]?\s*(?:-|–|—|to)\s*\$?\s?\d|\$\s?\d[\d,.]*\s*[kK]?\s*(?:per|/|an?)\s*(?:hour|hr|year|yr|annum)|\bup to \$\s?\d|\$\s?\d{2,3}(?:,\d{3})+\b|\$\s?\d{2,3}\s?[kK]\b`), nil}},
	{SectionSalary, false, cue{[]string{"individual pay", "pay is", "pay will"}, regexp.MustCompile(`(?i)\bindividual pay\b|\bpay (?:is|will be) (?:determined|based)`), nil}},
	{SectionSalary, false, cue{[]string{"salary", "base pay", "pay range", "compensation range", "hourly rate", "per annum", " ote"}, regexp.MustCompile(`(?i)\b(?:salary|base pay|pay range|compensation range|hourly rate|per annum|OTE)\b`), []string{"ote"}}},
	{SectionBenefits, false, cue{[]string{"401"}, regexp.MustCompile(`\b401\s?\(?[kK]\)?`), nil}},
	{SectionBenefits, false, cue{[]string{"paid time off", "paid sick leave", "pto"}, regexp.MustCompile(`(?i)\b(?:paid time off|paid sick leave|PTO)\b`), nil}},
	{SectionBenefits, false, cue{[]string{"health", "medical", "dental", "parental leave"}, regexp.MustCompile(`(?i)\b(?:health(?:care)? (?:insurance|benefits|coverage)|medical,? dental|dental (?:and|&) vision|parental leave)\b`), nil}},
	{SectionBenefits, false, cue{[]string{"vacation", "holidays", "stock", "equity "}, regexp.MustCompile(`(?i)\b(?:(?:unlimited|generous) (?:vacation|pto|holidays)|vacation days|stock options|stock-based|equity (?:package|grant|plan|compensation))\b`), nil}},
	{SectionBenefits, false, cue{[]string{"wellness", "tuition", "commuter", "flexible spending", "free "}, regexp.MustCompile(`(?i)\b(?:wellness (?:program|stipend|allowance)|tuition reimbursement|commuter (?:benefits|expenses)|flexible spending|free (?:lunch|meals|snacks))\b`), nil}},
	{SectionBenefits, false, cue{[]string{"benefit", "perks"}, regexp.MustCompile(`(?i)\b(?:benefits? (?:package|include|program)|perks)\b`), nil}},
	{SectionBenefits, true, cue{[]string{"benefit", "compensation", "shareholder"}, regexp.MustCompile(`(?i)\b(?:benefits|compensation|shareholders?)\b`), nil}},
	{SectionLogistics, false, cue{[]string{"apply"}, regexp.MustCompile(`(?i)easy apply|apply now|^to apply\b|how to apply\s*(?::|$)|(?-i:HOW TO APPLY)|click(?:ing)? (?:on )?(?:the )?["“]?apply|please (?:either )?apply|apply (?:today|below|here|online|by)|by applying|(?:don['’]t|do not|encourage you to) apply`), nil}},
	{SectionLogistics, false, cue{[]string{"resume", "cv", "résumé", "application"}, regexp.MustCompile(`(?i)send (?:us )?(?:your|a) (?:resume|cv|résumé)|submit (?:your|a) (?:resume|cv|résumé|application)`), nil}},
	{SectionLogistics, false, cue{[]string{"meet", "match", "check"}, regexp.MustCompile(`(?i)\b(?:don['’]t|do not|doesn['’]t|does not|not) (?:need to |have to )?(?:meet|match|check off) (?:every|all|each|100%)`), nil}},
	{SectionLogistics, false, cue{[]string{"get in touch", "get in contact", "to learn more"}, regexp.MustCompile(`(?i)\bget in (?:touch|contact)\b|\bto learn more\b`), nil}},
	{SectionOther, false, cue{[]string{"#"}, regexp.MustCompile(`^\W*#\w+(?:\W+#\w+)+\W*$`), nil}}, // a line of hashtags
	{SectionLogistics, false, cue{[]string{"register your interest", "reach out to", "talk to your recruiter", "job is hosted by", "recruit", "referral", "fees will not be paid", "agency"}, regexp.MustCompile(`(?i)register your interest|reach out to|talk to your recruiter|this \w+ job is hosted by|recruit(?:er|ing) partner|referral (?:bonus|program)|fees will not be paid|agency (?:submissions|resumes)`), nil}},
	// Company text that mentions experience is still about the company:
	// "Our team has years of experience building …", "We are a team of …"
	// (unless it says what it asks for: see asksFor).
	{SectionAbout, false, cue{nil, regexp.MustCompile(`(?i)^(?:at \w+(?: \w+)?, )?(?:our (?:team|company|mission|platform|products?|customers|clients|founders|culture|engineers|investors)\b|we(?:'re|’re| are) (?:a|an|the|proud|backed|building|funded|growing|on a mission)\b|we (?:have|build|built|serve|help|believe|offer|were|work with|partner)\b)`), []string{"our ", "we", "at "}}},
	{SectionBenefits, false, cue{[]string{"opportunit"}, regexp.MustCompile(`(?i)^\W*(?:the )?opportunit(?:y|ies) (?:to|for) (?:grow|network|learn|develop|advance|participate|travel|work (?:with|alongside))\b`), nil}},
	{SectionResponsibilities, false, cue{[]string{"your work will", "you will be responsible", "you'll be responsible", "you’ll be responsible", "in this role"}, regexp.MustCompile(`(?i)^\W*(?:your work will (?:include|involve)|you(?: will|'ll|’ll) be responsible for|in this role,? you(?: will|'ll|’ll))\b`), nil}},
	{SectionLogistics, false, cue{[]string{"master services agreement", "third-party", "third party", "unsolicited"}, regexp.MustCompile(`(?i)master services agreement|third[- ]party (?:recruit|agenc|staffing)|unsolicited (?:resumes|candidates|submissions)`), nil}},
	{SectionAbout, true, cue{[]string{"founded", "headquartered", "venture", "backed", "raised", "mission", "series", "fortune"}, regexp.MustCompile(`(?i)^(?:at \w+(?: \w+)?, )?(?:we|we're|our|join (?:us|our)|why join)\b|\b(?:founded in|headquartered|venture-backed|backed by|raised \$|our mission)\b|\b(?:series [a-e]|fortune \d+) (?:funded|company|startup)`), []string{"we", "our", "join", "why", "at "}}},
}

// asksFor is the modality of a requirement, in a line that otherwise
// speaks of the company: "We build models from scratch, so a thorough
// understanding of transformers is critical".
var asksFor = regexp.MustCompile(`(?i)\b(?:looking for|seeking|is (?:critical|required|desired|essential|a must)|are (?:critical|required|desired|essential)|must)\b`)

var abilityCue = cue{[]string{"skill", "abilit", "able to", "capable"}, regexp.MustCompile(`(?i)\b(?:skills?|ability|abilities|able to|capable)\b`), nil}

// requirementCues are what a qualification says, wherever it stands: a
// degree, years of experience, "experience with", "proficiency in", "you
// have", "must have".
var requirementCues = []cue{
	{[]string{"year", "yrs"}, regexp.MustCompile(`(?i)\b\d+\s*\+?\s*(?:(?:-|–|to)\s*\d+\s*\+?\s*)?(?:years?|yrs)['’]?\s+(?:of\s+)?(?:\w+\s+){0,4}?(?:exp|experience|background|work)`), nil},
	{[]string{"bachelor", "master", "ph", "doctor", "degree", "b.s", "m.s", "b.a", "bs ", "ms ", "ba ", "bsc", "msc", "b.sc", "m.sc"},
		regexp.MustCompile(`(?i)\b(?:bachelor|master['’]?s|ph\.?\s?d|doctorate|(?:b\.?s|m\.?s|b\.?a|b\.?sc|m\.?sc)\.?\s+(?:degree|in)\b|degree in)`), nil},
	{[]string{"hands-on", "proven", "demonstrated", "professional", "prior", "industry", "solid", "strong", "deep", "extensive"},
		regexp.MustCompile(`(?i)\b(?:hands-on|proven|demonstrated|professional|prior|industry|solid|strong|deep|extensive)\s+(?:\w+\s+){0,2}?(?:experience|knowledge|background|expertise|understanding|proficiency)\b`), nil},
	{[]string{"experience "}, regexp.MustCompile(`(?i)\bexperience (?:with|in|using|building|designing|developing|working|leading|writing|delivering|operating)\b`), nil},
	{[]string{"proficien"}, regexp.MustCompile(`(?i)\bproficien(?:t|cy) (?:in|with)\b`), nil},
	{[]string{"knowledge of", "understanding of"}, regexp.MustCompile(`(?i)\b(?:knowledge|understanding) of\b`), nil},
	{[]string{"familiar"}, regexp.MustCompile(`(?i)\bfamiliar(?:ity)? with\b`), nil},
	{[]string{"expertise in"}, regexp.MustCompile(`(?i)\bexpertise in\b`), nil},
	{[]string{"fluen"}, regexp.MustCompile(`(?i)\bfluen(?:t|cy) in\b`), nil},
	{[]string{"you have", "you've", "you’ve", "you bring", "you possess"}, regexp.MustCompile(`(?i)\b(?:you have|you['’]ve|you bring|you possess)\b`), nil},
	{[]string{"must "}, regexp.MustCompile(`(?i)\bmust (?:have|be|hold|possess)\b`), nil},
	{[]string{"track record"}, regexp.MustCompile(`(?i)\btrack record\b`), nil},
	{[]string{"certif"}, regexp.MustCompile(`(?i)\b(?:certification in|certified)\b`), nil},
}

// qualificationOpening is a line that opens with what it asks for:
// "Experience closing executive candidates …", "Knowledge of …".
var qualificationOpening = regexp.MustCompile(`(?i)^\W*(?:(?:strong|solid|excellent|good|deep|proven|demonstrated|working|practical)\s+)?(?:experience|expertise|knowledge|proficiency|familiarity|understanding|background|ability|degree|bachelor|master)\b`)

// preferredCue moves a line to the preferred qualifications wherever it
// stands. Text in parentheses does not count: "6+ years (ideally 10+)" is
// still required.
var preferredCue = cue{[]string{"prefer", "plus", "bonus", "nice", "desir", "would be", "advantage"}, regexp.MustCompile(`(?i)\b(?:preferred|preferably|is a (?:big |huge |strong )?plus|are a (?:big |huge |strong )?plus|a plus\b|bonus|nice[- ]to[- ]have|desired|desirable|would be (?:great|nice|ideal|beneficial)|is an advantage|advantageous)\b`), nil}

var requiredCue = regexp.MustCompile(`(?i)\b(?:required|must|mandatory|essential)\b`)

var parenthesized = regexp.MustCompile(`\([^()]*\)`)

// ---- heading words: what headings say, for segment and label ----

// headingRules classify a heading by the words in it, first match wins:
// specific phrases ("preferred", "in-office", "what you'll do") before the
// general ones ("qualifications", "you'll") that they would otherwise fall
// under.
var headingRules = []struct {
	section string
	words   []string
}{
	{SectionEqualOpportunity, []string{"equal opportunit", "equal employment", "inclusion", "diversity", "eeo", "accommodation"}},
	{SectionPreferred, []string{"preferred", "nice to have", "nice-to-have", "not required", "would love", "extra points", "brownie points", "bonus", "plus", "ideally", "desired", "desirable", "good to have", "great to have", "extra credit", "even better", "would be great", "stand out", "set you apart", "optional", "keywords"}},
	{SectionLogistics, []string{"logistic", "office", "start date", "location", "duration", "application process", "important note", "how to apply", "work arrangement", "schedule"}},
	{SectionSalary, []string{"salary", "compensation", "pay range", "pay transparency", "base pay"}},
	{SectionBenefits, []string{"benefit", "perk", "what we offer", "we offer", "why join", "why work", "why intern", "why you", "what's in it"}},
	{SectionResponsibilities, []string{"what you'll do", "what you will do", "what you'll be doing", "what you will be doing", "you'll be doing", "what you are going to do", "what you'll work on", "what you will work on", "your responsibilities", "in this role you will"}},
	{SectionRequired, []string{"sound like you", "you are", "you're", "what we look for", "we look for", "we're looking for", "toolkit", "tech stack", "stack", "technologies", "tools", "recommended skills", "what it takes", "do you have", "are you", "you might be", "you should have", "your skills", "your experience", "your background", "must", "minimum", "basic qualification", "required", "requirement", "must have", "must-have", "qualification", "looking for", "what you need", "what you'll need", "what you will need", "you'll need", "who you are", "what you bring", "you bring", "you have", "you'll have", "your profile", "about you", "skills", "experience", "education", "competenc", "ideal candidate", "eligibility", "prerequisite"}},
	{SectionResponsibilities, []string{"responsibilit", "you will", "you'll", "duties", "the role", "your role", "day to day", "day-to-day", "your impact", "the opportunity", "job description", "overview", "summary"}},
	{SectionAbout, []string{"about", "who we are", "our mission", "our team", "the team", "company"}},
}

// sectionWords never describe a qualification, so a title-like line
// holding one is a heading. Words that do ("Experience", "Skills") make a
// heading only in a line of heading words alone: "Skills & Experience" is
// one, "Strong Communication Skills" is a qualification.
var sectionWords = []string{"qualification", "responsibilit", "requirement", "benefit", "perk", "about", "logistic",
	"salary", "compensation", "equal opportunit", "nice to have", "preferred", "bonus", "duties", "overview",
	"why ", "what you", "who you", "what we", "inclusion", "looking for", "sound like you", "you are", "you're",
	"toolkit", "tech stack", "nice-to-have", "what it takes", "do you have", "we look for", "keywords"}

// exactHeadings are headings known only as a whole: "You:" opens the
// qualifications, though "you" in "what you'll do" does not.
var exactHeadings = map[string]string{"you": SectionRequired, "they": SectionAbout, "keywords": SectionPreferred}

var headingVocabulary = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`experience skills skill education qualifications requirements required
		preferred minimum basic desired key technical soft and your you what we need needed additional other the
		our bonus plus pluses nice to have must haves ideal candidate profile background knowledge competencies
		abilities expertise training certifications certification languages language tools technologies tech
		stack core general job role position summary description details about who are is a an of for in on
		essential desirable must-have must-haves points
		location locations schedule hours duration start date dates benefits perks compensation salary pay why
		join us team company mission responsibilities duties day life looking bring will do you'll we're great
		if even better education: requirements: experience:`) {
		headingVocabulary[w] = true
	}
}

// strongHeadings are headings no qualification line reads like, so they
// are found even where a page runs them into other text: glued to the next
// word ("Minimum qualificationsBA/BS degree"), or ending a run of inline
// bullets ("… cross-team operations. Minimum qualifications • BA/BS …").
// Longest first, so "preferred qualifications" wins over "qualifications".
var strongHeadings = []string{
	"even better if you have", "it would be great if you have", "bonus points if you have", "it's a plus if you have",
	"nice-to-haves", "nice to haves", "nice-to-have", "extra credit", "must-haves", "must haves", "must-have",
	"does this sound like you", "what you'll bring", "what we look for", "what we're looking for in you",
	"what you'll be doing", "what you will be doing", "in this role you will", "your day to day", "your impact",
	"skills and experience", "skills & experience", "preferred experience", "tech stack", "your toolkit", "about you",
	"minimum qualifications", "preferred qualifications", "required qualifications", "basic qualifications",
	"additional qualifications", "desired qualifications", "key responsibilities", "what we're looking for",
	"what you'll need", "what you'll do", "what you will do", "what you bring", "preferred skills",
	"required skills", "who you are", "nice to have", "bonus points", "qualifications", "responsibilities",
	"requirements", "benefits", "about us", "relevant keywords",
}

func init() {
	// Pages write "What You’ll Bring" with a typographic apostrophe too.
	var withCurly []string
	for _, h := range strongHeadings {
		withCurly = append(withCurly, h)
		if strings.Contains(h, "'") {
			withCurly = append(withCurly, strings.ReplaceAll(h, "'", "’"))
		}
	}
	strongHeadings = withCurly

	var all []*cue
	for i := range contentRules {
		all = append(all, &contentRules[i].cue)
	}
	for i := range requirementCues {
		all = append(all, &requirementCues[i])
	}
	indexCues(append(all, &abilityCue, &preferredCue)...)
}
