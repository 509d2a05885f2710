// Package cli is the quals command line: it parses arguments, calls the
// library and prints. Run is the whole program, so tests drive it directly.
//
// Exit status: 0 success, 1 bad input (a posting or profile that does not
// load; the message names the file, line and field), 2 wrong usage (an
// unknown command or flag, a missing argument, a bad flag value).
package cli
