package match

import (
	"github.com/quals-dev/quals/internal/dates"
	"github.com/quals-dev/quals/internal/index"
	"github.com/quals-dev/quals/requirements"
	"github.com/quals-dev/quals/vocab"
)

// studyResult is how one education entry measures against a degree predicate.
type studyResult struct {
	study    *index.Study
	credit   float64
	levelOK  bool
	field    string // the field of the posting it matched, "" when none
	relation fieldRelation
	status   studyStatus
}

// degree credits the best education entry.
func (e *evaluator) degree(f *Finding, p *requirements.Degree) {
	if !e.ix.HasEducation {
		f.Status = Unknown
		f.Gap = gapOf(e.cfg.asOf, fact{reason: noEducation, asked: p.String()})
		return
	}
	var best studyResult
	for i := range e.ix.Studies {
		r := e.study(&e.ix.Studies[i], p)
		if i == 0 || r.credit > best.credit || (r.credit == best.credit && r.levelOK && !best.levelOK) {
			best = r
		}
	}
	f.Credit = best.credit
	f.Status = statusOf(roundCredit(f.Credit), true)
	if best.levelOK || f.Credit > 0 {
		relatedTo := ""
		if best.relation == fieldRelated {
			relatedTo = best.field
		}
		e.addEvidence(f, best.study.Path, studyEvidence(best.study, e.cfg.asOf, relatedTo))
	}
	if f.Status != Met {
		f.Gap = gapOf(e.cfg.asOf, degreeFacts(&best, p, e.ix.Studies)...)
	}
}

func (e *evaluator) study(st *index.Study, p *requirements.Degree) studyResult {
	r := studyResult{study: st, status: studyStatusOf(st, e.cfg.asOf)}
	r.levelOK = st.Level >= p.Level && st.Level != vocab.NoLevel
	if !r.levelOK {
		return r
	}
	fieldCredit := 1.0
	if len(p.Fields) > 0 {
		fieldCredit = 0
		for _, want := range p.Fields {
			c, rel := e.fieldMatch(st, want, p.Related)
			if c > fieldCredit || (c == fieldCredit && c > 0 && rel == fieldNamed && r.relation != fieldNamed) {
				fieldCredit, r.field, r.relation = c, want.Text, rel
			}
		}
	}
	statusCredit := 1.0
	switch p.Status {
	case requirements.InProgress:
		if r.status != studyInProgress {
			statusCredit = e.cfg.policy.StatusMismatch
		}
	case requirements.Completed:
		if r.status != studyCompleted && !(r.status == studyInProgress && !p.By.IsZero() && !st.End.IsZero() && st.End.Last() <= dates.FromTime(p.By)) {
			statusCredit = e.cfg.policy.StatusMismatch
		}
	}
	if p.Status != requirements.Completed && !p.By.IsZero() && (st.End.IsZero() || st.End.Last() > dates.FromTime(p.By)) {
		statusCredit = e.cfg.policy.StatusMismatch
	}
	r.credit = fieldCredit * statusCredit
	return r
}

// fieldMatch credits one education entry's field against one field asked.
func (e *evaluator) fieldMatch(st *index.Study, want vocab.Term, related bool) (float64, fieldRelation) {
	for _, have := range st.Fields {
		if want.Concept != "" && have == want.Concept {
			return 1, fieldNamed
		}
	}
	if want.Concept == "" && len(want.Terms) > 0 && containsRun(st.AreaTerms, want.Terms) {
		return 1, fieldNamed
	}
	if want.Concept != "" {
		for _, have := range st.Fields {
			if e.ix.Vocabulary().Related(have, want.Concept) {
				if related {
					return 1, fieldRelated
				}
				return e.cfg.policy.RelatedField, fieldRelated
			}
		}
	}
	return 0, fieldNone
}

// containsRun reports whether want appears as a contiguous run in have.
func containsRun(have, want []string) bool {
	for i := 0; i+len(want) <= len(have); i++ {
		ok := true
		for j := range want {
			if have[i+j] != want[j] {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// studyStatusOf says where an education entry stands on the as-of day.
func studyStatusOf(st *index.Study, asOf dates.Day) studyStatus {
	switch {
	case !st.Start.IsZero() && st.Start.First() > asOf:
		return studyNotStarted
	case !st.End.IsZero() && st.End.Last() > asOf:
		return studyInProgress
	case !st.End.IsZero():
		return studyCompleted
	case !st.Start.IsZero():
		return studyInProgress
	}
	return studyUndated
}

// degreeFacts says why the best education entry falls short of p.
func degreeFacts(best *studyResult, p *requirements.Degree, studies []index.Study) []fact {
	if !best.levelOK {
		highest := vocab.NoLevel
		var hs *index.Study
		for i := range studies {
			if studies[i].Level > highest || hs == nil {
				highest, hs = studies[i].Level, &studies[i]
			}
		}
		if highest == vocab.NoLevel {
			return []fact{{reason: noDegreeNamed, asked: p.String()}}
		}
		return []fact{{reason: degreeTooLow, level: highest, study: hs, asked: p.String()}}
	}
	var facts []fact
	if len(p.Fields) > 0 {
		switch {
		case best.relation == fieldNone:
			facts = append(facts, fact{reason: fieldNotNamed, study: best.study, terms: p.Fields})
		case best.relation == fieldRelated && !p.Related:
			facts = append(facts, fact{reason: fieldOnlyRelated, study: best.study, field: best.field})
		}
	}
	switch {
	case p.Status == requirements.InProgress && best.status != studyInProgress:
		facts = append(facts, fact{reason: notInProgress, study: best.study, status: best.status})
	case p.Status == requirements.Completed && best.status != studyCompleted:
		facts = append(facts, fact{reason: notCompleted, study: best.study, status: best.status})
	}
	if !p.By.IsZero() && (best.study.End.IsZero() || best.study.End.Last() > dates.FromTime(p.By)) {
		facts = append(facts, fact{reason: notExpectedBy, by: p.By.Format("2006-01-02")})
	}
	return facts
}
