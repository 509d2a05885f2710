// Command rolegen writes the O*NET layer of the role taxonomy embedded in
// package roles (roles/data/titles_generated.txt) from O*NET 29.2
// (https://www.onetcenter.org/, CC BY 4.0): the occupation titles of
// Occupation Data.txt and the alternate and short titles of Alternate
// Titles.txt, as kept in ../shared/data/onet-29.2. Run it with go generate
// ./roles/... from the module root.
//
// Each title gets the family of its occupation code through the SOC
// prefixes of roles/data/families.yaml. A title O*NET gives to several
// occupations takes the family with the most votes: two per source O*NET
// cites for the title (at least one), six for an occupation's own title,
// three for the family the curated phrases read in it; ties go to the
// family defined first. What it leaves out:
//   - titles of more than six words, and titles with digits (model numbers);
//   - one-word titles that are a word of seniority ("intern", "lead"), or
//     that end titles of three families or more: "engineer", "director"
//     and "supervisor" name no family on their own;
//   - titles that the curated phrases and the shorter titles kept already
//     resolve to the same family ("Senior Software Engineer" once
//     "Software Engineer" is kept).
//
// The output is deterministic: the same sources give byte-identical files.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode"

	"github.com/quals-dev/quals/roles"
)

const maxWords = 6

// genericHead is how many families a word must end titles of to name none
// on its own.
const genericHead = 3

func main() {
	dataDir := flag.String("data", "../shared/data", "folder of the staged source data")
	familiesPath := flag.String("families", "roles/data/families.yaml", "the curated families")
	out := flag.String("out", "roles/data/titles_generated.txt", "file to write")
	flag.Parse()
	src, err := os.ReadFile(*familiesPath)
	check(err)
	families, err := roles.ParseFamilies(src)
	check(err)
	curated, err := roles.New(families, nil)
	check(err)
	votes := map[string]map[string]int{} // title key -> family -> votes
	order := map[string]int{}
	for i, f := range families {
		order[f.Name] = i
	}
	vote := func(code, title string, n int) {
		family, ok := curated.FamilyOfCode(code)
		words := roles.Words(title)
		if !ok || len(words) == 0 || len(words) > maxWords || strings.ContainsFunc(title, unicode.IsDigit) {
			return
		}
		key := strings.Join(words, " ")
		if votes[key] == nil {
			votes[key] = map[string]int{}
		}
		votes[key][family] += n
	}
	onet := filepath.Join(*dataDir, "onet-29.2")
	readTSV(filepath.Join(onet, "Occupation Data.txt"), func(f []string) {
		if len(f) >= 2 {
			vote(f[0], f[1], 6)
		}
	})
	readTSV(filepath.Join(onet, "Alternate Titles.txt"), func(f []string) {
		if len(f) < 4 {
			return
		}
		n := 2 * max(1, len(strings.Split(f[3], ",")))
		// "User Experience Designer (UX Designer)": the parenthesis is
		// the short title, read on its own.
		title, _, _ := strings.Cut(f[1], "(")
		vote(f[0], title, n)
		if f[2] != "n/a" {
			vote(f[0], f[2], n)
		}
	})
	// The curated reading of a title is one more voice, worth a source
	// and a half: it settles the titles O*NET files under several
	// occupations of different families, as it does "UI/UX Designer".
	for key, byFamily := range votes {
		if r, ok := curated.Resolve(key); ok {
			byFamily[r.Family] += 3
		}
	}
	chosen := map[string]string{}
	for key, byFamily := range votes {
		best := ""
		for fam, n := range byFamily {
			if best == "" || n > byFamily[best] || (n == byFamily[best] && order[fam] < order[best]) {
				best = fam
			}
		}
		chosen[key] = best
	}
	keys := make([]string, 0, len(chosen))
	for k := range chosen {
		keys = append(keys, k)
	}
	// Shorter titles first, so a longer one is judged against those kept.
	slices.SortFunc(keys, func(a, b string) int {
		if d := strings.Count(a, " ") - strings.Count(b, " "); d != 0 {
			return d
		}
		return strings.Compare(a, b)
	})
	// A word that ends titles of many families ("engineer", "director",
	// "supervisor") names no family on its own.
	heads := map[string]map[string]bool{}
	for key, fam := range chosen {
		if i := strings.LastIndexByte(key, ' '); i >= 0 {
			if heads[key[i+1:]] == nil {
				heads[key[i+1:]] = map[string]bool{}
			}
			heads[key[i+1:]][fam] = true
		}
	}
	// A title is judged by the taxonomy of the curated phrases and the
	// shorter titles kept: titles of one length cannot stand in each other.
	kept := map[string]string{}
	var judge *roles.Taxonomy
	judged := -1
	for _, key := range keys {
		if n := strings.Count(key, " "); n != judged {
			judge, err = roles.New(families, kept)
			check(err)
			judged = n
		}
		if !strings.Contains(key, " ") && (len(heads[key]) >= genericHead || curated.LevelOf(key) != roles.NoLevel) {
			continue
		}
		if r, ok := judge.Resolve(key); ok && r.Family == chosen[key] {
			continue
		}
		kept[key] = chosen[key]
	}
	lines := make([]string, 0, len(kept))
	for k, f := range kept {
		lines = append(lines, k+"\t"+f)
	}
	slices.Sort(lines)
	var b strings.Builder
	b.WriteString("# Written by internal/gen/rolegen from O*NET 29.2 (onetcenter.org, CC BY 4.0); do not edit.\n")
	for _, l := range lines {
		b.WriteString(l + "\n")
	}
	check(os.WriteFile(*out, []byte(b.String()), 0o644))
	fmt.Fprintf(os.Stderr, "rolegen: %d titles of %d read\n", len(kept), len(chosen))
}

func readTSV(path string, row func([]string)) {
	f, err := os.Open(path)
	check(err)
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for first := true; sc.Scan(); first = false {
		if !first {
			row(strings.Split(sc.Text(), "\t"))
		}
	}
	check(sc.Err())
}

func check(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, "rolegen:", err)
		os.Exit(1)
	}
}
