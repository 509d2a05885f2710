package match_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/quals-dev/quals/match"
)

// want is what one finding should show.
type want struct {
	status   match.Status
	credit   float64
	evidence []string // evidence sources, in order; nil for none
	gap      string   // the whole gap sentence; "" when there is none
	// delta is how far credit may be off: years of experience are measured
	// in days, and how many days make a year is not part of the contract.
	delta float64
}

// predicateCase is one profile matched against one predicate.
type predicateCase struct {
	name    string
	profile string
	want    want
}

// runPredicateCases matches each case's profile against predicate and
// checks the finding.
func runPredicateCases(t *testing.T, predicate string, cases []predicateCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			f := onlyFinding(t, predicate, tc.profile)
			assertFinding(t, tc.want, f)
		})
	}
}

func assertFinding(t *testing.T, w want, f match.Finding) {
	t.Helper()
	assert.Equal(t, w.status, f.Status, "status")
	assert.InDelta(t, w.credit, f.Credit, max(w.delta, 1e-9), "credit")
	assert.Equal(t, w.evidence, sources(f), "evidence sources")
	assert.Equal(t, w.gap, f.Gap, "gap")
	if f.Kind != "" {
		// a lone requirement holds all the weight: its points are 100 × credit
		assert.Equal(t, tenths(100*f.Credit), tenths(f.Points), "points")
	}
}

// skillsProfile is a profile whose only content is a skills list.
const skillsProfile = `{"skills": [{"name": "Programming", "keywords": ["Python", "SQL"]}]}`

func TestSkillAnyAll(t *testing.T) {
	tests := []struct {
		name      string
		predicate string
		profile   string
		want      want
	}{
		{
			name:      "any met by one name",
			predicate: "skill: {any: [Java, Python]}",
			profile:   skillsProfile,
			want:      want{status: match.Met, credit: 1, evidence: []string{"skills[0].keywords[0]"}},
		},
		{
			name:      "any missing",
			predicate: "skill: {any: [Java, Rust]}",
			profile:   skillsProfile,
			want:      want{status: match.Missing, credit: 0, gap: "No Java or Rust in the profile."},
		},
		{
			name:      "all met",
			predicate: "skill: {all: [Python, SQL]}",
			profile:   skillsProfile,
			want:      want{status: match.Met, credit: 1, evidence: []string{"skills[0].keywords[0]", "skills[0].keywords[1]"}},
		},
		{
			name:      "all earns the share found",
			predicate: "skill: {all: [Java, Python]}",
			profile:   skillsProfile,
			want:      want{status: match.Partial, credit: 0.5, evidence: []string{"skills[0].keywords[0]"}, gap: "No Java in the profile."},
		},
		{
			name:      "all, one of four",
			predicate: "skill: {all: [Java, Python, Rust, Scala]}",
			profile:   skillsProfile,
			want:      want{status: match.Partial, credit: 0.25, evidence: []string{"skills[0].keywords[0]"}, gap: "No Java, Rust and Scala in the profile."},
		},
		{
			name:      "alias found through the vocabulary",
			predicate: "skill: {any: [Kubernetes]}",
			profile:   `{"skills": [{"name": "Infra", "keywords": ["k8s"]}]}`,
			want:      want{status: match.Met, credit: 1, evidence: []string{"skills[0].keywords[0]"}},
		},
		{
			name:      "found in prose",
			predicate: "skill: {any: [Python]}",
			profile:   `{"basics": {"summary": "I write data tools in Python."}}`,
			want:      want{status: match.Met, credit: 1, evidence: []string{"basics.summary"}},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assertFinding(t, tc.want, onlyFinding(t, tc.predicate, tc.profile))
		})
	}
}

// pythonJob is a profile with one dated job using Python from start to end.
func pythonJob(start, end string) string {
	return `{"work": [{"name": "Acme", "position": "Engineer", "startDate": "` + start + `", "endDate": "` + end + `",
		"highlights": ["Built the billing service in Python."]}]}`
}

func TestSkillMinYears(t *testing.T) {
	runPredicateCases(t, "skill: {any: [Python], min_years: 2}", []predicateCase{
		{
			name:    "met: four years of dated use",
			profile: pythonJob("2020-01", "2023-12"),
			want:    want{status: match.Met, credit: 1, evidence: []string{"work[0].highlights[0]"}},
		},
		{
			// 2023-01-01..2024-06-30 is 547 days, 1.5 years: credit 1.5 / 2
			name:    "short: years of dated entries / min_years",
			profile: pythonJob("2023-01", "2024-06"),
			want: want{status: match.Partial, credit: 0.75, delta: 0.003, evidence: []string{"work[0].highlights[0]"},
				gap: "Dated entries show Python for 1.5 years, 2 years asked."},
		},
		{
			// an ongoing job runs to the as-of date: 2024-08-15..2026-02-15 is 550 days
			name:    "short: an ongoing job runs to the as-of date",
			profile: `{"work": [{"name": "Acme", "startDate": "2024-08-15", "highlights": ["Python services"]}]}`,
			want: want{status: match.Partial, credit: 0.753, delta: 0.003, evidence: []string{"work[0].highlights[0]"},
				gap: "Dated entries show Python for 1.5 years, 2 years asked."},
		},
	})
}

