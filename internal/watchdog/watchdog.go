// Package watchdog holds fuzz targets to a time limit: an input that takes
// longer than Limit fails, so a hang or a quadratic path is a finding of
// the fuzzer rather than a run that never ends. It is used by tests only.
package watchdog

import (
	"testing"
	"time"
)

// Limit is how long one fuzz input may take.
const Limit = time.Second

// Within runs f and fails t if it takes longer than Limit. f runs on its
// own goroutine; a hung f is left behind when the test fails.
func Within(t testing.TB, f func()) {
	t.Helper()
	done := make(chan struct{})
	go func() {
		defer close(done)
		f()
	}()
	timer := time.NewTimer(Limit)
	defer timer.Stop()
	select {
	case <-done:
	case <-timer.C:
		t.Fatalf("the input took more than %v", Limit)
	}
}

// Guard wraps a fuzz target of one argument in Within.
func Guard[A any](target func(*testing.T, A)) func(*testing.T, A) {
	return func(t *testing.T, a A) {
		t.Helper()
		Within(t, func() { target(t, a) })
	}
}

// Guard2 wraps a fuzz target of two arguments in Within.
func Guard2[A, B any](target func(*testing.T, A, B)) func(*testing.T, A, B) {
	return func(t *testing.T, a A, b B) {
		t.Helper()
		Within(t, func() { target(t, a, b) })
	}
}
