// Package requirements is the posting side of quals: a job posting's
// required and preferred qualifications as weighted predicates.
//
// A posting document (YAML or JSON, the same fields) is loaded once with
// Parse or LoadFile. Loading checks everything and reports every problem
// with file, line, column and field (a diag.Problems error), resolves each name
// through the vocabulary (so "ML" is machine learning and "Go" is the
// language), and normalizes free-text terms. The Posting it returns is
// read-only and safe to share between goroutines and to match against any
// number of profiles; nothing is parsed or stemmed again at match time.
//
// Loading is two steps, the same for a parsed text and for a Document
// built in code (Document.Load): decode reads the document into a Document,
// reporting what is wrong with its shape (unknown or repeated keys, values
// of the wrong type) and noting where each value stands; compile checks
// what the values say, resolves the names and places, and builds the
// Posting, placing each problem where its value stands. The predicate
// keys, and how each compiles and describes itself, are one table
// (specs.go).
//
// Each requirement holds exactly one predicate:
//
//	skill          named skills, any or all of them; optional min_years
//	experience     experience in topics, any or all; optional min_years
//	               (min_years alone: that many years of dated work of any kind)
//	degree         level (at least), fields, status, related, by
//	publications   at least min publications, optionally on topics, since a year
//	location       countries, regions, cities; remote allowed; within_km
//	authorization  allowed to work in countries (sponsorship offered or not)
//	availability   available over one of the date windows
//	language       a spoken language at a minimum CEFR level (A1..C2, native)
//	certification  named certifications, any or all
//	evidence       free-text terms found anywhere in the profile, at least min
//	any, all       combinators over predicates
//	at_least       {n: 2, of: [predicates...]}
//
// Choices the format leaves open, made here:
//   - weight defaults to 1 and must be greater than 0;
//   - a requirement without an id gets one from its place ("required-3");
//   - a single name may stand for a list (skill: {any: Python});
//   - evidence's min defaults to 1, publications' min to 1;
//   - places resolve through the gazetteer (package geo; WithGazetteer
//     gives another) when the posting loads: a city the gazetteer does not
//     know, in the posting's locations or a location's cities, is an error
//     naming it (a name several cities share is the most populous, or the
//     one in the location's region or countries); Posting.Located and
//     Posting.LocationPlaces return the places found, so matching looks
//     nothing up;
//   - location's within_km (kilometres, great-circle, greater than 0) is
//     measured from its cities, or from the posting's locations' cities
//     when it names none; with neither, it is an error.
//
// # Job descriptions
//
// Package extract reads the job descriptions people write (plain text,
// HTML, schema.org JobPosting JSON-LD) into a Document of this package.
package requirements
