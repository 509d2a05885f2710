package main

// Skills come from four sources, strongest first:
//
//   - GitHub Linguist languages.yml: language names and aliases; the
//     category is the language type (programming → "language", markup,
//     data → "data format"); "group" gives a broader language. Data and
//     prose formats whose name is one plain word ("Text", "Diff") are left
//     out.
//   - O*NET Technology Skills: the technology names, with the commodity
//     title they are most often listed under as the category. A trailing
//     acronym that abbreviates the name becomes an alias ("Microsoft SQL
//     Server Integration Services SSIS"); when the rest is a generic phrase
//     the acronym becomes the name ("A programming language APL" → APL).
//   - Microsoft skills-extractor (skill_patterns.jsonl and skills.json):
//     Stackshare and GitHub-topic names (products, category "tool") and
//     Microsoft Academic Graph names (research topics, category "topic");
//     the patterns give aliases where they differ only in case and
//     punctuation, and skills.json's aliases ("ML", "NLP").
//   - ESCO digital skills collection: only concepts of type "knowledge",
//     which are noun phrases ("cloud technologies", "Xcode"). Concepts of
//     type "skill/competence" are verb phrases ("use spreadsheets
//     software", "manage database") that describe tasks, not names a
//     résumé uses, and are left out. Alternative labels are kept when they
//     are short noun phrases (at most four words, none of "types of",
//     "kinds of", "principles of" …), or acronyms of the label ("AR" for
//     augmented reality). A capitalized alternative label of a generic
//     concept ("NetBeans" under "integrated development environment
//     software") is an instance, not a synonym: it becomes its own skill
//     with the concept as broader. Broader concepts that are skills too
//     ("query languages" above "SPARQL") become broader links. Lowercase
//     concepts get the category "topic".
//
// Deduplication. Names are compared by their key, the token terms the
// matcher indexes them by (so "PostgreSQL"/"postgresql" and
// "scikit-learn"/"scikit learn" are one name). Entries sharing a name key
// are one skill; an entry whose name is a curated spelling joins that
// curated skill ("Postgres" joins PostgreSQL); a vendor-prefixed name
// ("Apache Kafka", "Microsoft Excel") joins the skill named by the rest
// when a curated spelling or another source's product name is exactly the
// rest. Aliases never merge two skills: an alias already taken is dropped,
// earlier sources first. The canonical name is the curated one, else that
// of the strongest source. A vendor-prefixed name also gets the rest as an
// alias when the rest looks like a product name by itself ("SQL Server",
// "InDesign"), not an ordinary word ("Database", "Cloud Platform").
//
// Junk is dropped: names over 60 bytes or 6 tokens, sentences and lists
// (", ", ";", ":"), names without a letter, and one-word names that are
// ordinary English words (found in lowercase in the sources' prose) unless
// two sources agree on them ("Self", "Red" and "Text" as language names go;
// curated names are never dropped).
//
// Names of fields of study (CIP titles and the curated fields) are not
// made skills: "computer science" in a posting is a field, not a skill.
//
// Ambiguity. Every generated one-word spelling made of letters only with no
// capital after a lower-case letter is marked ambiguous: "Kubernetes",
// "Excel", "JIRA", "thresholding" — but not "PostgreSQL", "InDesign",
// "k8s", "C++" or "Node.js". An ambiguous spelling counts in prose only as
// written and with technical context, and always in a skills list, so the
// rule costs a little recall in prose and never invents a skill from an
// ordinary word. Multi-word spellings are never marked.

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"unicode"

	"go.yaml.in/yaml/v3"
)

type source int

const (
	srcCurated source = iota
	srcLinguist
	srcONET
	srcMSProduct // Stackshare and GitHub topics
	srcESCO
	srcMSTopic // Microsoft Academic Graph
)

// entry is one skill as one source gives it.
type entry struct {
	name     string
	aliases  []string
	category string
	broader  []string // names as the source gives them
	src      source
	topic    bool // a lowercase concept rather than a product name
}

type curatedSkill struct {
	Name      string   `yaml:"name"`
	Aliases   []string `yaml:"aliases"`
	Category  string   `yaml:"category"`
	Ambiguous []string `yaml:"ambiguous"`
	Broader   []string `yaml:"broader"`
}

