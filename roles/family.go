package roles

// Family is a kind of role.
type Family struct {
	Name    string   `yaml:"name"`    // "backend"
	Group   string   `yaml:"group"`   // "software"
	General bool     `yaml:"general"` // the group's role without a specialty
	Near    []string `yaml:"near"`    // families of other groups sharing much of the work
	// SOC lists the O*NET-SOC code prefixes of the occupations in the
	// family ("15-1254", "41"); the longest prefix matching a code wins.
	SOC []string `yaml:"soc"`
	// Titles are the phrases that name the family in a title, as Words
	// reads them ("site reliability", "account executive").
	Titles []string `yaml:"titles"`
}

// Relation is how a candidate's family stands to a posting's.
type Relation int

const (
	Unrelated Relation = iota
	Near               // of different groups that share much of the work
	Sibling            // two families of one group
	Broader            // one is the general family of the other's group
	Same
)

var relationNames = [...]string{"unrelated", "near", "sibling", "broader", "same"}

func (r Relation) String() string {
	if r < 0 || int(r) >= len(relationNames) {
		return "unrelated"
	}
	return relationNames[r]
}
