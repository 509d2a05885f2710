// Package vocab is what quals knows about words: skills with their aliases
// (ML = machine learning, k8s = Kubernetes), fields of study and which are
// related, degree names and their levels, spoken languages, and countries
// with their regions.
//
// Default returns the vocabulary embedded in the module, built once on
// first use. A caller extends it with Extend, or starts from New (or
// Empty) with data of its own, from code or from a file (LoadFile,
// ParseData). A Vocabulary is immutable once built and safe for concurrent
// use.
//
// # Where the data comes from
//
// The embedded data in vocab/data has two layers per kind. The generated
// layer (skills_generated.txt, fields_generated.txt, degrees_generated.txt)
// is derived from public taxonomies by internal/gen/vocabgen (run it with
// go generate ./vocab/...; the files are committed, so users need nothing
// else): about 10,000 skills from O*NET 29.2 Technology Skills, the ESCO
// 1.2.0 digital skills collection, GitHub Linguist and the Microsoft
// skills-extractor patterns; some 1,600 fields of study from CIP 2020; UK
// degree types from the DfE reference data. The curated layer (the YAML
// files) is written by hand and loaded second, so it wins: a spelling means
// the concept that gave it last, and a curated category replaces a
// generated one. NOTICE credits the sources.
//
// Generated files use a compact line format (see CompactHeader), which
// reads about ten times faster than YAML; ParseData and LoadFile accept it
// as well as YAML.
//
// # Names
//
// Names match through the text analyzer, never by raw substring: a name is
// split into tokens and normalized the way résumé text is (lowercased,
// stemmed unless it holds symbols), so "neural networks" finds "neural
// network" and "C++" stays "c++". Spellings marked ambiguous (Go, R, Spark)
// are ordinary words too; in prose they count only as written and with
// technical context (another technology within a few words, or a cue such
// as "in Go"), or in a profile that names three technologies or more as a
// whole ("Go services…" in a résumé with Kafka, PostgreSQL and Docker),
// while in a skills list or a posting's skill predicate they always count.
// A compound ("go-to") or another spelling ("go") never does. Every generated one-word spelling made
// of letters only, with no capital after a lower-case letter ("Excel",
// "Kubernetes", "JIRA", but not "PostgreSQL" or "k8s"), is marked ambiguous:
// a conservative rule that costs some recall in prose and never turns an
// ordinary word into a skill.
//
// # Relations
//
// A skill may name broader skills ("Apache Flink" → stream processing,
// PyTorch → deep learning → machine learning); Broader returns them,
// transitively. Fields of study are related by deliberate cross-links of
// the data (computer science ~ electrical engineering) and by the CIP
// hierarchy (the same 4-digit series; the general field of a 2-digit family
// and the fields in it); Relation says which relation holds, and Related
// whether one does.
package vocab
