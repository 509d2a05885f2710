package extract

import (
	"fmt"
	"strings"

	"github.com/quals-dev/quals/requirements"
	"go.yaml.in/yaml/v3"
)

// ldReader reads one JobPosting node into an Extraction.
type ldReader struct {
	x      *extractor
	doc    *ldDoc
	config config

	lines   []LineReport
	pending []*ldPending
	edu     []*ldPending // from educationRequirements
	exp     []*ldPending // from experienceRequirements
	remote  bool         // jobLocationType TELECOMMUTE
	placed  bool         // jobLocation named a place
	role    string       // the job's role, from its title, for experience in it
}

// ldPending is a requirement read from a field, given its id when the
// document is put together (so ids follow the final order, and requirements
// merged away use none).
type ldPending struct {
	req       requirements.RequirementDoc
	preferred bool
	field     string
	idBase    string   // the id to use instead of one made from the predicate
	lines     []int    // report lines made from it
	texts     []string // the texts it was made from, when it combines several
	dropped   bool
}

// ldFields lists the JobPosting fields read, in the order they are read
// (which is the order of their requirements); the others are reported as
// not read, in document order.
var ldFields = []struct {
	key  string
	read func(r *ldReader, field string, v *yaml.Node)
}{
	{"title", (*ldReader).title},
	{"name", (*ldReader).title},
	{"hiringOrganization", (*ldReader).organization},
	{"educationRequirements", (*ldReader).education},
	{"experienceRequirements", (*ldReader).experience},
	{"experienceInPlaceOfEducation", (*ldReader).inPlace},
	{"skills", (*ldReader).skills},
	{"qualifications", (*ldReader).qualifications},
	{"securityClearanceRequirement", (*ldReader).textField},
	{"eligibilityToWorkRequirement", (*ldReader).textField},
	{"jobLocationType", (*ldReader).locationType},
	{"applicantLocationRequirements", (*ldReader).applicantLocation},
	{"jobLocation", (*ldReader).jobLocation},
	{"jobStartDate", (*ldReader).startDate},
	{"description", (*ldReader).description},
}

// ldNotRead says why a JobPosting field that is not read is left out.
var ldNotRead = map[string]string{
	"baseSalary": "pay, not a qualification", "estimatedSalary": "pay, not a qualification",
	"salaryCurrency": "pay, not a qualification", "incentiveCompensation": "pay, not a qualification",
	"incentives": "pay, not a qualification", "jobBenefits": "benefits, not a qualification",
	"benefits": "benefits, not a qualification", "responsibilities": "duties, not a qualification",
	"employmentType": "the kind of employment, not a qualification", "workHours": "the hours, not a qualification",
	"datePosted": "a date of the listing", "validThrough": "a date of the listing",
	"directApply": "how to apply", "applicationContact": "how to apply", "url": "a link", "sameAs": "a link",
	"mainEntityOfPage": "a link", "image": "an image", "identifier": "an identifier", "totalJobOpenings": "the number of openings",
	"industry": "the industry, not a qualification", "occupationalCategory": "a category, not a qualification",
	"relevantOccupation": "an occupation, not this posting's requirements", "employerOverview": "about the employer",
	"employmentUnit": "the hiring unit", "alternateName": "another name", "disambiguatingDescription": "a summary",
	"potentialAction": "an action", "subjectOf": "a link", "additionalType": "a type", "inLanguage": "the language of the listing",
	"jobImmediateStart":   "an immediate start names no date to be available from",
	"physicalRequirement": "physical requirements concern disability, which matching never reads",
	"sensoryRequirement":  "sensory requirements concern disability, which matching never reads",
	"specialCommitments":  "a commitment of the employer (such as to veterans), not a qualification",
}

