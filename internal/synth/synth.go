// Package synth writes synthetic candidates and postings, varied by a
// seed, for the property tests and benchmarks of ranking at scale: JSON
// Resume profiles of several kinds of candidate (backend, frontend, ML,
// data, infrastructure, non-software), with dated work, studies, places,
// languages and the rest in proportions that vary, and postings that ask
// for them through every predicate. Nothing here is real: names are
// numbered, places and skills are drawn from short lists written for it.
package synth

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"strings"
)

// kind is a kind of candidate: the titles, skills and fields of study it
// draws from.
type kind struct {
	titles []string
	skills []string
	fields []string
	duties []string
}

var kinds = []kind{
	{
		titles: []string{"Backend Engineer", "Software Engineer", "Senior Backend Developer", "Java Developer", "Go Engineer"},
		skills: []string{"Go", "Java", "Kotlin", "PostgreSQL", "Redis", "Kafka", "gRPC", "Docker", "Kubernetes", "MySQL", "Spring Boot", "REST APIs"},
		fields: []string{"Computer Science", "Software Engineering", "Mathematics"},
		duties: []string{"Built payment services", "Designed the order API", "Cut p99 latency by 40%", "Ran the on-call rotation", "Led design reviews"},
	},
	{
		titles: []string{"Frontend Engineer", "UI Developer", "Web Developer", "Senior Frontend Engineer"},
		skills: []string{"JavaScript", "TypeScript", "React", "Vue.js", "CSS", "HTML", "Node.js", "GraphQL", "Webpack", "Figma"},
		fields: []string{"Computer Science", "Graphic Design", "Information Systems"},
		duties: []string{"Rebuilt the checkout pages", "Shipped a design system", "Improved accessibility", "Worked with designers on onboarding"},
	},
	{
		titles: []string{"Machine Learning Engineer", "Research Scientist", "Graduate Research Assistant", "Data Scientist", "ML Intern"},
		skills: []string{"Python", "PyTorch", "TensorFlow", "machine learning", "deep learning", "natural language processing", "scikit-learn", "Spark", "MLflow", "C++", "statistics"},
		fields: []string{"Computer Science", "Machine Learning", "Statistics", "Electrical Engineering"},
		duties: []string{"Trained ranking models", "Published research on representation learning", "Ran analysis of experiments", "Presented results to the product team"},
	},
	{
		titles: []string{"Data Engineer", "Analytics Engineer", "Data Analyst", "Big Data Engineer"},
		skills: []string{"SQL", "Python", "Spark", "Hadoop", "Airflow", "Kafka", "Flink", "dbt", "Snowflake", "Tableau", "stream processing"},
		fields: []string{"Statistics", "Computer Science", "Economics"},
		duties: []string{"Built batch pipelines", "Moved reporting to streaming", "Owned the warehouse model", "Taught analysts SQL"},
	},
	{
		titles: []string{"Site Reliability Engineer", "DevOps Engineer", "Platform Engineer", "Cloud Engineer"},
		skills: []string{"Kubernetes", "Terraform", "AWS", "Linux", "Prometheus", "Ansible", "Docker", "Bash", "Go", "GCP"},
		fields: []string{"Computer Engineering", "Computer Science", "Information Technology"},
		duties: []string{"Migrated the fleet to Kubernetes", "Wrote the incident process", "Halved cloud spend", "Mentored new engineers on call"},
	},
	{
		titles: []string{"Account Executive", "Marketing Manager", "Registered Nurse", "Teacher", "Accountant", "Project Manager"},
		skills: []string{"Salesforce", "Excel", "negotiation", "customer service", "budgeting", "public speaking", "scheduling"},
		fields: []string{"Business Administration", "Nursing", "Education", "Accounting"},
		duties: []string{"Grew the territory by a third", "Ran the quarterly campaign", "Trained new staff", "Kept the budget on plan"},
	},
}

var softSkills = []string{"communication", "teamwork", "collaboration", "mentoring", "problem solving", "analytical", "presenting", "research"}

