package extract_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/quals-dev/quals/extract"
)

// Layouts careers pages produce when their markup is stripped, each
// written here in wording of its own: every line of the want list must
// become a requirement in its section. (A qualification paragraph of up to
// 200 bytes stays one requirement; longer ones are read item by item.)
func TestExtractStrippedLayouts(t *testing.T) {
	for _, tt := range []struct {
		name, text string
		want       map[string]string // line → section
	}{{
		name: "middle dots glued to the item before",
		text: "Who we need:\n· A degree in geology or hydrology· 3+ years of field survey work.· Working knowledge of ArcGIS· Valid driving licence",
		want: map[string]string{
			"A degree in geology or hydrology": extract.SectionRequired,
			"3+ years of field survey work.":   extract.SectionRequired,
			"Working knowledge of ArcGIS":      extract.SectionRequired,
		},
	}, {
		name: "a capitalized heading inside running text",
		text: "You will own the billing roadmap and report to the VP of product Requirements Experience shipping B2B payments products Ability to read SQL",
		want: map[string]string{"Experience shipping B2B payments products Ability to read SQL": extract.SectionRequired},
	}, {
		name: "a colon heading glued to the sentence before",
		text: "We keep the lights on for 200 clinics.Core requirements:Registered nurse licence in Ontario. Two years of triage experience.",
		want: map[string]string{"Registered nurse licence in Ontario. Two years of triage experience.": extract.SectionRequired},
	}, {
		name: "a typographic apostrophe in a glued heading",
		text: "Our studio makes mobile games.What You’ll BringExperience with Unity and C# on shipped titles.",
		want: map[string]string{"Experience with Unity and C# on shipped titles.": extract.SectionRequired},
	}, {
		name: "a heading glued to a sentence end before bullets",
		text: "You will tune our inference fleet every week.Requirements• Deep knowledge of CUDA kernels• Rust or C++ in production",
		want: map[string]string{
			"Deep knowledge of CUDA kernels": extract.SectionRequired,
			"Rust or C++ in production":      extract.SectionRequired,
		},
	}, {
		name: "sentences whose spaces were lost",
		text: "Requirements:\nBachelor's degree in accounting or finance.4+ years of audit experience at a public firm.Strong command of IFRS and local GAAP, with a record of leading client engagements end to end.Fluent written and spoken French.",
		want: map[string]string{
			"Bachelor's degree in accounting or finance.":    extract.SectionRequired,
			"4+ years of audit experience at a public firm.": extract.SectionRequired,
		},
	}, {
		name: "list items run together without bullets or stops",
		text: "Qualifications\nDegree in mechanical engineering or a related discipline Experience with finite element analysis in ANSYS or Abaqus Knowledge of GD&T and tolerance stacks on machined parts Ability to travel to supplier sites up to a quarter of the time",
		want: map[string]string{
			"Degree in mechanical engineering or a related discipline":        extract.SectionRequired,
			"Experience with finite element analysis in ANSYS or Abaqus":      extract.SectionRequired,
			"Knowledge of GD&T and tolerance stacks on machined parts":        extract.SectionRequired,
			"Ability to travel to supplier sites up to a quarter of the time": extract.SectionRequired,
		},
	}, {
		name: "a name in capitals run into the next item",
		text: "Requirements:\nHands-on experience operating KafkaExperience running PostgreSQL and TimescaleDB at scale in a regulated industry such as banking or insurance, with on-call duty shared across the team and clear runbooks",
		want: map[string]string{
			"Hands-on experience operating Kafka.": extract.SectionRequired,
			"Experience running PostgreSQL and TimescaleDB at scale in a regulated industry such as banking or insurance, with on-call duty shared across the team and clear runbooks": extract.SectionRequired,
		},
	}, {
		name: "items glued after a name, a parenthesis or a number of years",
		text: "Requirements:\nFamiliarity with job orchestration tools like Airflow.Knowledge of query tuning on large Postgres clusters (we run Citus)Experience with data contracts between producer and consumer teams, and OOP languages4+ years of backend work in a product company",
		want: map[string]string{
			"Familiarity with job orchestration tools like Airflow.":                                 extract.SectionRequired,
			"Knowledge of query tuning on large Postgres clusters (we run Citus).":                   extract.SectionRequired,
			"Experience with data contracts between producer and consumer teams, and OOP languages.": extract.SectionRequired,
			"4+ years of backend work in a product company":                                          extract.SectionRequired,
		},
	}, {
		name: "a one-word second-person heading",
		text: "Data engineer, Lisbon\nYou:\nHave built batch pipelines in Spark or Flink\nWrite clear, tested Python",
		want: map[string]string{
			"Have built batch pipelines in Spark or Flink": extract.SectionRequired,
			"Write clear, tested Python":                   extract.SectionRequired,
		},
	}, {
		name: "a technologies heading over bare names",
		text: "Platform engineer\nTechnologies:\nTerraform\nGoogle Cloud\nKubernetes",
		want: map[string]string{"Terraform": extract.SectionRequired, "Kubernetes": extract.SectionRequired},
	}, {
		name: "a trailing keyword line",
		text: "We are growing our analytics team and need help with dashboards.\nRelevant keywords: Tableau, dbt, Snowflake",
		want: map[string]string{"Tableau, dbt, Snowflake": extract.SectionPreferred},
	}, {
		name: "a long title-case heading before a run of spaces",
		text: "Field technician\nIt Would Help If You Had Some Or All Of These      Experience servicing HVAC rooftop units",
		want: map[string]string{"Experience servicing HVAC rooftop units": extract.SectionRequired},
	}} {
		t.Run(tt.name, func(t *testing.T) {
			x, err := extract.Description(tt.text)
			require.NoError(t, err)
			for line, section := range tt.want {
				assert.Equal(t, section, sectionOf(t, x, line), line)
			}
		})
	}
}

