//go:build linux

package cli

import (
	"bytes"
	"io"
	"os"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
	"unsafe"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// openPTY opens a pseudo-terminal: what is written to tty can be read from
// master. The test is skipped where there is none.
func openPTY(t *testing.T) (master, tty *os.File) {
	t.Helper()
	master, err := os.OpenFile("/dev/ptmx", os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		t.Skipf("no pseudo-terminal: %v", err)
	}
	t.Cleanup(func() { master.Close() })
	var unlock int32
	if _, _, e := syscall.Syscall(syscall.SYS_IOCTL, master.Fd(), syscall.TIOCSPTLCK, uintptr(unsafe.Pointer(&unlock))); e != 0 {
		t.Skipf("unlocking the pseudo-terminal: %v", e)
	}
	var n uint32
	if _, _, e := syscall.Syscall(syscall.SYS_IOCTL, master.Fd(), syscall.TIOCGPTN, uintptr(unsafe.Pointer(&n))); e != 0 {
		t.Skipf("naming the pseudo-terminal: %v", e)
	}
	tty, err = os.OpenFile("/dev/pts/"+strconv.Itoa(int(n)), os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		t.Skipf("opening the pseudo-terminal: %v", err)
	}
	t.Cleanup(func() { tty.Close() })
	return master, tty
}

// runOnTerminal runs the command line with standard output on a terminal
// and returns what the terminal received.
func runOnTerminal(t *testing.T, args ...string) (int, string) {
	t.Helper()
	master, tty := openPTY(t)
	got := make(chan string)
	go func() {
		var b bytes.Buffer
		_, _ = io.Copy(&b, master) // ends with EIO once the tty is closed
		got <- b.String()
	}()
	var stderr bytes.Buffer
	code := Run(args, strings.NewReader(""), tty, &stderr)
	require.NoError(t, tty.Close())
	out := <-got
	require.Empty(t, stderr.String())
	return code, strings.ReplaceAll(out, "\r\n", "\n")
}

// --color auto colours the text on a terminal, unless NO_COLOR is set to
// something.
func TestMatchColorAutoOnATerminal(t *testing.T) {
	args := []string{"match", "--posting", examplePosting, "--profile", exampleProfile("chen-wei"), "--as-of", asOf}
	tests := []struct {
		name, color, noColor string // noColor "-" leaves it unset
		want                 bool
	}{
		{"auto", "auto", "-", true},
		{"auto with NO_COLOR", "auto", "1", false},
		// no-color.org: only a NO_COLOR that is "present and not an empty
		// string" turns colour off.
		{"auto with an empty NO_COLOR", "auto", "", true},
		{"never", "never", "-", false},
		{"always with NO_COLOR", "always", "1", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.noColor == "-" {
				// Unset NO_COLOR for the test, restoring it after.
				t.Setenv("NO_COLOR", "")
				require.NoError(t, os.Unsetenv("NO_COLOR"))
			} else {
				t.Setenv("NO_COLOR", tt.noColor)
			}
			code, out := runOnTerminal(t, append(args, "--color", tt.color)...)
			require.Equal(t, exitOK, code)
			assert.Contains(t, out, "Chen Wei (chen-wei)")
			if tt.want {
				assert.Contains(t, out, "\x1b[")
			} else {
				assert.NotContains(t, out, "\x1b")
			}
		})
	}
}

// Output to /dev/null, a character device but not a terminal, is not
// coloured: isTerminal must not take any character device for a terminal.
func TestIsTerminal(t *testing.T) {
	devNull, err := os.OpenFile(os.DevNull, os.O_WRONLY, 0)
	require.NoError(t, err)
	defer devNull.Close()
	assert.False(t, isTerminal(devNull), "/dev/null is not a terminal")
	assert.False(t, isTerminal(&bytes.Buffer{}))
	f, err := os.CreateTemp(t.TempDir(), "out")
	require.NoError(t, err)
	defer f.Close()
	assert.False(t, isTerminal(f), "a regular file is not a terminal")

	_, tty := openPTY(t)
	assert.True(t, isTerminal(tty))
}

// Progress shows on a terminal only after progressDelay, counts the done
// items and erases its line when stopped.
func TestProgressOnATerminal(t *testing.T) {
	master, tty := openPTY(t)
	got := make(chan string)
	go func() {
		var b bytes.Buffer
		_, _ = io.Copy(&b, master)
		got <- b.String()
	}()
	p := startProgress(tty, "loading profiles", 3)
	p.step()
	time.Sleep(progressDelay + time.Second) // generous: a loaded machine wakes the printer late
	p.step()
	p.stop()
	require.NoError(t, tty.Close())
	out := <-got
	assert.Contains(t, out, "\rquals: loading profiles 1/3")
	assert.True(t, strings.HasSuffix(out, "\r\x1b[K"), "the line is erased: %q", out)
}

// A short run prints nothing, and nothing at all goes to a non-terminal.
func TestProgressQuiet(t *testing.T) {
	t.Run("short run on a terminal", func(t *testing.T) {
		master, tty := openPTY(t)
		got := make(chan string)
		go func() {
			var b bytes.Buffer
			_, _ = io.Copy(&b, master)
			got <- b.String()
		}()
		p := startProgress(tty, "loading profiles", 3)
		p.step()
		p.stop()
		require.NoError(t, tty.Close())
		assert.Empty(t, <-got)
	})
	t.Run("not a terminal", func(t *testing.T) {
		var b bytes.Buffer
		p := startProgress(&b, "loading profiles", 3)
		time.Sleep(progressDelay + 200*time.Millisecond)
		p.step()
		p.stop()
		assert.Empty(t, b.String())
	})
}
