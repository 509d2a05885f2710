package text

import (
	"unicode"
	"unicode/utf8"
)

// class is what a character between tokens means to the tokenizer.
type class uint8

const (
	cOther  class = iota // a plain separator: quotes, $, %, @, NUL, invalid UTF-8...
	cWord                // starts a token
	cSpace               // horizontal whitespace
	cLine                // a line break
	cList                // list punctuation: , ; / ( ) [ ] |
	cBullet              // • · and other bullet glyphs: list punctuation, and a bullet when leading a line
	cLead                // - * – —: a bullet when leading a line, else a separator
	cStop                // . ! ? : end a sentence
)

var asciiClass = func() (t [utf8.RuneSelf]class) {
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = cWord, cWord
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = cWord
	}
	for _, c := range " \t" {
		t[c] = cSpace
	}
	for _, c := range "\n\r\v\f" {
		t[c] = cLine
	}
	for _, c := range ",;/()[]|" {
		t[c] = cList
	}
	for _, c := range "-*" {
		t[c] = cLead
	}
	for _, c := range ".!?:" {
		t[c] = cStop
	}
	return t
}()

// classify returns the class of a non-ASCII rune.
func classify(r rune) class {
	if unicode.IsLetter(r) || unicode.IsDigit(r) {
		return cWord
	}
	switch r {
	case '•', '·', '▪', '◦', '‣', '●', '○', '■', '□', '►', '▸', '➢', '✓', '✔':
		return cBullet
	case '‐', '‑', '–', '—':
		return cLead
	case '\u0085', '\u2028', '\u2029':
		return cLine
	case '…', '。', '！', '？', '：':
		return cStop
	case '，', '、', '；', '（', '）', '［', '］', '｜', '／':
		return cList
	}
	if unicode.IsSpace(r) {
		return cSpace
	}
	return cOther
}

// isLetterAt reports whether a letter starts at s[i].
func isLetterAt(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	if c := s[i]; c < utf8.RuneSelf {
		return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r)
}

// isWordAt reports whether a letter or digit starts at s[i].
func isWordAt(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	if c := s[i]; c < utf8.RuneSelf {
		return asciiClass[c] == cWord
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// isUpperAt reports whether a capital letter starts at s[i].
func isUpperAt(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	if c := s[i]; c < utf8.RuneSelf {
		return 'A' <= c && c <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsUpper(r)
}
