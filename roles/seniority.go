package roles

// Level is the seniority a title states.
type Level int

const (
	NoLevel Level = iota
	Intern
	Junior
	Mid
	Senior
	Staff
	Principal
	Director
)

var levelNames = [...]string{"", "intern", "junior", "mid", "senior", "staff", "principal", "director"}

// String is the level's name as postings write it ("senior").
func (l Level) String() string {
	if l < 0 || int(l) >= len(levelNames) {
		return ""
	}
	return levelNames[l]
}

// ParseLevel reads a level name (intern, junior, mid, senior, staff,
// principal, director).
func ParseLevel(s string) (Level, bool) {
	for i, n := range levelNames {
		if i > 0 && n == s {
			return Level(i), true
		}
	}
	return NoLevel, false
}

// MinYears is the experience a level usually asks at least, the floor of
// the common bands (a senior engineer has five years or more, staff eight,
// principal ten). These are conventions, not data: a posting that states
// its years says so with min_years.
func (l Level) MinYears() float64 {
	switch l {
	case Mid:
		return 2
	case Senior:
		return 5
	case Staff:
		return 8
	case Principal, Director:
		return 10
	}
	return 0
}

// levelWords are the title words that state a level. "Lead" reads as
// senior; a roman numeral after a role ("Engineer II") is the rung of a
// ladder: I junior, II mid, III senior.
var levelWords = map[string]Level{
	"intern": Intern, "internship": Intern, "trainee": Intern, "apprentice": Intern,
	"junior": Junior, "jr": Junior, "entry": Junior, "graduate": Junior,
	"i": Junior, "ii": Mid, "iii": Senior, "iv": Staff,
	"mid": Mid, "intermediate": Mid,
	"senior": Senior, "sr": Senior, "lead": Senior, "experienced": Senior,
	"staff":     Staff,
	"principal": Principal, "distinguished": Principal,
	"director": Director, "head": Director, "vp": Director,
}

// LevelOf reads the seniority a title states: the highest level word in
// it ("Senior Staff Engineer" is staff). "Staff" is a level in the
// engineering and design ladders only: a staff accountant or a staff nurse
// is no senior hire.
func (t *Taxonomy) LevelOf(title string) Level {
	best := NoLevel
	words := Words(title)
	for i, w := range words {
		l := levelWords[w]
		if l == Staff && (!t.hasLadder(title) || i > 0 && words[i-1] == "of") { // "Chief of Staff"
			continue
		}
		best = max(best, l)
	}
	return best
}

// hasLadder reports whether a title is of a family whose ladder has staff
// and principal rungs.
func (t *Taxonomy) hasLadder(title string) bool {
	r, ok := t.Resolve(title)
	if !ok {
		return false
	}
	f, _ := t.Family(r.Family)
	return f.Group == "software" || f.Group == "engineering" || f.Group == "design"
}