// vendors are company names that prefix product names in the sources.
var vendors = []string{
	"Amazon Web Services", "Amazon", "AWS", "Apache", "Adobe", "Apple", "Atlassian", "Autodesk", "Cisco", "Corel",
	"ESRI", "Esri", "Google", "IBM", "Intuit", "JetBrains", "Microsoft", "MS", "Mozilla", "Oracle", "Red Hat",
	"Salesforce", "SAP", "Siemens", "VMware",
}

func generateSkills(o options, words, fieldKeys map[string]bool) ([]byte, []string, error) {
	var entries []entry
	curated, err := readCuratedSkills(filepath.Join(o.curated, "skills.yaml"))
	if err != nil {
		return nil, nil, err
	}
	for _, c := range curated {
		entries = append(entries, entry{name: c.Name, aliases: c.Aliases, category: c.Category, src: srcCurated})
	}
	ncurated := len(entries)
	readers := []func(string) ([]entry, error){readLinguist, readONET, readESCO}
	if !o.noMS {
		readers = append(readers, readMS(words))
	}
	for _, read := range readers {
		es, err := read(o.data)
		if err != nil {
			return nil, nil, err
		}
		entries = append(entries, es...)
	}
	g := newGrouping(entries, ncurated, words)
	g.fieldKeys = fieldKeys
	out, stats := g.write()
	return out, stats, nil
}

func readCuratedSkills(path string) ([]curatedSkill, error) {
	src, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var out []curatedSkill
	if err := yaml.Unmarshal(src, &out); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return out, nil
}

// --- sources ---

func readLinguist(dataDir string) ([]entry, error) {
	path := filepath.Join(dataDir, "github-linguist", "languages.yml")
	src, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var langs map[string]struct {
		Type    string   `yaml:"type"`
		Aliases []string `yaml:"aliases"`
		Group   string   `yaml:"group"`
	}
	if err := yaml.Unmarshal(src, &langs); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	names := make([]string, 0, len(langs))
	for n := range langs {
		names = append(names, n)
	}
	sort.Strings(names)
	var out []entry
	for _, n := range names {
		l := langs[n]
		cat := map[string]string{"programming": "language", "markup": "markup", "data": "data format", "prose": "markup"}[l.Type]
		if (l.Type == "data" || l.Type == "prose") && plainWord(n) {
			continue
		}
		e := entry{name: n, category: cat, src: srcLinguist}
		// Linguist's aliases are editor-mode and file-type names ("rb",
		// "rake" for Ruby, "inc" for PHP); an alias is kept only when it
		// holds the whole name ("golang", "jruby", "python3").
		whole := lettersOnly(n)
		for _, a := range l.Aliases {
			if len(whole) >= 2 && strings.Contains(lettersOnly(a), whole) {
				e.aliases = append(e.aliases, a)
			}
		}
		if l.Group != "" {
			e.broader = []string{l.Group}
		}
		out = append(out, e)
	}
	return out, nil
}

var parenthetical = regexp.MustCompile(`^(.*?)\s*\(([^()]*)\)$`)