// A pay heading that the page ran into the rest of its text holds only
// its own sentence: what follows is read for what it says.
func TestExtractPayHeadingRunIntoText(t *testing.T) {
	x, err := extract.Description("Salary: $95,000 - $120,000 per year plus a yearly bonus tied to the plan. " +
		"We are a family-owned logistics firm in Ohio with three warehouses and a growing fleet of our own. " +
		"Experience with warehouse management systems such as Manhattan or Blue Yonder is required.")
	require.NoError(t, err)
	assert.Equal(t, "none:"+extract.SectionSalary, sectionOf(t, x, "$95,000 - $120,000 per year plus a yearly bonus tied to the plan."))
	assert.Equal(t, extract.SectionRequired, sectionOf(t, x, "Experience with warehouse management systems such as Manhattan or Blue Yonder is required."))
}

// A long paragraph after a section's list is the prose that followed it:
// its sentences are requirements only when they read as ones.
func TestExtractProseAfterTheList(t *testing.T) {
	x, err := extract.Description("What you need:\n- 5+ years of Go\n- Experience with gRPC and Protocol Buffers\n" +
		"Harbor Freightworks moves a tenth of the grain that leaves the Great Lakes each autumn. " +
		"Our dispatch software runs on a fleet of a few hundred barges and the trucks that meet them. " +
		"Familiarity with maritime AIS data is needed for the tracking work. " +
		"The office is a short walk from the river and we keep a small library of shipping history.")
	require.NoError(t, err)
	assert.Equal(t, extract.SectionRequired, sectionOf(t, x, "Experience with gRPC and Protocol Buffers"))
	assert.Equal(t, extract.SectionRequired, sectionOf(t, x, "Familiarity with maritime AIS data is needed for the tracking work."))
	for _, prose := range []string{
		"Harbor Freightworks moves a tenth of the grain that leaves the Great Lakes each autumn.",
		"The office is a short walk from the river and we keep a small library of shipping history.",
	} {
		assert.Equal(t, "none:"+extract.SectionOther, sectionOf(t, x, prose), prose)
	}
}

// The title line is not a qualification, whatever degrees it names, and
// notes to applicants, hashtags and pay sentences are not either.
func TestExtractTitleAndNotesAreNotRequirements(t *testing.T) {
	x, err := extract.Description("Research Scientist, PhD, Early Career, Robotics, 2026 Start\n" +
		"We are hiring for our manipulation group.\n" +
		"Qualifications:\n" +
		"- PhD in robotics, computer science or mechanical engineering\n" +
		"- You do not need to meet every qualification below to be considered\n" +
		"- Within the range, individual pay is determined by location and experience\n" +
		"- #robotics #hiring #research\n")
	require.NoError(t, err)
	assert.Equal(t, extract.SectionRequired, sectionOf(t, x, "PhD in robotics, computer science or mechanical engineering"))
	// The title says the kind of role, and nothing else.
	for _, r := range x.Document.Required {
		if r.Text == "Research Scientist, PhD, Early Career, Robotics, 2026 Start" {
			assert.Equal(t, "role", r.Key(), "the title makes a role requirement only")
		}
	}
	for _, line := range []string{
		"You do not need to meet every qualification below to be considered",
		"Within the range, individual pay is determined by location and experience",
		"#robotics #hiring #research",
	} {
		assert.Contains(t, sectionOf(t, x, line), "none:", line)
	}
}
