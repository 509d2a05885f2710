package text

import "unicode/utf8"

// maxItemTokens is the most tokens an input may hold to count as a single
// short item, such as a skills field reading "Go" or "Machine Learning".
const maxItemTokens = 3

// Tokens appends the tokens of s to dst and returns it. It allocates only
// to grow dst and for words its stem cache has not seen yet.
func (a *Analyzer) Tokens(dst []Token, s string) []Token {
	base := len(dst)
	var (
		sentence   = true  // the next token starts a sentence, line or item
		lineStart  = true  // only spaces since the line began: - and * are bullets
		listBefore = false // the last non-space before the next token was list punctuation
		lookAhead  = false // no non-space yet after the previous token: list punctuation marks it
		soft       = false // an abbreviation's period: the next token starts a sentence if capitalized
		softAt     = -1    // offset of that period
		softNever  = false // the period is part of e.g. or i.e.
		prevEnd    = 0
	)
	for i := 0; i < len(s); {
		c := s[i]
		cls, size := cOther, 1
		if c < utf8.RuneSelf {
			cls = asciiClass[c]
			if c == '.' && startsDotted(s, i) {
				cls = cWord
			}
		} else if r, n := utf8.DecodeRuneInString(s[i:]); r != utf8.RuneError || n > 1 {
			cls, size = classify(r), n
		}

		switch cls {
		case cWord:
			end, sh := scanToken(s, i)
			w := s[i:end]
			if len(dst) > base && isHyphen(s[prevEnd:i]) {
				dst[len(dst)-1].HyphenNext = true
			}
			dst = append(dst, Token{
				Start:         i,
				End:           end,
				Term:          a.term(w, sh),
				Keyword:       sh.keyword(),
				SentenceStart: sentence || soft && isUpperAt(w, firstLetter(w)),
				ListMark:      listBefore,
			})
			sentence, lineStart, listBefore, lookAhead, soft = false, false, false, true, false
			softAt = -1
			if end < len(s) && s[end] == '.' {
				var isSoft bool
				if isSoft, softNever = abbreviationDot(w); isSoft || softNever {
					softAt = end
				}
			}
			prevEnd = end
			i = end
			continue
		case cSpace:
			// Spaces change nothing, not even lineStart.
		case cLine:
			sentence, lineStart, lookAhead = true, true, false
		case cList, cBullet, cLead:
			bullet := cls != cList && lineStart
			if cls == cLead && !bullet {
				listBefore, lookAhead, lineStart = false, false, false // a dash or star mid-line
				break
			}
			if lookAhead {
				dst[len(dst)-1].ListMark = true
			}
			sentence = sentence || bullet
			listBefore, lookAhead, lineStart = true, false, false
		case cStop:
			switch {
			case i == softAt:
				soft = !softNever
			case c == ':' && i > 0 && isDigit(s[i-1]) && i+1 < len(s) && isDigit(s[i+1]):
				// a time or ratio: 10:30
			default:
				sentence = true
			}
			listBefore, lookAhead, lineStart = false, false, false
		default:
			listBefore, lookAhead, lineStart = false, false, false
		}
		i += size
	}

	// A lone short item (a skills field) is a list entry in itself.
	if n := len(dst) - base; n > 0 && n <= maxItemTokens {
		for _, t := range dst[base+1:] {
			if t.SentenceStart {
				return dst
			}
		}
		for j := base; j < len(dst); j++ {
			dst[j].ListMark = true
		}
	}
	return dst
}

// firstLetter returns the offset of w's first letter, past a leading '.'.
func firstLetter(w string) int {
	if w != "" && w[0] == '.' {
		return 1
	}
	return 0
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }
