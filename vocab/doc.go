// Package vocab is what quals knows about words: skills with their aliases
// (ML = machine learning, k8s = Kubernetes), fields of study and which are
// related, degree names and their levels, spoken languages, and countries
// with their regions.
//
// Default returns the vocabulary embedded in the module (its data lives in
// vocab/data as YAML, one file per kind, so growing it is a data change).
// A caller extends it with Extend, or starts from New with data of its own.
// A Vocabulary is immutable once built and safe for concurrent use.
//
// Names match through the text analyzer, never by raw substring: a name is
// split into tokens and normalized the way résumé text is (lowercased,
// stemmed unless it holds symbols), so "neural networks" finds "neural
// network" and "C++" stays "c++". Spellings marked ambiguous (Go, R, Spark)
// are ordinary words too; in prose they count only with technical context
// (see ScanSkills), while in a skills list or a posting's skill predicate
// they always count.
package vocab
