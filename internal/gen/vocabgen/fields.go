package main

// Fields of study come from CIP 2020 (CIPCode2020.csv): every 4-digit
// series and 6-digit program title is a field, lowercased, without its
// trailing period and ", General"; titles ending in ", Other" are left out,
// and so are the families that are not fields of a degree (21 and 55
// reserved, 32–37 basic and personal skills, 53 high-school diplomas, 60
// and 61 medical residencies). A slash gives alternatives ("Information
// Science/Studies" is "information science" and "information studies"; the
// first is the name). A one-word title that is an ordinary English word
// ("Writing", "Dance", "Intelligence", "Insurance") is left out unless it
// is a curated field or ends like the name of a discipline ("Microbiology",
// "Acoustics", "Dentistry"): it would turn up in the prose of any posting,
// and a posting that asks for it is still matched by its words.
//
// Each field carries its CIP codes; package vocab relates fields that share
// a 4-digit series, and relates the general field of a 2-digit family to
// everything in the family. The general field of a family is the family's
// "…, General" series whose words all appear in the family's title
// ("computer and information sciences" in 11, "engineering" in 14,
// "mathematics" in 27, "biology" in 26), and the family's own title
// ("mathematics and statistics") is a field holding the family code too.
// Family 30 (multi/interdisciplinary studies) is a collection of unrelated
// programs and has no general field.
//
// A CIP title that is a spelling of a curated field (vocab/data/fields.yaml)
// gives its codes to that field ("computer science" gets 11.07 and
// 11.0701); the curated cross-links stay in fields.yaml.

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"

	"go.yaml.in/yaml/v3"
)

// discipline matches one-word names of disciplines: microbiology,
// acoustics, dentistry, astronomy, photography, agriculture, surgery.
var discipline = regexp.MustCompile(`(logy|ics|istry|nomy|graphy|sophy|metry|try|ture|ery|acy)$`)

var excludedFamilies = map[string]bool{"21": true, "32": true, "33": true, "34": true, "35": true, "36": true, "37": true, "53": true, "55": true, "60": true, "61": true}

type field struct {
	name    string
	aliases []string
	codes   []string
	curated bool
}

// generateFields returns the fields file, counts, and the keys of every
// field name and alias (curated and generated).
func generateFields(o options, words map[string]bool) ([]byte, []string, map[string]bool, error) {
	src, err := os.ReadFile(filepath.Join(o.curated, "fields.yaml"))
	if err != nil {
		return nil, nil, nil, err
	}
	var curated []struct {
		Name    string   `yaml:"name"`
		Aliases []string `yaml:"aliases"`
		Related []string `yaml:"related"`
		CIP     []string `yaml:"cip"`
	}
	if err := yaml.Unmarshal(src, &curated); err != nil {
		return nil, nil, nil, fmt.Errorf("fields.yaml: %w", err)
	}
	owner := map[string]string{} // key -> canonical field name
	for _, c := range curated {
		for _, s := range append([]string{c.Name}, c.Aliases...) {
			if _, ok := owner[key(s)]; !ok {
				owner[key(s)] = strings.ToLower(c.Name)
			}
		}
	}
	curatedKeys := map[string]bool{}
	for k := range owner {
		curatedKeys[k] = true
	}

	rows, err := readCSV(filepath.Join(o.data, "cip2020", "CIPCode2020.csv"))
	if err != nil {
		return nil, nil, nil, err
	}
	type cip struct {
		code, title string
		names       []string
	}
	var cips []cip
	titles := map[string]string{}
	for _, r := range rows {
		code, title := strings.TrimSpace(r["CIP_Code"]), clean(strings.TrimSuffix(strings.TrimSpace(r["CIP_Title"]), "."))
		if len(code) < 2 || excludedFamilies[code[:2]] || code == "30" {
			continue // family 30's title is no field: it has no general field
		}
		titles[code] = title
		low := strings.ToLower(title)
		if strings.HasSuffix(low, ", other") || low == "reserved" {
			continue
		}
		low = strings.TrimSuffix(low, ", general")
		var names []string
		for _, n := range variants(low) {
			// One ordinary word ("writing", "dance", "intelligence") would
			// turn up in any posting's prose; such a field is matched by its
			// words instead, without relatedness.
			if !(tokenCount(n) == 1 && isWord(words, n) && !discipline.MatchString(n) && !curatedKeys[key(n)]) {
				names = append(names, n)
			}
		}
		if len(names) == 0 || strings.Contains(names[0], "/") {
			continue // only the title with its slash is left ("barbering/barber")
		}
		cips = append(cips, cip{code: code, title: title, names: names})
	}

	fields := map[string]*field{} // by canonical name
	var order []string
	get := func(name string, curated bool) *field {
		f, ok := fields[name]
		if !ok {
			f = &field{name: name, curated: curated}
			fields[name] = f
			order = append(order, name)
		}
		return f
	}
	// First the names: a title's first variant, or the curated field it spells.
	conceptOf := make([]*field, len(cips))
	for i, c := range cips {
		var f *field
		for _, n := range c.names {
			if o, ok := owner[key(n)]; ok && curatedKeys[key(n)] {
				f = get(o, true)
				break
			}
		}
		if f == nil {
			k := key(c.names[0])
			if o, ok := owner[k]; ok {
				f = fields[o]
			} else {
				f = get(c.names[0], false)
				owner[k] = f.name
			}
		}
		conceptOf[i] = f
		f.codes = append(f.codes, c.code)
	}
	// Then the other variants, as aliases where free.
	for i, c := range cips {
		f := conceptOf[i]
		for _, n := range c.names {
			k := key(n)
			if _, ok := owner[k]; ok || !usable(n) {
				continue
			}
			owner[k] = f.name
			f.aliases = append(f.aliases, n)
		}
	}
	// General fields of families.
	umbrellas := 0
	for code, title := range titles {
		if len(code) != 2 || code == "30" {
			continue
		}
		family := strings.ToLower(title)
		var best string
		for _, c := range cips {
			if len(c.code) != 5 || c.code[:2] != code {
				continue
			}
			general := strings.HasSuffix(strings.ToLower(c.title), ", general") ||
				strings.HasSuffix(strings.ToLower(titles[c.code+"01"]), ", general")
			if general && wordsWithin(c.names, family) && (best == "" || c.code < best) {
				best = c.code
			}
		}
		if best == "" {
			continue
		}
		umbrellas++
		for i, c := range cips {
			if c.code == best || c.code == code {
				conceptOf[i].codes = append(conceptOf[i].codes, code)
			}
		}
	}

	sort.Strings(order)
	var b strings.Builder
	b.WriteString(compactHeader + "\n")
	b.WriteString("# Generated by internal/gen/vocabgen from CIP 2020 (Classification of Instructional Programs,\n")
	b.WriteString("# US NCES; CIPCode2020.csv from UCOP-IMA/CAIR_2022, MIT); see NOTICE. Columns: spellings, CIP codes.\n")
	b.WriteString("# Do not edit: change fields.yaml (which wins over this file) or the generator.\n")
	b.WriteString("[fields]\n")
	n, aliases := 0, 0
	for _, name := range order {
		f := fields[name]
		slices.Sort(f.codes)
		f.codes = slices.Compact(f.codes)
		b.WriteString(strings.Join(append([]string{f.name}, f.aliases...), "|"))
		b.WriteByte('\t')
		b.WriteString(strings.Join(f.codes, " "))
		b.WriteByte('\n')
		if !f.curated {
			n++
		}
		aliases += len(f.aliases)
	}
	stats := []string{fmt.Sprintf("fields: %d CIP fields (%d new), %d new aliases, %d family general fields", len(order), n, aliases, umbrellas)}
	keys := map[string]bool{}
	for k := range owner {
		keys[k] = true
	}
	return []byte(b.String()), stats, keys, nil
}

