package vocab

import "fmt"

// Level is a degree level. Higher levels meet requirements for lower ones.
type Level int

const (
	NoLevel Level = iota
	HighSchool
	Associate
	Bachelor
	Master
	Doctorate
)

var levelNames = [...]string{"", "high-school", "associate", "bachelor", "master", "doctorate"}

// String returns the level's name as postings write it ("doctorate").
func (l Level) String() string {
	if l < 0 || int(l) >= len(levelNames) {
		return fmt.Sprintf("Level(%d)", int(l))
	}
	return levelNames[l]
}

// Phrase returns the level for use in a sentence ("a doctorate").
func (l Level) Phrase() string {
	switch l {
	case HighSchool:
		return "a high-school diploma"
	case Associate:
		return "an associate degree"
	case Bachelor:
		return "a bachelor's degree"
	case Master:
		return "a master's degree"
	case Doctorate:
		return "a doctorate"
	}
	return "no degree"
}

// ParseLevel reads a level name: high-school, associate, bachelor, master or doctorate.
func ParseLevel(s string) (Level, error) {
	for i, n := range levelNames {
		if i > 0 && n == s {
			return Level(i), nil
		}
	}
	return NoLevel, fmt.Errorf("unknown degree level %q; use one of high-school, associate, bachelor, master, doctorate", s)
}
