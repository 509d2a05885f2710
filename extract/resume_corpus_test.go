package extract_test

import (
	"encoding/csv"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/quals-dev/quals/extract"
	"github.com/quals-dev/quals/internal/measure"
	"github.com/quals-dev/quals/match"
	"github.com/quals-dev/quals/profile"
	"github.com/quals-dev/quals/requirements"
	"github.com/quals-dev/quals/vocab"
)

// Real résumés, read as text (../shared/data; the test skips without it):
// the 65 CV texts of the Vanetik & Kogan dataset (extracted from DOCX,
// two-column layouts flattened) and the 167 distinct résumé texts of the
// Kaggle résumé dataset (flattened, glued). They are measured, never
// copied into the project.

const sharedData = "../../shared/data"

type realCV struct{ name, text string }

func realCVs(t *testing.T) (vanetik, kaggle []realCV) {
	dir := filepath.Join(sharedData, "vanetik-vacancy-resume", "cv_txt")
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	if len(files) == 0 {
		t.Skipf("real-data corpus not available (%s)", dir)
	}
	sort.Slice(files, func(i, j int) bool { return cvNumber(files[i]) < cvNumber(files[j]) })
	for _, f := range files {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		vanetik = append(vanetik, realCV{filepath.Base(f), string(b)})
	}
	f, err := os.Open(filepath.Join(sharedData, "kaggle-resume-dataset", "UpdatedResumeDataSet.csv"))
	require.NoError(t, err)
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	require.NoError(t, err)
	seen := map[string]bool{}
	for _, row := range rows[1:] {
		if !seen[row[1]] {
			seen[row[1]] = true
			kaggle = append(kaggle, realCV{"kaggle " + row[0], row[1]})
		}
	}
	return vanetik, kaggle
}

func cvNumber(path string) int {
	n, _ := strconv.Atoi(strings.TrimSuffix(filepath.Base(path), ".txt"))
	return n
}

func TestRealResumesRead(t *testing.T) {
	vanetik, kaggle := realCVs(t)
	v := vocab.Default()
	for _, set := range []struct {
		name string
		cvs  []realCV
	}{{"Vanetik CVs", vanetik}, {"Kaggle résumés", kaggle}} {
		failed, dated, skills, degree, unread, lines := 0, 0, 0, 0, 0, 0
		for _, cv := range set.cvs {
			x, err := extract.Resume(cv.name, []byte(cv.text))
			if err != nil {
				failed++
				t.Logf("%s: %v", cv.name, err)
				continue
			}
			r := x.Resume
			if hasDatedWork(r) {
				dated++
			}
			if len(r.Skills) > 0 {
				skills++
			}
			for _, e := range r.Education {
				if v.Level(e.StudyType) != vocab.NoLevel {
					degree++
					break
				}
			}
			lines += len(x.Lines)
			unread += len(x.Unread())
			_ = profile.New(r) // and it indexes
		}
		n := len(set.cvs)
		pct := func(k int) float64 { return 100 * float64(k) / float64(n) }
		t.Logf("%s: %d read, %d failed; dated work %.1f%%, skills %.1f%%, a degree level %.1f%%; lines not read %.1f%%",
			set.name, n-failed, failed, pct(dated), pct(skills), pct(degree), 100*float64(unread)/float64(lines))
		if failed > 0 {
			t.Errorf("%s: %d of %d did not read", set.name, failed, n)
		}
	}
}

func hasDatedWork(r profile.Resume) bool {
	for _, w := range r.Work {
		if !w.StartDate.IsZero() {
			return true
		}
	}
	return false
}

