package decode

import "github.com/quals-dev/quals/diag"

// The problem types are diag's; the decoder builds them.
type (
	Problem  = diag.Problem
	Problems = diag.Problems
	Severity = diag.Severity
	Kind     = diag.Kind
)

const (
	Error   = diag.Error
	Warning = diag.Warning

	ErrInvalid    = diag.ErrInvalid
	ErrSyntax     = diag.ErrSyntax
	ErrEncoding   = diag.ErrEncoding
	ErrLimit      = diag.ErrLimit
	ErrType       = diag.ErrType
	ErrUnknownKey = diag.ErrUnknownKey
	ErrDuplicate  = diag.ErrDuplicate
	ErrMissing    = diag.ErrMissing
	ErrEmpty      = diag.ErrEmpty
)
