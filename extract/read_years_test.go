package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// yearsCases read "N years of experience in X" into experience in the
// topics of X with min_years N.
var yearsCases = []lineCase{
	{"5+ years of experience in backend development with Go or Rust.", `{experience: {any: [backend development, Go, Rust], min_years: 5}}`},
	{"3 years of experience managing cloud infrastructure on AWS or GCP.", `{experience: {any: [cloud infrastructure, AWS, GCP], min_years: 3}}`},
	{"At least 4 years of professional experience as a data engineer.", `{experience: {any: [data engineer], min_years: 4}}`},
	{"A minimum of 6 years of experience in supply chain planning.", `{experience: {any: [supply chain planning], min_years: 6}}`},
	{"Minimum 2 years' experience with React and TypeScript.", `{experience: {all: [React, TypeScript], min_years: 2}}`},
	{"2-4 years of experience in technical recruiting.", `{experience: {any: [recruiting], min_years: 2}}`},
	{"Three years of experience in financial modeling.", `{experience: {any: [financial modeling], min_years: 3}}`},
	{"Ten or more years of experience leading engineering organizations.", `{experience: {any: [engineering organizations], min_years: 10}}`},
	{"7+ yrs of hands-on experience with Kubernetes.", `{experience: {any: [Kubernetes], min_years: 7}}`},
	{"One year of experience with customer support tools (e.g., Zendesk, Intercom).", `{experience: {any: [Zendesk, Intercom], min_years: 1}}`},
	{"Over 5 years of experience building mobile apps for iOS and Android.", `{experience: {all: [mobile apps, iOS, Android], min_years: 5}}`},
	{"More than 3 years working with PostgreSQL.", `{experience: {any: [PostgreSQL], min_years: 3}}`},
	{"1-year of experience in quality assurance.", `{experience: {any: [quality assurance], min_years: 1}}`},
	// The words before "experience" are its topic.
	{"8 years of marketing experience in consumer electronics.", `{experience: {any: [marketing], min_years: 8}}`},
	// No topic in the line: dated work of any kind.
	{"10 years of relevant work experience.", `{experience: {min_years: 10}}`},
	{"At least 3 years of professional experience.", `{experience: {min_years: 3}}`},
	// A time frame is not a length of experience.
	{"Experience within the last 2 years with Python.", `{experience: {any: [Python]}}`},
	// Each number of years takes its own clause.
	{"5+ years of professional experience, including 2 years with Kubernetes.", `{all: [{experience: {min_years: 5}}, {experience: {any: [Kubernetes], min_years: 2}}]}`},
	{"3-5 years of experience in Python and 2+ years with AWS.", `{all: [{experience: {any: [Python], min_years: 3}}, {experience: {any: [AWS], min_years: 2}}]}`},
	{"8+ years in software engineering, with at least 3 years leading teams.", `{all: [{experience: {any: [software engineering], min_years: 8}}, {experience: {any: [leading teams], min_years: 3}}]}`},
	{"6 years of Java or 4 years of Kotlin.", `{any: [{experience: {any: [Java], min_years: 6}}, {experience: {any: [Kotlin], min_years: 4}}]}`},
}

func TestReadYears(t *testing.T) { runLineCases(t, yearsCases) }

func TestYearsAreNotAlwaysExperience(t *testing.T) {
	for _, line := range []string{
		"Enrolled in a 4-year BA/BS program.",
		"Must be a second year student in a two year MBA program.",
		"Must be 18 years old.",
		"Founded 20 years ago.",
		"Experience within the last 2 years with Python.",
		"Graduating in 2 years.",
	} {
		t.Run(line, func(t *testing.T) {
			x := testExtractor()
			_, ok := x.readYears(x.prepare(line))
			assert.False(t, ok)
		})
	}
}
