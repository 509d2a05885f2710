package extract_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/quals-dev/quals/extract"
	"github.com/quals-dev/quals/profile"
)

func readText(t *testing.T, s string) *extract.ResumeExtraction {
	t.Helper()
	x, err := extract.ResumeText(s)
	require.NoError(t, err)
	return x
}

func TestResumeDateForms(t *testing.T) {
	for _, c := range []struct{ line, start, end string }{
		{"Jan 2019 – Present", "2019-01", ""},
		{"January 2019 - now", "2019-01", ""},
		{"2019-01 – 2020-06", "2019-01", "2020-06"},
		{"01/2019 - 12/2020", "2019-01", "2020-12"},
		{"2017 – 2019", "2017", "2019"},
		{"Sept. 2018 to Jun 2020", "2018-09", "2020-06"},
		{"since 2016", "2016", ""},
		{"2012, November", "2012-11", "2012-11"},
		{"Mar 2021 – Aug 2023 (2 years 5 months)", "2021-03", "2023-08"},
		{"Apr 2020Jun 2020", "2020-04", "2020-06"},
		{"2021-03-15 to 2022-01-31", "2021-03-15", "2022-01-31"},
		{"Feb. 2012  Present", "2012-02", ""}, // the dash lost in a copy
		{"2020 -  now:", "2020", ""},
		{"20192021", "2019", "2021"},
	} {
		x := readText(t, "EXPERIENCE\nData Analyst — Acme Corp\n"+c.line+"\n• Built the weekly sales dashboards in SQL.\n")
		require.Len(t, x.Resume.Work, 1, c.line)
		w := x.Resume.Work[0]
		assert.Equal(t, "Data Analyst", w.Position, c.line)
		assert.Equal(t, "Acme Corp", w.Name, c.line)
		assert.Equal(t, c.start, w.StartDate.String(), c.line)
		assert.Equal(t, c.end, w.EndDate.String(), c.line)
	}
}

func TestResumeTitleAndOrganisationInEitherOrder(t *testing.T) {
	for _, header := range []string{
		"Backend Engineer — Ledgerly\nMarch 2017 – December 2020",
		"Ledgerly, Berlin, Germany\nBackend Engineer   03/2017 - 12/2020",
		"2017-03 – 2020-12: Backend Engineer, Ledgerly (Berlin)",
		"Backend Engineer at Ledgerly | Mar 2017 – Dec 2020",
		"LEDGERLY GMBH | Backend Engineer | 2017-03 – 2020-12",
	} {
		x := readText(t, "Work History\n"+header+"\n- Moved settlement from Java to Go.\n")
		require.Len(t, x.Resume.Work, 1, header)
		w := x.Resume.Work[0]
		assert.Equal(t, "Backend Engineer", w.Position, header)
		assert.Contains(t, []string{"Ledgerly", "LEDGERLY GMBH"}, w.Name, header)
		assert.Equal(t, "2017-03", w.StartDate.String(), header)
		assert.Equal(t, []string{"Moved settlement from Java to Go."}, w.Highlights, header)
	}
}

func TestResumeHeadingsAsPeopleWordThem(t *testing.T) {
	for _, heading := range []string{"EXPERIENCE", "Work Experience:", "## Professional Experience", "**Employment History**",
		"Relevant Experience", "WORK EXPIRIENCE", "Career History"} {
		x := readText(t, "Ana Silva\n"+heading+"\nAnalyst — Acme\n2020 – 2022\n"+"Education\nBSc in Economics, University of Porto, 2016 – 2019\n")
		require.Len(t, x.Resume.Work, 1, heading)
		require.Len(t, x.Resume.Education, 1, heading)
		assert.Equal(t, "University of Porto", x.Resume.Education[0].Institution, heading)
		assert.Equal(t, "Economics", x.Resume.Education[0].Area, heading)
	}
}

