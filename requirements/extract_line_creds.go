package requirements

import (
	"regexp"
	"strings"
)

var (
	publicationCues   = cues("publi", "author", "first", "peer", "paper", "top")
	certificationCues = cues("certif", "licen", "accredit", "chartered")
)

// publicationRE finds a line asking for publications.
var publicationRE = regexp.MustCompile(`\b(?:publications?|publication record|published (?:in|at|papers?|research|work|articles?)|first[- ]author(?:ed)?|peer[- ]reviewed|papers? (?:at|in|accepted)|top[- ]tier (?:conferences|publicationVenues|journals))\b`)

// publicationMin finds how many: "3+ publications", "at least two papers".
var publicationMin = regexp.MustCompile(`\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\+?\s+(?:or more\s+)?(?:first[- ]author(?:ed)?\s+|peer[- ]reviewed\s+|\w+\s+)?(?:publications|papers|articles)\b`)

// publicationVenues are where research is published, not what it is about.
var publicationVenues = wordSet(`neurips nips icml iclr cvpr iccv eccv acl emnlp naacl coling kdd sigir www wsdm aaai ijcai recsys chi uist cscw
	sigmod vldb icde osdi sosp nsdi sigcomm usenix isca micro asplos pldi popl icse fse interspeech icassp siggraph corl rss icra iros
	nature science jmlr tpami tacl`)

// readPublications reads "Publications in machine learning, AI, …",
// "first-author publications at top venues (NeurIPS, ICML)", "3+ papers":
// at least one publication (or the number given) on the topics the
// vocabulary finds after the cue. Venues are not topics.
func (x *extractor) readPublications(l *lineText) (PredicateDoc, int, bool) {
	if !publicationCues.in(l.low) {
		return PredicateDoc{}, 0, false
	}
	loc := publicationRE.FindStringIndex(l.low)
	if loc == nil {
		return PredicateDoc{}, 0, false
	}
	p := &PublicationsDoc{Min: 1}
	if m := publicationMin.FindStringSubmatch(l.low); m != nil {
		if n, ok := parseCount(m[1]); ok && n >= 1 && n <= 1000 {
			p.Min = int(n)
		}
	}
	i, j := l.tokenRange(loc[0], len(l.s))
	var topics []string
	for _, h := range x.knownSpans(l, i, j) {
		name := l.surface(h.First, h.Last)
		if !publicationVenues[strings.ToLower(name)] {
			topics = append(topics, name)
		}
	}
	p.Topics = List(x.dedupeNames(topics))
	return PredicateDoc{Publications: p}, loc[0], true
}

// readPublicationsLine reads a publications line, with the skills or
// experience asked for before the cue as an alternative or an addition
// ("Experience in LLMs and/or publications in top AI conferences").
func (x *extractor) readPublicationsLine(l *lineText) (PredicateDoc, bool) {
	p, at, ok := x.readPublications(l)
	if !ok {
		return PredicateDoc{}, false
	}
	if at > 0 && hasContent(l, 0, at) {
		if names, ok := x.readNames(l, 0, at); ok {
			if joinedOr(l.low, at) {
				return anyDoc(names, p), true
			}
			return allDoc(names, p), true
		}
	}
	return p, true
}

// certificationRE finds a line about certifications or licences.
var certificationRE = regexp.MustCompile(`(?i)\b(?:certifi(?:ed|cations?|cates?)|licen[sc]es?|licensed|licensure|accredited|accreditation|chartered)\b`)

// certificationAcronyms are certifications postings name bare ("CPA", "PMP").
var certificationAcronyms = wordSet(`CPA CFA PMP CAPM PgMP CISSP CISA CISM CCNA CCNP CCIE CAMS PHR SPHR ITIL CEH OSCP RHCE RHCSA MCSE
	CKA CKAD FRM CMA ACCA CIMA CIPP CIPT CFE CRISC CGEIT CCSP GIAC CompTIA CPCU SHRM-CP SHRM-SCP PMI-ACP`)

// certificationCue introduces a list of certifications: "certifications in AWS, GCP".
var certificationCue = regexp.MustCompile(`(?i)\b(?:certifi(?:cations?|cates?)|licen[sc]es?)\s+(?:\(|such as|like|e\.g\.?,?|including|in|from|for)\s*`)

// certificationsIn finds the certifications a line names: bare acronyms
// ("CPA"), names holding "Certified" ("AWS Certified Solutions
// Architect"), what stands before "certification" ("PMP certification"),
// and lists after "certifications in". It returns the predicate and the
// byte where the first name starts.
func (x *extractor) certificationsIn(l *lineText) (PredicateDoc, int, bool) {
	hasCue := certificationCues.in(l.low) && certificationRE.MatchString(l.s)
	var names []string
	first := -1
	done := -1 // the last token a name took
	add := func(name string, at int) {
		names = append(names, name)
		if first < 0 || at < first {
			first = at
		}
	}
	for i := 0; i < len(l.toks); i++ {
		s := l.surface(i, i)
		w := l.word(i)
		switch {
		case certificationAcronyms[s]:
			add(s, l.toks[i].Start)
		case !hasCue:
		case s == "Certified" || s == "Chartered" || s == "Licensed" && startsCapital(l.surface(min(i+1, len(l.toks)-1), min(i+1, len(l.toks)-1))):
			a, b := i, i
			for a > 0 && startsCapital(l.surface(a-1, a-1)) && !gapBreaks(l, a-1) {
				a--
			}
			for b+1 < len(l.toks) && startsCapital(l.surface(b+1, b+1)) && !gapBreaks(l, b) {
				b++
			}
			if b > a {
				add(l.surface(a, b), l.toks[a].Start)
				done = b
			}
			i = b
		case (w == "certification" || w == "certificate" || w == "license" || w == "licence") && i > 0 && i-1 > done:
			// "PMP certification", "Six Sigma certificate": the name before it.
			b := i - 1
			a := b
			for a > 0 && startsCapital(l.surface(a-1, a-1)) && !gapBreaks(l, a-1) && b-a < 3 {
				a--
			}
			if startsCapital(l.surface(b, b)) && !certificationAcronyms[l.surface(b, b)] && !l.isStop(b) {
				add(l.surface(a, b), l.toks[a].Start)
			}
		}
	}
	if len(names) == 0 && hasCue {
		if m := certificationCue.FindStringIndex(l.s); m != nil {
			items, _ := x.chunkNames(l, m[1], clauseEnd(l, m[1], len(l.s)), true)
			for _, it := range items {
				// "certifications in AWS, DevOps": names, not "a partner community".
				if startsCapital(it) || x.vocabulary.Skill(it).Concept != "" {
					add(it, m[1])
				}
			}
		}
	}
	names = uniqueFold(names)
	if len(names) == 0 {
		return PredicateDoc{}, 0, false
	}
	return PredicateDoc{Certification: &NamesDoc{Any: List(names)}}, first, true
}

// gapBreaks reports whether list punctuation stands after token i.
func gapBreaks(l *lineText, i int) bool {
	if i+1 >= len(l.toks) {
		return true
	}
	return strings.ContainsAny(l.s[l.toks[i].End:l.toks[i+1].Start], ",;/()|:")
}
