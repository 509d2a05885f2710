package profile

import (
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/quals-dev/quals/internal/decode"
	"github.com/quals-dev/quals/vocab"
)

// check reports what reads well as JSON but cannot be right: a period that
// ends before it starts is an error (matching would read it as empty); a
// country the vocabulary does not know is a warning (matching compares it
// as written, which rarely meets a posting's country).
func check(w *decode.Walker, root *yaml.Node, r *Resume, v *vocab.Vocabulary) {
	period := func(start, end Date, path ...any) {
		if start.IsZero() || end.IsZero() || end.d.Last() >= start.d.First() {
			return
		}
		at := decode.Find(root, path...)
		w.Errorf(at, pathString(path), "ends (%s) before it starts (%s)", end, start)
	}
	for i, e := range r.Work {
		period(e.StartDate, e.EndDate, "work", i, "endDate")
	}
	for i, e := range r.Volunteer {
		period(e.StartDate, e.EndDate, "volunteer", i, "endDate")
	}
	for i, e := range r.Projects {
		period(e.StartDate, e.EndDate, "projects", i, "endDate")
	}
	for i, e := range r.Education {
		period(e.StartDate, e.EndDate, "education", i, "endDate")
	}
	for i, a := range r.Availability {
		period(a.Start, a.End, "availability", i, "end")
	}

	country := func(s string, path ...any) {
		if strings.TrimSpace(s) == "" {
			return
		}
		if _, ok := v.Country(s); !ok {
			w.Warnf(decode.Find(root, path...), pathString(path), "unknown country %q; write its ISO code (US, DE) or name", s)
		}
	}
	country(r.Basics.Location.CountryCode, "basics", "location", "countryCode")
	for i, a := range r.WorkAuthorization {
		country(a.Country, "workAuthorization", i, "country")
		if strings.TrimSpace(a.Country) == "" {
			w.Failf(decode.ErrMissing, decode.Find(root, "workAuthorization", i), pathString([]any{"workAuthorization", i}), "needs the country the candidate may work in")
		}
	}
}

// pathString writes a Find path the way problems name fields: "work[2].endDate".
func pathString(path []any) string {
	s := ""
	for _, step := range path {
		switch x := step.(type) {
		case string:
			s = decode.Join(s, x)
		case int:
			s = decode.Index(s, x)
		}
	}
	return s
}
