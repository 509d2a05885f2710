package vocab

// Data is the raw content of a vocabulary, as the YAML files in vocab/data
// hold it. New builds a Vocabulary from it; Extend adds it to one.
type Data struct {
	Skills    []Skill
	Fields    []Field
	Degrees   []Degree
	Languages []Language
	Places    []Country
}

// Skill is a skill, tool, framework or topic with its other spellings.
type Skill struct {
	Name      string   `json:"name"`      // canonical display name ("Kubernetes")
	Aliases   []string `json:"aliases"`   // other spellings ("k8s", "kube")
	Category  string   `json:"category"`  // language, framework, database, topic, soft, …
	Ambiguous []string `json:"ambiguous"` // those of Name and Aliases that are also ordinary words ("Go")
	// Broader names the broader skills or topics this one is a kind or a
	// part of ("Apache Flink" → "stream processing"), by canonical name.
	Broader []string `json:"broader"`
}

// Field is a field of study.
type Field struct {
	Name    string   `json:"name"`    // canonical, lowercase ("computer science")
	Aliases []string `json:"aliases"` // "CS", "comp sci"
	Related []string `json:"related"` // canonical names of related fields (cross-links); relatedness is symmetric
	// CIP lists the field's codes in the Classification of Instructional
	// Programs 2020: a 2-digit family ("11"), a 4-digit series ("11.07") or
	// a 6-digit program ("11.0701"). Fields sharing a series are related, and
	// a field holding a family code is related to every field in that family
	// (see Vocabulary.Relation).
	CIP []string `json:"cip"`
}

// Degree lists the spellings of one degree level.
type Degree struct {
	Level Level
	Names []string // "BS", "B.Sc.", "Bachelor of Science"
}

// Language is a spoken language.
type Language struct {
	Name    string   `json:"name"`    // "English"
	Aliases []string `json:"aliases"` // "en", "eng", "Englisch"
}

// Country is a country with its first-level regions.
type Country struct {
	Code    string   `json:"code"`  // ISO 3166-1 alpha-2 ("US")
	Names   []string `json:"names"` // "United States", "USA"
	Regions []Region `json:"regions"`
}

// Region is a first-level division of a country (a US state, a province).
type Region struct {
	Code  string   `json:"code"`  // "CA"
	Names []string `json:"names"` // "California"
}

// merge appends other's entries to d.
func (d Data) merge(other Data) Data {
	return Data{
		Skills:    append(append([]Skill(nil), d.Skills...), other.Skills...),
		Fields:    append(append([]Field(nil), d.Fields...), other.Fields...),
		Degrees:   append(append([]Degree(nil), d.Degrees...), other.Degrees...),
		Languages: append(append([]Language(nil), d.Languages...), other.Languages...),
		Places:    append(append([]Country(nil), d.Places...), other.Places...),
	}
}
