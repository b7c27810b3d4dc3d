package sqlite

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"dossier/app"
)

// closers may follow a sentence's final mark.
const closers = `"')]”’»`

// sentenceOf returns the sentence around span sp, its final mark included:
// the quote that cites a suggested event.
func (a articleText) sentenceOf(sp app.Span) app.Span {
	start, end := sentenceBounds(a.text, a.offs[sp.Start], a.offs[sp.End])
	return app.Span{Start: sort.SearchInts(a.offs, start), End: sort.SearchInts(a.offs, end)}
}

// sentenceBounds returns the byte range of the sentence holding the bytes
// [from,to) of text: from the end of the previous sentence (or line) to the
// next . ! ? that ends one (or the line's end), without the spaces around.
// A full stop after an abbreviation or an initial ("Lt.", "U.S.", "J.")
// does not end a sentence.
func sentenceBounds(text string, from, to int) (start, end int) {
	for i := from - 1; i >= 0; i-- {
		if text[i] == '\n' || isSentenceEnd(text, i) {
			start = i + 1
			break
		}
	}
	end = len(text)
	for i := to; i < len(text); i++ {
		if text[i] == '\n' {
			end = i
			break
		}
		if isSentenceEnd(text, i) {
			end = i + 1
			break
		}
	}
	start = from - len(strings.TrimLeft(text[start:from], " \t\r"+closers)) // a quote closing the sentence before
	for end > to && asciiSpace(text[end-1]) {
		end--
	}
	return start, end
}

// isSentenceEnd reports whether the byte at i is a . ! or ? that ends a
// sentence: followed by white space or the end of the text (a closing quote
// or bracket between them allowed), and, for a full stop, not after a short
// capitalised abbreviation or an initial.
func isSentenceEnd(text string, i int) bool {
	c := text[i]
	if c != '.' && c != '!' && c != '?' {
		return false
	}
	rest := strings.TrimLeft(text[i+1:], closers)
	if r, _ := utf8.DecodeRuneInString(rest); rest != "" && !unicode.IsSpace(r) {
		return false // "3.5", "U.S.-led", "example.org"
	}
	if c != '.' {
		return true
	}
	w := lastWord(text[:i])
	n := utf8.RuneCountInString(w)
	r, _ := utf8.DecodeRuneInString(w)
	return n == 0 || n > 3 || !unicode.IsUpper(r) || w == strings.ToUpper(w) && n > 1
}

// lastWord returns the letters at the end of s ("Lt" of "… spokesman, Lt").
func lastWord(s string) string {
	i := len(s)
	for i > 0 {
		r, size := utf8.DecodeLastRuneInString(s[:i])
		if !unicode.IsLetter(r) {
			break
		}
		i -= size
	}
	return s[i:]
}

// asciiSpace reports a space or tab byte: bytes, not runes, so that the
// trimming never cuts into a multi-byte character.
func asciiSpace(b byte) bool { return b == ' ' || b == '\t' || b == '\r' }
