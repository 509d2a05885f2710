package snapshot

import (
	"math"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestReadsBackWhatWasWritten(t *testing.T) {
	w := NewWriter("test 1\n")
	w.Uint(0)
	w.Uint(math.MaxUint64)
	w.Int(math.MinInt32)
	w.Int(-1)
	w.Int(math.MaxInt32)
	w.Bool(true)
	w.Bool(false)
	w.String("")
	w.String("Zürich\x00\xff")
	w.Strings(nil)
	w.Strings([]string{"a", "", "b c"})

	r := NewReader(string(w.Bytes()), "test 1\n")
	require.Equal(t, uint64(0), r.Uint())
	require.Equal(t, uint64(math.MaxUint64), r.Uint())
	require.Equal(t, int32(math.MinInt32), r.Int())
	require.Equal(t, int32(-1), r.Int())
	require.Equal(t, int32(math.MaxInt32), r.Int())
	require.True(t, r.Bool())
	require.False(t, r.Bool())
	require.Equal(t, "", r.String())
	require.Equal(t, "Zürich\x00\xff", r.String())
	require.Nil(t, r.Strings())
	require.Equal(t, []string{"a", "", "b c"}, r.Strings())
	require.NoError(t, r.Err())
}

func TestDamageIsReportedNotRead(t *testing.T) {
	w := NewWriter("m\n")
	w.Strings([]string{"one", "two"})
	good := string(w.Bytes())

	r := NewReader("x\n", "m\n")
	require.Nil(t, r.Strings())
	require.Error(t, r.Err(), "wrong magic")

	r = NewReader(good[:len(good)-1], "m\n")
	r.Strings()
	require.ErrorIs(t, r.Err(), ErrMalformed, "cut short")

	r = NewReader(good+"?", "m\n")
	r.Strings()
	require.Error(t, r.Err(), "bytes left over")

	// A length far past the end asks for nothing.
	w = NewWriter("m\n")
	w.Uint(1 << 40)
	r = NewReader(string(w.Bytes()), "m\n")
	require.Nil(t, r.Strings())
	require.ErrorIs(t, r.Err(), ErrMalformed)

	// A number over 32 bits is not an Int.
	w = NewWriter("m\n")
	w.Uint(1 << 40)
	r = NewReader(string(w.Bytes()), "m\n")
	require.Equal(t, int32(0), r.Int())
	require.ErrorIs(t, r.Err(), ErrMalformed)

	// An unterminated varint.
	r = NewReader("m\n\xff\xff", "m\n")
	require.Equal(t, uint64(0), r.Uint())
	require.ErrorIs(t, r.Err(), ErrMalformed)
}

func FuzzReader(f *testing.F) {
	w := NewWriter("m\n")
	w.Strings([]string{"one", "two"})
	w.Int(-5)
	f.Add(string(w.Bytes()))
	f.Fuzz(func(t *testing.T, src string) {
		r := NewReader(src, "m\n")
		for range 4 {
			r.Strings()
			r.Int()
			r.Bool()
		}
		_ = r.Err()
	})
}
