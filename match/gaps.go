package match

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/quals-dev/quals/geo"
	"github.com/quals-dev/quals/internal/dates"
	"github.com/quals-dev/quals/internal/index"
	"github.com/quals-dev/quals/internal/words"
	"github.com/quals-dev/quals/roles"
)

// This file is the one place findings are put into words: the gap
// sentence from the facts evaluation found, and the texts quoted as
// evidence that are not the profile's own words.

// gapOf writes the facts as one gap fragment, clauses joined by "; " (the
// finding's sentence is finished once combinators have joined theirs).
func gapOf(asOf dates.Day, facts ...fact) string {
	parts := make([]string, 0, len(facts))
	for _, f := range facts {
		parts = append(parts, f.words(asOf))
	}
	return joinParts(parts)
}

// words writes one fact.
func (f fact) words(asOf dates.Day) string {
	switch f.reason {
	case noEducation:
		return "the profile lists no education; the posting asks for " + f.asked
	case noDegreeNamed:
		return "the education entries name no degree quals recognises; the posting asks for " + f.asked
	case degreeTooLow:
		return fmt.Sprintf("the highest degree is %s (%s); the posting asks for %s", f.level.Phrase(), describeStudy(f.study, asOf), f.asked)
	case fieldNotNamed:
		return fmt.Sprintf("%s is not in %s or a related field", describeStudy(f.study, asOf), words.Terms(f.terms, "or"))
	case fieldOnlyRelated:
		return fmt.Sprintf("%s is related to %s but not named", describeStudy(f.study, asOf), f.field)
	case notInProgress:
		return fmt.Sprintf("%s %s; the posting asks for one in progress", studyPhrase(f.study), statusWords(f.study, f.status))
	case notCompleted:
		return fmt.Sprintf("%s %s; the posting asks for a completed one", studyPhrase(f.study), statusWords(f.study, f.status))
	case notExpectedBy:
		return "it is not expected by " + f.by

	case noneInProfile:
		return fmt.Sprintf("no %s in %s", words.Terms(f.terms, "or"), f.asked)
	case namesMissing:
		return fmt.Sprintf("no %s in %s", words.Join(f.names, f.conj), f.asked)
	case listedNoExperience:
		return fmt.Sprintf("%s only listed, with no dated entry showing experience", words.Join(f.names, "and"))
	case listedNoYears:
		return fmt.Sprintf("%s named but no dated entry shows %s of use", words.Join(f.names, "and"), words.Years(f.want))
	case tooFewYears:
		short := make([]string, len(f.names))
		for i, n := range f.names {
			short[i] = n + " for " + yearsText(f.years[i])
		}
		return fmt.Sprintf("dated entries show %s, %s asked", words.Join(short, "and"), words.Years(f.want))
	case studiedOnly:
		return fmt.Sprintf("%s only in courses or interests, in no work, project or skills list", words.Join(f.names, "and"))
	case topicOnly:
		return fmt.Sprintf("%s not named, only tools or subjects filed under it (quoted)", words.Join(f.names, "and"))
	case noWorkStartDates:
		return fmt.Sprintf("no work entry has a start date, %s of work asked", words.Years(f.want))
	case noDatedWork:
		return "no dated work entry in the profile"
	case workTooShort:
		return fmt.Sprintf("dated work entries cover %s, %s asked", yearsText(f.have), words.Years(f.want))

	case noTermsFound:
		return fmt.Sprintf("none of %s in the profile", words.Terms(f.terms, "or"))
	case tooFewTerms:
		return fmt.Sprintf("only %s in the profile, and the posting asks for %g of %s", words.Join(f.names, "and"), f.want, words.Terms(f.terms, "or"))
	case certificateMissing:
		return "no " + words.Join(f.names, "or") + " among the certificates"
	case noCertificates:
		return "the profile lists no certificates (" + words.Join(f.names, "or") + " asked)"
	case certificateOnlyMentioned:
		return words.Join(f.names, "and") + " mentioned but not listed as a certificate"
	case noPublications:
		return "the profile lists no publications; the posting asks for " + f.asked
	case noPublicationSince:
		return fmt.Sprintf("no publication since %d; the posting asks for %s", f.since, f.asked)
	case noPublicationOnTopic:
		return fmt.Sprintf("%s, none on %s", countNoun(int(f.have), "publication"), words.Terms(f.terms, "or"))
	case tooFewPublications:
		return fmt.Sprintf("%s on the topics asked, and the posting asks for %g", countNoun(int(f.have), "publication"), f.want)

	case noLocation:
		return "the profile gives no location; the posting asks for " + f.asked
	case locationNoCountry:
		return fmt.Sprintf("the profile's location (%s) names no country; the posting asks for %s", f.place, f.asked)
	case locationUnmeasured:
		return fmt.Sprintf("the profile's location (%s) names no city the gazetteer knows, so the distance cannot be measured; the posting asks for %s", f.place, f.asked)
	case tooFar:
		return fmt.Sprintf("lives in %s, %s; the posting asks for %s", f.place, kmFrom(f.km, f.near), f.asked)
	case notAmongPlaces:
		return fmt.Sprintf("lives in %s, which is not one of the places named (%s)", f.place, f.asked)
	case livesElsewhere:
		return fmt.Sprintf("lives in %s; the posting asks for %s", f.place, f.asked)
	case noAuthorizationGiven:
		return "the profile does not say where the candidate may work; the posting asks to be " + f.asked
	case needsSponsorship:
		return fmt.Sprintf("needs sponsorship to work in %s, and the posting does not sponsor", f.shown)
	case notAuthorized:
		return fmt.Sprintf("no authorization to work in %s is listed", words.Join(f.names, "or"))
	case noAvailability:
		return "the profile gives no availability; the posting asks for " + f.asked
	case partlyAvailable:
		return fmt.Sprintf("available for %d%% of the closest window (%s)", int(math.Round(f.have*100)), f.asked)
	case notAvailable:
		return "not available during " + f.asked
	case noLanguages:
		return "the profile lists no languages; the posting asks for " + f.asked
	case languageLevelUnstated:
		return fmt.Sprintf("%s is listed without a level; the posting asks for %s", f.names[0], f.asked)
	case languageBelowLevel:
		return fmt.Sprintf("%s at %s; the posting asks for %s", f.names[0], f.shown, f.asked)
	case languageMissing:
		return fmt.Sprintf("%s is not among the languages listed", f.names[0])

	case noTitles:
		return "the profile gives no job titles; the posting asks for " + f.asked
	case titlesUnread:
		return fmt.Sprintf("no role family is known for the titles %s; the posting asks for %s", words.Join(quoteAll(f.names), "and"), f.asked)
	case roleRelated:
		return fmt.Sprintf("the closest title, %q, is %s (%s); the posting asks for %s", f.names[0], f.shown, relationWords(f.relation), f.asked)
	case roleUnrelated:
		return fmt.Sprintf("the titles are %s; the posting asks for %s", words.Join(f.names, "and"), f.asked)
	}
	return ""
}

// joinParts joins clauses of one gap.
func joinParts(parts []string) string { return strings.Join(parts, "; ") }

func capitalize(s string) string {
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		return s
	}
	return string(s[0]-'a'+'A') + s[1:]
}

// yearsText writes a measured duration to one decimal: "1.5 years".
func yearsText(y float64) string {
	s := strconv.FormatFloat(float64(int(y*10+0.5))/10, 'f', -1, 64)
	if s == "1" {
		return "1 year"
	}
	return s + " years"
}

func countNoun(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return strconv.Itoa(n) + " " + noun + "s"
}

// studyPhrase names an education entry in a sentence: "the PhD in Statistics".
func studyPhrase(st *index.Study) string {
	switch {
	case st.StudyType != "" && st.Area != "":
		return "the " + st.StudyType + " in " + st.Area
	case st.StudyType != "":
		return "the " + st.StudyType
	case st.Area != "":
		return "the degree in " + st.Area
	}
	return "the degree"
}

// statusWords says where a study stands, for a gap sentence.
func statusWords(st *index.Study, status studyStatus) string {
	switch status {
	case studyCompleted:
		return "was completed in " + strconv.Itoa(st.End.Y)
	case studyInProgress:
		if !st.End.IsZero() {
			return "is expected in " + strconv.Itoa(st.End.Y)
		}
		return "is in progress"
	case studyNotStarted:
		return "starts " + st.Start.String()
	}
	return "has no dates"
}

// describeStudy writes "PhD, Computer Science (expected 2028)": the
// evidence of a degree, and how gaps name one.
func describeStudy(st *index.Study, asOf dates.Day) string {
	s := st.Summary
	switch studyStatusOf(st, asOf) {
	case studyInProgress:
		if !st.End.IsZero() {
			s += " (expected " + strconv.Itoa(st.End.Y) + ")"
		} else {
			s += " (in progress)"
		}
	case studyCompleted:
		s += " (" + strconv.Itoa(st.End.Y) + ")"
	case studyNotStarted:
		s += " (starts " + st.Start.String() + ")"
	}
	return s
}

// studyEvidence quotes the education entry that meets a degree predicate.
func studyEvidence(st *index.Study, asOf dates.Day, relatedTo string) string {
	text := describeStudy(st, asOf)
	if relatedTo != "" {
		text += ", a field related to " + relatedTo
	}
	return text
}

// kmFrom says how far a place is: "13 km from San Francisco, CA".
func kmFrom(km float64, p geo.Place) string {
	name := p.Name
	if p.Region != "" && strings.Trim(p.Region, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") == "" {
		name += ", " + p.Region
	} else if p.Country != "" {
		name += ", " + p.Country
	}
	if km < 1 {
		return "within 1 km of " + name
	}
	return strconv.FormatFloat(math.Round(km), 'f', 0, 64) + " km from " + name
}

// locationEvidence quotes the profile's location, with the distance when
// the posting measures one.
func locationEvidence(place string, km float64, near geo.Place) string {
	if near.Kind == geo.KindCity {
		return place + ", " + kmFrom(km, near)
	}
	return place
}

// authorizationEvidence quotes a work authorization.
func authorizationEvidence(country string, sponsorship bool) string {
	if sponsorship {
		return "may work in " + country + " with sponsorship"
	}
	return "may work in " + country
}

// entryQuote names a dated entry with its dates: "Data Engineer at Example
// Co, 2019-03 to 2023-06".
func entryQuote(en index.Entry) string {
	to := "now"
	if !en.End.IsZero() {
		to = en.End.String()
	}
	label := en.Label
	if label == "" {
		label = en.Path
	}
	return fmt.Sprintf("%s, %s to %s", label, en.Start.String(), to)
}

func quoteAll(ss []string) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = strconv.Quote(s)
	}
	return out
}

// relationWords says how a family stands to the one asked.
func relationWords(r roles.Relation) string {
	switch r {
	case roles.Broader:
		return "the same field, without or with a specialty"
	case roles.Sibling:
		return "another specialty of the same field"
	}
	return "a neighbouring field"
}
