package extract

import (
	"strings"
	"sync"

	"github.com/quals-dev/quals/internal/text"
)

// lineText is one line prepared for the readers: typographic punctuation
// folded to ASCII, a lowercase copy with the same byte offsets (so an
// index found in one is valid in the other), and its tokens.
type lineText struct {
	s, low string
	toks   []text.Token
}

// punctuation folds the quotes and dashes postings are typed with, so one
// pattern serves "Bachelor’s" and "Bachelor's", "May 18 – Aug 7" and "-".
var punctuation = strings.NewReplacer("’", "'", "‘", "'", "“", `"`, "”", `"`, "–", "-", "—", "-", "−", "-", "\u00a0", " ", "\t", " ")

func (x *extractor) prepare(line string) *lineText {
	s := strings.TrimSpace(punctuation.Replace(line))
	return &lineText{s: s, low: asciiLower(s), toks: x.analyzer.Tokens(nil, s)}
}

// surface is the text of tokens i..j inclusive.
func (l *lineText) surface(i, j int) string { return l.s[l.toks[i].Start:l.toks[j].End] }

// word is the lowercase text of token i.
func (l *lineText) word(i int) string {
	if i < 0 || i >= len(l.toks) {
		return ""
	}
	return l.low[l.toks[i].Start:l.toks[i].End]
}

// asciiLower lowercases ASCII letters only, keeping every byte offset.
func asciiLower(s string) string {
	for i := 0; i < len(s); i++ {
		if 'A' <= s[i] && s[i] <= 'Z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if 'A' <= b[j] && b[j] <= 'Z' {
					b[j] += 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}

// containsAny reports whether s holds one of the substrings.
func containsAny(s string, subs ...string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

// cueSet finds, in one pass over a lowercase line, a word beginning with
// one of its stems: the cheap test that decides whether a reader's
// patterns are worth running.
type cueSet map[string][]string // the first two letters of a stem → the stems

func cues(stems ...string) cueSet {
	c := cueSet{}
	for _, st := range stems {
		c[st[:2]] = append(c[st[:2]], st)
	}
	return c
}

// in reports whether a word of low begins with one of the stems.
func (c cueSet) in(low string) bool {
	for i := 0; i < len(low); {
		if !isWordByte(low[i]) {
			i++
			continue
		}
		j := i
		for j < len(low) && isWordByte(low[j]) {
			j++
		}
		if j-i >= 2 {
			w := low[i:j]
			for _, st := range c[w[:2]] {
				if strings.HasPrefix(w, st) {
					return true
				}
			}
		}
		i = j
	}
	return false
}

// lineStopWords never name anything on their own.
var lineStopWords = wordSet(`a an the of in on at to for with by from and or nor as such e.g eg i.e ie etc
	is are be been being was were will would should must may might can could do does
	this that these those which who whom whose what when where while it its their our your you we they
	one two any some all each every other others another more most but least many much few several both either
	than then also very well not no into onto within across over under about via per using including include includes
	like following plus able ability how why really actually just get gets make makes lot lots thing things way ways
	you'll you're you've you'd we'll we're we've they're they'll it's there here us them me my mine yours ourselves yourself
	someone somebody anyone anybody everyone everybody something anything everything nothing whoever whatever
	beyond among amongst upon toward towards around throughout without against along alongside
	join joining thrive thriving love loves enjoy enjoys want wants looking seeking seek believe help helps
	usual always often still yet already ever even truly every day`)

// lineGenericWords say how much or how well, not what: "strong experience",
// "excellent skills", "relevant field". They are never key terms.
var lineGenericWords = wordSet(`experience experiences experienced years year yrs skill skills skilled knowledge knowledgeable
	ability abilities strong excellent exceptional outstanding great good solid proven demonstrated deep
	working work worked hands-on hands practical professional relevant related similar equivalent
	understanding familiarity familiar proficiency proficient expertise expert competency competence
	background track record exposure comfortable effective effectively excellence
	minimum preferred required requirement requirements qualification qualifications plus bonus ideally
	candidate candidates applicant applicants role position job team teams company environment
	etc various multiple new high highly level large large-scale scalable complex modern current
	extensive significant substantial broad thorough advanced basic general overall previous prior direct
	field fields area areas discipline disciplines degree degrees equivalent program programs
	technical technologies technology tools tool platforms platform systems system frameworks framework
	languages language projects project successful successfully ideal must nice have has having
	preferably desired desirable need needs needed demonstrate demonstrable show showing
	senior junior principal staff entry mid last past recent scale`)

func wordSet(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// lineGenericStems holds lineGenericWords stemmed, so "abilities" and "ability",
// "experienced" and "experience" are caught by one entry.
var lineGenericStems = sync.OnceValue(func() map[string]bool {
	a := text.English()
	m := map[string]bool{}
	for w := range lineGenericWords {
		m[a.Term(w)] = true
	}
	return m
})

// isStop reports whether token i says nothing by itself.
func (l *lineText) isStop(i int) bool {
	w := l.word(i)
	return lineStopWords[w] || lineGenericWords[w] || lineGenericStems()[l.toks[i].Term]
}

// countWords are the counts postings spell out.
var countWords = map[string]int{
	"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
	"fifteen": 15, "twenty": 20,
}

// uniqueFold drops repeated names, compared without case.
func uniqueFold(names []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, n := range names {
		k := strings.ToLower(n)
		if n == "" || seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, n)
	}
	return out
}

// hasContent reports whether the span holds a word that is not a stop word.
func hasContent(l *lineText, start, end int) bool {
	for i := range l.toks {
		if l.toks[i].Start >= start && l.toks[i].End <= end && !l.isStop(i) {
			return true
		}
	}
	return false
}

// tokenRange returns the indexes [i, j) of the tokens lying inside [start, end).
func (l *lineText) tokenRange(start, end int) (int, int) {
	i := 0
	for i < len(l.toks) && l.toks[i].Start < start {
		i++
	}
	j := i
	for j < len(l.toks) && l.toks[j].End <= end {
		j++
	}
	return i, j
}

// hasWordIn reports whether w stands as a word in the lowercase s.
func hasWordIn(s, w string) bool {
	for i := 0; ; {
		j := strings.Index(s[i:], w)
		if j < 0 {
			return false
		}
		j += i
		before := j == 0 || !isWordByte(s[j-1])
		after := j+len(w) == len(s) || !isWordByte(s[j+len(w)])
		if before && after {
			return true
		}
		i = j + 1
	}
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}
