package decode

import (
	"fmt"
	"io"
	"os"
)

// ReadFile reads a file, but never more than one byte past limit (or past
// DefaultLimits.MaxBytes when limit is 0), so that a huge file or a device
// such as /dev/zero is refused quickly by the size check instead of read
// whole.
func ReadFile(path string, limit int) ([]byte, error) {
	if limit <= 0 {
		limit = DefaultLimits.MaxBytes
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if st, err := f.Stat(); err == nil && st.IsDir() {
		return nil, fmt.Errorf("%s is a folder", path)
	}
	return io.ReadAll(io.LimitReader(f, int64(limit)+1))
}