// A skill asked with min_years and only named in the skills list has no
// dated years; the gap must say that it is named without dated use (the
// sentence termGap has for it), not that dated entries show "0 years".
func TestSkillMinYearsListedOnlyGapSaysNamedWithoutDatedUse(t *testing.T) {
	f := onlyFinding(t, "skill: {any: [Python], min_years: 2}", skillsProfile)
	assert.Equal(t, match.Partial, f.Status)
	assert.Equal(t, match.DefaultPolicy().ListedOnly, f.Credit)
	assert.Equal(t, []string{"skills[0].keywords[0]"}, sources(f))
	assert.Equal(t, "Python named but no dated entry shows 2 years of use.", f.Gap)
}

func TestExperience(t *testing.T) {
	listed := match.DefaultPolicy().ListedOnly
	runPredicateCases(t, "experience: {any: [Kafka, Flink]}", []predicateCase{
		{
			name:    "met by a dated work entry",
			profile: `{"work": [{"name": "Acme", "startDate": "2022-01", "endDate": "2023-01", "highlights": ["Ran the Kafka cluster."]}]}`,
			want:    want{status: match.Met, credit: 1, evidence: []string{"work[0].highlights[0]"}},
		},
		{
			name:    "met by a dated project's keywords",
			profile: `{"projects": [{"name": "streamer", "startDate": "2024-01", "keywords": ["Flink"]}]}`,
			want:    want{status: match.Met, credit: 1, evidence: []string{"projects[0].keywords[0]"}},
		},
		{
			name:    "met by a dated volunteer entry",
			profile: `{"volunteer": [{"organization": "Code Club", "startDate": "2021-03", "summary": "Taught a Kafka workshop."}]}`,
			want:    want{status: match.Met, credit: 1, evidence: []string{"volunteer[0].summary"}},
		},
		{
			name:    "only in the skills list: ListedOnly",
			profile: `{"skills": [{"name": "Data", "keywords": ["SQL", "Kafka"]}]}`,
			want: want{status: match.Partial, credit: listed, evidence: []string{"skills[0].keywords[1]"},
				gap: "Kafka only listed, with no dated entry showing experience."},
		},
		{
			name:    "only in the summary: ListedOnly",
			profile: `{"basics": {"summary": "Curious about Kafka and stream processing."}}`,
			want: want{status: match.Partial, credit: listed, evidence: []string{"basics.summary"},
				gap: "Kafka only listed, with no dated entry showing experience."},
		},
		{
			name:    "missing",
			profile: `{"work": [{"name": "Acme", "startDate": "2022-01", "highlights": ["Ran the Postgres cluster."]}]}`,
			want:    want{status: match.Missing, credit: 0, gap: "No Kafka or Flink in any dated work, project or volunteer entry."},
		},
	})
}

func TestExperienceMinYearsFromDatedEntries(t *testing.T) {
	runPredicateCases(t, "experience: {any: [Kafka], min_years: 1.5}", []predicateCase{
		{
			// 2021 and 2024: two years
			name: "met: two dated entries add up",
			profile: `{"work": [
				{"name": "A", "startDate": "2021-01", "endDate": "2021-12", "highlights": ["Kafka operations"]},
				{"name": "B", "startDate": "2024-01", "endDate": "2024-12", "highlights": ["Kafka consumers"]}]}`,
			want: want{status: match.Met, credit: 1, evidence: []string{"work[0].highlights[0]", "work[1].highlights[0]"}},
		},
		{
			// only the dated 2024 job counts (1 year of 1.5); the skills list
			// and the summary add no years
			name: "short: the skills list adds no years",
			profile: `{"basics": {"summary": "Kafka since 2010."},
				"work": [{"name": "B", "startDate": "2024-01", "endDate": "2024-12", "highlights": ["Kafka consumers"]}],
				"skills": [{"name": "Data", "keywords": ["Kafka"]}]}`,
			want: want{status: match.Partial, credit: 0.667, delta: 0.003, evidence: []string{"work[0].highlights[0]"},
				gap: "Dated entries show Kafka for 1 year, 1.5 years asked."},
		},
		{
			// a job that does not mention Kafka adds no years either
			name: "short: entries not mentioning it add no years",
			profile: `{"work": [
				{"name": "A", "startDate": "2015-01", "endDate": "2023-12", "highlights": ["Postgres operations"]},
				{"name": "B", "startDate": "2024-01", "endDate": "2024-12", "highlights": ["Kafka consumers"]}]}`,
			want: want{status: match.Partial, credit: 0.667, delta: 0.003, evidence: []string{"work[1].highlights[0]"},
				gap: "Dated entries show Kafka for 1 year, 1.5 years asked."},
		},
	})
}

