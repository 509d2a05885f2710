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
	Name      string   // canonical display name ("Kubernetes")
	Aliases   []string // other spellings ("k8s", "kube")
	Category  string   // language, framework, database, topic, soft, …
	Ambiguous []string // those of Name and Aliases that are also ordinary words ("Go")
}

// Field is a field of study.
type Field struct {
	Name    string   // canonical, lowercase ("computer science")
	Aliases []string // "CS", "comp sci"
	Related []string // canonical names of related fields; relatedness is symmetric
}

// Degree lists the spellings of one degree level.
type Degree struct {
	Level Level
	Names []string // "BS", "B.Sc.", "Bachelor of Science"
}

// Language is a spoken language.
type Language struct {
	Name    string   // "English"
	Aliases []string // "en", "eng", "Englisch"
}

// Country is a country with its first-level regions.
type Country struct {
	Code    string   // ISO 3166-1 alpha-2 ("US")
	Names   []string // "United States", "USA"
	Regions []Region
}

// Region is a first-level division of a country (a US state, a province).
type Region struct {
	Code  string   // "CA"
	Names []string // "California"
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
