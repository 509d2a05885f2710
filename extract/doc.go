// Package extract reads the documents people write into the formats quals
// loads: a job description (plain text as pasted from a careers page, an
// HTML page, schema.org JobPosting JSON-LD) into a requirements.Document,
// and a résumé (PDF, DOCX, Markdown, plain text) into a JSON Resume
// document (profile.Resume), each with a report of how every line was read.
//
// Description reads plain text; JobPosting reads JSON-LD and HTML, whose
// description goes through the same stages. The stages, each in its own
// files:
//
//   - segment (segment.go): split the text into blocks at every layout cue
//     — line breaks, runs of spaces, bullet glyphs, list items and headings
//     glued to the text around them — and find the headings;
//   - label (label.go, with every word it reads in lexicon.go): put each
//     block in a section from its heading and from its own words, so pay,
//     benefits, equal-opportunity text and application instructions never
//     become requirements, and requirement sentences under no heading do;
//   - read (read.go and one read_*.go per kind of statement: degrees,
//     years, names, languages, places, dates, credentials, evidence): turn
//     each qualification into one predicate, trying an ordered table of
//     readers, each a function of the line;
//   - assemble (assemble.go, assemble_ids.go, assemble_limits.go): name the
//     requirements after their content, gather start dates and places, and
//     bound the document by the limits, reporting ErrLimit at the input's
//     line.
//
// The document made always loads with requirements.Document.Load under
// the same knowledge (WithKnowledge, requirements.WithKnowledge). Input that is not
// text, or past the limits, is a diag.Problems error; a
// description with no qualification returns its extraction with an error
// saying so.
//
// Choices made where descriptions are vague:
//   - sections are found by their headings' words; a line of a required or
//     preferred section becomes one requirement (a long paragraph, one per
//     sentence, and a run of items printed without bullets, one per item);
//     pay, benefits, equal-opportunity text, company pitch and application
//     instructions are set aside wherever they stand; under no known
//     heading, a sentence stating a degree, years or "experience with" is
//     a required qualification, and so is a sentence of a long paragraph
//     that follows a section's list only when it reads as one; "a plus",
//     "bonus" and "nice to have" make a line preferred; keyword lines
//     ("Relevant keywords: …") are preferred;
//   - names joined by "and" or commas are all asked for; any one of them
//     only with "or", "one of", "such as" or a list in parentheses;
//   - a degree's level is the lowest one the line accepts ("Master's or
//     PhD" is master); a bare "degree" or "4-year degree" is a bachelor's;
//     "or equivalent (practical) experience" makes any of the degree and
//     experience in its fields (2, 4, 6, 8 years for associate to doctorate);
//   - "N years" takes the first number of a range, and the topics of its
//     own clause (several in a line are all asked for, or any with "or");
//     with no topic ("3 years of relevant experience") it asks for that
//     many years of dated work of any kind; spoken languages without
//     a level word ask for B2, "fluent" for C1;
//   - a season is three months (summer is June to August); a month as a
//     start date is the whole month;
//   - a line nothing structured can be read from becomes evidence over its
//     key terms (at most six, any two of three or more) — never dropped;
//   - lines outside the qualification sections become required
//     requirements only when they limit who may apply (a country, start
//     dates, office places); office cities fill the posting's locations;
//   - the title reads into a role (and a seniority when it states a level
//     with years to it), lists of three names or more with no years into
//     a stack to cover, and requirements weigh by kind (Weighting).
//
// # Résumés
//
// Resume reads a résumé file, its format told by content (ResumeFormat);
// ResumeText reads text or Markdown. Its stages, beside the posting's and
// sharing their lowest pieces (bullets, title-case tests):
//
//   - lines (resume_lines.go; resume_docx.go and resume_pdf.go for the
//     formats): the text's lines with the cues the format gives — a
//     Markdown or Word heading, a line in bold or larger type, a list item;
//     a PDF's glyphs are put back into lines by position, wrapped lines and
//     hyphenated words joined; column gaps kept as " | ";
//   - sections (resume_sections.go): headings as résumés word them, with
//     modifiers ("Relevant Work Experience"), misspelled, glued to the text
//     before them, inline in flattened text, or side by side ("SUMMARY
//     EDUCATION", read by what each entry holds);
//   - entries (resume_entries.go, resume_dates.go): header lines and a
//     body; title and organisation in either order, told apart by the role
//     taxonomy; dates in every common form; places through the gazetteer;
//     degrees and fields through the vocabulary;
//   - basics and lists (resume_basics.go, resume_lists.go): the name,
//     headline, contacts and links (into basics only, which matching never
//     reads), skills (labelled lists, one entry each), languages,
//     certifications, publications, awards, interests; what the résumé says
//     of the right to work and of availability, into quals' two extension
//     fields.
//
// Every line is reported (ResumeExtraction.Lines): where it went, or "not
// read". Bounds: 16 MiB for a PDF or DOCX, 40 pages, 2 M glyphs, 2,000 zip
// parts and 16 MiB of document XML (and a compression ratio of 200), 5,000
// lines; a DTD or external entity in a DOCX, an encrypted or image-only
// PDF, an old .doc or an RTF file is an error saying what to do.
package extract
