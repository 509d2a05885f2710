package vocab

import (
	"fmt"
	"slices"
	"strings"

	"github.com/quals-dev/quals/internal/decode"
)

// CompactHeader is the first line of a vocabulary file in the compact line
// format, which the generated files in vocab/data use because it reads ten
// times faster than YAML. ParseData and LoadFile recognize it.
//
// After the header, blank lines and lines starting with '#' are ignored, a
// line "[skills]", "[fields]" or "[degrees]" starts a section, and every
// other line is one entry whose columns are separated by tabs and whose list
// items are separated by '|':
//
//	[skills]
//	@Spreadsheet software                   the category of the skills below
//	Microsoft Excel|*Excel|MS Excel         spellings, the name first; '*' marks an ambiguous one
//	Apache Flink|Flink<TAB>stream processing    an optional second column: broader skills
//
//	[fields]
//	computer science|CS<TAB>11.07 11.0701<TAB>computer engineering|statistics
//	                                        spellings, CIP codes (space-separated), related fields
//
//	[degrees]
//	@bachelor                               the level of the spellings below
//	BSc|B.Sc.|Bachelor of Science
//
// A spelling cannot hold a tab or '|', nor start with '*', '@', '#' or '['.
const CompactHeader = "#quals-vocab 1"

// isCompact reports whether src is in the compact line format.
func isCompact(src []byte) bool {
	return strings.HasPrefix(string(src), CompactHeader)
}

// parseCompact reads a vocabulary in the compact line format; file names
// it in errors, which give the line.
func parseCompact(file string, src []byte) (Data, error) {
	var d Data
	err := parseCompactInto(&d, file, src)
	return d, err
}

// parseCompactInto appends the entries of src to d.
func parseCompactInto(d *Data, file string, src []byte) error {
	var problems decode.Problems
	fail := func(line int, format string, args ...any) {
		problems = append(problems, decode.Problem{File: file, Line: line, Message: fmt.Sprintf(format, args...), Kind: decode.ErrSyntax})
	}
	s := string(src)
	if n := strings.Count(s, "\n"); cap(d.Skills)-len(d.Skills) < n && strings.Contains(s, "[skills]") {
		d.Skills = slices.Grow(d.Skills, n)
	}
	section, category := "", ""
	level := NoLevel
	for lineNo := 1; len(s) > 0; lineNo++ {
		var line string
		if i := strings.IndexByte(s, '\n'); i >= 0 {
			line, s = s[:i], s[i+1:]
		} else {
			line, s = s, ""
		}
		line = strings.TrimSuffix(line, "\r")
		if lineNo == 1 {
			if !strings.HasPrefix(line, CompactHeader) {
				fail(1, "the first line must be %q", CompactHeader)
				break
			}
			continue
		}
		if line == "" || line[0] == '#' {
			continue
		}
		if line[0] == '[' {
			switch line {
			case "[skills]", "[fields]", "[degrees]":
				section, category, level = line[1:len(line)-1], "", NoLevel
			default:
				fail(lineNo, "unknown section %s; use [skills], [fields] or [degrees]", line)
				section = "?"
			}
			continue
		}
		var cols []string
		if section != "skills" {
			cols = strings.Split(line, "\t")
		}
		switch section {
		case "":
			fail(lineNo, "an entry before the first section")
		case "?":
			// reported at the section header
		case "skills":
			if line[0] == '@' {
				category = strings.TrimSpace(line[1:])
				continue
			}
			names, broader, _ := strings.Cut(line, "\t")
			if strings.IndexByte(broader, '\t') >= 0 {
				fail(lineNo, "a skill has at most two columns (spellings, broader)")
				continue
			}
			// One slice holds the name and the aliases; the ambiguous
			// spellings are marked with a '*', dropped here.
			spellings := strings.Split(names, "|")
			var ambiguous []string
			kept := spellings[:0]
			for _, sp := range spellings {
				amb := strings.HasPrefix(sp, "*")
				if amb {
					sp = sp[1:]
				}
				sp = strings.TrimSpace(sp)
				if sp == "" {
					fail(lineNo, "an empty spelling")
					continue
				}
				if amb {
					ambiguous = append(ambiguous, sp)
				}
				kept = append(kept, sp)
			}
			if len(kept) == 0 {
				continue
			}
			sk := Skill{Name: kept[0], Category: category, Ambiguous: ambiguous}
			if len(kept) > 1 {
				sk.Aliases = kept[1:len(kept):len(kept)]
			}
			if broader != "" {
				sk.Broader = strings.Split(broader, "|")
			}
			d.Skills = append(d.Skills, sk)
		case "fields":
			if len(cols) > 3 {
				fail(lineNo, "a field has at most three columns (spellings, CIP codes, related)")
				continue
			}
			names := strings.Split(cols[0], "|")
			if names[0] == "" {
				fail(lineNo, "a field needs a name")
				continue
			}
			f := Field{Name: names[0], Aliases: names[1:]}
			if len(cols) > 1 {
				f.CIP = strings.Fields(cols[1])
			}
			if len(cols) > 2 && cols[2] != "" {
				f.Related = strings.Split(cols[2], "|")
			}
			d.Fields = append(d.Fields, f)
		case "degrees":
			if line[0] == '@' {
				l, err := ParseLevel(strings.TrimSpace(line[1:]))
				if err != nil {
					fail(lineNo, "%v", err)
				}
				level = l
				continue
			}
			if level == NoLevel {
				fail(lineNo, "a degree spelling before its @level line")
				continue
			}
			if len(cols) > 1 {
				fail(lineNo, "a degree line has one column")
				continue
			}
			d.Degrees = append(d.Degrees, Degree{Level: level, Names: strings.Split(cols[0], "|")})
		}
	}
	return problems.Err()
}