// Dated entries covering whole months meet the years they add up to, as any
// reader of the profile would say: two full calendar years meet
// "min_years: 2", eighteen months meet "min_years: 1.5", whatever the leap
// years. The gap must never read "Kafka for 1.5 years, 1.5 years asked".
func TestMinYearsWholeMonthsMeetTheirYears(t *testing.T) {
	job := func(start, end string) string {
		return `{"name": "A", "startDate": "` + start + `", "endDate": "` + end + `", "highlights": ["Kafka operations"]}`
	}
	tests := []struct {
		name     string
		minYears string
		work     string
	}{
		{"two calendar years, no leap year", "2", job("2021-01", "2022-12")},
		{"two calendar years with a leap year", "2", job("2023-01", "2024-12")},
		{"eighteen months from January", "1.5", job("2021-01", "2022-06")},
		{"eighteen months from July", "1.5", job("2022-07", "2023-12")},
		{"six months and a year in two jobs", "1.5", job("2021-01", "2021-06") + ", " + job("2024-01", "2024-12")},
		{"one year", "1", job("2023-01", "2023-12")},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := onlyFinding(t, "experience: {any: [Kafka], min_years: "+tc.minYears+"}", `{"work": [`+tc.work+`]}`)
			assert.Equal(t, match.Met, f.Status, "gap: %s", f.Gap)
			assert.Equal(t, 1.0, f.Credit)
		})
	}
}

// More evidence never lowers a score (docs/result-format.md). A name only listed earns
// Policy.ListedOnly; adding a short or undated entry that uses it must not
// earn less than that.
func TestMinYearsMoreEvidenceNeverScoresBelowListedOnly(t *testing.T) {
	const listed = `"skills": [{"name": "Data", "keywords": ["Kafka"]}]`
	jobs := []struct{ name, work string }{
		{"a six-month job", `{"name": "A", "startDate": "2025-01", "endDate": "2025-06", "highlights": ["Kafka consumers"]}`},
		{"an undated job", `{"name": "A", "highlights": ["Kafka consumers"]}`},
		{"a job starting after the as-of date", `{"name": "A", "startDate": "2026-09", "highlights": ["Kafka consumers"]}`},
	}
	for _, key := range []string{"skill", "experience"} {
		predicate := key + ": {any: [Kafka], min_years: 2}"
		base := onlyFinding(t, predicate, "{"+listed+"}")
		for _, job := range jobs {
			t.Run(key+"/"+job.name, func(t *testing.T) {
				more := onlyFinding(t, predicate, "{"+listed+`, "work": [`+job.work+"]}")
				assert.Equal(t, match.DefaultPolicy().ListedOnly, base.Credit, "listed only")
				assert.GreaterOrEqual(t, more.Credit, base.Credit,
					"adding %s lowered the credit of a listed Kafka from %v to %v", job.name, base.Credit, more.Credit)
				assert.NotEqual(t, match.Missing, more.Status)
			})
		}
	}
}

func TestOverlappingJobsCountedOnceForMinYears(t *testing.T) {
	// 2020-01-01..2021-12-31 and 2021-01-01..2022-12-31 overlap for 2021:
	// their union is 1096 days (3.0 years), their sum 1461 days (4.0 years).
	profile := `{"work": [
		{"name": "A", "startDate": "2020-01", "endDate": "2021-12", "highlights": ["Python ETL jobs"]},
		{"name": "B", "startDate": "2021-01", "endDate": "2022-12", "highlights": ["Python APIs"]}]}`
	runPredicateCases(t, "skill: {any: [Python], min_years: 4}", []predicateCase{{
		name:    "union of the periods, not their sum",
		profile: profile,
		want: want{status: match.Partial, credit: 0.75, delta: 0.003, evidence: []string{"work[0].highlights[0]", "work[1].highlights[0]"},
			gap: "Dated entries show Python for 3 years, 4 years asked."},
	}})
	runPredicateCases(t, "experience: {any: [Python], min_years: 3}", []predicateCase{{
		name:    "the union meets three years",
		profile: profile,
		want:    want{status: match.Met, credit: 1, evidence: []string{"work[0].highlights[0]", "work[1].highlights[0]"}},
	}})
}

const phdPredicate = `degree:
  level: doctorate
  status: in-progress
  fields: [computer science, statistics]
  related: true`

// education is a profile with one education entry.
func education(studyType, area, start, end string) string {
	return `{"education": [{"institution": "Uni", "studyType": "` + studyType + `", "area": "` + area +
		`", "startDate": "` + start + `", "endDate": "` + end + `"}]}`
}