// variants expands the slashes of a lowercase CIP title: "information
// science/studies" gives "information science" and "information studies".
// The title itself comes last when it has a slash, as one more spelling.
func variants(title string) []string {
	// "family and consumer sciences/human sciences": phrases on both sides.
	if parts := strings.Split(title, "/"); len(parts) == 2 {
		a, b := strings.Fields(parts[0]), strings.Fields(parts[1])
		if len(a) >= 2 && len(b) >= 2 && a[len(a)-1] == b[len(b)-1] {
			return []string{strings.Join(a, " "), strings.Join(b, " "), title}
		}
	}
	outs := []string{""}
	for _, w := range strings.Fields(title) {
		alts := []string{w}
		if strings.Contains(w, "/") {
			alts = nil
			for _, a := range strings.Split(w, "/") {
				trail := ""
				if strings.HasSuffix(a, ",") {
					a, trail = strings.TrimSuffix(a, ","), ","
				}
				if a != "" && !strings.HasSuffix(a, "-") {
					alts = append(alts, a+trail)
				}
			}
			if len(alts) == 0 {
				alts = []string{w}
			}
			// A comma after the slashed word belongs to every alternative.
			if strings.HasSuffix(w, ",") {
				for i := range alts {
					if !strings.HasSuffix(alts[i], ",") {
						alts[i] += ","
					}
				}
			}
		}
		var next []string
		for _, o := range outs {
			for _, a := range alts {
				if len(next) < 4 {
					next = append(next, strings.TrimSpace(o+" "+a))
				}
			}
		}
		outs = next
	}
	// "biology/biological sciences" must not give "biology sciences" twice over.
	kept := outs[:0]
	for _, o := range outs {
		ws := strings.Fields(o)
		dup := false
		for i := 1; i < len(ws); i++ {
			dup = dup || strings.TrimSuffix(ws[i-1], ",") == ws[i]
		}
		if !dup {
			kept = append(kept, o)
		}
	}
	if len(kept) == 0 {
		kept = append(kept, title)
	}
	outs = kept
	if strings.Contains(title, "/") && !slices.Contains(outs, title) {
		outs = append(outs, title)
	}
	return outs
}

// wordsWithin reports whether every word of one of names, but "and",
// appears (as a term) in title.
func wordsWithin(names []string, title string) bool {
	have := map[string]bool{}
	for _, t := range analyzer.Tokens(nil, title) {
		have[t.Term] = true
	}
	for _, n := range names {
		ok := true
		for _, t := range analyzer.Tokens(nil, n) {
			if t.Term != "and" && !have[t.Term] {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}
