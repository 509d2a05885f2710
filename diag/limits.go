package diag

// Limits bound what a document may hold, so a hostile input fails fast with
// a clear error instead of using unbounded time or memory. A zero field
// means no limit of that kind.
type Limits struct {
	MaxBytes      int // size of the whole document
	MaxDepth      int // nesting of mappings and lists
	MaxValues     int // values in the document, counting each expansion of a YAML alias
	MaxValueBytes int // one text value (a key, a highlight, a name)
	MaxItems      int // items in one list (requirements, names, work entries, highlights)
}

// DefaultLimits returns the limits every loader uses unless told otherwise.
// They are generous for any real posting or résumé: 4 MiB, 64 levels,
// 200,000 values, 64 KiB a value, 10,000 items a list.
func DefaultLimits() Limits {
	return Limits{MaxBytes: 4 << 20, MaxDepth: 64, MaxValues: 200_000, MaxValueBytes: 64 << 10, MaxItems: 10_000}
}
