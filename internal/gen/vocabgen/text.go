package main

import (
	"bufio"
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"unicode"

	"github.com/quals-dev/quals/internal/text"
)

var analyzer = text.English()

// key is what the vocabulary indexes a name by: its token terms (lowercase,
// stemmed unless they hold symbols), joined by spaces. Two spellings with
// the same key are the same name to the matcher.
func key(s string) string {
	toks := analyzer.Tokens(nil, s)
	terms := make([]string, len(toks))
	for i, t := range toks {
		terms[i] = t.Term
	}
	return strings.Join(terms, " ")
}

// tokenCount is the number of tokens the analyzer splits s into.
func tokenCount(s string) int { return len(analyzer.Tokens(nil, s)) }

// clean collapses white space and trims s.
func clean(s string) string { return strings.Join(strings.Fields(s), " ") }

// usable reports whether s can be a name in the vocabulary: short, not a
// sentence or a list, with a letter in it, and writable in the compact
// format.
func usable(s string) bool {
	if s == "" || len(s) > 60 || strings.ContainsAny(s, "|\t\n;!?\"") || strings.Contains(s, ", ") ||
		strings.Contains(s, ": ") || strings.Contains(s, "...") || strings.ContainsRune(s, '…') {
		return false
	}
	switch s[0] {
	case '*', '@', '#', '[', '(', '-', '\'':
		return false
	}
	hasLetter := false
	for _, r := range s {
		if unicode.IsLetter(r) {
			hasLetter = true
			break
		}
	}
	if !hasLetter {
		return false
	}
	n := tokenCount(s)
	return n >= 1 && n <= 6
}

// plainWord reports whether s is one word of letters only, without a
// capital after a lower-case letter: "Excel", "excel", "JIRA", "Kubernetes".
// Such a word may be, or be mistaken for, an ordinary word.
func plainWord(s string) bool {
	if s == "" || tokenCount(s) != 1 {
		return false
	}
	prevLower := false
	for _, r := range s {
		if !unicode.IsLetter(r) {
			return false
		}
		if unicode.IsUpper(r) && prevLower {
			return false // camel case: "PostgreSQL", "iOS", "InDesign"
		}
		prevLower = unicode.IsLower(r)
	}
	return true
}

// productShaped reports whether a word looks like a product name rather
// than an ordinary word: it has a digit or a symbol, or camel case.
func productShaped(w string) bool {
	prevLower := false
	for _, r := range w {
		switch {
		case unicode.IsDigit(r), !unicode.IsLetter(r) && r != '-' && r != '\'':
			return true
		case unicode.IsUpper(r) && prevLower:
			return true
		}
		prevLower = unicode.IsLower(r)
	}
	return false
}

// acronym reports whether w is an all-capitals abbreviation of 2 to 8
// letters or digits, possibly with a hyphen ("SSIS", "ALOFT-FT", "T-SQL").
func acronym(w string) bool {
	if len(w) < 2 || len(w) > 10 {
		return false
	}
	letters := 0
	for _, r := range w {
		switch {
		case r >= 'A' && r <= 'Z':
			letters++
		case r >= '0' && r <= '9', r == '-':
		default:
			return false
		}
	}
	return letters >= 2
}

// abbreviates reports whether acr abbreviates phrase: its letters are, in
// order, initials of the phrase's words (or capitals inside them), starting
// with the first word, or with a later one for acronyms of three letters
// or more (a vendor name may come first: "IBM Tivoli Access Management TAM").
func abbreviates(acr, phrase string) bool {
	var initials []rune
	for _, w := range strings.FieldsFunc(phrase, func(r rune) bool { return r == ' ' || r == '-' || r == '/' }) {
		prevLower := false
		for i, r := range w {
			if i == 0 || (unicode.IsUpper(r) && prevLower) {
				initials = append(initials, unicode.ToLower(r))
			}
			prevLower = unicode.IsLower(r)
		}
	}
	var letters []rune
	for _, r := range strings.ToLower(acr) {
		if unicode.IsLetter(r) {
			letters = append(letters, r)
		}
	}
	if len(letters) < 2 || len(initials) == 0 || len(letters) < 3 && letters[0] != initials[0] {
		return false
	}
	j := 0
	for _, r := range initials {
		if j < len(letters) && r == letters[j] {
			j++
		}
	}
	return j == len(letters)
}

// hasUpper reports whether s has a capital letter.
func hasUpper(s string) bool {
	for _, r := range s {
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// lowerFirst lowercases the first letter of s.
func lowerFirst(s string) string {
	for i, r := range s {
		return string(unicode.ToLower(r)) + s[i+len(string(r)):]
	}
	return s
}

// englishWords is a set of ordinary English words, by term (stem): every
// all-lowercase word of the running prose in the sources (O*NET occupation
// descriptions, ESCO descriptions) and every word of the UNSPSC commodity
// titles (the names of goods: "masks", "kits", "puppets"). A one-word name
// whose term is in it ("Word", "Access", "Mask") is an ordinary word as
// well as a name. Check a word with isWord.
func englishWords(dataDir string) (map[string]bool, error) {
	words := map[string]bool{}
	add := func(s string, all bool) {
		for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }) {
			if all {
				w = strings.ToLower(w)
			}
			if len(w) >= 2 && w == strings.ToLower(w) {
				words[analyzer.Term(w)] = true
			}
		}
	}
	tsv := func(name string, cols ...int) error {
		f, err := os.Open(filepath.Join(dataDir, "onet-29.2", name))
		if err != nil {
			return err
		}
		defer f.Close()
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		for first := true; sc.Scan(); first = false {
			rec := strings.Split(sc.Text(), "\t")
			for _, c := range cols {
				if !first && c < len(rec) {
					add(rec[c], name != "Occupation Data.txt")
				}
			}
		}
		return sc.Err()
	}
	if err := tsv("Occupation Data.txt", 2); err != nil {
		return nil, err
	}
	if err := tsv("UNSPSC Reference.txt", 1, 3, 5); err != nil {
		return nil, err
	}
	for _, name := range []string{"digitalSkillsCollection_en.csv", "transversalSkillsCollection_en.csv", "researchSkillsCollection_en.csv", "languageSkillsCollection_en.csv", "digCompSkillsCollection_en.csv"} {
		rows, err := readCSV(filepath.Join(dataDir, "esco-1.2.0-subsets", name))
		if err != nil {
			return nil, err
		}
		for _, r := range rows {
			add(r["description"], false)
		}
	}
	return words, nil
}

// isWord reports whether the one-word name w is an ordinary English word.
func isWord(words map[string]bool, w string) bool {
	return words[analyzer.Term(strings.ToLower(w))]
}

// readCSV reads a CSV file with a header row into maps keyed by column.
func readCSV(path string) ([]map[string]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.LazyQuotes = true
	r.FieldsPerRecord = -1
	header, err := r.Read()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	var out []map[string]string
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		m := make(map[string]string, len(header))
		for i, h := range header {
			if i < len(rec) {
				m[strings.TrimPrefix(h, "\ufeff")] = rec[i]
			}
		}
		out = append(out, m)
	}
	return out, nil
}