var places = []struct{ city, region, country string }{
	{"San Francisco", "CA", "US"}, {"Seattle", "WA", "US"}, {"New York", "NY", "US"}, {"Austin", "TX", "US"},
	{"Oakland", "CA", "US"}, {"Chicago", "IL", "US"}, {"Toronto", "ON", "CA"}, {"Berlin", "", "DE"},
	{"London", "", "GB"}, {"Bangalore", "", "IN"}, {"Paris", "", "FR"}, {"Boston", "MA", "US"},
}

var studyTypes = []string{"Bachelor of Science", "BSc", "Master of Science", "MSc", "PhD", "Associate", "MBA", "Doctor of Philosophy"}

var spoken = []string{"English", "Spanish", "German", "French", "Mandarin"}

var fluencies = []string{"Native speaker", "Fluent", "Professional working proficiency", "B2", "C1", "Elementary"}

// A profile as JSON Resume, only the fields synth fills.
type resume struct {
	Basics            basics    `json:"basics"`
	Work              []work    `json:"work,omitempty"`
	Education         []study   `json:"education,omitempty"`
	Skills            []skill   `json:"skills,omitempty"`
	Projects          []project `json:"projects,omitempty"`
	Publications      []paper   `json:"publications,omitempty"`
	Certificates      []cert    `json:"certificates,omitempty"`
	Languages         []lang    `json:"languages,omitempty"`
	WorkAuthorization []auth    `json:"workAuthorization,omitempty"`
	Availability      []window  `json:"availability,omitempty"`
}

type basics struct {
	Name     string   `json:"name"`
	Label    string   `json:"label,omitempty"`
	Email    string   `json:"email,omitempty"`
	Summary  string   `json:"summary,omitempty"`
	Location *address `json:"location,omitempty"`
}

type address struct {
	City        string `json:"city"`
	Region      string `json:"region,omitempty"`
	CountryCode string `json:"countryCode"`
}

type work struct {
	Name       string   `json:"name"`
	Position   string   `json:"position"`
	StartDate  string   `json:"startDate,omitempty"`
	EndDate    string   `json:"endDate,omitempty"`
	Summary    string   `json:"summary,omitempty"`
	Highlights []string `json:"highlights,omitempty"`
}

type study struct {
	Institution string `json:"institution"`
	Area        string `json:"area,omitempty"`
	StudyType   string `json:"studyType,omitempty"`
	StartDate   string `json:"startDate,omitempty"`
	EndDate     string `json:"endDate,omitempty"`
}

type skill struct {
	Name     string   `json:"name"`
	Keywords []string `json:"keywords,omitempty"`
}

type project struct {
	Name        string `json:"name"`
	Description string `json:"description"`
	StartDate   string `json:"startDate,omitempty"`
	EndDate     string `json:"endDate,omitempty"`
}

type paper struct {
	Name        string `json:"name"`
	ReleaseDate string `json:"releaseDate,omitempty"`
}

type cert struct {
	Name string `json:"name"`
}

type lang struct {
	Language string `json:"language"`
	Fluency  string `json:"fluency,omitempty"`
}

type auth struct {
	Country     string `json:"country"`
	Sponsorship bool   `json:"sponsorship,omitempty"`
}

type window struct {
	Start string `json:"start"`
	End   string `json:"end,omitempty"`
}

