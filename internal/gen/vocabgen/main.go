// Command vocabgen writes the generated layer of the embedded vocabulary
// (vocab/data/*_generated.txt) from public taxonomies. Package vocab runs
// it with go generate:
//
//	go generate ./vocab/...
//
// which is
//
//	go run ../internal/gen/vocabgen -data ../../shared/data -out data
//
// from the vocab directory. -data is the folder of staged sources (see
// ../shared/data/README.md); the generator needs these folders in it:
//
//	onet-29.2            Technology Skills.txt, Occupation Data.txt (CC BY 4.0)
//	esco-1.2.0-subsets   digitalSkillsCollection_en.csv, skillGroups_en.csv and the other collections (© European Union)
//	github-linguist      languages.yml (MIT)
//	ms-skills-extractor  skill_patterns.jsonl, skills.json (MIT; leave it out with -no-ms)
//	dfe-degree-reference dfe_types.json, dfe_qualifications.json (MIT)
//	cip2020              CIPCode2020.csv (US NCES, public)
//
// It also reads the hand-curated files in -out (skills.yaml, fields.yaml,
// degrees.yaml): the generated layer is loaded first and the curated one on
// top, so the generator leaves out every spelling the curated files already
// give and attaches new spellings of a curated concept to its curated name.
//
// The output is deterministic: the same sources give byte-identical files.
// What is kept and how names are merged is described in skills.go,
// fields.go and degrees.go, and summarized in vocab/doc.go.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
)

func main() {
	dataDir := flag.String("data", "../shared/data", "folder of the staged source data")
	outDir := flag.String("out", "vocab/data", "vocab/data folder: reads the curated YAML there, writes *_generated.txt")
	noMS := flag.Bool("no-ms", false, "leave out the Microsoft skills-extractor patterns")
	verbose := flag.Bool("v", false, "print counts")
	flag.Parse()
	files, stats, err := generate(options{data: *dataDir, curated: *outDir, noMS: *noMS})
	if err != nil {
		fmt.Fprintln(os.Stderr, "vocabgen:", err)
		os.Exit(1)
	}
	names := make([]string, 0, len(files))
	for n := range files {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		if err := os.WriteFile(filepath.Join(*outDir, n), files[n], 0o644); err != nil {
			fmt.Fprintln(os.Stderr, "vocabgen:", err)
			os.Exit(1)
		}
		if *verbose {
			fmt.Printf("%s: %d bytes\n", n, len(files[n]))
		}
	}
	if *verbose {
		for _, s := range stats {
			fmt.Println(s)
		}
	}
}

type options struct {
	data    string // the staged sources
	curated string // the folder holding the curated YAML
	noMS    bool   // leave out the Microsoft patterns
}

// generate returns the generated files by name, and a few counts.
func generate(o options) (map[string][]byte, []string, error) {
	words, err := englishWords(o.data)
	if err != nil {
		return nil, nil, err
	}
	fields, fieldStats, fieldKeys, err := generateFields(o, words)
	if err != nil {
		return nil, nil, err
	}
	skills, skillStats, err := generateSkills(o, words, fieldKeys)
	if err != nil {
		return nil, nil, err
	}
	degrees, degreeStats, err := generateDegrees(o)
	if err != nil {
		return nil, nil, err
	}
	files := map[string][]byte{
		"skills_generated.txt":  skills,
		"fields_generated.txt":  fields,
		"degrees_generated.txt": degrees,
	}
	return files, append(append(skillStats, fieldStats...), degreeStats...), nil
}