func TestDegreeStatus(t *testing.T) {
	runPredicateCases(t, phdPredicate, []predicateCase{
		{
			name:    "an in-progress PhD meets it",
			profile: education("PhD", "Computer Science", "2023-09", "2028-06"),
			want:    want{status: match.Met, credit: 1, evidence: []string{"education[0]"}},
		},
		{
			name:    "a completed PhD is partial with StatusMismatch",
			profile: education("PhD", "Computer Science", "2015-09", "2020-06"),
			want: want{status: match.Partial, credit: match.DefaultPolicy().StatusMismatch, evidence: []string{"education[0]"},
				gap: "The PhD in Computer Science was completed in 2020; the posting asks for one in progress."},
		},
		{
			name:    "a master's does not meet it, and the gap names the highest degree",
			profile: education("Master of Science", "Computer Science", "2025-09", "2027-06"),
			want: want{status: match.Missing, credit: 0,
				gap: "The highest degree is a master's degree (Master of Science, Computer Science (expected 2027)); " +
					"the posting asks for a doctorate in progress in computer science or statistics or a related field."},
		},
		{
			name:    "an unrelated field",
			profile: education("PhD", "History", "2023-09", "2028-06"),
			want: want{status: match.Missing, credit: 0, evidence: []string{"education[0]"},
				gap: "PhD, History (expected 2028) is not in computer science or statistics or a related field."},
		},
		{
			name:    "no education is unknown",
			profile: skillsProfile,
			want: want{status: match.Unknown, credit: 0,
				gap: "The profile lists no education; the posting asks for a doctorate in progress in computer science or statistics or a related field."},
		},
	})
}

func TestDegreeEvidenceText(t *testing.T) {
	f := onlyFinding(t, phdPredicate, education("PhD", "Computer Science", "2023-09", "2028-06"))
	assert.Equal(t, []match.Evidence{{Source: "education[0]", Text: "PhD, Computer Science (expected 2028)"}}, f.Evidence)
}

func TestDegreeLevelIsAtLeast(t *testing.T) {
	runPredicateCases(t, "degree: {level: master, fields: [statistics]}", []predicateCase{
		{
			name:    "a doctorate meets a master's",
			profile: education("PhD", "Statistics", "2015-09", "2020-06"),
			want:    want{status: match.Met, credit: 1, evidence: []string{"education[0]"}},
		},
		{
			name:    "a bachelor's does not",
			profile: education("Bachelor of Science", "Statistics", "2015-09", "2019-06"),
			want: want{status: match.Missing, credit: 0,
				gap: "The highest degree is a bachelor's degree (Bachelor of Science, Statistics (2019)); the posting asks for a master's degree in statistics."},
		},
	})
}

func TestDegreeRelatedField(t *testing.T) {
	ee := education("PhD", "Electrical Engineering", "2023-09", "2028-06")
	t.Run("related: true meets it", func(t *testing.T) {
		f := onlyFinding(t, phdPredicate, ee)
		assertFinding(t, want{status: match.Met, credit: 1, evidence: []string{"education[0]"}}, f)
		assert.Equal(t, "PhD, Electrical Engineering (expected 2028), a field related to computer science", f.Evidence[0].Text)
	})
	t.Run("without related: partial with RelatedField", func(t *testing.T) {
		f := onlyFinding(t, "degree: {level: doctorate, status: in-progress, fields: [computer science, statistics]}", ee)
		assertFinding(t, want{status: match.Partial, credit: match.DefaultPolicy().RelatedField, evidence: []string{"education[0]"},
			gap: "PhD, Electrical Engineering (expected 2028) is related to computer science but not named."}, f)
	})
}

func TestPublications(t *testing.T) {
	pub := func(name string, year string) string {
		return `{"name": "` + name + `", "publisher": "Journal", "releaseDate": "` + year + `"}`
	}
	pubs := func(items ...string) string {
		s := `{"publications": [`
		for i, it := range items {
			if i > 0 {
				s += ", "
			}
			s += it
		}
		return s + `]}`
	}
	runPredicateCases(t, "publications: {min: 2, topics: [machine learning], since: 2020}", []predicateCase{
		{
			name:    "met: two on topic since 2020",
			profile: pubs(pub("Machine Learning for Tides", "2021-03"), pub("Fast ML Inference", "2023")),
			want:    want{status: match.Met, credit: 1, evidence: []string{"publications[0]", "publications[1]"}},
		},
		{
			name:    "partial: on-topic / min",
			profile: pubs(pub("Machine Learning for Tides", "2021-03"), pub("Medieval Trade Routes", "2022")),
			want: want{status: match.Partial, credit: 0.5, evidence: []string{"publications[0]"},
				gap: "1 publication on the topics asked, and the posting asks for 2."},
		},
		{
			name:    "since: an older publication does not count",
			profile: pubs(pub("Machine Learning for Tides", "2018"), pub("Fast ML Inference", "2023")),
			want: want{status: match.Partial, credit: 0.5, evidence: []string{"publications[1]"},
				gap: "1 publication on the topics asked, and the posting asks for 2."},
		},
		{
			name:    "off-topic only: OffTopic",
			profile: pubs(pub("Medieval Trade Routes", "2022"), pub("Ice Harvesting", "2024")),
			want: want{status: match.Partial, credit: match.DefaultPolicy().OffTopic, evidence: []string{"publications[0]", "publications[1]"},
				gap: "2 publications, none on machine learning."},
		},
		{
			name:    "none since the year asked",
			profile: pubs(pub("Machine Learning for Tides", "2015")),
			want: want{status: match.Missing, credit: 0,
				gap: "No publication since 2020; the posting asks for at least 2 publications on machine learning since 2020."},
		},
		{
			name:    "no publications section is unknown",
			profile: skillsProfile,
			want: want{status: match.Unknown, credit: 0,
				gap: "The profile lists no publications; the posting asks for at least 2 publications on machine learning since 2020."},
		},
	})
	t.Run("evidence quotes the title and year", func(t *testing.T) {
		f := onlyFinding(t, "publications: {min: 1}", pubs(pub("Fast ML Inference", "2023-05")))
		assert.Equal(t, []match.Evidence{{Source: "publications[0]", Text: "Fast ML Inference (2023)"}}, f.Evidence)
	})
}

