package match

import (
	"encoding/json"
	"io"
)

// WriteJSON writes v (a Result or a []Result) as indented JSON with a final
// newline. The output is byte-identical for identical inputs.
func WriteJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

var marks = map[Status]string{Met: "✓", Partial: "~", Missing: "✗", Unknown: "?"}

// Mark is the one-character sign of a status used by the text rendering.
func Mark(s Status) string { return marks[s] }

// RenderOption changes how a result is written for people.
type RenderOption func(*renderConfig)

type renderConfig struct {
	color bool
}

// Colored marks statuses and verdicts with ANSI colours, for a terminal.
func Colored() RenderOption { return func(c *renderConfig) { c.color = true } }

func newRenderConfig(opts []RenderOption) renderConfig {
	var c renderConfig
	for _, o := range opts {
		o(&c)
	}
	return c
}

var (
	statusColors  = map[Status]string{Met: "32", Partial: "33", Missing: "31", Unknown: "36"}
	verdictColors = map[Verdict]string{Eligible: "1;32", NeedsInfo: "1;36", Ineligible: "1;31"}
)

// paint wraps s in the ANSI colour code when colour is on.
func (c renderConfig) paint(code, s string) string {
	if !c.color || code == "" {
		return s
	}
	return "\x1b[" + code + "m" + s + "\x1b[0m"
}