func TestResumePersonalDataStaysInBasics(t *testing.T) {
	x := readText(t, "Jordan Lee\nData Engineer\njordan.lee@example.com · +44 20 7946 0958 · London, UK · linkedin.com/in/jordanlee · https://jordan.example.dev\n\n"+
		"Skills\nPython, Spark, Airflow\n")
	b := x.Resume.Basics
	assert.Equal(t, "Jordan Lee", b.Name)
	assert.Equal(t, "Data Engineer", b.Label)
	assert.Equal(t, "jordan.lee@example.com", b.Email)
	assert.Equal(t, "+44 20 7946 0958", b.Phone)
	assert.Equal(t, "London", b.Location.City)
	assert.Equal(t, "GB", b.Location.CountryCode)
	assert.Equal(t, "https://jordan.example.dev", b.URL)
	require.Len(t, b.Profiles, 1)
	assert.Equal(t, profile.SocialProfile{Network: "LinkedIn", Username: "jordanlee", URL: "linkedin.com/in/jordanlee"}, b.Profiles[0])
	assert.Equal(t, []string{"Python", "Spark", "Airflow"}, x.Resume.Skills[0].Keywords)
	for _, s := range x.Resume.Skills {
		assert.NotContains(t, s.Keywords, "jordan.lee@example.com")
	}
}

func TestResumeAuthorizationAndAvailability(t *testing.T) {
	x := readText(t, "Skills\nGo, Kafka\nAdditional information\nAuthorized to work in the United States; no sponsorship required.\nAvailable from June 1, 2026 to August 31, 2026.\n")
	assert.Equal(t, []profile.WorkAuthorization{{Country: "US"}}, x.Resume.WorkAuthorization)
	require.Len(t, x.Resume.Availability, 1)
	assert.Equal(t, "2026-06-01", x.Resume.Availability[0].Start.String())
	assert.Equal(t, "2026-08-31", x.Resume.Availability[0].End.String())

	x = readText(t, "Skills\nGo\nI will need H-1B sponsorship to work in the US.\n")
	assert.Equal(t, []profile.WorkAuthorization{{Country: "US", Sponsorship: true}}, x.Resume.WorkAuthorization)
}

func TestResumeEveryLineReported(t *testing.T) {
	x := readText(t, "Sam Roe\nEXPERIENCE\nCook — Diner\n2019 – 2020\n• Grilled.\nREFERENCES\nAvailable on request\nHOBBIES AND PETS\nMy cat\n")
	for _, l := range x.Lines {
		assert.NotEmpty(t, l.Reading, "line %d", l.Line)
	}
	var unread []string
	for _, l := range x.Unread() {
		unread = append(unread, l.Text)
	}
	assert.Equal(t, []string{"Available on request", "My cat"}, unread)
}

func TestResumeLabelledFieldsAndMojibake(t *testing.T) {
	x := readText(t, "Company Details\ncompany - Northwind Traders\ndesignation - Sales Executive\nduration - Jan 2018 - Dec 2020\n"+
		"description - Managed 40 key accounts.\nâ€¢ Grew revenue 20%.\n")
	require.Len(t, x.Resume.Work, 1)
	w := x.Resume.Work[0]
	assert.Equal(t, "Northwind Traders", w.Name)
	assert.Equal(t, "Sales Executive", w.Position)
	assert.Equal(t, "2018-01", w.StartDate.String())
	assert.Equal(t, []string{"Managed 40 key accounts.", "Grew revenue 20%."}, w.Highlights, "the bullet read back from its mojibake")
}

func TestResumeRefusesNonResumes(t *testing.T) {
	for _, s := range []string{"", "just some notes", "# Résumés\n"} {
		_, err := extract.ResumeText(s)
		assert.Error(t, err, "%q", s)
	}
	_, err := extract.ResumeText("\xff\xfe\x00bad")
	assert.ErrorContains(t, err, "UTF-8")
}

func TestReadResumeFromAReader(t *testing.T) {
	x, err := extract.ReadResume("cv.md", strings.NewReader("## Skills\n- Go, Kafka\n"))
	require.NoError(t, err)
	assert.Equal(t, "markdown", x.Format)
	_, err = extract.ReadResume("big.txt", strings.NewReader(strings.Repeat("a", 17<<20)))
	assert.ErrorContains(t, err, "big.txt: the résumé is over")
}
