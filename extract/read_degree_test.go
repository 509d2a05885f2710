package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// degreeCases read the level (the lowest accepted), status, fields and
// "related field" of a degree line.
var degreeCases = []lineCase{
	{"Bachelor's degree in Computer Science, Engineering, or a related field.", `{degree: {level: bachelor, fields: [computer science, engineering], related: true}}`},
	{"Master's or PhD in Statistics, Economics or a related quantitative field.", `{degree: {level: master, fields: [statistics, economics], related: true}}`},
	{"MS/PhD in Electrical Engineering.", `{degree: {level: master, fields: [electrical engineering]}}`},
	{"BS/MS in Computer Science.", `{degree: {level: bachelor, fields: [computer science]}}`},
	{"B.S. in Mechanical Engineering.", `{degree: {level: bachelor, fields: [mechanical engineering]}}`},
	{"PhD in Machine Learning.", `{degree: {level: doctorate, fields: [machine learning]}}`},
	{"Ph.D. required.", `{degree: {level: doctorate}}`},
	{"MBA.", `{degree: {level: master}}`},
	{"MBA or Master's degree in Finance.", `{degree: {level: master, fields: [finance]}}`},
	{"High school diploma or GED.", `{degree: {level: high-school}}`},
	{"Associate's degree in Nursing.", `{degree: {level: associate, fields: [nursing]}}`},
	{"Bachelor's.", `{degree: {level: bachelor}}`},
	{"Undergraduate degree in Economics.", `{degree: {level: bachelor, fields: [economics]}}`},
	{"4-year degree from an accredited university.", `{degree: {level: bachelor}}`},
	{"Degree in a technical field such as Computer Science or Physics.", `{degree: {level: bachelor, fields: [computer science, physics]}}`},
	{"Advanced degree in Biology or Chemistry.", `{degree: {level: master, fields: [biology, chemistry]}}`},
	{"JD from an accredited law school.", `{degree: {level: doctorate}}`},
	{"Bachelor's degree in Anthropology or Human Factors.", `{degree: {level: bachelor, fields: [anthropology, human factors]}}`},
	// Status: in progress.
	{"Currently enrolled in a PhD program in Computer Science.", `{degree: {level: doctorate, status: in-progress, fields: [computer science]}}`},
	{"Working towards a doctorate in Physics or Chemistry.", `{degree: {level: doctorate, status: in-progress, fields: [physics, chemistry]}}`},
	{"Pursuing a Bachelor's or Master's degree in Architecture.", `{degree: {level: bachelor, status: in-progress, fields: [architecture]}}`},
	{"Must be enrolled in a full-time degree program.", `{degree: {level: bachelor, status: in-progress}}`},
	{"Must be a second year student in a two year MBA program.", `{degree: {level: master, status: in-progress}}`},
	{"Enrolled in a 4-year BA/BS program.", `{degree: {level: bachelor, status: in-progress}}`},
	// Not degrees.
	{"A high degree of autonomy and ownership.", `{evidence: {terms: [autonomy, ownership], min: 1}}`},
	{"Familiarity with MS Office and Google Sheets.", `{skill: {all: [MS Office, Google Sheets]}}`},
	{"Experience with SQL and MS Access.", `{experience: {all: [SQL, MS Access]}}`},
	{"Work experience prior to the MBA program in marketing, finance or consulting.", `{experience: {any: [marketing, finance, consulting]}}`},
}

func TestReadDegree(t *testing.T) { runLineCases(t, degreeCases) }

// degreeComboCases combine a degree with what the line says besides:
// equivalent experience, years, certifications, other degrees.
var degreeComboCases = []lineCase{
	// "Or equivalent practical experience": experience in the fields (or,
	// without fields, in the job title's topics) for the years the degree takes.
	{"BA/BS degree or equivalent practical experience.", `{any: [{degree: {level: bachelor}}, {experience: {any: [Engineer], min_years: 4}}]}`},
	{"BS degree in Computer Science or equivalent experience.", `{any: [{degree: {level: bachelor, fields: [computer science]}}, {experience: {any: [computer science], min_years: 4}}]}`},
	{"Bachelor's degree in Mathematics or equivalent.", `{any: [{degree: {level: bachelor, fields: [mathematics]}}, {experience: {any: [mathematics], min_years: 4}}]}`},
	{"Master's degree in Applied Mathematics or equivalent practical experience.", `{any: [{degree: {level: master, fields: [applied mathematics]}}, {experience: {any: [applied mathematics], min_years: 6}}]}`},
	// Years with the degree: all with "and", any with "or".
	{"BS and 3 years of experience in embedded software.", `{all: [{degree: {level: bachelor}}, {experience: {any: [embedded software], min_years: 3}}]}`},
	{"MS in Robotics, or 5 years of relevant industry experience.", `{any: [{degree: {level: master, fields: [robotics]}}, {experience: {any: [robotics], min_years: 5}}]}`},
	{"3 years of experience in product management, or 2 years with an MBA.", `{any: [{degree: {level: master}}, {experience: {any: [product management], min_years: 3}}]}`},
	// A degree named after another one's fields is an alternative.
	{"Master's degree in Data Science or an MBA.", `{any: [{degree: {level: master, fields: [data science]}}, {degree: {level: master}}]}`},
	{"Bachelor's degree in Finance or a postgraduate degree.", `{any: [{degree: {level: bachelor, fields: [finance]}}, {degree: {level: master}}]}`},
	// Certifications beside a degree.
	{"Master's degree and PMP certification.", `{all: [{degree: {level: master}}, {certification: {any: [PMP]}}]}`},
	{"CPA or MBA preferred.", `{any: [{degree: {level: master}}, {certification: {any: [CPA]}}]}`},
	// Skills after the fields.
	{"Master's degree in Computer Science with experience in Kubernetes and Terraform.", `{all: [{degree: {level: master, fields: [computer science]}}, {experience: {all: [Kubernetes, Terraform]}}]}`},
}

func TestReadDegreeCombined(t *testing.T) { runLineCases(t, degreeComboCases) }

// TestDegreeLevelIsTheLowest checks the level alone over the ways postings
// name several degrees.
func TestDegreeLevelIsTheLowest(t *testing.T) {
	for _, c := range []struct{ line, want string }{
		{"BA/BS/MS degree.", "bachelor"},
		{"MBA, MS, JD or other advanced degree.", "master"},
		{"PhD or MD.", "doctorate"},
		{"AA/AS/BA/BS degree in Education.", "associate"},
		{"Currently enrolled in a Bachelor's, Master's or PhD program.", "bachelor"},
		{"M.S./M.A. or Ph.D. in a related field.", "master"},
		{"Graduate degree in Economics.", "master"},
		{"Post-graduate degree in Law.", "master"},
		{"BSEE or BSME degree.", "bachelor"},
		{"Master of Business Administration (MBA) program.", "master"},
	} {
		t.Run(c.line, func(t *testing.T) {
			x := testExtractor()
			d, ok := x.readDegree(x.prepare(c.line))
			if assert.True(t, ok) {
				assert.Equal(t, c.want, d.level.String())
			}
		})
	}
}