// More evidence never lowers a score (docs/result-format.md): off-topic publications
// earn Policy.OffTopic, so making one of them on topic must not earn less.
func TestPublicationsOnTopicNeverScoresBelowOffTopic(t *testing.T) {
	const predicate = "publications: {min: 5, topics: [machine learning]}"
	offTopic := `{"publications": [{"name": "Tides 1"}, {"name": "Tides 2"}, {"name": "Tides 3"}, {"name": "Tides 4"}, {"name": "Tides 5"}]}`
	oneOnTopic := `{"publications": [{"name": "Machine learning for tides"}, {"name": "Tides 2"}, {"name": "Tides 3"}, {"name": "Tides 4"}, {"name": "Tides 5"}]}`
	off := onlyFinding(t, predicate, offTopic)
	on := onlyFinding(t, predicate, oneOnTopic)
	assert.Equal(t, match.DefaultPolicy().OffTopic, off.Credit)
	assert.GreaterOrEqual(t, on.Credit, off.Credit,
		"one on-topic publication out of five earned %v, five off-topic ones %v", on.Credit, off.Credit)
}

// place is a profile with a location and nothing else.
func place(city, region, country string) string {
	return `{"basics": {"location": {"city": "` + city + `", "region": "` + region + `", "countryCode": "` + country + `"}}}`
}

func TestLocation(t *testing.T) {
	sf, toronto, austin := place("San Francisco", "CA", "US"), place("Toronto", "ON", "CA"), place("Austin", "TX", "US")
	t.Run("countries", func(t *testing.T) {
		runPredicateCases(t, "location: {countries: [US]}", []predicateCase{
			{name: "in the country", profile: sf, want: want{status: match.Met, credit: 1, evidence: []string{"basics.location"}}},
			{name: "elsewhere is missing", profile: toronto, want: want{status: match.Missing, credit: 0, evidence: []string{"basics.location"},
				gap: "Lives in Toronto, ON, CA; the posting asks for US."}},
			{name: "no location is unknown", profile: skillsProfile, want: want{status: match.Unknown, credit: 0,
				gap: "The profile gives no location; the posting asks for US."}},
		})
	})
	t.Run("regions", func(t *testing.T) {
		runPredicateCases(t, `location: {regions: ["CA, US"]}`, []predicateCase{
			{name: "in the region", profile: sf, want: want{status: match.Met, credit: 1, evidence: []string{"basics.location"}}},
			{name: "another region", profile: austin, want: want{status: match.Missing, credit: 0, evidence: []string{"basics.location"},
				gap: "Lives in Austin, TX, US; the posting asks for CA, US."}},
		})
	})
	t.Run("cities", func(t *testing.T) {
		runPredicateCases(t, "location: {cities: [San Francisco, Seattle], countries: [US]}", []predicateCase{
			{name: "in a city named", profile: sf, want: want{status: match.Met, credit: 1, evidence: []string{"basics.location"}}},
			{name: "right country, another city: NearbyPlace", profile: austin, want: want{status: match.Partial,
				credit: match.DefaultPolicy().NearbyPlace, evidence: []string{"basics.location"},
				gap: "Lives in Austin, TX, US, which is not one of the places named (San Francisco, Seattle or US)."}},
			{name: "another country", profile: toronto, want: want{status: match.Missing, credit: 0, evidence: []string{"basics.location"},
				gap: "Lives in Toronto, ON, CA; the posting asks for San Francisco, Seattle or US."}},
		})
	})
	t.Run("remote", func(t *testing.T) {
		runPredicateCases(t, "location: {cities: [San Francisco, Seattle], countries: [US], remote: true}", []predicateCase{
			{name: "the country is enough", profile: austin, want: want{status: match.Met, credit: 1, evidence: []string{"basics.location"}}},
			{name: "another country still misses", profile: toronto, want: want{status: match.Missing, credit: 0, evidence: []string{"basics.location"},
				gap: "Lives in Toronto, ON, CA; the posting asks for San Francisco, Seattle or US (remote allowed)."}},
		})
	})
}

