// Package match evaluates a candidate's profile against a posting's
// requirements and explains the result.
//
// Match returns a Result: a verdict, a score, and one Finding per
// requirement in posting order, each with its status (met, partial,
// missing, unknown), its credit, the points it adds to the score, the
// evidence quoted from the profile with its path, and the gap when it
// falls short. Rank orders many profiles for one posting; RankPostings
// orders many postings for one profile.
//
// # Scoring
//
// Every requirement earns a credit in [0, 1]. Its share of the score is
// 100 × weight / Σ weights, rounded to tenths so that the shares add up to
// exactly 100 (the tenths left over go to the largest fractions, ties to the
// earlier requirement). Its points are its share × credit, rounded to
// tenths, and the score is the sum of the points: every point is traced to
// a finding, a met requirement earns its whole share, and a profile meeting
// everything scores 100.0.
//
// Credit per predicate (the fractions come from Policy):
//   - skill: 1 when any (all) of the names appear; all: the share found;
//     coverage: the share found, each name weighted by how specific it is
//     (vocab.Vocabulary.Specificity: a technology 1, a topic at most one
//     half), so that PostgreSQL and Kafka are most of "PostgreSQL, Kafka,
//     algorithms".
//     With min_years, years of dated entries mentioning it / min_years, but
//     never less than Policy.ListedOnly (more evidence never lowers credit).
//     Years are the days of the entries, overlaps once, / 365, to hundredths.
//     A name is mentioned by itself, by another spelling, or by a
//     concept the vocabulary files under it that implies it: one that
//     names it as its own broader concept (Flink is stream processing,
//     PyTorch deep learning) or a technology (Django is Python): full
//     credit. A topic or a broad area (vocab.Vocabulary.Specificity below
//     1) reached only through another (the OpenAI API names large
//     language models, which are machine learning) is what the concept is
//     a topic of: shown only so, it earns Policy.TopicOnly, with or
//     without years, and its gap says so. A skill found only in courses or interests earns
//     Policy.ListedOnly: a course is no proof of proficiency; a skills
//     list, where the candidate states the skill, is.
//   - experience: as skill (coverage too), but only dated work, volunteer and project
//     entries count; a name found only elsewhere (a skills list) earns
//     Policy.ListedOnly. With any and min_years, the entries of all the
//     names count together, each once (8 years of Java then 5 of Kotlin
//     meet "any of Java, Kotlin, 12 years"); with min_years alone, the
//     dated work entries, whatever they say.
//   - degree: the best education entry: 0 below the level; a named field 1,
//     a related field 1 with related: true else Policy.RelatedField; the
//     wrong status (a finished degree where one in progress is asked, or the
//     reverse) multiplies by Policy.StatusMismatch.
//   - publications: on-topic publications / min, and at least
//     Policy.OffTopic when there are publications off the topics.
//   - location: the candidate's city, region or country among the posting's
//     (a country match where cities are named and remote is not allowed
//     earns Policy.NearbyPlace; with remote allowed and no country or
//     region named, any place meets it: the cities are where the offices
//     are). Cities compare by name, or as the same
//     place of the gazetteer ("NYC" is New York City). With within_km,
//     a candidate whose city the gazetteer placed when the profile loaded
//     meets it within that distance of the nearest of the location's
//     cities, or of the posting's locations when it names none; beyond,
//     credit falls linearly from 1 to 0 at (1 + Policy.DistanceSlack) ×
//     within_km — twice the distance by default — and is never less than
//     the country match earns. The evidence and the gap give the nearest
//     place and the distance ("Oakland, CA, US, 13 km from San Francisco,
//     CA"). A candidate without coordinates (a city the gazetteer does not
//     know, or no city) is missing when in a country none of those places
//     is in, and unknown otherwise (the distance cannot be told; it keeps
//     what the country match earns); a profile without a location is
//     unknown. Distances are computed from coordinates both sides resolved
//     when they loaded: matching looks nothing up.
//   - authorization: 1 or 0. availability: the largest share of one window
//     the candidate is available for.
//   - language: 1 at or above the level; below it, level / asked level.
//   - certification: 1 in the certificates section, Policy.MentionedOnly
//     when only mentioned elsewhere.
//   - evidence: distinct terms found / min. A term counts once however often
//     it is repeated, so keyword stuffing earns nothing, and a word is not
//     found inside a longer name the vocabulary knows ("learn" is not in
//     "machine learning").
//   - role: the candidate's titles (work positions and basics.label), each
//     read into a family of package roles, against the family asked: the
//     same family 1; a title of the general family of the role's group,
//     or the reverse ("Software Engineer" for a backend role),
//     Policy.RoleBroader; another family of the group (mobile for
//     backend) Policy.RoleSibling; a family near it (marketing for sales)
//     Policy.RoleNear; else 0. The best title counts, its titles quoted.
//     No titles, or none of a known family, is unknown.
//   - seniority: dated work of any kind, as experience with min_years
//     alone: years / min_years up to 1. A level's min_years is its usual
//     floor (mid 2, senior 5, staff 8, principal and director 10); more
//     experience never lowers credit.
//   - any: the best child; all: the mean of the children; at_least n: the
//     mean of the n best children.
//
// # Status and verdict
//
// A finding is met at credit 1, partial between 0 and 1, and at 0 missing
// when the profile has the category and unknown when it says nothing about
// it (no location, no availability, no education, no languages, no
// publications or certificates section, or no content at all). A
// combinator that is not met is unknown when its unknown children could
// still meet it (an any with an unknown child; an all whose children are
// all met or unknown); it keeps the credit its children earned.
//
// Eligibility and fit are separate answers. The verdict reads the
// required gates only (Finding.Gate): degree, skill (but coverage),
// experience, certification, location, authorization, availability and
// language predicates, and combinators made of nothing else. It is eligible when
// every gate is met, ineligible when any is missing or partial, and
// needs-info otherwise. Free-text evidence, publications, role, seniority
// and coverage, and combinators that could be met through them, never make
// a candidate ineligible: like preferred requirements they weigh in the score, the fit,
// by which Rank orders first (then verdict, then id).
//
// Matching is done as of a date (default today, see AsOf), which decides
// what is in progress, how long ongoing entries run and who is available.
// It never reads the candidate's name, e-mail, phone, image, URLs or
// references. The same inputs and as-of date give the same Result, byte for
// byte once rendered.
package match
