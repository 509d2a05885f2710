// Package decode turns YAML and JSON documents into node trees that keep
// every value's line and column, and walks them into Go values while
// collecting every problem instead of stopping at the first.
//
// Postings (YAML or JSON) and profiles (JSON) share it so that both report
// errors the same way: file:line:column, the dotted field path, and a
// one-line message.
package decode
