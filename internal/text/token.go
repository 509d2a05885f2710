package text

// Token is one word of an input with the byte span it came from.
type Token struct {
	Start, End int    // byte offsets: input[Start:End] is the token's surface form
	Term       string // normalized form: lowercase, stemmed with the analyzer's snowball stemmer unless Keyword
	// Keyword marks tokens holding symbols or digits (C++, C#, .NET,
	// Node.js, B.Sc, 3D, k8s, R&D): their terms are lowercased, never
	// stemmed, since stemming would mangle names.
	Keyword bool
	// SentenceStart marks the first token of the input, of a sentence (after
	// . ! ? :), of a line, or of a bullet item. Capitalization there says
	// nothing about whether a word is a name.
	SentenceStart bool
	// HyphenNext marks a token immediately followed by '-' and another
	// token ("go-to", "real-time").
	HyphenNext bool
	// ListMark marks a token that touches list punctuation: preceded or
	// followed, ignoring spaces, by , ; / ( ) [ ] | • · or a line-leading
	// bullet; or every token when the input is a single short item (at most
	// three tokens in one sentence, like a skills field reading "Go").
	// Looking back skips line breaks too (a list may wrap after a comma);
	// looking ahead stops at one, so the last word of a bullet line is not
	// marked by the next line's bullet.
	ListMark bool
}
