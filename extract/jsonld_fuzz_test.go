package extract_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/quals-dev/quals/internal/watchdog"

	"github.com/quals-dev/quals/extract"
)

// FuzzExtractJobPosting checks that no input panics, that an extraction
// without an error loads, and that an error comes with no requirements or
// with a document that does not load (a hostile size).
func FuzzExtractJobPosting(f *testing.F) {
	names, _ := filepath.Glob(filepath.Join("testdata", "jsonld", "*"))
	for _, name := range names {
		src, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(src)
	}
	for _, s := range []string{
		"",
		"{}",
		"[]",
		"null",
		`{"@type": "JobPosting"}`,
		`{"@graph": [{"@id": "a", "@type": "JobPosting", "hiringOrganization": {"@id": "a"}, "title": "x", "skills": {"@id": "a"}}]}`,
		`{"@type": "JobPosting", "educationRequirements": [{"credentialCategory": {"@id": "b"}}], "experienceInPlaceOfEducation": true, "experienceRequirements": {"monthsOfExperience": "1e308"}}`,
		`{"@type": "JobPosting", "skills": "\u0000\u001b, \u2028", "title": "\ufeff"}`,
		`{"@type": "JobPosting", "jobStartDate": "2026-02-30", "jobLocation": "x, y, z, w"}`,
		`<script type="application/ld+json">{"@type": "JobPosting", "qualifications": "<ul><li>Go`,
		`<script type="application/ld+json"><!--`,
		"<p>&lt;li&gt;",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(watchdog.Guard(func(t *testing.T, src []byte) {
		_ = extract.IsJobPosting(src)
		x, err := extract.JobPosting(src)
		if x == nil {
			if err == nil {
				t.Fatal("no extraction and no error")
			}
			return
		}
		if err != nil {
			if len(x.Document.Required)+len(x.Document.Preferred) == 0 {
				return // nothing to require: said by the error
			}
			if _, lerr := x.Document.Load("fuzz.yaml"); lerr == nil {
				t.Fatalf("an error (%v) for a document that loads", err)
			}
			return
		}
		if len(x.Document.Required)+len(x.Document.Preferred) == 0 {
			t.Fatal("no requirement and no error")
		}
		if _, lerr := x.Document.Load("fuzz.yaml"); lerr != nil {
			t.Fatalf("the extracted document does not load: %v", lerr)
		}
	}))
}
