package match

import (
	"fmt"
	"strconv"

	"github.com/quals-dev/quals/internal/dates"
	"github.com/quals-dev/quals/internal/index"
	"github.com/quals-dev/quals/internal/words"
	"github.com/quals-dev/quals/requirements"
	"github.com/quals-dev/quals/vocab"
)

// studyResult is how one education entry measures against a degree predicate.
type studyResult struct {
	study    *index.Study
	credit   float64
	levelOK  bool
	field    string // the field of the posting it matched, "" when none
	relation string // "named", "related" or ""
	status   string // "in progress", "completed", "not started" or "undated"
}

// degree credits the best education entry.
func (e *evaluator) degree(f *Finding, p *requirements.Degree) {
	if !e.ix.HasEducation {
		f.Status = Unknown
		f.Gap = "the profile lists no education; the posting asks for " + p.String()
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
		text := describeStudy(best.study, e.cfg.asOf)
		if best.relation == "related" {
			text += ", a field related to " + best.field
		}
		e.addEvidence(f, best.study.Path, text)
	}
	if f.Status != Met {
		f.Gap = degreeGap(&best, p, e.ix.Studies, e.cfg.asOf)
	}
}

func (e *evaluator) study(st *index.Study, p *requirements.Degree) studyResult {
	r := studyResult{study: st, status: studyStatus(st, e.cfg.asOf)}
	r.levelOK = st.Level >= p.Level && st.Level != vocab.NoLevel
	if !r.levelOK {
		return r
	}
	fieldCredit := 1.0
	if len(p.Fields) > 0 {
		fieldCredit = 0
		for _, want := range p.Fields {
			c, rel := e.fieldMatch(st, want, p.Related)
			if c > fieldCredit || (c == fieldCredit && c > 0 && rel == "named" && r.relation != "named") {
				fieldCredit, r.field, r.relation = c, want.Text, rel
			}
		}
	}
	statusCredit := 1.0
	switch p.Status {
	case requirements.InProgress:
		if r.status != "in progress" {
			statusCredit = e.cfg.policy.StatusMismatch
		}
	case requirements.Completed:
		if r.status != "completed" && !(r.status == "in progress" && !p.By.IsZero() && !st.End.IsZero() && st.End.Last() <= dates.FromTime(p.By)) {
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
func (e *evaluator) fieldMatch(st *index.Study, want vocab.Term, related bool) (float64, string) {
	for _, have := range st.Fields {
		if want.Concept != "" && have == want.Concept {
			return 1, "named"
		}
	}
	if want.Concept == "" && len(want.Terms) > 0 && containsRun(st.AreaTerms, want.Terms) {
		return 1, "named"
	}
	if want.Concept != "" {
		for _, have := range st.Fields {
			if e.ix.Vocabulary().Related(have, want.Concept) {
				if related {
					return 1, "related"
				}
				return e.cfg.policy.RelatedField, "related"
			}
		}
	}
	return 0, ""
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

// studyStatus says where an education entry stands on the as-of day.
func studyStatus(st *index.Study, asOf dates.Day) string {
	switch {
	case !st.Start.IsZero() && st.Start.First() > asOf:
		return "not started"
	case !st.End.IsZero() && st.End.Last() > asOf:
		return "in progress"
	case !st.End.IsZero():
		return "completed"
	case !st.Start.IsZero():
		return "in progress"
	}
	return "undated"
}

// studyPhrase names an education entry in a sentence: "the PhD in Statistics".
func studyPhrase(st *index.Study) string {
	switch {
	case st.StudyType != "" && st.Area != "":
		return "the " + st.StudyType + " in " + st.Area
	case st.StudyType != "":
		return "the " + st.StudyType
	case st.Area != "":
		return "the degree in " + st.Area
	}
	return "the degree"
}

// statusWords says where a study stands, for a gap sentence.
func statusWords(st *index.Study, status string) string {
	switch status {
	case "completed":
		return "was completed in " + strconv.Itoa(st.End.Y)
	case "in progress":
		if !st.End.IsZero() {
			return "is expected in " + strconv.Itoa(st.End.Y)
		}
		return "is in progress"
	case "not started":
		return "starts " + st.Start.String()
	}
	return "has no dates"
}

// describeStudy writes "PhD, Computer Science (expected 2028)".
func describeStudy(st *index.Study, asOf dates.Day) string {
	s := st.Summary
	switch studyStatus(st, asOf) {
	case "in progress":
		if !st.End.IsZero() {
			s += " (expected " + strconv.Itoa(st.End.Y) + ")"
		} else {
			s += " (in progress)"
		}
	case "completed":
		s += " (" + strconv.Itoa(st.End.Y) + ")"
	case "not started":
		s += " (starts " + st.Start.String() + ")"
	}
	return s
}

func degreeGap(best *studyResult, p *requirements.Degree, studies []index.Study, asOf dates.Day) string {
	if !best.levelOK {
		highest := vocab.NoLevel
		var hs *index.Study
		for i := range studies {
			if studies[i].Level > highest || hs == nil {
				highest, hs = studies[i].Level, &studies[i]
			}
		}
		if highest == vocab.NoLevel {
			return fmt.Sprintf("the education entries name no degree quals recognises; the posting asks for %s", p.String())
		}
		return fmt.Sprintf("the highest degree is %s (%s); the posting asks for %s", highest.Phrase(), describeStudy(hs, asOf), p.String())
	}
	var parts []string
	if len(p.Fields) > 0 {
		switch best.relation {
		case "":
			parts = append(parts, fmt.Sprintf("%s is not in %s or a related field", describeStudy(best.study, asOf), words.Terms(p.Fields, "or")))
		case "related":
			if !p.Related {
				parts = append(parts, fmt.Sprintf("%s is related to %s but not named", describeStudy(best.study, asOf), best.field))
			}
		}
	}
	switch {
	case p.Status == requirements.InProgress && best.status != "in progress":
		parts = append(parts, fmt.Sprintf("%s %s; the posting asks for one in progress", studyPhrase(best.study), statusWords(best.study, best.status)))
	case p.Status == requirements.Completed && best.status != "completed":
		parts = append(parts, fmt.Sprintf("%s %s; the posting asks for a completed one", studyPhrase(best.study), statusWords(best.study, best.status)))
	}
	if !p.By.IsZero() && (best.study.End.IsZero() || best.study.End.Last() > dates.FromTime(p.By)) {
		parts = append(parts, "it is not expected by "+p.By.Format("2006-01-02"))
	}
	if len(parts) == 0 {
		return ""
	}
	return joinParts(parts)
}
