package match_test

// Does the score rank by fit? Nine candidates of different kinds, written
// for this test (testdata/kinds), are matched against the real Google
// postings of nine job categories (../shared/data/google-job-skills; the
// test skips without it), each posting composed in one of three layouts
// (see compose). For each candidate, the postings of its own
// category should score above the others: the test reports the ROC AUC of
// quals' score and, in the same run, of a plain TF-IDF cosine of the two
// texts. It measures; the categories are Google's own, and nothing here is
// tuned to them.

import (
	"encoding/csv"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/quals-dev/quals/extract"
	"github.com/quals-dev/quals/internal/measure"
	"github.com/quals-dev/quals/match"
	"github.com/quals-dev/quals/profile"
	"github.com/quals-dev/quals/requirements"
)

// candidateKinds pairs each test candidate with the Google category its
// own postings are in.
var candidateKinds = []struct{ file, category string }{
	{"software-engineer.json", "Software Engineering"},
	{"hardware-engineer.json", "Hardware Engineering"},
	{"sales.json", "Sales & Account Management"},
	{"marketing.json", "Marketing & Communications"},
	{"finance.json", "Finance"},
	{"ux-designer.json", "User Experience & Design"},
	{"recruiter.json", "People Operations"},
	{"lawyer.json", "Legal & Government Relations"},
	{"program-manager.json", "Program Management"},
}

type categorized struct {
	category string
	text     string
	posting  *requirements.Posting
}

func readCategorizedPostings(t *testing.T) []categorized {
	path := filepath.Join("..", "..", "shared", "data", "google-job-skills", "job_skills.csv")
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("real-data corpus not available (%s): %v", path, err)
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.Comma = ';'
	r.LazyQuotes = true
	r.FieldsPerRecord = -1
	wanted := map[string]bool{}
	for _, k := range candidateKinds {
		wanted[k.category] = true
	}
	var out []categorized
	row := 0
	seen := map[string]bool{}
	for first := true; ; first = false {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		require.NoError(t, err)
		if first || len(rec) < 7 || !wanted[rec[2]] {
			continue
		}
		// The data repeats postings (one intern posting 30 times, per
		// country); each counts once, or a few would weigh as many.
		if key := strings.Join(rec[1:7], "\x00"); seen[key] {
			continue
		} else {
			seen[key] = true
		}
		row++
		doc := compose(row%3, rec[1], lines(rec[4]), lines(rec[5]), lines(rec[6]))
		x, err := extract.Description(doc)
		if err != nil {
			continue // nothing to match: counted below
		}
		p, err := x.Document.Load("google")
		require.NoError(t, err)
		out = append(out, categorized{category: rec[2], text: doc, posting: p})
	}
	return out
}

func lines(s string) []string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}

// compose writes a posting in one of three layouts people paste: the
// careers site's own headings and bullets; a job board's, with other
// headings, prose duties and "•" bullets; and a run-on paste where the
// headings are glued to the items and the items to each other.
func compose(layout int, title string, duties, minimum, preferred []string) string {
	switch layout {
	case 1:
		return title + "\n\nAbout the role\n" + strings.Join(duties, " ") +
			"\n\nWhat you'll need\n• " + strings.Join(minimum, "\n• ") +
			"\n\nNice to have\n• " + strings.Join(preferred, "\n• ") + "\n"
	case 2:
		return title + "\nResponsibilities" + strings.Join(duties, " ") +
			"Minimum qualifications:" + strings.Join(minimum, "") +
			"Preferred qualifications:" + strings.Join(preferred, "") + "\n"
	}
	return title + "\n\nResponsibilities:\n- " + strings.Join(duties, "\n- ") +
		"\nMinimum qualifications:\n- " + strings.Join(minimum, "\n- ") +
		"\nPreferred qualifications:\n- " + strings.Join(preferred, "\n- ") + "\n"
}

func TestScoreRanksByFit(t *testing.T) {
	postings := readCategorizedPostings(t)
	require.NotEmpty(t, postings)
	texts := make([]string, len(postings))
	for i, p := range postings {
		texts[i] = p.text
	}
	tfidf := measure.NewTFIDF(texts)
	var quals, plain []float64
	t.Logf("%d postings in %d categories", len(postings), len(candidateKinds))
	t.Logf("%-24s %-28s %5s %5s %8s %8s", "candidate", "own category", "own", "other", "quals", "TF-IDF")
	for _, k := range candidateKinds {
		src, err := os.ReadFile(filepath.Join("testdata", "kinds", k.file))
		require.NoError(t, err)
		c, err := profile.Parse(k.file, src)
		require.NoError(t, err)
		require.Empty(t, c.Warnings(), k.file)
		var scores, cosines []float64
		var own []bool
		for _, p := range postings {
			scores = append(scores, match.Match(c, p.posting, match.AsOf(asOf)).Score)
			cosines = append(cosines, tfidf.Cosine(string(src), p.text))
			own = append(own, p.category == k.category)
		}
		q, tf := measure.AUC(scores, own), measure.AUC(cosines, own)
		quals, plain = append(quals, q), append(plain, tf)
		n := 0
		for _, o := range own {
			if o {
				n++
			}
		}
		t.Logf("%-24s %-28s %5d %5d %8.3f %8.3f", strings.TrimSuffix(k.file, ".json"), k.category, n, len(own)-n, q, tf)
	}
	t.Logf("%-24s %-28s %5s %5s %8.3f %8.3f", "mean", "", "", "", measure.Mean(quals), measure.Mean(plain))
	// A floor, not the goal (issue 12 asks ≥ 0.75 each and at least
	// TF-IDF's mean): the score must rank a candidate's own postings above
	// chance.
	for i, q := range quals {
		if q <= 0.5 {
			t.Errorf("%s: AUC %.3f, no better than chance", candidateKinds[i].file, q)
		}
	}
}
