package extract

import (
	"strconv"
	"strings"

	"github.com/quals-dev/quals/requirements"
)

// The assemble stage names each requirement after what it asks for, so a
// reader of a report or an API response can tell them apart by id alone:
// "python-or-java", "phd-computer-science", "years-backend-7".

// maxIDWords bounds how many content words of a line name it; maxIDBytes
// bounds any id, cut at a word.
const (
	maxIDWords = 4
	maxIDBytes = 40
)

// contentID names a predicate after its content, or "" when it says too
// little to name (an evidence list of common words, say).
func contentID(p requirements.PredicateDoc) string {
	switch {
	case p.Skill != nil:
		return namesID(p.Skill)
	case p.Experience != nil:
		id := namesID(p.Experience)
		if p.Experience.MinYears > 0 {
			years := strconv.FormatFloat(p.Experience.MinYears, 'f', -1, 64)
			if id == "" || strings.EqualFold(id, "work experience") {
				return "years-" + years
			}
			return "years-" + firstName(p.Experience) + "-" + years
		}
		if id == "" {
			return ""
		}
		return "experience-" + id
	case p.Degree != nil:
		id := degreeLevelWord(p.Degree.Level)
		if len(p.Degree.Fields) > 0 {
			id += "-" + p.Degree.Fields[0]
		}
		return id
	case p.Language != nil:
		return p.Language.Name
	case p.Role != nil:
		return "role"
	case p.Seniority != nil:
		return "seniority-" + p.Seniority.Level
	case p.Certification != nil:
		return "certification-" + firstName(p.Certification)
	case p.Authorization != nil:
		return "authorized-" + strings.Join(p.Authorization.Countries, "-")
	case p.Location != nil:
		switch {
		case len(p.Location.Cities) > 0:
			return "location-" + p.Location.Cities[0]
		case len(p.Location.Countries) > 0:
			return "location-" + strings.Join(p.Location.Countries, "-")
		case len(p.Location.Regions) > 0:
			return "location-" + p.Location.Regions[0]
		}
		return "location"
	case p.Availability != nil:
		return "availability"
	case p.Publications != nil:
		if len(p.Publications.Topics) > 0 {
			return "publications-" + p.Publications.Topics[0]
		}
		return "publications"
	case p.Any != nil:
		return joinIDs(p.Any, "or")
	case p.All != nil:
		return joinIDs(p.All, "and")
	case p.AtLeast != nil:
		return joinIDs(p.AtLeast.Of, "or")
	}
	return "" // evidence: named after its text
}

// namesID joins the first two names of a list by how the list combines
// them: "python-or-java", "aws-and-docker".
func namesID(n *requirements.NamesDoc) string {
	names, join := n.Any, "or"
	if len(n.All) > 0 {
		names, join = n.All, "and"
	}
	switch len(names) {
	case 0:
		return ""
	case 1:
		return names[0]
	}
	return names[0] + "-" + join + "-" + names[1]
}

func firstName(n *requirements.NamesDoc) string {
	if len(n.All) > 0 {
		return n.All[0]
	}
	if len(n.Any) > 0 {
		return n.Any[0]
	}
	return ""
}

// joinIDs names a combination after its first two parts.
func joinIDs(of []requirements.PredicateDoc, join string) string {
	var parts []string
	for _, p := range of {
		if id := contentID(p); id != "" {
			parts = append(parts, id)
		}
		if len(parts) == 2 {
			break
		}
	}
	switch {
	case len(parts) == 0:
		return ""
	case len(parts) == 1:
		return parts[0]
	case join == "or" && strings.HasPrefix(parts[1], "years-"):
		return parts[0] + "-or-experience" // "Master's degree or equivalent experience"
	}
	return parts[0] + "-" + join + "-" + parts[1]
}

func degreeLevelWord(level string) string {
	switch level {
	case "doctorate":
		return "phd"
	case "":
		return "degree"
	}
	return level
}

// idSpellings keep the names slugging would lose: "C++" is not "c".
var idSpellings = strings.NewReplacer("C++", "cpp", "c++", "cpp", "C#", "csharp", ".NET", "dotnet")

// idSlug makes an id from content, cut at a word to maxIDBytes and never
// ending on a joining word: "master-applied-mathematics-or-years" reads
// "master-applied-mathematics".
func idSlug(s string) string {
	s = idSpellings.Replace(s)
	words := strings.Fields(nonSlug.ReplaceAllString(strings.ToLower(s), " "))
	n := 0
	for i, w := range words {
		if n+len(w)+1 > maxIDBytes+1 {
			words = words[:i]
			break
		}
		n += len(w) + 1
	}
	for len(words) > 1 && (words[len(words)-1] == "or" || words[len(words)-1] == "and") {
		words = words[:len(words)-1]
	}
	return strings.Join(words, "-")
}

// contentWords returns up to n words of a line that say something: no
// stop words or the generic words of postings ("you'll", "strong").
func (x *extractor) contentWords(line string, n int) []string {
	l := x.prepare(line)
	var out []string
	for i := range l.toks {
		if len(out) == n {
			break
		}
		if !l.isStop(i) {
			out = append(out, l.word(i))
		}
	}
	return out
}
