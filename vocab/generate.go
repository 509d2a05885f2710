package vocab

// The generated layer of the embedded vocabulary (data/*_generated.txt) is
// written from public taxonomies in ../shared/data, which users of the
// module do not need: the files are committed. To regenerate them after
// changing the generator or the curated YAML, from the module root:
//
//	go generate ./vocab/...
//
// See internal/gen/vocabgen for the sources and what is kept of them. The
// second step writes data/default.snapshot, the vocabulary built from all of
// data, which Default reads; run it alone (go test ./vocab -run
// TestSnapshotIsCurrent -update) after changing only the curated YAML.

//go:generate go run ../internal/gen/vocabgen -data ../../shared/data -out data
//go:generate go test -run TestSnapshotIsCurrent -update .