func TestAuthorization(t *testing.T) {
	auth := func(country string, sponsorship bool) string {
		s := "false"
		if sponsorship {
			s = "true"
		}
		return `{"workAuthorization": [{"country": "` + country + `", "sponsorship": ` + s + `}]}`
	}
	t.Run("no sponsorship offered", func(t *testing.T) {
		runPredicateCases(t, "authorization: {countries: [US]}", []predicateCase{
			{name: "authorized", profile: auth("US", false), want: want{status: match.Met, credit: 1, evidence: []string{"workAuthorization[0]"}}},
			{name: "needs sponsorship", profile: auth("US", true), want: want{status: match.Missing, credit: 0, evidence: []string{"workAuthorization[0]"},
				gap: "Needs sponsorship to work in US, and the posting does not sponsor."}},
			{name: "another country", profile: auth("CA", false), want: want{status: match.Missing, credit: 0,
				gap: "No authorization to work in US is listed."}},
			{name: "not stated is unknown", profile: skillsProfile, want: want{status: match.Unknown, credit: 0,
				gap: "The profile does not say where the candidate may work; the posting asks to be authorized to work in US without sponsorship."}},
		})
	})
	t.Run("sponsorship offered", func(t *testing.T) {
		runPredicateCases(t, "authorization: {countries: [US], sponsorship: true}", []predicateCase{
			{name: "needs sponsorship", profile: auth("US", true), want: want{status: match.Met, credit: 1, evidence: []string{"workAuthorization[0]"}}},
			{name: "authorized", profile: auth("US", false), want: want{status: match.Met, credit: 1, evidence: []string{"workAuthorization[0]"}}},
		})
	})
	t.Run("evidence says whether sponsorship is needed", func(t *testing.T) {
		f := onlyFinding(t, "authorization: {countries: [US]}", auth("US", true))
		assert.Equal(t, []match.Evidence{{Source: "workAuthorization[0]", Text: "may work in US with sponsorship"}}, f.Evidence)
	})
}

func TestAvailability(t *testing.T) {
	avail := func(start, end string) string {
		return `{"availability": [{"start": "` + start + `", "end": "` + end + `"}]}`
	}
	// the window 2026-05-18..2026-08-07 is 82 days
	runPredicateCases(t, "availability: {windows: [{from: 2026-05-18, to: 2026-08-07}]}", []predicateCase{
		{name: "covers the window fully", profile: avail("2026-05-01", "2026-09-30"),
			want: want{status: match.Met, credit: 1, evidence: []string{"availability[0]"}}},
		{name: "covers exactly the window", profile: avail("2026-05-18", "2026-08-07"),
			want: want{status: match.Met, credit: 1, evidence: []string{"availability[0]"}}},
		{name: "partly: credit is the share covered", profile: avail("2026-06-01", "2026-09-30"), // 68 of 82 days
			want: want{status: match.Partial, credit: 0.829, evidence: []string{"availability[0]"},
				gap: "Available for 83% of the closest window (2026-05-18 to 2026-08-07)."}},
		{name: "not at all", profile: avail("2026-09-01", "2026-12-31"),
			want: want{status: match.Missing, credit: 0, evidence: []string{"availability[0]"},
				gap: "Not available during 2026-05-18 to 2026-08-07."}},
		{name: "open-ended from before the window", profile: `{"availability": [{"start": "2026-03-01"}]}`,
			want: want{status: match.Met, credit: 1, evidence: []string{"availability[0]"}}},
		{name: "two periods covering it together", profile: `{"availability": [{"start": "2026-05-01", "end": "2026-06-30"}, {"start": "2026-07-01", "end": "2026-08-31"}]}`,
			want: want{status: match.Met, credit: 1, evidence: []string{"availability[0]", "availability[1]"}}},
		{name: "no availability is unknown", profile: skillsProfile,
			want: want{status: match.Unknown, credit: 0, gap: "The profile gives no availability; the posting asks for 2026-05-18 to 2026-08-07."}},
	})
	t.Run("the best of several windows counts", func(t *testing.T) {
		f := onlyFinding(t, "availability: {windows: [{from: 2026-05-18, to: 2026-08-07}, {from: 2026-06-15, to: 2026-09-04}]}",
			avail("2026-06-10", "2026-09-30"))
		assertFinding(t, want{status: match.Met, credit: 1, evidence: []string{"availability[0]"}}, f)
	})
	t.Run("evidence quotes the period", func(t *testing.T) {
		f := onlyFinding(t, "availability: {windows: [{from: 2026-05-18, to: 2026-08-07}]}", avail("2026-06-01", "2026-09-30"))
		assert.Equal(t, []match.Evidence{{Source: "availability[0]", Text: "available 2026-06-01 to 2026-09-30"}}, f.Evidence)
	})
}