// Vanetik's two annotators each ranked the five vacancies for 30 (and 20)
// of the CVs. The test reports Spearman's correlation of quals'
// RankPostings, and of a TF-IDF cosine in the same run, with each
// annotator, and the annotators' with each other.
func TestRankPostingsAgainstVanetikAnnotators(t *testing.T) {
	vanetik, _ := realCVs(t)
	base := filepath.Join(sharedData, "vanetik-vacancy-resume")
	ann1, ann2 := readAnnotations(t, filepath.Join(base, "annotations-for-the-first-30-vacancies.txt"))
	f, err := os.Open(filepath.Join(base, "5_vacancies.csv"))
	require.NoError(t, err)
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	require.NoError(t, err)
	var postings []*requirements.Posting
	var texts []string
	for i, row := range rows[1:] {
		x, err := extract.Description(row[2] + "\n\n" + row[1])
		require.NoError(t, err)
		x.Document.ID = "vacancy-" + strconv.Itoa(i+1)
		p, err := x.Document.Load("vacancy")
		require.NoError(t, err)
		postings = append(postings, p)
		texts = append(texts, row[2]+"\n"+row[1])
	}
	require.Len(t, postings, 5)
	var corpus []string
	for _, cv := range vanetik {
		corpus = append(corpus, cv.text)
	}
	tfidf := measure.NewTFIDF(append(corpus, texts...))
	asOf := match.AsOf(time.Date(2023, 6, 1, 0, 0, 0, 0, time.UTC)) // the dataset's year
	var q1, q2, b1, b2, agree []float64
	for i, ranks := range ann1 {
		x, err := extract.Resume(vanetik[i].name, []byte(vanetik[i].text))
		require.NoError(t, err)
		p := x.Profile(profile.WithID(strconv.Itoa(i + 1)))
		scores := make([]float64, 5)
		for _, r := range match.RankPostings(p, postings, asOf) {
			k, _ := strconv.Atoi(strings.TrimPrefix(r.Posting, "vacancy-"))
			scores[k-1] = r.Score
		}
		cosines := make([]float64, 5)
		for k := range texts {
			cosines[k] = tfidf.Cosine(vanetik[i].text, texts[k])
		}
		q1 = append(q1, measure.Spearman(scores, negate(ranks)))
		b1 = append(b1, measure.Spearman(cosines, negate(ranks)))
		if i < len(ann2) {
			q2 = append(q2, measure.Spearman(scores, negate(ann2[i])))
			b2 = append(b2, measure.Spearman(cosines, negate(ann2[i])))
			agree = append(agree, measure.Spearman(ranks, ann2[i]))
		}
	}
	t.Logf("Spearman with annotator 1 (%d CVs): quals %.3f, TF-IDF %.3f", len(q1), measure.Mean(q1), measure.Mean(b1))
	t.Logf("Spearman with annotator 2 (%d CVs): quals %.3f, TF-IDF %.3f", len(q2), measure.Mean(q2), measure.Mean(b2))
	t.Logf("the annotators with each other: %.3f", measure.Mean(agree))
}

// negate turns ranks (1 best) into scores (higher better).
func negate(ranks []float64) []float64 {
	out := make([]float64, len(ranks))
	for i, r := range ranks {
		out[i] = -r
	}
	return out
}

// readAnnotations reads the two annotators' arrays: per CV, the rank (1
// best) each of the five vacancies got.
func readAnnotations(t *testing.T, path string) (a1, a2 [][]float64) {
	src, err := os.ReadFile(path)
	require.NoError(t, err)
	s := string(src)
	i, j := strings.Index(s, "ANNOTATOR_1_RANKINGS"), strings.Index(s, "ANNOTATOR_2_RANKINGS")
	require.True(t, i >= 0 && j > i)
	return parseRankArrays(s[i:j]), parseRankArrays(s[j:])
}

var rankArray = regexp.MustCompile(`\[\s*(\d)\s*,\s*(\d)\s*,\s*(\d)\s*,\s*(\d)\s*,\s*(\d)\s*\]`)

func parseRankArrays(s string) [][]float64 {
	var out [][]float64
	for _, m := range rankArray.FindAllStringSubmatch(s, -1) {
		var r []float64
		for _, d := range m[1:] {
			n, _ := strconv.Atoi(d)
			r = append(r, float64(n))
		}
		out = append(out, r)
	}
	return out
}
