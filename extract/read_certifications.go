package extract

import (
	"regexp"
	"strings"

	"github.com/quals-dev/quals/requirements"
)

var certificationCues = cues("certif", "licen", "accredit", "chartered")

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
func (x *extractor) certificationsIn(l *lineText) (requirements.PredicateDoc, int, bool) {
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
		return requirements.PredicateDoc{}, 0, false
	}
	return requirements.PredicateDoc{Certification: &requirements.NamesDoc{Any: requirements.List(names)}}, first, true
}

// gapBreaks reports whether list punctuation stands after token i.
func gapBreaks(l *lineText, i int) bool {
	if i+1 >= len(l.toks) {
		return true
	}
	return strings.ContainsAny(l.s[l.toks[i].End:l.toks[i+1].Start], ",;/()|:")
}

// readCertifications reads the certifications a line asks for, with the
// skills it names beside them ("Experience with Kubernetes and a CKA
// certification" asks for both).
func (x *extractor) readCertifications(l *lineText) (requirements.PredicateDoc, bool) {
	p, _, ok := x.certificationsIn(l)
	if !ok {
		return p, false
	}
	if names, ok := x.readNames(l, 0, len(l.s)); ok && !sharesNames(names, p.Certification.Any) {
		return allDoc(names, p), true
	}
	return p, true
}