func TestLanguage(t *testing.T) {
	lang := func(name, fluency string) string {
		return `{"languages": [{"language": "English", "fluency": "Native speaker"}, {"language": "` + name + `", "fluency": "` + fluency + `"}]}`
	}
	runPredicateCases(t, "language: {name: Spanish, level: B2}", []predicateCase{
		{name: "at the level", profile: lang("Spanish", "B2"), want: want{status: match.Met, credit: 1, evidence: []string{"languages[1]"}}},
		{name: "above the level", profile: lang("Spanish", "Native speaker"), want: want{status: match.Met, credit: 1, evidence: []string{"languages[1]"}}},
		{name: "below: level / asked level", profile: lang("Spanish", "Elementary proficiency"), // A2 = 2 of B2 = 4
			want: want{status: match.Partial, credit: 0.5, evidence: []string{"languages[1]"}, gap: "Spanish at A2; the posting asks for B2."}},
		{name: "below, one step", profile: lang("Spanish", "B1"), // 3 of 4
			want: want{status: match.Partial, credit: 0.75, evidence: []string{"languages[1]"}, gap: "Spanish at B1; the posting asks for B2."}},
		{name: "level unstated: LevelUnstated", profile: lang("Spanish", ""),
			want: want{status: match.Partial, credit: match.DefaultPolicy().LevelUnstated, evidence: []string{"languages[1]"},
				gap: "Spanish is listed without a level; the posting asks for B2."}},
		{name: "another language", profile: lang("French", "C2"),
			want: want{status: match.Missing, credit: 0, gap: "Spanish is not among the languages listed."}},
		{name: "no languages is unknown", profile: skillsProfile,
			want: want{status: match.Unknown, credit: 0, gap: "The profile lists no languages; the posting asks for Spanish at B2 or above."}},
	})
}

func TestCertification(t *testing.T) {
	const predicate = "certification: {any: [Certified Kubernetes Administrator]}"
	runPredicateCases(t, predicate, []predicateCase{
		{
			name:    "in the certificates section",
			profile: `{"certificates": [{"name": "First Aid"}, {"name": "Certified Kubernetes Administrator (CKA)", "issuer": "CNCF"}]}`,
			want:    want{status: match.Met, credit: 1, evidence: []string{"certificates[1].name"}},
		},
		{
			name:    "mentioned elsewhere: MentionedOnly",
			profile: `{"basics": {"summary": "Preparing to become a Certified Kubernetes Administrator."}}`,
			want: want{status: match.Partial, credit: match.DefaultPolicy().MentionedOnly, evidence: []string{"basics.summary"},
				gap: "Certified Kubernetes Administrator mentioned but not listed as a certificate."},
		},
		{
			name:    "certificates section without it",
			profile: `{"certificates": [{"name": "First Aid"}]}`,
			want:    want{status: match.Missing, credit: 0, gap: "No Certified Kubernetes Administrator among the certificates."},
		},
		{
			name:    "no certificates section is unknown",
			profile: skillsProfile,
			want: want{status: match.Unknown, credit: 0,
				gap: "The profile lists no certificates (Certified Kubernetes Administrator asked)."},
		},
	})
	t.Run("all: the mean of the names", func(t *testing.T) {
		f := onlyFinding(t, "certification: {all: [Certified Kubernetes Administrator, PMP]}",
			`{"certificates": [{"name": "Certified Kubernetes Administrator"}]}`)
		assertFinding(t, want{status: match.Partial, credit: 0.5, evidence: []string{"certificates[0].name"},
			gap: "No PMP among the certificates."}, f)
	})
}

func TestEvidence(t *testing.T) {
	summary := func(s string) string { return `{"basics": {"summary": "` + s + `"}}` }
	runPredicateCases(t, "evidence: {terms: [communication, mentoring, presenting], min: 2}", []predicateCase{
		{name: "two distinct terms", profile: summary("I enjoy mentoring students and presenting my work."),
			want: want{status: match.Met, credit: 1, evidence: []string{"basics.summary"}}},
		{name: "stemmed: mentored, presented", profile: summary("Mentored two students; presented at the lab meeting."),
			want: want{status: match.Met, credit: 1, evidence: []string{"basics.summary"}}},
		{name: "one term of two: found / min", profile: summary("I enjoy mentoring students."),
			want: want{status: match.Partial, credit: 0.5, evidence: []string{"basics.summary"},
				gap: "Only mentoring in the profile, and the posting asks for 2 of communication, mentoring or presenting."}},
		{name: "a repeated term counts once", profile: summary("Mentoring, mentoring, mentoring and more mentoring."),
			want: want{status: match.Partial, credit: 0.5, evidence: []string{"basics.summary"},
				gap: "Only mentoring in the profile, and the posting asks for 2 of communication, mentoring or presenting."}},
		{name: "none", profile: summary("I fix bicycles."),
			want: want{status: match.Missing, credit: 0, gap: "None of communication, mentoring or presenting in the profile."}},
		{name: "an empty profile is unknown", profile: `{}`,
			want: want{status: match.Unknown, credit: 0, gap: "None of communication, mentoring or presenting in the profile."}},
	})
	t.Run("evidence in profile order, one quote per source", func(t *testing.T) {
		f := onlyFinding(t, "evidence: {terms: [presenting, mentoring], min: 2}",
			`{"basics": {"summary": "Mentoring juniors."}, "work": [{"name": "A", "highlights": ["Presenting results weekly."]}]}`)
		assert.Equal(t, []match.Evidence{
			{Source: "basics.summary", Text: "Mentoring juniors."},
			{Source: "work[0].highlights[0]", Text: "Presenting results weekly."},
		}, f.Evidence)
	})
}

