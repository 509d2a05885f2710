package extract_test

import (
	"fmt"
	"testing"

	"github.com/quals-dev/quals/extract"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// sectionOf returns the section Extract placed the line holding want in.
func sectionOf(t *testing.T, x *extract.Extraction, want string) string {
	t.Helper()
	for _, l := range x.Lines {
		if !l.Heading && l.Text == want {
			if l.Requirement == "" {
				return "none:" + l.Section
			}
			return l.Section
		}
	}
	t.Fatalf("no line %q in %v", want, x.Lines)
	return ""
}

// Headings worded the ways careers pages word them, each laid out as a
// line of its own, glued to its text after a run of spaces, and glued to
// the sentence before it.
func TestExtractHeadingWordings(t *testing.T) {
	const line = "4+ years of experience with Go and PostgreSQL"
	for _, h := range []struct{ heading, section string }{
		{"Does this sound like you?", extract.SectionRequired},
		{"You Are", extract.SectionRequired},
		{"What we look for", extract.SectionRequired},
		{"Your toolkit", extract.SectionRequired},
		{"Tech stack:", extract.SectionRequired},
		{"Here is what will help you succeed in this job:", extract.SectionRequired},
		{"Nice-to-haves", extract.SectionPreferred},
		{"Bonus points if you have", extract.SectionPreferred},
		{"Ideal Candidates Will Have:", extract.SectionRequired},
	} {
		for _, layout := range []struct{ name, format string }{
			{"own line", "We build payment rails for small shops.\n%s\n- %s\n"},
			{"run of spaces", "We build payment rails for small shops.\n%s      %s\n"},
			{"glued after a sentence", "We build payment rails for small shops.%s      %s\n"},
		} {
			t.Run(h.heading+"/"+layout.name, func(t *testing.T) {
				x, err := extract.Description(fmt.Sprintf(layout.format, h.heading, line))
				require.NoError(t, err)
				assert.Equal(t, h.section, sectionOf(t, x, line))
			})
		}
	}
}

func TestExtractLabelsByContent(t *testing.T) {
	x, err := extract.Description(`Requirements:
- Bachelor's degree in Computer Science
- Experience with Kubernetes is a plus
- 6+ years of backend experience (ideally 10+)
- Salary: $130,000 - $200,000 per year
- We offer medical, dental and vision insurance and a 401(k) match
- All qualified applicants will receive consideration without regard to race or religion
- Easy Apply now by clicking the Apply button
`)
	require.NoError(t, err)
	assert.Equal(t, extract.SectionRequired, sectionOf(t, x, "Bachelor's degree in Computer Science"))
	assert.Equal(t, extract.SectionPreferred, sectionOf(t, x, "Experience with Kubernetes is a plus"))
	assert.Equal(t, extract.SectionRequired, sectionOf(t, x, "6+ years of backend experience (ideally 10+)"))
	for _, junk := range []string{
		"Salary: $130,000 - $200,000 per year",
		"We offer medical, dental and vision insurance and a 401(k) match",
		"All qualified applicants will receive consideration without regard to race or religion",
		"Easy Apply now by clicking the Apply button",
	} {
		assert.Contains(t, sectionOf(t, x, junk), "none:", junk)
	}
}

// A posting with no heading at all still yields the sentences that say
// what a candidate needs, and not its pitch.
func TestExtractWithoutHeadings(t *testing.T) {
	x, err := extract.Description("Our mission is to make freight simple. We are a team of forty engineers. " +
		"You have 5+ years of experience building distributed systems in Java. " +
		"A master's degree in computer science is a plus.")
	require.NoError(t, err)
	assert.Equal(t, extract.SectionRequired, sectionOf(t, x, "You have 5+ years of experience building distributed systems in Java."))
	assert.Equal(t, extract.SectionPreferred, sectionOf(t, x, "A master's degree in computer science is a plus."))
	assert.Contains(t, sectionOf(t, x, "Our mission is to make freight simple."), "none:")
}

// Glued headings and dash bullets run together on one line.
func TestExtractGluedDashList(t *testing.T) {
	x, err := extract.Description("We care about reliabilityQualifications:- A Bachelor's degree in Computer Science- At least 5 years of professional experience- Expertise in Java or PythonNice to have:- Startup experience")
	require.NoError(t, err)
	assert.Equal(t, extract.SectionRequired, sectionOf(t, x, "A Bachelor's degree in Computer Science"))
	assert.Equal(t, extract.SectionRequired, sectionOf(t, x, "At least 5 years of professional experience"))
	assert.Equal(t, extract.SectionPreferred, sectionOf(t, x, "Startup experience"))
}

// No control character or bidirectional override passes from a
// description into the document, from plain text or from JSON-LD.
func TestExtractDropsControlCharacters(t *testing.T) {
	plain, err := extract.Description("Requirements:\n- 5 years of Go \u202e reversed\x1b[31m red\n")
	require.NoError(t, err)
	ld, err := extract.JobPosting([]byte(`{"@type":"JobPosting","title":"Dev\u202e x","qualifications":"5 years of Go\u001b[31m red"}`))
	require.NoError(t, err)
	for _, x := range []*extract.Extraction{plain, ld} {
		src, err := x.Document.YAML()
		require.NoError(t, err)
		assert.NotContains(t, string(src), "\u202e")
		assert.NotContains(t, string(src), `\e`)
		assert.NotContains(t, string(src), "\x1b")
		for _, l := range x.Lines {
			assert.NotContains(t, l.Text, "\u202e")
			assert.NotContains(t, l.Text, "\x1b")
		}
	}
}

// A heading glued to the sentence before it and to its first item.
func TestExtractHeadingGluedBothSides(t *testing.T) {
	x, err := extract.Description("We ship firmware to millions of devices.QualificationsExtensive experience with embedded C and RTOS internals.")
	require.NoError(t, err)
	assert.Equal(t, extract.SectionRequired, sectionOf(t, x, "Extensive experience with embedded C and RTOS internals."))
}

// A company sentence that mentions experience is still the company's; one
// that says what it asks for is a requirement, however it opens.
func TestExtractCompanyTextThatMentionsExperience(t *testing.T) {
	x, err := extract.Description("Requirements:\n" +
		"- Our founders have decades of experience building payment networks across Africa\n" +
		"- We run everything on Elixir, so fluency in functional programming is essential\n" +
		"- Opportunity to travel to our Lagos and Nairobi offices twice a year\n" +
		"- Experience with ISO 8583 message formats\n")
	require.NoError(t, err)
	assert.Contains(t, sectionOf(t, x, "Our founders have decades of experience building payment networks across Africa"), "none:")
	assert.Contains(t, sectionOf(t, x, "Opportunity to travel to our Lagos and Nairobi offices twice a year"), "none:")
	assert.Equal(t, extract.SectionRequired, sectionOf(t, x, "We run everything on Elixir, so fluency in functional programming is essential"))
	assert.Equal(t, extract.SectionRequired, sectionOf(t, x, "Experience with ISO 8583 message formats"))
}
