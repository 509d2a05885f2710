package extract

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/quals-dev/quals/diag"
	"github.com/quals-dev/quals/internal/decode"
)

// JobPosting reads a schema.org JobPosting given as JSON-LD (an
// object, an array, or an @graph holding one) or as an HTML page with a
// <script type="application/ld+json"> block holding it.
//
// The structured fields become requirements directly, and the description
// (HTML) is turned into text and read by the same stages as Description; what it finds is merged in
// unless a structured field already says it (the same text, the same degree
// level — whose fields of study are merged in —, only skills already
// listed, the same places, authorization or dates). The mapping:
//
//	title, hiringOrganization.name   the document's title (and id, as a slug) and organization
//	educationRequirements            a degree at the credentialCategory's level ("high school",
//	                                 "associate degree", "bachelor degree", "postgraduate degree" is
//	                                 a master's), or a certification ("professional certificate": the
//	                                 one named, or else evidence of any certificate); several
//	                                 credentials are alternatives (any); fields of study come from the
//	                                 credential's name or description; text is read as a line
//	experienceRequirements           monthsOfExperience/12 as min_years of experience in what the
//	                                 requirement's description names, or else in the job's role (its
//	                                 title without seniority words); text is read as a line
//	experienceInPlaceOfEducation     true: the education and experience requirements become one
//	                                 requirement, any of them
//	skills                           a list of names (DefinedTerm or text) is one skill requirement, all
//	                                 of them; sentences are read as lines
//	qualifications                   each bullet or sentence is read as a line (a "Preferred:" heading
//	                                 inside makes the lines after it preferred)
//	securityClearanceRequirement,
//	eligibilityToWorkRequirement     read as lines (a clearance, work authorization)
//	applicantLocationRequirements    a location requirement over the countries, regions and cities
//	                                 named, remote allowed: an applicant anywhere in one of them meets
//	                                 it; when one of them is not a place quals knows, none, as a
//	                                 requirement over the others would turn away applicants the
//	                                 posting accepts
//	jobLocationType TELECOMMUTE      workplace remote (with a jobLocation too: onsite or remote)
//	jobLocation                      the document's locations, country and region as codes (a country
//	                                 or region quals does not know is left out, and reported)
//	jobStartDate                     availability on that date: a window from the date to the same
//	                                 date (a month or year as written covers all of it), so a
//	                                 candidate available from then, or earlier, meets it
//
// Every requirement is required, except lines under a preferred heading and
// what the description puts in its preferred section. Only the first
// JobPosting of the input is read. The report has a line for every field
// read, with Line 0 and Section naming the field, and one for every field
// not read (salary, dates, physical requirements, unknown fields), saying
// why; the description's lines follow as Description reports them, their Line
// counted in the description as text.
//
// Input is bounded (4 MiB, or knowledge.WithMaxBytes). Invalid JSON is a Problems
// error with the line and column (in the page, for a script block of an
// HTML page); input holding no JobPosting is an error saying what it holds.
// When nothing becomes a requirement, the extraction is returned with an
// error, as Description does.
func JobPosting(src []byte, opts ...Option) (*Extraction, error) {
	c := newConfig(opts)
	if c.limits.MaxBytes > 0 && len(src) > c.limits.MaxBytes {
		return nil, diag.Problems{{Message: fmt.Sprintf("the job posting is over the size limit of %d bytes", c.limits.MaxBytes)}}
	}
	// A description is one long value of HTML; the whole input is bounded.
	lim := c.limits
	lim.MaxValueBytes = max(lim.MaxValueBytes, lim.MaxBytes)
	d, err := parseLD(src, lim)
	if err != nil {
		return nil, err
	}
	r := &ldReader{x: newExtractor(c), doc: d, config: c}
	return r.read()
}

