package extract

import (
	"testing"

	"github.com/quals-dev/quals/requirements"
	"github.com/stretchr/testify/assert"
)

// authorizationCases read the right to work, where the line names a
// country, and whether sponsorship is offered.
var authorizationCases = []lineCase{
	{"Must be authorized to work in the United States.", `{authorization: {countries: [US]}}`},
	{"Work authorization in Canada is required; we are unable to sponsor visas.", `{authorization: {countries: [CA]}}`},
	{"Candidates must have the right to work in the UK.", `{authorization: {countries: [GB]}}`},
	{"We sponsor visas for this role in Germany.", `{authorization: {countries: [DE], sponsorship: true}}`},
	{"Must be a U.S. citizen.", `{authorization: {countries: [US]}}`},
	{"Must be legally authorized to work in the US without sponsorship.", `{authorization: {countries: [US]}}`},
	// A qualification line may also say where the candidate must be.
	{"Must be located in the US.", `{location: {countries: [US]}}`},
	// Without a country, in a posting that names none, nothing to check.
	{"Visa sponsorship is not available.", `{evidence: {terms: [visa, sponsorship, available], min: 2}}`},
}

func TestReadAuthorization(t *testing.T) { runLineCases(t, authorizationCases) }

func TestAuthorizationTakesThePostingsCountry(t *testing.T) {
	x := testExtractor()
	x.doc.Locations = []requirements.PlaceDoc{{City: "Toronto", Country: "CA"}}
	got := x.readQualification("Visa sponsorship is not available.")
	assert.Equal(t, flowYAML(t, parsePredicate(t, `{authorization: {countries: [CA]}}`)), flowYAML(t, got.Predicate))
}

// constraintCase is a line outside the qualification sections: the
// predicate it becomes ("" for none), and what it adds to the posting.
type constraintCase struct {
	line, section string
	want          string   // predicate in YAML; "" when the line constrains nothing
	reading       string   // when set, the reading
	locations     []string // cities (or countries) added to the posting's locations
	workplace     []string
}

var constraintCases = []constraintCase{
	{line: "US based applicants only.", section: SectionLogistics, want: `{location: {countries: [US]}}`},
	{line: "Applicants must be located in Canada.", section: SectionOther, want: `{location: {countries: [CA]}}`},
	{line: "Candidates must reside in the United Kingdom.", section: SectionAbout, want: `{location: {countries: [GB]}}`},
	{line: "This role is open to candidates in Germany or Austria.", section: SectionOther, want: `{location: {countries: [DE, AT]}}`},
	{line: "Remote (US only)", section: SectionOther, want: `{location: {countries: [US], remote: true}}`, workplace: []string{"remote"}},
	{line: "Location: Seattle, WA", section: SectionOther, want: `{location: {cities: [Seattle]}}`, locations: []string{"Seattle/WA/US"}},
	{line: "Location: Berlin, Germany (hybrid)", section: SectionOther, want: `{location: {cities: [Berlin]}}`, locations: []string{"Berlin//DE"}, workplace: []string{"hybrid"}},
	{line: "Location: Depending on the team, interns work remote or hybrid in Boston, Denver, New York, or Miami offices.", section: SectionLogistics,
		want: `{location: {cities: [Boston, Denver, New York, Miami], remote: true}}`, reading: "located in Boston, Denver, New York or Miami (remote allowed)",
		locations: []string{"Boston//", "Denver//", "New York//", "Miami//"}, workplace: []string{"remote", "hybrid"}},
	{line: "Hybrid in Rotterdam or Hamburg, or remote within the Netherlands.", section: SectionLogistics,
		want: `{location: {countries: [NL], cities: [Rotterdam, Hamburg], remote: true}}`, locations: []string{"Rotterdam//", "Hamburg//", "//NL"}, workplace: []string{"hybrid", "remote"}},
	{line: "This position is fully remote.", section: SectionLogistics, reading: "workplace: remote", workplace: []string{"remote"}},
	{line: "June 1, 2026 – August 21, 2026", section: SectionLogistics, want: `{availability: {windows: [{from: "2026-06-01", to: "2026-08-21"}]}}`},
	{line: "Start date: September 2026.", section: SectionOther, want: `{availability: {windows: [{from: "2026-09-01", to: "2026-09-30"}]}}`},
	{line: "Must be legally authorized to work in the US.", section: SectionOther, want: `{authorization: {countries: [US]}}`},
	// Constrains nothing.
	{line: "Please apply only once within the USA or Canada to avoid delays.", section: SectionLogistics},
	{line: "Our team works on hybrid cloud and remote sensing data.", section: SectionLogistics},
	{line: "Duration: Internships are 12 weeks.", section: SectionLogistics},
	{line: "We have offices in London and Paris.", section: SectionAbout},
	{line: "The salary range for this role in California is $120,000 - $150,000.", section: SectionOther},
	{line: "US based applicants only.", section: SectionBenefits},
	{line: "All applicants are considered regardless of citizenship.", section: SectionOther},
	{line: "Founded in May 2012, we now serve customers in 40 countries.", section: SectionAbout},
	{line: "Application deadline: March 1, 2026.", section: SectionLogistics},
	{line: "Travel regularly to customer sites for onsite delivery work.", section: SectionLogistics},
}

func TestReadConstraint(t *testing.T) {
	for _, c := range constraintCases {
		t.Run(c.section+": "+c.line, func(t *testing.T) {
			x := testExtractor()
			x.doc.Organization = "Example Corp"
			got, ok := x.readConstraint(item{text: c.line, section: c.section})
			assert.Equal(t, c.want != "" || c.reading != "", ok)
			if c.want != "" {
				assert.Equal(t, flowYAML(t, parsePredicate(t, c.want)), flowYAML(t, got.Predicate))
			} else {
				assert.Empty(t, got.Predicate.Key())
			}
			if c.reading != "" {
				assert.Equal(t, c.reading, got.Reading)
			}
			var places []string
			for _, p := range x.doc.Locations {
				places = append(places, p.City+"/"+p.Region+"/"+p.Country)
			}
			assert.Equal(t, c.locations, places)
			assert.Equal(t, c.workplace, []string(x.doc.Workplace))
		})
	}
}
