package extract

import (
	"regexp"
	"strings"

	"github.com/quals-dev/quals/requirements"
	"github.com/quals-dev/quals/vocab"
)

// inProgress and completed say a degree's status.
var (
	inProgressCues = cues("enroll", "pursu", "toward", "student", "candidate", "graduat", "return", "progress", "prior", "studying", "currently")
	inProgressRE   = regexp.MustCompile(`\b(?:currently (?:enrolled|pursuing|studying|in)|enrolled|pursuing|working (?:towards?|on) (?:a|an|your|the)\b|towards? (?:a|an|your) (?:ph|doctor|degree|master|bachelor)|students?|candidate for|phd candidate|expected graduation|expected to graduate|graduating|returning to|return to|in progress|in-progress|prior to the mba)\b`)
	completedRE    = regexp.MustCompile(`\b(?:completed|have obtained|has obtained|earned|holds? an?|conferred)\b`)
)

// degreeStatus reads whether the degree must be in progress or completed.
func degreeStatus(low string) string {
	switch {
	case inProgressCues.in(low) && inProgressRE.MatchString(low):
		return string(requirements.InProgress)
	case completedRE.MatchString(low):
		return string(requirements.Completed)
	}
	return ""
}

// fieldStops end the fields of study after a degree: what follows them is
// experience, dates or conditions ("…, or equivalent practical experience").
var fieldStops = wordSet(`equivalent experience years yrs year graduating graduation returning maintaining priority expected certification certificate certified combined plus coursework university college institution school from accredited`)

// relatedRE says a related field meets the requirement too.
var relatedRE = regexp.MustCompile(`\b(?:related|relevant|similar|other|another|allied|comparable|equivalent|associated)\b|-related\b`)

// notFields are descriptions, not fields of study.
var notFields = wordSet(`technical quantitative quantitive analytical related relevant similar other another any equivalent
	field fields discipline disciplines subject subjects area areas major majors degree degrees program focus emphasis
	background studies study coursework nature full-time university college school major`)

// fieldsIn reads the fields of study named in tokens [a, b): those the
// vocabulary knows, by their canonical names, and capitalized names it
// does not ("Human Factors").
func (x *extractor) fieldsIn(l *lineText, a, b int) (fields []string, related bool) {
	if a >= b {
		return nil, false
	}
	hits := x.names.ScanFields(nil, l.toks[a:b])
	covered := make([]bool, b-a)
	for _, h := range hits {
		fields = append(fields, h.Concept)
		for k := h.First; k <= h.Last; k++ {
			covered[k] = true
		}
	}
	// Capitalized items the vocabulary does not know, between list punctuation.
	itemStart := a
	flush := func(end int) {
		s, e := itemStart, end
		for s < e && (lineStopWords[l.word(s)] || notFields[l.word(s)]) {
			s++
		}
		for e > s && (lineStopWords[l.word(e-1)] || notFields[l.word(e-1)]) {
			e--
		}
		if s >= e || e-s > 4 {
			return
		}
		for k := s; k < e; k++ {
			if covered[k-a] || !startsCapital(l.surface(k, k)) && !lineStopWords[l.word(k)] {
				return
			}
		}
		name := l.surface(s, e-1)
		if _, country := x.vocabulary.Country(name); !country && !certificationAcronyms[name] {
			fields = append(fields, strings.ToLower(name))
		}
	}
	for k := a; k < b; k++ {
		gap := l.s[l.toks[max(k-1, 0)].End:l.toks[k].Start]
		if k > a && strings.ContainsAny(gap, ",;/()") || listConnectors[l.word(k)] {
			flush(k)
			itemStart = k
			if listConnectors[l.word(k)] {
				itemStart = k + 1
			}
		}
	}
	flush(b)
	related = relatedRE.MatchString(l.low[l.toks[a].Start:l.toks[b-1].End])
	return uniqueFold(fields), related && len(fields) > 0
}

// fieldEnd is the token where the fields after a degree stop.
func fieldEnd(l *lineText, from int) int {
	for k := from; k < len(l.toks); k++ {
		w := l.word(k)
		if fieldStops[w] || isNumeric(w) || countWords[w] > 1 {
			if w == "equivalent" && l.word(k+1) != "experience" && l.word(k-1) != "or" {
				continue
			}
			return k
		}
	}
	return len(l.toks)
}

// degreeReading is a degree predicate and where in the line it ends.
type degreeReading struct {
	pred  requirements.PredicateDoc
	level vocab.Level // the lowest level accepted
	first int         // the token of the first degree named
	end   int         // the token where its fields end
	alts  []requirements.DegreeDoc
}

