package index

import (
	"slices"

	"github.com/quals-dev/quals/geo"
	"github.com/quals-dev/quals/internal/dates"
	"github.com/quals-dev/quals/internal/text"
	"github.com/quals-dev/quals/vocab"
)

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

// Facts are the facts of a résumé the predicates that read no text need
// — entries, titles, studies, place, authorizations, availability,
// languages — without the texts, tokens and mentions, which are most of
// an index's memory. They are kept, in a candidate pool, for evaluating
// those predicates without loading the profile again.
type Facts struct {
	vocabulary     *vocab.Vocabulary
	analyzer       *text.Analyzer
	Entries        []Entry
	Titles         []Title
	Studies        []Study
	Location       Place
	Located        geo.Place
	Authorizations []Authorization
	Availability   []dates.Period
	AvailPaths     []string
	AvailTexts     []string
	Languages      []Spoken
	HasEducation   bool
	HasLocation    bool
	HasAuth        bool
	HasAvail       bool
	HasContent     bool
}

// Facts returns a copy of the index's facts.
func (ix *Index) Facts() *Facts {
	return &Facts{
		vocabulary:     ix.vocabulary,
		analyzer:       ix.analyzer,
		Entries:        slices.Clone(ix.Entries),
		Titles:         slices.Clone(ix.Titles),
		Studies:        slices.Clone(ix.Studies),
		Location:       ix.Location,
		Located:        ix.Located,
		Authorizations: slices.Clone(ix.Authorizations),
		Availability:   slices.Clone(ix.Availability),
		AvailPaths:     slices.Clone(ix.AvailPaths),
		AvailTexts:     slices.Clone(ix.AvailTexts),
		Languages:      slices.Clone(ix.Languages),
		HasEducation:   ix.HasEducation,
		HasLocation:    ix.HasLocation,
		HasAuth:        ix.HasAuth,
		HasAvail:       ix.HasAvail,
		HasContent:     ix.HasContent,
	}
}

// Into makes ix an index of these facts alone, sharing their slices
// (read-only). Only the predicates that read no text may be evaluated
// against it.
func (f *Facts) Into(ix *Index) {
	*ix = Index{
		vocabulary:     f.vocabulary,
		analyzer:       f.analyzer,
		Entries:        f.Entries,
		Titles:         f.Titles,
		Studies:        f.Studies,
		HasEducation:   f.HasEducation,
		Location:       f.Location,
		HasLocation:    f.HasLocation,
		Located:        f.Located,
		Authorizations: f.Authorizations,
		HasAuth:        f.HasAuth,
		Availability:   f.Availability,
		HasAvail:       f.HasAvail,
		AvailPaths:     f.AvailPaths,
		AvailTexts:     f.AvailTexts,
		Languages:      f.Languages,
		HasContent:     f.HasContent,
	}
}