// IsJobPosting reports whether src looks like JSON-LD or HTML rather than
// plain text, so a caller (the CLI) can choose between Description and
// JobPosting. It looks at the start of src only (and for a JSON-LD
// script type anywhere): a JSON object, a JSON array, or an HTML tag.
func IsJobPosting(src []byte) bool {
	t := bytes.TrimLeft(bytes.TrimPrefix(bytes.TrimLeft(src, " \t\r\n"), []byte("\ufeff")), " \t\r\n")
	if len(t) == 0 {
		return false
	}
	switch t[0] {
	case '{':
		return true
	case '[':
		// "[Remote] Senior Engineer" is text; a JSON array is not.
		return bytes.Contains(t, []byte(`"@context"`)) || bytes.Contains(t, []byte(`"@type"`)) || json.Valid(t)
	case '<':
		for _, p := range htmlStarts {
			if htmlHasPrefixFold(t, p) {
				return true
			}
		}
	}
	return htmlIndexFold(src, "application/ld+json") >= 0
}

var htmlStarts = []string{"<!doctype", "<html", "<head", "<body", "<script", "<meta", "<!--", "<?xml",
	"<div", "<section", "<article", "<main", "<title", "<link", "<p>", "<p ", "<h1", "<h2", "<h3", "<ul", "<ol", "<span", "<header"}

// ldDoc is the JSON-LD read from the input: the JobPosting, the nodes that
// have an @id (so references resolve), and what could not be read.
type ldDoc struct {
	job    *yaml.Node
	more   int // JobPostings after the first, not read
	index  map[string]*yaml.Node
	broken []diag.Problem // script blocks of an HTML page that are not valid JSON
}

// parseLD finds the JobPosting in JSON-LD or in an HTML page's JSON-LD blocks.
func parseLD(src []byte, lim decode.Limits) (*ldDoc, error) {
	t := bytes.TrimLeft(src, " \t\r\n\ufeff")
	if len(t) > 0 && (t[0] == '{' || t[0] == '[') {
		// A byte-order mark is one character: a space keeps the columns.
		if i := bytes.Index(src, []byte("\ufeff")); i >= 0 && len(bytes.TrimSpace(src[:i])) == 0 {
			src = append(append(src[:i:i], ' '), src[i+3:]...)
		}
		root, err := decode.ParseJSON("", src, lim)
		if err != nil {
			return nil, err
		}
		return ldFindJob(src, []*yaml.Node{root}, nil, false, false)
	}
	blocks, microdata := htmlScriptBlocks(src)
	var roots []*yaml.Node
	var broken []diag.Problem
	for _, b := range blocks {
		root, err := decode.ParseJSON("", b.text, lim)
		if err != nil {
			broken = append(broken, ldPagePositions(src, b.offset, err)...)
			continue
		}
		if root != nil {
			roots = append(roots, root)
		}
	}
	d, err := ldFindJob(src, roots, broken, true, microdata)
	if err != nil && len(broken) > 0 {
		return nil, diag.Problems(broken)
	}
	return d, err
}

// ldPagePositions moves the positions of a script block's problems to the page.
func ldPagePositions(page []byte, offset int, err error) []diag.Problem {
	ps, ok := err.(diag.Problems)
	if !ok {
		return []diag.Problem{{Message: "in a JSON-LD script block: " + err.Error()}}
	}
	line, col := ldPosition(page, offset)
	out := make([]diag.Problem, len(ps))
	for i, p := range ps {
		if p.Line == 1 {
			p.Column += col - 1
		}
		if p.Line > 0 {
			p.Line += line - 1
		} else {
			p.Line, p.Column = line, col
		}
		p.Message = "in a JSON-LD script block: " + p.Message
		out[i] = p
	}
	return out
}

// ldPosition is the 1-based line and column (in characters) of a byte offset.
func ldPosition(data []byte, off int) (line, col int) {
	off = min(off, len(data))
	line = 1 + bytes.Count(data[:off], []byte{'\n'})
	start := bytes.LastIndexByte(data[:off], '\n') + 1
	return line, 1 + len([]rune(string(data[start:off])))
}

