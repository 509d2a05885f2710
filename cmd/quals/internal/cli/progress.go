package cli

import (
	"fmt"
	"io"
	"sync"
	"sync/atomic"
	"time"
)

// progressDelay is how long a run goes quietly before progress shows:
// short runs print nothing extra.
const progressDelay = 500 * time.Millisecond

// progress counts done items and, on a terminal, redraws "what: n/total"
// on one line of standard error until stopped.
type progress struct {
	done atomic.Int64
	quit chan struct{}
	wg   sync.WaitGroup
}

func startProgress(w io.Writer, what string, total int) *progress {
	p := &progress{quit: make(chan struct{})}
	if !isTerminal(w) {
		return p
	}
	w = raw(w) // the progress line is the program's own control: "\r", erase to end of line
	p.wg.Go(func() {
		start := time.NewTimer(progressDelay)
		defer start.Stop()
		select {
		case <-p.quit:
			return
		case <-start.C:
		}
		tick := time.NewTicker(100 * time.Millisecond)
		defer tick.Stop()
		for {
			fmt.Fprintf(w, "\rquals: %s %d/%d", what, p.done.Load(), total)
			select {
			case <-p.quit:
				fmt.Fprint(w, "\r\x1b[K")
				return
			case <-tick.C:
			}
		}
	})
	return p
}

func (p *progress) step() { p.done.Add(1) }

func (p *progress) stop() {
	close(p.quit)
	p.wg.Wait()
}
