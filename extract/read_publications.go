package extract

import (
	"regexp"
	"strings"

	"github.com/quals-dev/quals/requirements"
)

var publicationCues = cues("publi", "author", "first", "peer", "paper", "top")

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
func (x *extractor) readPublications(l *lineText) (requirements.PredicateDoc, int, bool) {
	if !publicationCues.in(l.low) {
		return requirements.PredicateDoc{}, 0, false
	}
	loc := publicationRE.FindStringIndex(l.low)
	if loc == nil {
		return requirements.PredicateDoc{}, 0, false
	}
	p := &requirements.PublicationsDoc{Min: 1}
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
	p.Topics = requirements.List(x.dedupeNames(topics))
	return requirements.PredicateDoc{Publications: p}, loc[0], true
}

// readPublicationsLine reads a publications line, with the skills or
// experience asked for before the cue as an alternative or an addition
// ("Experience in LLMs and/or publications in top AI conferences").
func (x *extractor) readPublicationsLine(l *lineText) (requirements.PredicateDoc, bool) {
	p, at, ok := x.readPublications(l)
	if !ok {
		return requirements.PredicateDoc{}, false
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