// A field the posting names is met as named even when an earlier field in
// the list is related to it: a PhD in statistics, asked for "computer
// science or statistics or a related field", is not "a field related to
// computer science".
func TestDegreeNamedFieldIsNotCalledRelated(t *testing.T) {
	f := onlyFinding(t, phdPredicate, education("PhD", "Statistics", "2023-09", "2028-06"))
	assert.Equal(t, match.Met, f.Status)
	assert.Equal(t, []match.Evidence{{Source: "education[0]", Text: "PhD, Statistics (expected 2028)"}}, f.Evidence)
}

// work[i].description describes the employer (JSON Resume: "Description of
// the company"), not what the candidate did: a janitor at a research
// university has no research experience.
func TestEmployerDescriptionIsNotExperience(t *testing.T) {
	f := onlyFinding(t, "experience: {any: [research]}", `{"work": [{"name": "State University",
		"description": "Public research university.", "position": "Janitor", "startDate": "2020-01",
		"highlights": ["Cleaned and restocked the chemistry building."]}]}`)
	assert.NotEqual(t, match.Met, f.Status, "evidence: %v", f.Evidence)
}

// Experience with no topic ("5 years of professional experience") counts
// the dated work entries, whatever they say, overlapping ones once.
func TestWorkExperienceOfAnyKind(t *testing.T) {
	runPredicateCases(t, "experience: {min_years: 3}", []predicateCase{
		{
			name: "met: two jobs that overlap",
			profile: `{"work": [
				{"name": "A", "position": "Analyst", "startDate": "2019-01", "endDate": "2020-12"},
				{"name": "B", "position": "Engineer", "startDate": "2020-07", "endDate": "2022-06"}]}`,
			want: want{status: match.Met, credit: 1, evidence: []string{"work[0]", "work[1]"}},
		},
		{
			// 2024-01 to 2025-06: a year and a half of three
			name:    "partial: too few years",
			profile: `{"work": [{"name": "A", "position": "Nurse", "startDate": "2024-01", "endDate": "2025-06"}]}`,
			want: want{status: match.Partial, credit: 0.5, delta: 0.003, evidence: []string{"work[0]"},
				gap: "Dated work entries cover 1.5 years, 3 years asked."},
		},
		{
			// projects and volunteering are not work
			name:    "missing: only a dated project",
			profile: `{"basics": {"name": "R"}, "projects": [{"name": "Compiler", "startDate": "2015-01", "endDate": "2022-01"}]}`,
			want:    want{status: match.Missing, gap: "No dated work entry in the profile."},
		},
		{
			name:    "missing: a job without dates",
			profile: `{"work": [{"name": "A", "position": "Welder"}]}`,
			want:    want{status: match.Missing, gap: "No work entry has a start date, 3 years of work asked."},
		},
	})
}

// Any of several names with years counts the periods of all of them, each
// entry once: 8 years of Java then 5 of Go are 13 years of either.
func TestAnyOfWithYearsCountsTheUnion(t *testing.T) {
	profile := `{"work": [
		{"name": "A", "startDate": "2010-01", "endDate": "2017-12", "highlights": ["Java services"]},
		{"name": "B", "startDate": "2018-01", "endDate": "2022-12", "highlights": ["Kotlin services"]}]}`
	runPredicateCases(t, "experience: {any: [Java, Kotlin], min_years: 12}", []predicateCase{{
		name: "met by the union", profile: profile,
		want: want{status: match.Met, credit: 1, evidence: []string{"work[0].highlights[0]", "work[1].highlights[0]"}},
	}})
	runPredicateCases(t, "experience: {any: [Java, Kotlin], min_years: 15}", []predicateCase{{
		name: "short by the union", profile: profile,
		want: want{status: match.Partial, credit: 13.0 / 15, delta: 0.003, evidence: []string{"work[0].highlights[0]", "work[1].highlights[0]"},
			gap: "Dated entries show Java and Kotlin for 13 years, 15 years asked."},
	}})
	runPredicateCases(t, "experience: {any: [Java, Rust], min_years: 8}", []predicateCase{{
		name: "one name alone is its own years", profile: profile,
		want: want{status: match.Met, credit: 1, evidence: []string{"work[0].highlights[0]"}},
	}})
}
