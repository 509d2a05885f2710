package match

import (
	"math"

	"github.com/quals-dev/quals/internal/dates"
	"github.com/quals-dev/quals/internal/index"
	"github.com/quals-dev/quals/internal/words"
	"github.com/quals-dev/quals/requirements"
	"github.com/quals-dev/quals/vocab"
)

// termResult is how one named skill or topic shows in the profile.
type termResult struct {
	name    string
	credit  float64
	years   float64
	listed  bool // found, but not where it counts (no dated entry)
	studied bool // with listed: found only in courses or interests
	topic   bool // found only through narrower concepts filed under it
	short   bool // found where it counts, but for fewer years than asked
	shown   []index.Mention
}

// skill evaluates skill and experience predicates. For experience only
// dated entries count; a mention elsewhere earns Policy.ListedOnly. With
// coverage, weights are the terms' shares of the credit.
func (e *evaluator) skill(f *Finding, mode requirements.Mode, terms []vocab.Term, minYears float64, experience bool, weights []float64) {
	var buf [8]termResult
	results := buf[:0]
	if len(terms) > len(buf) {
		results = make([]termResult, 0, len(terms))
	}
	results = results[:len(terms)]
	for i, t := range terms {
		results[i] = e.term(t, minYears, experience)
	}
	if mode == requirements.AllOf || mode == requirements.Coverage {
		sum, total := 0.0, 0.0
		var shown []index.Mention
		for i, r := range results {
			w := 1.0
			if i < len(weights) {
				w = weights[i]
			}
			sum += w * r.credit
			total += w
			shown = append(shown, r.shown...)
		}
		f.Credit = sum / total
		e.evidenceOf(f, shown)
	} else {
		best := 0
		for i, r := range results {
			if r.credit > results[best].credit {
				best = i
			}
		}
		f.Credit = results[best].credit
		shown := results[best].shown
		if u, ok := e.unionYears(results, minYears); ok && u.credit > f.Credit {
			// Any of several names with years: 8 years of Java then 5 of
			// Go are 13 years of either, overlapping entries once.
			f.Credit, shown, results[best] = u.credit, u.shown, u
		}
		e.evidenceOf(f, shown)
		results = results[best : best+1]
		if f.Credit == 0 {
			results = nil
		}
	}
	f.Status = statusOf(roundCredit(f.Credit), e.ix.HasContent)
	if f.Status != Met {
		f.Gap = gapOf(e.cfg.asOf, termFacts(results, terms, mode, minYears, experience)...)
	}
}

// unionYears measures the years of the dated entries that mention any of
// several names, each entry once, as one result naming them all; ok is
// false when fewer than two names stand in dated entries.
func (e *evaluator) unionYears(results []termResult, minYears float64) (termResult, bool) {
	if minYears <= 0 {
		return termResult{}, false
	}
	var u termResult
	var names []string
	for _, r := range results {
		if r.credit == 0 || r.listed || r.topic {
			continue
		}
		names = append(names, r.name)
		u.shown = append(u.shown, r.shown...)
	}
	if len(names) < 2 {
		return termResult{}, false
	}
	u.name = words.Join(names, "and")
	u.years = e.years(u.shown)
	u.credit = 1
	if u.years < minYears {
		u.credit, u.short = max(u.years/minYears, e.cfg.policy.ListedOnly), true
	}
	return u, true
}

// term looks one name up; minYears > 0 also measures its dated years.
// What counts is a mention of the name itself or of a technology that
// implies it (Django for Python): for experience in a dated entry, for a
// skill anywhere but courses and interests. A mention elsewhere earns
// Policy.ListedOnly, and a topic met only through narrower concepts
// (PyTorch for machine learning) Policy.TopicOnly, however many years.
func (e *evaluator) term(t vocab.Term, minYears float64, experience bool) termResult {
	r := termResult{name: t.Text}
	all := e.find(t)
	direct := e.keep(all, func(m index.Mention) bool { return !m.Topic })
	var counted []index.Mention
	if experience {
		counted = e.dated(direct)
	} else {
		counted = e.keep(direct, func(m index.Mention) bool {
			s := e.ix.Sources[m.Source].Section
			return s != index.SectionEducation && s != index.SectionInterests
		})
	}
	switch {
	case len(counted) > 0:
		r.credit, r.shown = 1, counted
		if minYears > 0 {
			r.years = e.years(counted)
			if r.years < minYears {
				// Never below a bare mention: more evidence must not lower a score.
				r.credit = max(r.years/minYears, e.cfg.policy.ListedOnly)
				if r.years == 0 {
					r.listed = true
				} else {
					r.short = true
				}
			}
		}
	case len(direct) > 0:
		r.credit, r.shown, r.listed, r.studied = e.cfg.policy.ListedOnly, direct, true, !experience
	case len(all) > 0:
		r.credit, r.shown, r.topic = e.cfg.policy.TopicOnly, all, true
	}
	return r
}