// ldFindJob walks the roots for JobPosting nodes, in document order.
func ldFindJob(src []byte, roots []*yaml.Node, broken []diag.Problem, page, microdata bool) (*ldDoc, error) {
	d := &ldDoc{index: map[string]*yaml.Node{}, broken: broken}
	var types []string
	var walk func(n *yaml.Node, top bool)
	walk = func(n *yaml.Node, top bool) {
		switch n.Kind {
		case yaml.MappingNode:
			ts := ldTypes(n)
			if top {
				types = append(types, ts...)
			}
			if id, ok := ldScalar(ldGet(n, "@id")); ok && len(n.Content) > 2 {
				if _, dup := d.index[id]; !dup {
					d.index[id] = n
				}
			}
			if ldHasType(ts, "JobPosting") {
				if d.job == nil {
					d.job = n
				} else {
					d.more++
				}
			}
			for i := 1; i < len(n.Content); i += 2 {
				walk(n.Content[i], top && ldKey(n.Content[i-1].Value) == "@graph")
			}
		case yaml.SequenceNode:
			for _, c := range n.Content {
				walk(c, top)
			}
		}
	}
	for _, r := range roots {
		walk(r, true)
	}
	if d.job != nil {
		return d, nil
	}
	what := "it holds no @type"
	if len(types) > 0 {
		what = "it holds " + strings.Join(ldDedupe(types), ", ")
	}
	switch {
	case page && len(roots) == 0 && len(broken) == 0 && microdata:
		return nil, diag.Problems{{Message: "no schema.org JobPosting in JSON-LD: the page marks its JobPosting up as microdata or RDFa, which quals does not read; save the posting's text and extract that"}}
	case page && len(roots) == 0 && len(broken) == 0:
		return nil, diag.Problems{{Message: `no schema.org JobPosting: the page has no <script type="application/ld+json"> block; save the posting's text and extract that`}}
	case page:
		return nil, diag.Problems{{Message: fmt.Sprintf("no schema.org JobPosting in the page's JSON-LD (%s)", what)}}
	}
	line, col := 0, 0
	if len(roots) > 0 && roots[0] != nil {
		line, col = roots[0].Line, roots[0].Column
	}
	return nil, diag.Problems{{Line: line, Column: col, Message: fmt.Sprintf("no schema.org JobPosting in the JSON-LD (%s)", what)}}
}