// Profile returns the JSON Resume document of candidate i, drawn from r:
// the same r state and i give the same bytes.
func Profile(r *rand.Rand, i int) []byte {
	k := kinds[r.IntN(len(kinds))]
	var doc resume
	doc.Basics.Name = fmt.Sprintf("Candidate %d", i)
	doc.Basics.Email = fmt.Sprintf("candidate%d@example.com", i)
	if r.IntN(3) > 0 {
		doc.Basics.Label = pick(r, k.titles)
	}
	if r.IntN(2) == 0 {
		doc.Basics.Summary = fmt.Sprintf("%s who likes %s and %s.", pick(r, k.titles), pick(r, k.skills), pick(r, softSkills))
	}
	if r.IntN(6) > 0 {
		p := places[r.IntN(len(places))]
		doc.Basics.Location = &address{City: p.city, Region: p.region, CountryCode: p.country}
	}
	year := 2026 - r.IntN(20)
	for j := range r.IntN(5) {
		length := 1 + r.IntN(5)
		start := year - length
		w := work{
			Name:      fmt.Sprintf("Company %d", r.IntN(500)),
			Position:  pick(r, k.titles),
			StartDate: fmt.Sprintf("%d-%02d", start, 1+r.IntN(12)),
		}
		if j > 0 || r.IntN(3) == 0 {
			w.EndDate = fmt.Sprintf("%d-%02d", year, 1+r.IntN(12))
		}
		if r.IntN(8) == 0 {
			w.StartDate = "" // undated
		}
		for range 1 + r.IntN(4) {
			w.Highlights = append(w.Highlights, highlight(r, k))
		}
		doc.Work = append(doc.Work, w)
		year = start - r.IntN(2)
	}
	for range r.IntN(3) {
		end := 2010 + r.IntN(20) // some still in progress
		doc.Education = append(doc.Education, study{
			Institution: fmt.Sprintf("University %d", r.IntN(200)),
			Area:        pick(r, k.fields),
			StudyType:   pick(r, studyTypes),
			StartDate:   fmt.Sprint(end - 2 - r.IntN(4)),
			EndDate:     fmt.Sprint(end),
		})
	}
	if r.IntN(4) > 0 {
		doc.Skills = append(doc.Skills, skill{Name: "Tools", Keywords: picks(r, k.skills, 2+r.IntN(5))})
		if r.IntN(3) == 0 {
			other := kinds[r.IntN(len(kinds))]
			doc.Skills = append(doc.Skills, skill{Name: pick(r, other.skills)})
		}
	}
	if r.IntN(3) == 0 {
		doc.Projects = append(doc.Projects, project{
			Name:        fmt.Sprintf("Project %d", r.IntN(1000)),
			Description: highlight(r, k),
			StartDate:   fmt.Sprint(2015 + r.IntN(11)),
		})
	}
	if r.IntN(5) == 0 {
		for range 1 + r.IntN(3) {
			doc.Publications = append(doc.Publications, paper{
				Name:        fmt.Sprintf("On %s for %s", pick(r, k.skills), pick(r, k.fields)),
				ReleaseDate: fmt.Sprint(2012 + r.IntN(14)),
			})
		}
	}
	if r.IntN(6) == 0 {
		doc.Certificates = append(doc.Certificates, cert{Name: pick(r, []string{"AWS Certified Solutions Architect", "CKA", "PMP", "CPA"})})
	}
	for _, l := range picks(r, spoken, r.IntN(3)) {
		doc.Languages = append(doc.Languages, lang{Language: l, Fluency: pick(r, fluencies)})
	}
	if r.IntN(3) == 0 {
		doc.WorkAuthorization = append(doc.WorkAuthorization, auth{Country: pick(r, []string{"US", "CA", "DE", "GB"}), Sponsorship: r.IntN(4) == 0})
	}
	if r.IntN(3) == 0 {
		m := 1 + r.IntN(12)
		w := window{Start: fmt.Sprintf("2026-%02d-01", m)}
		if r.IntN(2) == 0 {
			w.End = fmt.Sprintf("2026-%02d-28", min(12, m+2+r.IntN(4)))
		}
		doc.Availability = append(doc.Availability, w)
	}
	b, err := json.Marshal(doc)
	if err != nil {
		panic(err) // only strings and slices of them: cannot fail
	}
	return b
}

// highlight is one line of a work entry: a duty, with skills and a soft
// skill named in it now and then.
func highlight(r *rand.Rand, k kind) string {
	s := pick(r, k.duties)
	switch r.IntN(4) {
	case 0:
		s += " with " + strings.Join(picks(r, k.skills, 1+r.IntN(3)), " and ")
	case 1:
		s += " using " + pick(r, k.skills) + "; " + pick(r, softSkills) + " across teams"
	case 2:
		s += ", " + pick(r, softSkills) + " and " + pick(r, softSkills)
	}
	return s + "."
}

func pick(r *rand.Rand, from []string) string { return from[r.IntN(len(from))] }

// picks returns n distinct items of from, in from's order.
func picks(r *rand.Rand, from []string, n int) []string {
	n = min(n, len(from))
	var out []string
	for i, s := range from {
		if r.IntN(len(from)-i) < n-len(out) {
			out = append(out, s)
		}
	}
	return out
}