// readDegree reads the degrees a line names, with their status and
// fields. Degrees joined by "or" or "/" are one requirement at the lowest
// level ("MS or PhD" is a master's); a degree named after fields that
// belong to an earlier one starts an alternative ("a Master's in CS or an
// MBA").
func (x *extractor) readDegree(l *lineText) (degreeReading, bool) {
	ms := x.mentions(l)
	if len(ms) == 0 {
		return degreeReading{}, false
	}
	end := fieldEnd(l, ms[0].last+1)
	status := degreeStatus(l.low)
	var alts []requirements.DegreeDoc
	cur := requirements.DegreeDoc{Level: ms[0].level.String(), Status: status}
	curLevel := ms[0].level
	for k, m := range ms {
		if m.first >= end {
			break
		}
		if m.level < curLevel {
			curLevel, cur.Level = m.level, m.level.String()
		}
		regionEnd, more := end, k+1 < len(ms) && ms[k+1].first < end
		if more {
			regionEnd = ms[k+1].first
		}
		fields, related := x.fieldsIn(l, m.last+1, regionEnd)
		cur.Fields = append(cur.Fields, fields...)
		cur.Related = cur.Related || related
		if len(fields) > 0 && more {
			alts = append(alts, cur)
			cur = requirements.DegreeDoc{Level: ms[k+1].level.String(), Status: status}
			curLevel = ms[k+1].level
		}
	}
	alts = append(alts, cur)
	lowest := vocab.Doctorate
	for _, a := range alts {
		lv, _ := vocab.ParseLevel(a.Level)
		lowest = min(lowest, lv)
	}
	sortDegrees(alts)
	r := degreeReading{level: lowest, first: ms[0].first, end: end, alts: alts}
	if len(alts) == 1 {
		d := alts[0]
		r.pred = requirements.PredicateDoc{Degree: &d}
	} else {
		for i := range alts {
			d := alts[i]
			r.pred.Any = append(r.pred.Any, requirements.PredicateDoc{Degree: &d})
		}
	}
	return r, true
}

// sortDegrees orders alternatives by level, lowest first (a stable
// insertion sort: there are two or three).
func sortDegrees(ds []requirements.DegreeDoc) {
	rank := func(d requirements.DegreeDoc) vocab.Level { lv, _ := vocab.ParseLevel(d.Level); return lv }
	for i := 1; i < len(ds); i++ {
		for j := i; j > 0 && rank(ds[j]) < rank(ds[j-1]); j-- {
			ds[j], ds[j-1] = ds[j-1], ds[j]
		}
	}
}

// equivalentRE finds "or equivalent (practical) experience" and a bare
// "or equivalent" at the end of a line.
var equivalentRE = regexp.MustCompile(`\bor (?:an? )?equivalent(?: (?:practical|professional|work|industry|relevant|job|related|hands-on|technical|military|full-time))* (?:experience|combination of education and experience)\b|\bor (?:the )?equivalent\W*$|\bor equivalent (?:practical |work |professional )?experience\b`)

func equivalentIn(low string) []int {
	if !strings.Contains(low, "equivalent") {
		return nil
	}
	return equivalentRE.FindStringIndex(low)
}

// equivalentYears is the experience taken to stand for a degree: about
// the years of study it takes.
var equivalentYears = map[vocab.Level]float64{vocab.Associate: 2, vocab.Bachelor: 4, vocab.Master: 6, vocab.Doctorate: 8}

// readDegreeLine reads a line naming a degree, with what it is combined
// with: equivalent experience, years of experience, certifications, or
// skills.
func (x *extractor) readDegreeLine(l *lineText) (requirements.PredicateDoc, bool) {
	d, ok := x.readDegree(l)
	if !ok {
		return requirements.PredicateDoc{}, false
	}
	pred := d.pred
	if loc := equivalentIn(l.low); loc != nil && loc[0] > l.toks[d.first].Start {
		topics := d.fieldNames()
		if len(topics) == 0 {
			topics = x.titleTopics()
		}
		exp := requirements.PredicateDoc{Experience: &requirements.NamesDoc{Any: requirements.List(topics), MinYears: equivalentYears[d.level]}}
		pred = anyDoc(pred, exp)
	}
	if c, cstart, ok := x.certificationsIn(l); ok {
		if orBetween(l, d.first, cstart) {
			pred = anyDoc(pred, c)
		} else {
			pred = allDoc(pred, c)
		}
	}
	if y, ok := x.readYears(l); ok {
		if fields := d.fieldNames(); !y.topical && len(fields) > 0 {
			// "MS in CS, or 4 years of relevant work experience": in the field.
			y.pred = requirements.PredicateDoc{Experience: &requirements.NamesDoc{Any: requirements.List(fields), MinYears: y.years}}
		}
		degreeStart := l.toks[d.first].Start
		or := joinedOr(l.low, y.start)
		if y.start < degreeStart {
			// "3 years of …, or 2 years with an MBA", "(or 8 years and an MBA)".
			or = hasWordIn(l.low[y.end:degreeStart], "or")
		}
		if or {
			pred = anyDoc(pred, y.pred)
		} else {
			pred = allDoc(pred, y.pred)
		}
	} else if d.end < len(l.toks) {
		rest := l.toks[d.end].Start
		if names, ok := x.readNames(l, rest, len(l.s)); ok && equivalentIn(l.low[rest:]) == nil {
			pred = allDoc(pred, names)
		}
	}
	return pred, true
}

// fieldNames lists the fields of all alternatives, once each.
func (d degreeReading) fieldNames() []string {
	var out []string
	for _, a := range d.alts {
		out = append(out, a.Fields...)
	}
	return uniqueFold(out)
}

// orBetween reports whether "or" joins a degree and what starts at byte cstart.
func orBetween(l *lineText, first, cstart int) bool {
	a, b := l.toks[first].Start, cstart
	if b < a {
		a, b = b, a
	}
	return strings.Contains(l.low[a:b], " or ") || strings.Contains(l.low[a:b], "/")
}

// joinedOr reports whether the words just before byte i are "or": ", or 4 years".
func joinedOr(low string, i int) bool {
	before := strings.TrimRight(low[max(0, i-12):i], " ,(")
	return strings.HasSuffix(before, " or") || strings.HasSuffix(before, "and/or")
}