func ldDedupe(ss []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, s := range ss {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}

// ldKey strips the schema.org prefixes a key may carry ("schema:title",
// "https://schema.org/title") so that every spelling reads as "title".
func ldKey(k string) string {
	for _, p := range []string{"http://schema.org/", "https://schema.org/", "http://www.schema.org/", "https://www.schema.org/", "schema:", "sdo:"} {
		if len(k) > len(p) && strings.EqualFold(k[:len(p)], p) {
			return k[len(p):]
		}
	}
	return k
}

// ldGet returns the value of key in a mapping (by its stripped name), or nil.
func ldGet(n *yaml.Node, key string) *yaml.Node {
	if n == nil || n.Kind != yaml.MappingNode {
		return nil
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		if ldKey(n.Content[i].Value) == key {
			return n.Content[i+1]
		}
	}
	return nil
}

// ldTypes returns a node's @type names, prefixes stripped.
func ldTypes(n *yaml.Node) []string {
	t := ldGet(n, "@type")
	if t == nil {
		return nil
	}
	var out []string
	for _, it := range ldList(t) {
		if s, ok := ldScalar(it); ok && s != "" {
			out = append(out, ldKey(s))
		}
	}
	return out
}

func ldHasType(types []string, want string) bool {
	for _, t := range types {
		if strings.EqualFold(t, want) {
			return true
		}
	}
	return false
}

// ldList returns the items of a value that may be one value or a list (or
// a JSON-LD @list / @set object); nulls are dropped.
func ldList(n *yaml.Node) []*yaml.Node {
	if n == nil {
		return nil
	}
	switch n.Kind {
	case yaml.SequenceNode:
		var out []*yaml.Node
		for _, c := range n.Content {
			if !decode.IsNull(c) {
				out = append(out, c)
			}
		}
		return out
	case yaml.MappingNode:
		for _, k := range []string{"@list", "@set"} {
			if l := ldGet(n, k); l != nil && l.Kind == yaml.SequenceNode {
				return ldList(l)
			}
		}
	}
	if decode.IsNull(n) {
		return nil
	}
	return []*yaml.Node{n}
}

// ldScalar returns the text of a scalar (a string, number or boolean) or of
// an {"@value": …} object; ok is false for anything else.
func ldScalar(n *yaml.Node) (string, bool) {
	if n == nil {
		return "", false
	}
	switch n.Kind {
	case yaml.ScalarNode:
		if n.Tag == "!!null" {
			return "", false
		}
		return n.Value, true
	case yaml.MappingNode:
		if v := ldGet(n, "@value"); v != nil && v.Kind == yaml.ScalarNode && v.Tag != "!!null" {
			return v.Value, true
		}
	}
	return "", false
}

// resolve follows an {"@id": …} reference to the node of that @id in the
// document; anything else is itself.
func (d *ldDoc) resolve(n *yaml.Node) *yaml.Node {
	if n == nil || n.Kind != yaml.MappingNode || len(n.Content) > 4 {
		return n
	}
	id, ok := ldScalar(ldGet(n, "@id"))
	if !ok {
		return n
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		if k := n.Content[i].Value; k != "@id" && k != "@type" {
			return n
		}
	}
	if full, ok := d.index[id]; ok {
		return full
	}
	return n
}

// items is ldList with references resolved.
func (d *ldDoc) items(n *yaml.Node) []*yaml.Node {
	list := ldList(n)
	for i, it := range list {
		list[i] = d.resolve(it)
	}
	return list
}

// name returns the text a value names: a scalar's text, or the name (or
// @value, or termCode) of an object; "" when there is none. HTML in it is
// reduced to one line of text.
func (d *ldDoc) name(n *yaml.Node) string {
	n = d.resolve(n)
	if s, ok := ldScalar(n); ok {
		return ldOneLine(s)
	}
	if n == nil || n.Kind != yaml.MappingNode {
		return ""
	}
	for _, k := range []string{"name", "termCode", "alternateName", "legalName"} {
		for _, it := range ldList(ldGet(n, k)) {
			if s, ok := ldScalar(it); ok && strings.TrimSpace(s) != "" {
				return ldOneLine(s)
			}
		}
	}
	return ""
}

// texts returns the text of every item of a value: scalars as they are,
// objects by name.
func (d *ldDoc) texts(n *yaml.Node) []string {
	var out []string
	for _, it := range d.items(n) {
		if s := d.name(it); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// ldOneLine turns a short value (a title, a name) into one line of text.
func ldOneLine(s string) string {
	return strings.Join(strings.Fields(htmlText(s)), " ")
}

// summary shows a value in a report: its text, or its kind and type.
func (d *ldDoc) summary(n *yaml.Node) string {
	n = d.resolve(n)
	if s, ok := ldScalar(n); ok {
		return ldShort(ldOneLine(s), 120)
	}
	switch {
	case n == nil:
		return ""
	case n.Kind == yaml.SequenceNode:
		var parts []string
		for _, it := range n.Content {
			parts = append(parts, d.summary(it))
		}
		return ldShort("["+strings.Join(parts, ", ")+"]", 120)
	case n.Kind == yaml.MappingNode:
		desc := "{…}"
		if ts := ldTypes(n); len(ts) > 0 {
			desc = ts[0]
		}
		if s := d.name(n); s != "" {
			desc += " " + s
		}
		return ldShort(desc, 120)
	}
	return ""
}

func ldShort(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
