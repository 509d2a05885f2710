package requirements_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/quals-dev/quals/requirements"
)

// Wordings that ask for a protected characteristic or its usual proxy: each
// must be flagged, with the words and the category.
func TestLintFlags(t *testing.T) {
	tests := []struct {
		line, words, category string
	}{
		{"We want a young and dynamic engineer.", "young", "age"},
		{"Recent graduate with a degree in marketing.", "Recent graduate", "age"},
		{"Recent college graduates are encouraged to apply.", "Recent college graduates", "age"},
		{"A digital native who lives on social media.", "digital native", "age"},
		{"Candidates must be under 35.", "under 35", "age"},
		{"Applicants aged 25-35.", "aged 25-35", "age"},
		{"Born after 1995.", "Born after 1995", "age"},
		{"Please state your birth year.", "birth year", "age"},
		{"He will report to the CTO.", "He", "sex"},
		{"She should be organized and detail oriented.", "She", "sex"},
		{"Experienced salesman for our retail floor.", "salesman", "sex"},
		{"Female candidates only.", "Female candidates", "sex"},
		{"Native English speaker.", "Native English speaker", "national-origin"},
		{"English as a first language.", "first language", "national-origin"},
		{"Must be a US citizen.", "US citizen", "national-origin"},
		{"Christian values are a must.", "Christian", "religion"},
		{"Able-bodied workers for the warehouse.", "Able-bodied", "disability"},
		{"Must be in good health.", "in good health", "disability"},
		{"Not pregnant or planning a family.", "pregnant", "pregnancy"},
		{"Unmarried candidates preferred for travel.", "Unmarried", "family-status"},
		{"No children, as the role needs travel.", "No children", "family-status"},
		{"Caucasian applicants preferred.", "Caucasian", "race"},
		{"No more than 5 years of experience.", "No more than 5 years", "age"},
		{"Maximum 8 years of experience in sales.", "Maximum 8 years", "age"},
		{"Candidates with less than 3 years of relevant experience.", "less than 3 years of relevant experience", "age"},
		{"2 years of experience or less.", "2 years of experience or less", "age"},
		{"Must have no dependents.", "no dependents", "family-status"},
		{"Applicants without childcare responsibilities.", "childcare responsibilities", "family-status"},
		{"Please state your spouse's occupation.", "spouse's", "family-status"},
		{"Divorced applicants need not apply.", "Divorced", "family-status"},
		{"Not planning to have children in the next two years.", "planning to have children", "pregnancy"},
		{"Expecting mothers are not eligible.", "Expecting mothers", "pregnancy"},
	}
	for _, tt := range tests {
		t.Run(tt.line, func(t *testing.T) {
			ws := requirements.LintText(tt.line)
			require.NotEmpty(t, ws, "not flagged")
			assert.Equal(t, tt.words, ws[0].Words)
			assert.Equal(t, tt.category, ws[0].Category)
			assert.NotEmpty(t, ws[0].Reason)
			assert.NotEmpty(t, ws[0].Suggestion)
		})
	}
}

// Neutral wordings, several close to a flagged one, must not be flagged.
func TestLintNeutralControls(t *testing.T) {
	for _, line := range []string{
		"Native-level fluency in English.",
		"Fluent in English and German (C1 or above).",
		"Must be authorized to work in the United States.",
		"US citizenship required for the security clearance this role needs.",
		"Entry-level; 0–2 years of experience.",
		"Comfortable with digital tools such as Figma and Notion.",
		"You will report to the CTO.",
		"They will own the roadmap.",
		"Experience with Python or Shell scripting.",
		"We are a young company growing fast.",
		"Single sign-on and identity management experience.",
		"Lifts boxes up to 20 kg, with or without accommodation.",
		"Whiteboard interviews are not part of our process.",
		"Keeps a healthy codebase with good tests.",
		"3+ years of experience with distributed systems.",
		"Python as your first programming language is fine.",
		"Salesperson with 5 years of retail experience.",
		"Bachelor's degree in Computer Science or equivalent.",
		"Animal husbandry experience on dairy farms.",
		"5-8 years of experience in payments.",
		"At least 3 years of experience with Kubernetes.",
		"Up to 20% travel.",
		"Childcare benefits and parental leave for everyone.",
		"Single-family housing construction experience.",
	} {
		t.Run(line, func(t *testing.T) {
			assert.Empty(t, requirements.LintText(line))
		})
	}
}

func TestLintPosting(t *testing.T) {
	p, err := requirements.Parse("p.yaml", []byte(`id: x
title: Young Salesman
required:
  - id: english
    text: Native English speaker with a sales background.
    language: {name: English, level: C2}
  - id: sales
    text: 3+ years of sales experience.
    experience: {any: [sales], min_years: 3}
`))
	require.NoError(t, err)
	ws := requirements.Lint(p)
	require.Len(t, ws, 3)
	assert.Equal(t, []string{"Young", "Salesman", "Native English speaker"}, []string{ws[0].Words, ws[1].Words, ws[2].Words})
	assert.Equal(t, "", ws[0].Requirement, "the title is no requirement")
	assert.Equal(t, "english", ws[2].Requirement)
	assert.Equal(t, 4, ws[2].Line)
}
