// Package text is the text-analysis pipeline shared by postings and
// profiles: it splits a string into word tokens with exact byte spans and
// normalizes each to a term, so that both sides of a match compare the same
// forms.
//
// The rules, in short:
//
//   - Words are runs of Unicode letters and digits. Apostrophes inside a
//     word stay in the span but not in the term ("bachelor's" → "bachelor").
//   - Tech names keep their symbols as one token: C++, C#, .NET, Node.js,
//     ASP.NET, R&D, 3.10, Ph.D. A sentence period after a token is never
//     part of it ("Python." is "Python"; "Ph.D." is "Ph.D").
//   - A token holding + # . & or mixing digits with letters is a Keyword:
//     its term is only lowercased. Every other token of three or more
//     characters is lowercased and stemmed with the language's snowball
//     stemmer, plus a few extra English conflations (see conflate.go).
//   - Whitespace, punctuation other than the symbols above, NUL and invalid
//     UTF-8 bytes separate tokens. '-' separates too but marks the token
//     before it (HyphenNext) so "real-time" can be recognized.
//   - Each token says whether it starts a sentence, line or bullet item and
//     whether it touches list punctuation, so callers can tell "Go" the
//     language in "Skills: Go, Python" from "go" the verb.
//
// Stems are cached per language in a bounded, concurrency-safe cache;
// an Analyzer is safe for concurrent use. Tokens never panics, whatever the
// input.
package text
