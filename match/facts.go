package match

import (
	"github.com/quals-dev/quals/geo"
	"github.com/quals-dev/quals/internal/index"
	"github.com/quals-dev/quals/roles"
	"github.com/quals-dev/quals/vocab"
)

// A fact is one reason a finding falls short, as evaluation found it. The
// evaluators decide credit and status and collect facts; gaps.go turns
// them into the gap sentence, in one place, so that scoring never
// composes or branches on the words it prints.
type fact struct {
	reason reason

	asked string       // what the posting asks, as its predicate states it
	names []string     // the names the fact is about, in posting order
	conj  string       // how names join: "and" or "or"
	terms []vocab.Term // the posting's terms the fact is about
	years []float64    // per name: the years dated entries show
	have  float64      // what the profile shows: years, a share, a count
	want  float64      // what the posting asks: years, a count

	study  *index.Study // the education entry the fact is about
	status studyStatus  // where that study stands
	level  vocab.Level  // the highest level found
	field  string       // a field of study asked

	shown string    // what the profile shows, as written: a level, a country
	place string    // the profile's location as written
	near  geo.Place // the nearest place the posting measures from
	km    float64   // the distance to it
	since int       // a year
	by    string    // a date, YYYY-MM-DD

	relation roles.Relation // how the closest title's family stands to the role asked
}

// reason is the kind of a fact.
type reason uint8

const (
	// degree
	noEducation      reason = iota // no education entries at all
	noDegreeNamed                  // entries, but none names a degree quals knows
	degreeTooLow                   // the highest degree is below the level asked
	fieldNotNamed                  // the best degree is in none of the fields, nor a related one
	fieldOnlyRelated               // the best degree is in a related field, and the posting wants it named
	notInProgress                  // the best degree is not in progress, as the posting asks
	notCompleted                   // the best degree is not completed, as the posting asks
	notExpectedBy                  // the best degree is not expected by the date asked

	// skills, experience and years of work
	noneInProfile      // none of the names, and nothing to say about any of them
	namesMissing       // these names are nowhere (where counts)
	listedNoExperience // experience: these names are only listed, in no dated entry
	listedNoYears      // skill with years: these names stand in no dated entry
	tooFewYears        // dated entries show these names for fewer years than asked
	studiedOnly        // skill: these names stand only in courses or interests
	topicOnly          // these topics show only through narrower concepts filed under them
	noWorkStartDates   // work entries, none with a start date
	noDatedWork        // no work entries at all
	workTooShort       // dated work covers fewer years than asked

	// evidence, certifications, publications
	noTermsFound       // none of the evidence terms
	tooFewTerms        // some of the terms, fewer than asked
	certificateMissing // not among the certificates
	noCertificates     // the profile has no certificates section
	certificateOnlyMentioned
	noPublications
	noPublicationSince
	noPublicationOnTopic
	tooFewPublications

	// location, authorization, availability, language
	noLocation
	locationNoCountry
	locationUnmeasured // no coordinates for the profile's city: the distance cannot be told
	tooFar
	notAmongPlaces // in the country, not in the places named
	livesElsewhere
	noAuthorizationGiven
	needsSponsorship
	notAuthorized
	noAvailability
	partlyAvailable
	notAvailable
	noLanguages
	languageLevelUnstated
	languageBelowLevel
	languageMissing

	// role
	noTitles      // the profile gives no job titles
	titlesUnread  // titles, none of a family the taxonomy knows
	roleRelated   // the closest title is of a related family
	roleUnrelated // no title is of the family or a related one
)

// studyStatus says where an education entry stands on the as-of day.
type studyStatus uint8

const (
	studyUndated studyStatus = iota
	studyNotStarted
	studyInProgress
	studyCompleted
)

// fieldRelation says how an education entry's field meets a field asked.
type fieldRelation uint8

const (
	fieldNone    fieldRelation = iota // neither named nor related
	fieldNamed                        // the field asked, or one it is written as
	fieldRelated                      // a field the vocabulary relates to it
)
