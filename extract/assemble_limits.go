package extract

import (
	"fmt"

	"github.com/quals-dev/quals/diag"
	"github.com/quals-dev/quals/requirements"
)

// The extractor bounds what it produces by the same limits a document is
// loaded under, so that what it returns always loads, and a description
// that would yield too much is refused at the input line where it does.

// outputBudget tracks the size of the document being assembled.
type outputBudget struct {
	limits diag.Limits
	bytes  int // an estimate, on the high side, of the document's YAML size
}

// yamlOverhead is what a YAML key, indentation and punctuation cost a
// value, on the high side.
const yamlOverhead = 24

// add counts one requirement, and reports an ErrLimit problem against the
// input line when the document would pass a limit.
func (b *outputBudget) add(r requirements.RequirementDoc, list int, line int) error {
	b.bytes += 2*yamlOverhead + len(r.ID) + len(r.Text) + predicateBytes(r.PredicateDoc)
	switch {
	case b.limits.MaxBytes > 0 && b.bytes > b.limits.MaxBytes:
		return diag.Problems{{Line: line, Kind: diag.ErrLimit, Message: fmt.Sprintf(
			"the description yields a posting document over the size limit of %d bytes by this line", b.limits.MaxBytes)}}
	case b.limits.MaxItems > 0 && list > b.limits.MaxItems:
		return diag.Problems{{Line: line, Kind: diag.ErrLimit, Message: fmt.Sprintf(
			"the description yields more than %d requirements in one list by this line", b.limits.MaxItems)}}
	}
	return nil
}

// predicateBytes estimates what a predicate costs in YAML.
func predicateBytes(p requirements.PredicateDoc) int {
	n := yamlOverhead
	names := func(l requirements.List) {
		for _, s := range l {
			n += len(s) + 4 // quotes and separator
		}
	}
	for _, d := range []*requirements.NamesDoc{p.Skill, p.Experience, p.Certification} {
		if d != nil {
			names(d.Any)
			names(d.All)
			n += yamlOverhead
		}
	}
	if p.Degree != nil {
		names(p.Degree.Fields)
		n += 4 * yamlOverhead
	}
	if p.Publications != nil {
		names(p.Publications.Topics)
		n += 2 * yamlOverhead
	}
	if p.Location != nil {
		names(p.Location.Countries)
		names(p.Location.Regions)
		names(p.Location.Cities)
		n += 3 * yamlOverhead
	}
	if p.Authorization != nil {
		names(p.Authorization.Countries)
		n += yamlOverhead
	}
	if p.Availability != nil {
		n += len(p.Availability.Windows) * 3 * yamlOverhead
	}
	if p.Language != nil {
		n += len(p.Language.Name) + 2*yamlOverhead
	}
	if p.Evidence != nil {
		names(p.Evidence.Terms)
		n += yamlOverhead
	}
	for _, q := range p.Any {
		n += predicateBytes(q)
	}
	for _, q := range p.All {
		n += predicateBytes(q)
	}
	if p.AtLeast != nil {
		for _, q := range p.AtLeast.Of {
			n += predicateBytes(q)
		}
	}
	return n
}