// keep returns the mentions that pass; it shares ms's backing array when
// all of them do, else copies them into the arena.
func (e *evaluator) keep(ms []index.Mention, pass func(index.Mention) bool) []index.Mention {
	for i, m := range ms {
		if !pass(m) {
			start := len(e.arena)
			e.arena = append(e.arena, ms[:i]...)
			for _, m := range ms[i+1:] {
				if pass(m) {
					e.arena = append(e.arena, m)
				}
			}
			return e.arena[start:len(e.arena):len(e.arena)]
		}
	}
	return ms
}

// find returns a term's mentions; phrase matches are built in the arena.
func (e *evaluator) find(t vocab.Term) []index.Mention {
	if t.Concept != "" {
		return e.ix.Concept(t.Concept)
	}
	start := len(e.arena)
	e.arena = e.ix.AppendPhrase(e.arena, t.Terms)
	return e.arena[start:len(e.arena):len(e.arena)]
}

// dated returns the mentions that stand in dated entries.
func (e *evaluator) dated(ms []index.Mention) []index.Mention {
	return e.keep(ms, func(m index.Mention) bool { return e.ix.Sources[m.Source].Entry >= 0 })
}

// years counts the days covered by the dated entries of the mentions,
// overlapping entries once.
func (e *evaluator) years(ms []index.Mention) float64 {
	var buf [16]dates.Period
	periods := buf[:0]
	var seen [16]int32
	nSeen := 0
outer:
	for _, m := range ms {
		entry := e.ix.Sources[m.Source].Entry
		if entry < 0 {
			continue
		}
		for _, s := range seen[:nSeen] {
			if s == entry {
				continue outer
			}
		}
		if nSeen < len(seen) {
			seen[nSeen] = entry
			nSeen++
		}
		periods = append(periods, e.ix.Entries[entry].Period(e.cfg.asOf))
	}
	// Rounded to hundredths (about four days) so that whole months meet
	// their years: January 2024 to June 2025 is 1.5 years, not 1.496.
	return math.Round(dates.Years(dates.UnionDays(periods))*100) / 100
}

// termFacts says why the names fall short: missing, only listed, or
// dated for fewer years than asked.
func termFacts(results []termResult, terms []vocab.Term, mode requirements.Mode, minYears float64, experience bool) []fact {
	where := "the profile"
	if experience {
		where = "any dated work, project or volunteer entry"
	}
	if len(results) == 0 {
		return []fact{{reason: noneInProfile, terms: terms, asked: where}}
	}
	var missing, listed, studied, topics, short []string
	var shortYears []float64
	for _, r := range results {
		switch {
		case r.credit == 0:
			missing = append(missing, r.name)
		case r.topic:
			topics = append(topics, r.name)
		case r.studied:
			studied = append(studied, r.name)
		case r.listed:
			listed = append(listed, r.name)
		case r.short:
			short, shortYears = append(short, r.name), append(shortYears, r.years)
		}
	}
	var facts []fact
	if len(missing) > 0 {
		conj := "or"
		if mode == requirements.AllOf {
			conj = "and"
		}
		facts = append(facts, fact{reason: namesMissing, names: missing, conj: conj, asked: where})
	}
	if len(listed) > 0 {
		if experience {
			facts = append(facts, fact{reason: listedNoExperience, names: listed})
		} else {
			facts = append(facts, fact{reason: listedNoYears, names: listed, want: minYears})
		}
	}
	if len(studied) > 0 {
		facts = append(facts, fact{reason: studiedOnly, names: studied})
	}
	if len(topics) > 0 {
		facts = append(facts, fact{reason: topicOnly, names: topics})
	}
	if len(short) > 0 {
		facts = append(facts, fact{reason: tooFewYears, names: short, years: shortYears, want: minYears})
	}
	return facts
}

// evidence evaluates free-text terms: each distinct term found counts once.
func (e *evaluator) evidence(f *Finding, p *requirements.Evidence) {
	var buf [8]index.Mention
	shown := buf[:0]
	for i, t := range p.Terms {
		if sameConceptBefore(p.Terms, i) {
			continue // two spellings of one concept are one term
		}
		if ms := e.find(t); len(ms) > 0 {
			shown = append(shown, ms[0])
		}
	}
	e.evidenceOf(f, shown)
	f.Credit = min(1, float64(len(shown))/float64(p.Min))
	if len(shown) >= p.Min {
		return
	}
	var found []string
	for i, t := range p.Terms {
		if !sameConceptBefore(p.Terms, i) && len(e.find(t)) > 0 {
			found = append(found, t.Text)
		}
	}
	f.Status = statusOf(roundCredit(f.Credit), e.ix.HasContent)
	switch {
	case len(found) == 0:
		f.Gap = gapOf(e.cfg.asOf, fact{reason: noTermsFound, terms: p.Terms})
	case len(found) < p.Min:
		f.Gap = gapOf(e.cfg.asOf, fact{reason: tooFewTerms, names: found, want: float64(p.Min), terms: p.Terms})
	}
}

