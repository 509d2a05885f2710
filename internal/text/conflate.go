package text

import "strings"

// conflation rewrites a snowball stem that leaves apart words a résumé and
// a posting use for the same skill. Rules run after stemming, on the
// lowercase word and its stem.
type conflation struct {
	stem   string // the snowball stem the rule rewrites
	prefix string // the word must start with this, so an unrelated word with the same stem is left alone ("" matches all)
	to     string // the stem to use instead
}

// englishConflations is kept small on purpose: each entry fixes a pair
// that snowball splits although the words name one competence.
var englishConflations = []conflation{
	// "publication(s)" stems to "public" but "published" to "publish";
	// "public", "publicly" and "publicity" keep "public".
	{stem: "public", prefix: "publicat", to: "publish"},
	// "programmer(s)" and "programme" keep the double m; "programming" and
	// "program" give "program".
	{stem: "programm", to: "program"},
	// "organize"/"organization" stem to "organ" (the body part) while
	// "organizational" gives "organiz"; British "organis..." gives "organis".
	{stem: "organ", prefix: "organiz", to: "organiz"},
	{stem: "organis", to: "organiz"},
	// "architecture"/"architectural" give "architectur", "architect" stays.
	{stem: "architectur", to: "architect"},
	// "administer" gives "administ", "administration"/"administrator"
	// give "administr".
	{stem: "administ", to: "administr"},
	// Agent nouns snowball keeps whole, unlike "developer" → "develop".
	{stem: "supervisor", to: "supervis"},
	{stem: "teacher", to: "teach"},
	// "mentorship" is the same skill as "mentoring"/"mentor".
	{stem: "mentorship", to: "mentor"},
	// analysis, analyse, analyze, analyst, analytics, analytical: one
	// competence spread over four stems.
	{stem: "analysi", to: "analyz"},
	{stem: "analys", to: "analyz"},
	{stem: "analyst", to: "analyz"},
	{stem: "analyt", to: "analyz"},
}

// conflate applies the analyzer's rules to stem, the stem of word.
func (a *Analyzer) conflate(word, stem string) string {
	for _, r := range a.conflation[stem] {
		if strings.HasPrefix(word, r.prefix) {
			return r.to
		}
	}
	return stem
}
