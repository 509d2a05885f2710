package index

import "slices"

// Strength is how a concept shows in a résumé, weakest first: what the
// evaluator of a skill or experience predicate can credit it at most.
// The zero Strength is absent.
type Strength uint8

const (
	Absent  Strength = iota
	Topic            // only through narrower concepts filed under it
	Studied          // named, but only in courses or interests
	Listed           // named elsewhere (a skills list, a summary), in no dated entry
	Dated            // named in a dated work, volunteer or project entry
)

// EachConcept calls yield with every concept the résumé mentions and its
// strongest mention.
func (ix *Index) EachConcept(yield func(concept string, s Strength)) {
	for name, ms := range ix.concepts {
		best := Absent
		for _, m := range ms {
			s := Topic
			if !m.Topic {
				src := &ix.Sources[m.Source]
				switch {
				case src.Entry >= 0:
					s = Dated
				case src.Section == SectionEducation || src.Section == SectionInterests:
					s = Studied
				default:
					s = Listed
				}
			}
			best = max(best, s)
		}
		if best != Absent {
			yield(name, best)
		}
	}
}

// EachTerm calls yield with every distinct word term of the résumé.
func (ix *Index) EachTerm(yield func(term string)) {
	for t := range ix.terms {
		yield(t)
	}
}

// Facts returns a copy of the index holding only the facts the predicates
// that read no text need — entries, titles, studies, place,
// authorizations, availability, languages — without the texts, tokens and
// mentions, which are most of its memory. Only those predicates may be
// evaluated against it.
func (ix *Index) Facts() *Index {
	return &Index{
		vocabulary:     ix.vocabulary,
		analyzer:       ix.analyzer,
		Entries:        slices.Clone(ix.Entries),
		Titles:         slices.Clone(ix.Titles),
		Studies:        slices.Clone(ix.Studies),
		HasEducation:   ix.HasEducation,
		Location:       ix.Location,
		HasLocation:    ix.HasLocation,
		Located:        ix.Located,
		Authorizations: slices.Clone(ix.Authorizations),
		HasAuth:        ix.HasAuth,
		Availability:   slices.Clone(ix.Availability),
		HasAvail:       ix.HasAvail,
		AvailPaths:     slices.Clone(ix.AvailPaths),
		AvailTexts:     slices.Clone(ix.AvailTexts),
		Languages:      slices.Clone(ix.Languages),
		HasContent:     ix.HasContent,
	}
}
