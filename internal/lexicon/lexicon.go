// Package lexicon is the engine's reading of a vocabulary: finding the
// names it knows in a token sequence. Package vocab registers the reader
// of each *vocab.Vocabulary here, so that the token-level API stays out of
// vocab's public face.
package lexicon

import "github.com/quals-dev/quals/internal/text"

// Hit is a known name found in a token sequence.
type Hit struct {
	Concept     string
	First, Last int // token indexes of the name's first and last tokens
	// Technical says the name is of a technology (not a topic or a soft
	// skill): a document naming several is technical as a whole.
	Technical bool
	// Contextless marks, in ScanSkillsInDocument, an ambiguous name
	// spelled exactly as the vocabulary spells it but with nothing near it
	// that makes it technical ("Go services…"): it counts in a document
	// that is technical as a whole.
	Contextless bool
}

// Scanner finds the names of one vocabulary in tokens.
type Scanner interface {
	// ScanSkills appends the skills named in toks to dst, longest name
	// first; list says the tokens come from a skills list, where an
	// ambiguous spelling counts without context. source is the text the
	// tokens' offsets point into.
	ScanSkills(dst []Hit, toks []text.Token, list bool, source string) []Hit
	// ScanSkillsInDocument is ScanSkills that also appends, marked
	// Contextless, the ambiguous names it would leave out for want of
	// context, for a caller that judges the document as a whole.
	ScanSkillsInDocument(dst []Hit, toks []text.Token, list bool, source string) []Hit
	// ScanFields appends the fields of study named in toks to dst.
	ScanFields(dst []Hit, toks []text.Token) []Hit
	// Analyzer is the text analyzer the vocabulary normalizes names with.
	Analyzer() *text.Analyzer
}

var of func(vocabulary any) Scanner

// Register is called once, by package vocab, with the function that
// returns the Scanner of a *vocab.Vocabulary.
func Register(f func(vocabulary any) Scanner) { of = f }

// Of returns the Scanner of a *vocab.Vocabulary.
func Of(vocabulary any) Scanner { return of(vocabulary) }