func readONET(dataDir string) ([]entry, error) {
	f, err := os.Open(filepath.Join(dataDir, "onet-29.2", "Technology Skills.txt"))
	if err != nil {
		return nil, err
	}
	defer f.Close()
	cats := map[string]map[string]int{}
	var order []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for first := true; sc.Scan(); first = false {
		cols := strings.Split(sc.Text(), "\t")
		if first || len(cols) < 4 {
			continue
		}
		name, cat := clean(cols[1]), clean(cols[3])
		if cats[name] == nil {
			cats[name] = map[string]int{}
			order = append(order, name)
		}
		cats[name][cat]++
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	sort.Strings(order)
	var out []entry
	for _, raw := range order {
		best, n := "", 0
		for c, k := range cats[raw] {
			if k > n || k == n && c < best {
				best, n = c, k
			}
		}
		name, aliases := splitAcronym(raw)
		out = append(out, entry{name: name, aliases: aliases, category: best, src: srcONET})
	}
	return out, nil
}

// splitAcronym separates an abbreviation given with a name: "Google Compute
// Engine (GCE)", "Microsoft SQL Server Integration Services SSIS". When the
// rest of the name is a generic phrase ("Automated system for customs data
// ASYCUDA"), the acronym is the name; a rest starting with an article ("A
// programming language APL") is a description and is dropped.
func splitAcronym(s string) (name string, aliases []string) {
	if m := parenthetical.FindStringSubmatch(s); m != nil {
		if inner := strings.TrimSpace(m[2]); !strings.Contains(inner, " ") && hasUpper(inner) {
			return m[1], []string{inner}
		}
		return s, nil
	}
	i := strings.LastIndexByte(s, ' ')
	if i < 0 {
		return s, nil
	}
	rest, acr := s[:i], s[i+1:]
	if !acronym(acr) || !abbreviates(acr, rest) {
		return s, nil
	}
	for _, article := range []string{"A ", "An ", "The "} {
		if strings.HasPrefix(rest, article) {
			return acr, nil // the rest is a description ("A programming language APL")
		}
	}
	if !hasUpper(rest[1:]) {
		return acr, []string{rest}
	}
	return rest, []string{acr}
}

// readMS reads the Microsoft skills-extractor knowledge base.
func readMS(words map[string]bool) func(string) ([]entry, error) {
	return func(dataDir string) ([]entry, error) {
		dir := filepath.Join(dataDir, "ms-skills-extractor")
		src, err := os.ReadFile(filepath.Join(dir, "skills.json"))
		if err != nil {
			return nil, err
		}
		var kb map[string]struct {
			Aliases []string `json:"aliases"`
			Sources []struct {
				SourceName  string `json:"sourceName"`
				DisplayName string `json:"displayName"`
			} `json:"sources"`
		}
		if err := json.Unmarshal(src, &kb); err != nil {
			return nil, fmt.Errorf("skills.json: %w", err)
		}
		surfaces := map[string][]string{}
		f, err := os.Open(filepath.Join(dir, "skill_patterns.jsonl"))
		if err != nil {
			return nil, err
		}
		defer f.Close()
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		for sc.Scan() {
			var p struct {
				Label   string              `json:"label"`
				Pattern []map[string]string `json:"pattern"`
			}
			if err := json.Unmarshal(sc.Bytes(), &p); err != nil {
				return nil, fmt.Errorf("skill_patterns.jsonl: %w", err)
			}
			var toks []string
			for _, t := range p.Pattern {
				for _, v := range t {
					toks = append(toks, v)
				}
			}
			id := strings.TrimPrefix(p.Label, "SKILL|")
			surfaces[id] = append(surfaces[id], clean(strings.Join(toks, " ")))
		}
		if err := sc.Err(); err != nil {
			return nil, err
		}
		ids := make([]string, 0, len(kb))
		for id := range kb {
			if _, ok := surfaces[id]; ok {
				ids = append(ids, id)
			}
		}
		sort.Strings(ids)
		var out []entry
		for _, id := range ids {
			s := kb[id]
			display, srcName := "", ""
			for _, pref := range []string{"Stackshare", "Github", "Microsoft Academic"} {
				for _, so := range s.Sources {
					if display == "" && strings.HasPrefix(so.SourceName, pref) {
						display, srcName = clean(so.DisplayName), pref
					}
				}
			}
			if display == "" {
				continue
			}
			e := entry{name: display, src: srcMSProduct, category: "tool"}
			if srcName == "Microsoft Academic" {
				e.src, e.topic, e.category = srcMSTopic, true, "topic"
				if m := parenthetical.FindStringSubmatch(display); m != nil {
					e.name = m[1]
				}
				first := strings.Fields(e.name)[0]
				if tokenCount(e.name) == 1 || isWord(words, first) {
					e.name = lowerFirst(e.name)
				}
			} else if srcName == "Github" && !hasUpper(e.name[1:]) && tokenCount(e.name) > 1 {
				e.topic, e.category = true, "topic"
			}
			norm := func(x string) string {
				var b strings.Builder
				for _, r := range strings.ToLower(x) {
					if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r > 127 {
						b.WriteRune(r)
					}
				}
				return b.String()
			}
			for _, sf := range surfaces[id] {
				if norm(sf) == norm(e.name) && (tokenCount(sf) > 1 || strings.EqualFold(sf, e.name)) {
					e.aliases = append(e.aliases, sf)
				}
			}
			e.aliases = append(e.aliases, s.Aliases...)
			out = append(out, e)
		}
		return out, nil
	}
}

// escoNoise marks alternative labels that describe rather than name.
var escoNoise = regexp.MustCompile(`(?i)\b(types?|kinds?|typology|range|features?|characteristics|principles|best practices?|the|of|for|used|using|with|by|in|on|to)\b`)

// descriptive starts ESCO labels that describe knowledge of a thing.
var descriptive = regexp.MustCompile(`^(types|kinds|levels|principles|characteristics|features|functionalities|fundamentals) of `)

// genericHeads end the labels of ESCO concepts that group products
// ("integrated development environment software"): their capitalized
// alternative labels are instances.
var genericHeads = map[string]bool{
	"software": true, "tools": true, "tool": true, "systems": true, "frameworks": true, "languages": true,
	"platforms": true, "engines": true, "environments": true, "databases": true, "suites": true, "applications": true,
	"vendors": true, "libraries": true, "browsers": true,
}

func readESCO(dataDir string) ([]entry, error) {
	dir := filepath.Join(dataDir, "esco-1.2.0-subsets")
	groupRows, err := readCSV(filepath.Join(dir, "skillGroups_en.csv"))
	if err != nil {
		return nil, err
	}
	groups := map[string]bool{}
	for _, r := range groupRows {
		groups[r["preferredLabel"]] = true
	}
	rows, err := readCSV(filepath.Join(dir, "digitalSkillsCollection_en.csv"))
	if err != nil {
		return nil, err
	}
	sort.SliceStable(rows, func(i, j int) bool { return rows[i]["preferredLabel"] < rows[j]["preferredLabel"] })
	var out []entry
	for _, r := range rows {
		if r["skillType"] != "knowledge" {
			continue
		}
		label := clean(r["preferredLabel"])
		// "principles of artificial intelligence" is about artificial intelligence.
		label = descriptive.ReplaceAllString(label, "")
		var aliases []string
		if m := parenthetical.FindStringSubmatch(label); m != nil {
			label = m[1]
			if inner := strings.TrimSpace(m[2]); acronym(inner) {
				aliases = append(aliases, inner)
			}
		}
		e := entry{name: label, src: srcESCO, topic: !hasUpper(label), category: "tool"}
		for _, b := range strings.Split(r["broaderConceptPT"], "|") {
			b = clean(b)
			if b == "" {
				continue
			}
			if groups[b] {
				if e.category == "tool" {
					e.category = b
				}
			} else if m := parenthetical.FindStringSubmatch(b); m != nil {
				e.broader = append(e.broader, m[1])
			} else {
				e.broader = append(e.broader, b)
			}
		}
		if e.topic {
			e.category = "topic"
		}
		fields := strings.Fields(label)
		instancesOf := e.topic && genericHeads[fields[len(fields)-1]]
		for _, a := range strings.FieldsFunc(r["altLabels"], func(c rune) bool { return c == '\n' || c == '|' }) {
			a = clean(a)
			switch {
			case a == "" || a == label:
			case acronym(a) || (hasUpper(a) && !strings.Contains(a, " ") && abbreviates(a, label)):
				if abbreviates(a, label) {
					aliases = append(aliases, a)
				}
			case e.topic && hasUpper(a):
				if instancesOf && usable(a) {
					out = append(out, entry{name: a, src: srcESCO, category: "tool", broader: []string{label}})
				}
			case tokenCount(a) > 4 || escoNoise.MatchString(a) || genericTail(a, label):
			case !e.topic && !strings.Contains(lettersOnly(a), lettersOnly(label)):
				// A product's other names contain its name ("MySQL Enterprise
				// Edition"); "Subquery" under SQL is something else.
			case e.topic && !sharesWord(a, label):
				// "remote sensing" is not "geographic information systems".
			default:
				aliases = append(aliases, a)
			}
		}
		e.aliases = aliases
		out = append(out, e)
	}
	return out, nil
}

// genericTail reports whether alt is label plus generic words ("Solidity
// techniques", "Swift programming paradigms", "data engineering methods"),
// which add nothing as an alias.
func genericTail(alt, label string) bool {
	rest, ok := strings.CutPrefix(strings.ToLower(alt), strings.ToLower(label)+" ")
	if !ok {
		return false
	}
	ws := strings.Fields(rest)
	return genericWords[ws[len(ws)-1]]
}

var genericWords = map[string]bool{
	"software": true, "techniques": true, "technique": true, "principles": true, "tool": true, "tools": true,
	"framework": true, "frameworks": true, "system": true, "systems": true, "programming": true, "algorithms": true,
	"paradigms": true, "methods": true, "method": true, "process": true, "processes": true, "approaches": true,
	"methodology": true, "methodologies": true, "models": true, "technology": true, "technologies": true,
	"devices": true, "equipment": true, "applications": true, "practices": true, "aspects": true, "studies": true,
}

// sharesWord reports whether a and b share a word (by term) that is not
// generic ("systems", "technology") or a stop word.
func sharesWord(a, b string) bool {
	have := map[string]bool{}
	for _, t := range analyzer.Tokens(nil, b) {
		have[t.Term] = true
	}
	for _, t := range analyzer.Tokens(nil, a) {
		w := strings.ToLower(a[t.Start:t.End])
		if have[t.Term] && !genericWords[w] && !genericWords[w+"s"] && len(w) > 2 {
			return true
		}
	}
	return false
}

// --- grouping ---

type grouping struct {
	entries   []entry
	fieldKeys map[string]bool // names of fields of study
	ncurated  int
	words     map[string]bool
	parent    []int
}

func newGrouping(entries []entry, ncurated int, words map[string]bool) *grouping {
	g := &grouping{entries: entries, ncurated: ncurated, words: words, parent: make([]int, len(entries))}
	for i := range g.parent {
		g.parent[i] = i
	}
	g.union()
	return g
}

func (g *grouping) find(i int) int {
	for g.parent[i] != i {
		g.parent[i] = g.parent[g.parent[i]]
		i = g.parent[i]
	}
	return i
}

// hasCurated reports whether the group rooted at r holds a curated entry;
// roots are kept at the lowest index, so it does when r is curated.
func (g *grouping) hasCurated(r int) bool { return r < g.ncurated }

// join merges the groups of i and j unless both hold a curated skill.
func (g *grouping) join(i, j int) {
	a, b := g.find(i), g.find(j)
	if a == b || g.hasCurated(a) && g.hasCurated(b) {
		return
	}
	if b < a {
		a, b = b, a
	}
	g.parent[b] = a
}

func (g *grouping) union() {
	byKey := map[string]int{}  // identity key -> first entry
	byName := map[string]int{} // exact curated spelling or product name -> entry
	for i, e := range g.entries {
		spellings := []string{e.name}
		if e.src == srcCurated {
			spellings = append(spellings, e.aliases...)
		}
		for _, s := range spellings {
			k := identity(s)
			if k == "" {
				continue
			}
			if j, ok := byKey[k]; ok {
				g.join(j, i)
			} else {
				byKey[k] = i
			}
			if e.src == srcCurated || !e.topic {
				if _, ok := byName[s]; !ok {
					byName[s] = i
				}
			}
		}
	}
	// "Apache Kafka" is "Kafka": a vendor-prefixed name joins the skill
	// the rest names, when the rest is exactly a curated spelling (of a
	// technology, not a topic) or one word that is another source's product
	// name and no ordinary word.
	for i, e := range g.entries {
		if e.src == srcCurated {
			continue
		}
		rest, ok := stripVendor(e.name)
		if !ok {
			continue
		}
		j, ok := byName[rest]
		if !ok {
			continue
		}
		t := g.entries[j]
		switch {
		case t.src == srcCurated:
			if t.category == "topic" || t.category == "soft" || t.category == "methodology" {
				continue
			}
		case tokenCount(rest) > 1 || isWord(g.words, rest):
			continue
		}
		g.join(j, i)
	}
}

// lettersOnly lowercases s and keeps its letters.
func lettersOnly(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// identity is what makes two names from different sources the same name:
// their key, but for one-word names their spelling but for case and a
// plural ending. Stemming joins too much for single words ("electronics"
// and "Electron"); the matcher checks one-word hits the same way.
func identity(s string) string {
	if tokenCount(s) != 1 {
		return key(s)
	}
	f := strings.ToLower(s)
	f = strings.TrimSuffix(strings.TrimSuffix(f, "'s"), "’s")
	switch {
	case len(f) > 4 && strings.HasSuffix(f, "ies"):
		f = f[:len(f)-3] + "y"
	case len(f) > 3 && strings.HasSuffix(f, "s") && !strings.HasSuffix(f, "ss"):
		f = f[:len(f)-1]
	}
	return "1:" + f
}

// stripVendor returns a name without its vendor prefix.
func stripVendor(name string) (string, bool) {
	for _, v := range vendors {
		if rest, ok := strings.CutPrefix(name, v+" "); ok && rest != "" {
			return rest, true
		}
	}
	return "", false
}

// vendorAlias returns the rest of a vendor-prefixed name when it names the
// product by itself: it has a word shaped like a product name.
func vendorAlias(name string) (string, bool) {
	rest, ok := stripVendor(name)
	if !ok {
		return "", false
	}
	for _, w := range strings.Fields(rest) {
		if productShaped(w) || acronym(w) {
			return rest, true
		}
	}
	return "", false
}

// concept is one group's output.
type concept struct {
	root      int
	name      string
	category  string
	curated   bool
	spellings []string // besides name; those the curated file gives are left out
	broader   []string
	sources   map[source]bool
	keep      bool
}

func (g *grouping) write() ([]byte, []string) {
	members := map[int][]int{}
	var roots []int
	for i := range g.entries {
		r := g.find(i)
		if _, ok := members[r]; !ok {
			roots = append(roots, r)
		}
		members[r] = append(members[r], i)
	}
	concepts := map[int]*concept{}
	for _, r := range roots {
		ms := members[r]
		sort.SliceStable(ms, func(a, b int) bool { return g.entries[ms[a]].src < g.entries[ms[b]].src })
		c := &concept{root: r, name: g.entries[ms[0]].name, curated: g.hasCurated(r), sources: map[source]bool{}, keep: true}
		for _, m := range ms {
			src := g.entries[m].src
			if src == srcMSTopic {
				src = srcMSProduct // one source, two kinds of names
			}
			c.sources[src] = true
			if c.category == "" && !c.curated {
				c.category = g.entries[m].category
			}
		}
		if !c.curated {
			// A one-word name that is an ordinary word needs two sources.
			if !usable(c.name) || plainWord(c.name) && isWord(g.words, c.name) && len(c.sources) < 2 {
				c.keep = false
			}
			// A discipline ("computer science", "civil engineering") is a
			// field of study, not a skill, unless the curated skills say so.
			if g.fieldKeys[key(c.name)] {
				c.keep = false
			}
		}
		concepts[r] = c
	}

	// Claim spellings: curated ones, then names, then aliases by source.
	owner := map[string]int{}      // key -> root
	bySpelling := map[string]int{} // lowercase spelling -> root
	for i, e := range g.entries[:g.ncurated] {
		for _, s := range append([]string{e.name}, e.aliases...) {
			k := key(s)
			if _, ok := owner[k]; !ok {
				owner[k] = g.find(i)
				bySpelling[strings.ToLower(s)] = g.find(i)
			}
		}
	}
	type candidate struct {
		root     int
		spelling string
		rank     int
		seq      int
	}
	var cands []candidate
	for _, r := range roots {
		if c := concepts[r]; c.keep && !c.curated {
			cands = append(cands, candidate{r, c.name, -1, r})
		}
	}
	for i, e := range g.entries[g.ncurated:] {
		i += g.ncurated
		r := g.find(i)
		if !concepts[r].keep {
			continue
		}
		cands = append(cands, candidate{r, e.name, 0, i})
		if rest, ok := vendorAlias(e.name); ok {
			cands = append(cands, candidate{r, rest, 1 + int(e.src), i})
		}
		for _, a := range e.aliases {
			cands = append(cands, candidate{r, clean(a), 1 + int(e.src), i})
		}
	}
	sort.SliceStable(cands, func(a, b int) bool {
		if cands[a].rank != cands[b].rank {
			return cands[a].rank < cands[b].rank
		}
		return cands[a].seq < cands[b].seq
	})
	for _, cd := range cands {
		c := concepts[cd.root]
		s := cd.spelling
		if !usable(s) || cd.rank > 0 && plainWord(s) && isWord(g.words, s) {
			continue
		}
		if c.curated && cd.rank == 1+int(srcESCO) && !acronym(s) {
			continue // ESCO's alternative labels are loose; curated aliases were chosen by hand
		}
		k := key(s)
		if k == "" {
			continue
		}
		if _, taken := owner[k]; taken {
			continue
		}
		owner[k] = cd.root
		bySpelling[strings.ToLower(s)] = cd.root
		if s != c.name {
			c.spellings = append(c.spellings, s)
		}
	}
	// A generated concept whose own name went to another keeps the name it
	// owns first.
	for _, r := range roots {
		c := concepts[r]
		if c.curated || !c.keep {
			continue
		}
		if owner[key(c.name)] != r {
			if len(c.spellings) == 0 {
				c.keep = false
				continue
			}
			c.name, c.spellings = c.spellings[0], c.spellings[1:]
		}
	}

	// Broader links, through any spelling, to kept concepts.
	for _, r := range roots {
		c := concepts[r]
		if !c.keep {
			continue
		}
		if c.curated {
			continue // curated skills have hand-written broader links
		}
		for _, m := range members[r] {
			if m != members[r][0] && g.entries[m].name != c.name {
				continue // "ECLiPSe" (a Prolog) is not "Eclipse" (an IDE)
			}
			for _, b := range g.entries[m].broader {
				o, ok := bySpelling[strings.ToLower(b)]
				if !ok && tokenCount(b) > 1 {
					o, ok = owner[key(b)]
				}
				if !ok || o == r || !concepts[o].keep {
					continue
				}
				name := concepts[o].name
				if !contains(c.broader, name) {
					c.broader = append(c.broader, name)
				}
			}
		}
	}

	// Write: additions to curated skills first, then by category and name.
	var list []*concept
	for _, r := range roots {
		c := concepts[r]
		if c.keep && (!c.curated || len(c.spellings) > 0 || len(c.broader) > 0) {
			list = append(list, c)
		}
	}
	sort.Slice(list, func(a, b int) bool {
		x, y := list[a], list[b]
		if x.curated != y.curated {
			return x.curated
		}
		if x.category != y.category {
			return x.category < y.category
		}
		if lx, ly := strings.ToLower(x.name), strings.ToLower(y.name); lx != ly {
			return lx < ly
		}
		return x.name < y.name
	})
	var b strings.Builder
	b.WriteString(compactHeader + "\n")
	b.WriteString("# Generated by internal/gen/vocabgen from O*NET 29.2 Technology Skills (CC BY 4.0), the ESCO 1.2.0\n")
	b.WriteString("# digital skills collection (© European Union), GitHub Linguist languages.yml (MIT) and the\n")
	b.WriteString("# Microsoft SkillsExtractorCognitiveSearch skill patterns (MIT); see NOTICE. Do not edit: change\n")
	b.WriteString("# skills.yaml (which wins over this file) or the generator, and run go generate ./vocab/...\n")
	b.WriteString("[skills]\n")
	category := "\x00"
	skills, aliases, ambiguous, broader := 0, 0, 0, 0
	for _, c := range list {
		cat := c.category
		if c.curated {
			cat = ""
		}
		if cat != category {
			fmt.Fprintf(&b, "@%s\n", cat)
			category = cat
		}
		spellings := append([]string{c.name}, c.spellings...)
		for i, s := range spellings {
			if i > 0 {
				b.WriteByte('|')
			}
			if plainWord(s) && (i > 0 || !c.curated) {
				b.WriteByte('*')
				ambiguous++
			}
			b.WriteString(s)
		}
		if len(c.broader) > 0 {
			b.WriteByte('\t')
			b.WriteString(strings.Join(c.broader, "|"))
			broader++
		}
		b.WriteByte('\n')
		if !c.curated {
			skills++
		}
		aliases += len(c.spellings)
	}
	stats := []string{fmt.Sprintf("skills: %d new skills, %d new aliases, %d ambiguous spellings, %d with broader skills", skills, aliases, ambiguous, broader)}
	return []byte(b.String()), stats
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// compactHeader is vocab.CompactHeader (not imported, so that a broken
// vocabulary cannot stop the generator that would repair it).
const compactHeader = "#quals-vocab 1"
