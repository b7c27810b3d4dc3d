package nlp

import (
	"unicode"
	"unicode/utf8"
)

// markSentences numbers the sentences and marks the first word of each
// sentence and of each quotation, whose capital letter says nothing about
// being a name. A sentence ends at a line break, or after ".", "!" or "?"
// (with any closing quotes or brackets) when the next word does not start
// in lower case. Abbreviations keep their dot inside the token ("U.S.",
// "Gen."), so they do not end sentences.
func markSentences(text string, toks []token) {
	sent, first, pending, size := 0, true, false, 0
	for i := range toks {
		t := &toks[i]
		long := size >= maxSentence && !isWord(t.text) // no end in sight: cut at punctuation
		if i > 0 && (t.newline || long || pending && !isClosing(t.text) && !startsLower(t.text)) {
			sent++
			first = !long
			pending = false
			size = 0
		}
		size++
		t.sent = sent
		switch {
		case t.text == "." || t.text == "!" || t.text == "?":
			pending = true
		case t.text == ":" || isOpening(t.text, toks, i):
			first = true
		case isWord(t.text):
			if first {
				t.first = true
			}
			first = false
		}
	}
}

// maxSentence bounds a sentence in tokens, so that text without sentence
// ends (lists, logs, junk) does not make per-sentence work quadratic.
const maxSentence = 200

func isClosing(s string) bool {
	switch s {
	case `"`, "'", "\u201d", "\u2019", ")", "]":
		return true
	}
	return false
}

// isOpening reports an opening quote: a quote that is followed without a
// space by a word (straight quotes are ambiguous).
func isOpening(s string, toks []token, i int) bool {
	switch s {
	case "\u201c", "\u2018", "(", "[":
		return true
	case `"`:
		return i+1 < len(toks) && !toks[i+1].space && isWord(toks[i+1].text) && (i == 0 || toks[i].space)
	}
	return false
}

func startsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

// isWord reports whether s holds a letter or digit.
func isWord(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}