// sameConceptBefore reports whether an earlier term resolves to the same
// concept as terms[i].
func sameConceptBefore(terms []vocab.Term, i int) bool {
	if terms[i].Concept == "" {
		return false
	}
	for _, t := range terms[:i] {
		if t.Concept == terms[i].Concept {
			return true
		}
	}
	return false
}

// certification evaluates named certifications: listed in the certificates
// section they count fully, mentioned elsewhere partly.
func (e *evaluator) certification(f *Finding, p *requirements.Certification) {
	hasSection := e.hasSection(index.SectionCertificates)
	var credits []float64
	var missing, mentioned []string
	var shown []index.Mention
	for _, t := range p.Terms {
		var inSection, elsewhere []index.Mention
		for _, m := range e.find(t) {
			if e.ix.Sources[m.Source].Section == index.SectionCertificates {
				inSection = append(inSection, m)
			} else {
				elsewhere = append(elsewhere, m)
			}
		}
		switch {
		case len(inSection) > 0:
			credits = append(credits, 1)
			shown = append(shown, inSection...)
		case len(elsewhere) > 0:
			credits = append(credits, e.cfg.policy.MentionedOnly)
			mentioned = append(mentioned, t.Text)
			shown = append(shown, elsewhere...)
		default:
			credits = append(credits, 0)
			missing = append(missing, t.Text)
		}
	}
	f.Credit = combineCredits(credits, p.Mode)
	e.evidenceOf(f, shown)
	f.Status = statusOf(roundCredit(f.Credit), hasSection || len(mentioned) > 0)
	var facts []fact
	if len(missing) > 0 && (p.Mode == requirements.AllOf || len(missing) == len(p.Terms)) {
		if hasSection {
			facts = append(facts, fact{reason: certificateMissing, names: missing})
		} else {
			facts = append(facts, fact{reason: noCertificates, names: missing})
		}
	}
	if len(mentioned) > 0 {
		facts = append(facts, fact{reason: certificateOnlyMentioned, names: mentioned})
	}
	f.Gap = gapOf(e.cfg.asOf, facts...)
}

func combineCredits(cs []float64, mode requirements.Mode) float64 {
	if len(cs) == 0 {
		return 0
	}
	if mode == requirements.AllOf {
		sum := 0.0
		for _, c := range cs {
			sum += c
		}
		return sum / float64(len(cs))
	}
	best := 0.0
	for _, c := range cs {
		best = max(best, c)
	}
	return best
}

func (e *evaluator) hasSection(s index.Section) bool {
	for _, src := range e.ix.Sources {
		if src.Section == s {
			return true
		}
	}
	return false
}

// publications counts publications released since the year asked and, when
// topics are given, mentioning one of them.
func (e *evaluator) publications(f *Finding, p *requirements.Publications) {
	items := e.ix.Publications
	if len(items) == 0 {
		f.Status = Unknown
		f.Gap = gapOf(e.cfg.asOf, fact{reason: noPublications, asked: p.String()})
		return
	}
	onTopicSource := func(s int32) bool {
		for _, t := range p.Topics {
			for _, m := range e.find(t) {
				if m.Source == s {
					return true
				}
			}
		}
		return false
	}
	recent, onTopic := 0, 0
	for pass := 0; pass < 2 && onTopic == 0; pass++ {
		// The first pass quotes the publications on topic; when there are
		// none, the second quotes the off-topic ones that earn partial credit.
		for _, it := range items {
			if p.Since > 0 && it.Year < p.Since {
				continue
			}
			on := len(p.Topics) == 0
			for _, s := range it.Sources {
				on = on || onTopicSource(s)
			}
			if pass == 0 {
				recent++
				if !on {
					continue
				}
				onTopic++
			}
			e.addEvidence(f, it.Path, it.Quote)
		}
	}
	f.Credit = min(1, float64(onTopic)/float64(p.Min))
	if recent > 0 {
		// Never below off-topic work: more evidence must not lower a score.
		f.Credit = max(f.Credit, e.cfg.policy.OffTopic)
	}
	f.Status = statusOf(roundCredit(f.Credit), true)
	switch {
	case recent == 0:
		f.Gap = gapOf(e.cfg.asOf, fact{reason: noPublicationSince, since: p.Since, asked: p.String()})
	case onTopic == 0:
		f.Gap = gapOf(e.cfg.asOf, fact{reason: noPublicationOnTopic, have: float64(recent), terms: p.Topics})
	case onTopic < p.Min:
		f.Gap = gapOf(e.cfg.asOf, fact{reason: tooFewPublications, have: float64(onTopic), want: float64(p.Min)})
	}
}