func (r *ldReader) read() (*Extraction, error) {
	job := r.doc.job
	for _, p := range r.doc.broken {
		r.report(LineReport{Section: "json-ld", Text: p.Error(), Reading: "script block not read: not valid JSON"})
	}
	if r.doc.more > 0 {
		r.report(LineReport{Section: "json-ld", Text: fmt.Sprintf("%d more JobPosting(s)", r.doc.more),
			Reading: "not read: only the first JobPosting in the input is read"})
	}
	seen := map[string]bool{}
	values := map[string]*yaml.Node{}
	type entry struct {
		key   string
		value *yaml.Node
	}
	var rest []entry
	for i := 0; i+1 < len(job.Content); i += 2 {
		key := ldKey(job.Content[i].Value)
		if seen[key] {
			r.report(LineReport{Section: key, Text: r.doc.summary(job.Content[i+1]), Reading: "not read: the field appears twice; the first is read"})
			continue
		}
		seen[key] = true
		values[key] = job.Content[i+1]
		rest = append(rest, entry{key, job.Content[i+1]})
	}
	known := map[string]bool{}
	for _, f := range ldFields {
		known[f.key] = true
		if v, ok := values[f.key]; ok {
			if f.key == "name" && r.x.doc.Title != "" {
				r.report(LineReport{Section: f.key, Text: r.doc.summary(v), Reading: "not read: the title is given"})
				continue
			}
			f.read(r, f.key, v)
		}
	}
	for _, e := range rest {
		if known[e.key] || strings.HasPrefix(e.key, "@") {
			continue
		}
		why, ok := ldNotRead[e.key]
		if !ok {
			why = "a field quals does not know"
		}
		r.report(LineReport{Section: e.key, Text: r.doc.summary(e.value), Reading: "not read: " + why})
	}
	r.x.doc.ID = slug(r.x.doc.Title)
	if r.x.doc.ID == "" {
		r.x.doc.ID = "extracted-posting"
	}
	r.finish()
	r.commit()
	if len(r.x.doc.Required)+len(r.x.doc.Preferred) > 0 {
		r.lines = r.x.fit(r.lines)
	}
	ext := &Extraction{Document: r.x.doc, Lines: r.lines}
	if len(ext.Document.Required)+len(ext.Document.Preferred) == 0 {
		return ext, fmt.Errorf("no qualification or constraint found in the JobPosting")
	}
	// Only a hostile input (a line of 100,000 characters, 20,000 skills)
	// makes a document past Parse's limits; say so rather than hand it on.
	if _, err := ext.Document.Load("", r.config.loadOptions()...); err != nil {
		return ext, fmt.Errorf("the document read from the JobPosting does not load: %w", err)
	}
	return ext, nil
}

// report adds a line to the report and returns its index.
func (r *ldReader) report(l LineReport) int {
	l.Text = ldClean(l.Text)
	r.lines = append(r.lines, l)
	return len(r.lines) - 1
}

// add queues a requirement read from field, with the report lines made from it.
func (r *ldReader) add(field string, req requirements.RequirementDoc, preferred bool, lines ...int) *ldPending {
	req.Text = ldShort(ldClean(req.Text), maxRequirementText)
	p := &ldPending{req: req, preferred: preferred, field: field, lines: lines}
	r.pending = append(r.pending, p)
	return p
}

// maxRequirementText bounds the text of a requirement, in characters.
const maxRequirementText = 2000

// commit gives every queued requirement its id, in order, and puts it in
// the document; a requirement with the same text as one before it is
// merged into that one.
func (r *ldReader) commit() {
	byText := map[string]*ldPending{}
	for _, p := range r.pending {
		if p.dropped {
			continue
		}
		k := ldTextKey(p.req.Text)
		if prev, dup := byText[k]; dup && k != "" {
			p.dropped = true
			for _, l := range p.lines {
				r.lines[l].Reading += fmt.Sprintf("; the same as the requirement from %s", prev.field)
			}
			prev.lines = append(prev.lines, p.lines...)
			continue
		}
		for _, t := range append([]string{p.req.Text}, p.texts...) {
			if _, ok := byText[ldTextKey(t)]; !ok {
				byText[ldTextKey(t)] = p
			}
		}
	}
	for _, p := range r.pending {
		if p.dropped {
			continue
		}
		if p.idBase != "" {
			r.x.ids[p.idBase]++
			p.req.ID = p.idBase
			if n := r.x.ids[p.idBase]; n > 1 {
				p.req.ID = fmt.Sprintf("%s-%d", p.idBase, n)
			}
		} else {
			p.req.ID = r.x.newID(p.req.PredicateDoc, p.req.Text)
		}
		if p.preferred {
			r.x.doc.Preferred = append(r.x.doc.Preferred, p.req)
		} else {
			r.x.doc.Required = append(r.x.doc.Required, p.req)
		}
	}
	// Lines name the requirement they became, once every id is known.
	for _, p := range r.pending {
		if p.dropped {
			continue
		}
		for _, l := range p.lines {
			r.lines[l].Requirement = p.req.ID
		}
	}
}

// says reports whether the requirement was made from text whose key is k.
func (p *ldPending) says(k string) bool {
	if k == "" {
		return false
	}
	if ldTextKey(p.req.Text) == k {
		return true
	}
	for _, t := range p.texts {
		if ldTextKey(t) == k {
			return true
		}
	}
	return false
}

// ldTextKey normalizes a requirement's text for comparison: lowercase letters
// and digits, single spaces.
func ldTextKey(s string) string {
	var b strings.Builder
	space := false
	for _, c := range strings.ToLower(s) {
		if c == '\'' || c == '’' || c == '‘' {
			continue // "Bachelor’s" and "Bachelor's" are the same word
		}
		if ('a' <= c && c <= 'z') || ('0' <= c && c <= '9') || c > 0x7f || c == '+' || c == '#' {
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(c)
			continue
		}
		space = true
	}
	return b.String()
}
