// Package profile is the candidate side of quals: a JSON Resume document
// (plus workAuthorization and availability, which hiring needs and the
// schema lacks), its loading, the candidate's id and name, and the
// warnings loading gave.
//
// Parse or LoadFile reads a document, reporting every problem with file,
// line, column and field (a diag.Problems error). Keys the schema does not
// define are reported as warnings (the schema allows them, so the profile
// still loads). Loading also normalizes the résumé for matching, once: every
// text is tokenized, skills and topics are resolved through the vocabulary,
// and each mention keeps where it came from (work[2].highlights[0]) and the
// dates of its entry. That index is the engine's (package match reads it)
// and is not part of this package's API. A Profile is read-only afterwards
// and safe to share between goroutines.
//
// basics.location is placed through the gazetteer (package geo;
// knowledge.WithGazetteer gives another): its city, in its region and country, gets
// coordinates for the location predicate's within_km, and fills in the
// region and country codes the profile leaves out. A city the gazetteer
// does not know is a warning, not an error: the profile loads, and
// matching uses its region and country. So is a name several places
// share: among places in one country the most populous is taken; across
// countries, with no countryCode to choose, none is.
//
// What matching reads, and what it never reads:
//   - read: basics.label, basics.summary, basics.location; work, volunteer,
//     projects (position, summary, description, highlights, keywords, roles);
//     education; awards; certificates; publications; skills; languages;
//     interests; workAuthorization; availability.
//   - never read: basics.name, email, phone, image, url and profiles, and
//     references (other people's words). Name is kept for display only.
//
// Years of experience come from dated work, volunteer and project entries:
// an entry without an end date runs to the as-of date, partial dates cover
// their whole period ("2021" as a start is 2021-01-01, as an end
// 2021-12-31), and overlapping entries are counted once.
package profile
