package extract_test

import (
	"testing"

	"github.com/quals-dev/quals/extract"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestExtractIDsReadLikeContent(t *testing.T) {
	x, err := extract.Description(`Requirements:
- Proficiency in Python or Java
- PhD in Computer Science or a related field
- 7+ years of experience in backend development
- 3 years of relevant experience
- Experience with AWS, Docker and Kubernetes
- Master's degree in Statistics or equivalent practical experience
- Fluent in German
- Proficiency in Python or Java
- A genuine curiosity about how warehouses run
`)
	require.NoError(t, err)
	var ids []string
	for _, r := range x.Document.Required {
		ids = append(ids, r.ID)
	}
	assert.Equal(t, []string{
		"python-or-java",
		"phd-computer-science",
		"years-backend-development-7",
		"years-3",
		"experience-aws-and-docker",
		"master-statistics-or-experience",
		"german",
		"python-or-java-2",
		"genuine-curiosity-warehouses-run",
	}, ids)
}
