// Package requirements is the posting side of quals: a job posting's
// required and preferred qualifications as weighted predicates.
//
// A posting document (YAML or JSON, the same fields) is loaded once with
// Parse or LoadFile. Loading checks everything and reports every problem
// with file, line, column and field (see Problem), resolves each name
// through the vocabulary (so "ML" is machine learning and "Go" is the
// language), and normalizes free-text terms. The Posting it returns is
// read-only and safe to share between goroutines and to match against any
// number of profiles; nothing is parsed or stemmed again at match time.
//
// Each requirement holds exactly one predicate:
//
//	skill          named skills, any or all of them; optional min_years
//	experience     experience in topics, any or all; optional min_years
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
// # Reading job descriptions
//
// Extract reads a plain-text job description into a Document (the posting
// format as plain values, which Load or Parse of its YAML turns into a
// Posting) and a report of how every line was read; ExtractJobPosting does
// the same for schema.org JobPosting JSON-LD and HTML pages holding it.
// It works in stages: segment splits the text into blocks at every layout
// cue, label puts each block in a section from its heading and its own
// words, the line readers read each qualification, and assemble names the
// requirements and bounds the document by the limits.
// Choices made where descriptions are vague:
//   - sections are found by their headings' words; a line of a required or
//     preferred section becomes one requirement (a long paragraph, one per
//     sentence); pay, benefits, equal-opportunity text, company pitch and
//     application instructions are set aside wherever they stand; under no
//     known heading, a sentence stating a degree, years or "experience
//     with" is a required qualification; "a plus", "bonus" and "nice to
//     have" make a line preferred;
//   - names joined by "and" or commas are all asked for; any one of them
//     only with "or", "one of", "such as" or a list in parentheses;
//   - a degree's level is the lowest one the line accepts ("Master's or
//     PhD" is master); a bare "degree" or "4-year degree" is a bachelor's;
//     "or equivalent (practical) experience" makes any of the degree and
//     experience in its fields (2, 4, 6, 8 years for associate to doctorate);
//   - "N years" takes the first number of a range; spoken languages without
//     a level word ask for B2, "fluent" for C1;
//   - a season is three months (summer is June to August); a month as a
//     start date is the whole month;
//   - a line nothing structured can be read from becomes evidence over its
//     key terms (at most six, any two of three or more) — never dropped;
//   - lines outside the qualification sections become required
//     requirements only when they limit who may apply (a country, start
//     dates, office places); office cities fill the posting's locations.
package requirements
