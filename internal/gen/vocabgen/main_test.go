package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/quals-dev/quals/vocab"
)

// sharedData is the staged source data next to the module, which users of
// the module do not have: the tests that need it skip without it.
const sharedData = "../../../../shared/data"

const vocabData = "../../../vocab/data"

// The committed generated files are what the generator writes from the
// sources and the curated YAML.
func TestGeneratedFilesAreUpToDate(t *testing.T) {
	if _, err := os.Stat(filepath.Join(sharedData, "cip2020")); err != nil {
		t.Skip("no ../shared/data: the generator's sources are not here")
	}
	files, stats, err := generate(options{data: sharedData, curated: vocabData})
	require.NoError(t, err)
	for _, s := range stats {
		t.Log(s)
	}
	dir := t.TempDir()
	for name, content := range files {
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), content, 0o644))
		committed, err := os.ReadFile(filepath.Join(vocabData, name))
		require.NoError(t, err)
		assert.True(t, string(committed) == string(content), "%s is out of date: run go generate ./vocab/...", name)
		d, err := vocab.LoadFile(filepath.Join(dir, name))
		require.NoError(t, err, name)
		assert.NotZero(t, len(d.Skills)+len(d.Fields)+len(d.Degrees), name)
	}
	again, _, err := generate(options{data: sharedData, curated: vocabData})
	require.NoError(t, err)
	assert.Equal(t, files, again, "the output is deterministic")
}

func TestSplitAcronym(t *testing.T) {
	for in, want := range map[string][2]string{
		"Microsoft SQL Server Integration Services SSIS":    {"Microsoft SQL Server Integration Services", "SSIS"},
		"Google Compute Engine (GCE)":                       {"Google Compute Engine", "GCE"},
		"Consolidated fire and smoke transport model CFAST": {"CFAST", "Consolidated fire and smoke transport model"},
		"Automated system for customs data ASYCUDA":         {"Automated system for customs data ASYCUDA", ""}, // Y, U: no initials
		"A programming language APL":                        {"APL", ""},
		"IBM Tivoli Access Management TAM":                  {"IBM Tivoli Access Management", "TAM"},
		"Chemicals and Irrigation CANDI":                    {"Chemicals and Irrigation CANDI", ""},
		"Adobe Photoshop":                                   {"Adobe Photoshop", ""},
	} {
		name, aliases := splitAcronym(in)
		alias := ""
		if len(aliases) > 0 {
			alias = aliases[0]
		}
		assert.Equal(t, want, [2]string{name, alias}, in)
	}
}

func TestNameShapes(t *testing.T) {
	for _, w := range []string{"Excel", "excel", "JIRA", "Kubernetes", "Go", "R"} {
		assert.True(t, plainWord(w), w)
	}
	for _, w := range []string{"PostgreSQL", "iOS", "InDesign", "k8s", "C++", "Node.js", "Visual Studio"} {
		assert.False(t, plainWord(w), w)
	}
	assert.Equal(t, "1:electronic", identity("electronics"))
	assert.NotEqual(t, identity("electronics"), identity("Electron"), "stemming joins them; identity does not")
	assert.Equal(t, identity("neural networks"), identity("Neural Network"))
}

func TestVariants(t *testing.T) {
	assert.Equal(t, []string{"information science", "information studies", "information science/studies"}, variants("information science/studies"))
	assert.Equal(t, []string{"family and consumer sciences", "human sciences", "family and consumer sciences/human sciences"},
		variants("family and consumer sciences/human sciences"))
	assert.Equal(t, []string{"computer science"}, variants("computer science"))
}
