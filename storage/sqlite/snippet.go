package sqlite

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"dossier/app"
)

// snippetWords is about how many words a search snippet shows.
const snippetWords = 24

// cutSnippet cuts a snippet of about n words out of an article text in
// which FTS5's highlight() has put the matches between app.MarkStart and
// app.MarkEnd. It picks the window holding the most distinct matched
// words, then the most matches, the earliest on a tie, starting a few
// words before its first match; a match is never cut in two. "…" marks
// where the text goes on; white space is shown as single spaces.
//
// It stands in for FTS5's snippet(), which tokenizes the whole text twice
// per hit (finding sentences, then highlighting): highlight() tokenizes it
// once, and this cut only walks the words near the matches, allocating
// little (a search cuts fifty snippets).
func cutSnippet(text string, n int) string {
	marks := findMarks(text)
	start, best := 0, [2]int{-1, -1}
	for _, m := range marks {
		s := backWords(text, m[0], 3)
		if sc := windowScore(text, marks, s, forwardWords(text, s, n-1)); sc[0] > best[0] || (sc[0] == best[0] && sc[1] > best[1]) {
			start, best = s, sc
		}
	}
	end := forwardWords(text, start, max(n-1, 0))
	for _, m := range marks {
		if m[0] < start && start < m[1] { // begin at the start of a match
			start = backWords(text, m[0], 0)
		}
		if m[0] < end && end < m[1] { // end after the end of a match
			end = forwardWords(text, m[1], 0)
		}
	}
	out := strings.Join(strings.Fields(text[start:end]), " ")
	if strings.TrimSpace(text[:start]) != "" {
		out = "…" + out
	}
	if strings.TrimSpace(text[end:]) != "" {
		out += "…"
	}
	return out
}

// findMarks returns the byte ranges of the marked matches, marks included.
func findMarks(text string) [][2]int {
	var out [][2]int
	for i := 0; i < len(text); {
		k := strings.Index(text[i:], app.MarkStart)
		if k < 0 {
			break
		}
		s := i + k
		e := strings.Index(text[s:], app.MarkEnd)
		if e < 0 {
			e = len(text)
		} else {
			e += s + len(app.MarkEnd)
		}
		out = append(out, [2]int{s, e})
		i = e
	}
	return out
}

// windowScore counts the distinct matched words (ignoring case) and the
// matches that begin in text[s:e].
func windowScore(text string, marks [][2]int, s, e int) [2]int {
	var buf [8]string
	seen := buf[:0]
	hits := 0
	for _, m := range marks {
		if m[0] < s || m[0] >= e {
			continue
		}
		hits++
		term := strings.TrimSuffix(strings.TrimPrefix(text[m[0]:m[1]], app.MarkStart), app.MarkEnd)
		known := false
		for _, t := range seen {
			known = known || strings.EqualFold(t, term)
		}
		if !known {
			seen = append(seen, term)
		}
	}
	return [2]int{len(seen), hits}
}

// backWords returns where the word holding pos begins, after going back
// n more words.
func backWords(text string, pos, n int) int {
	for {
		for pos > 0 {
			r, size := utf8.DecodeLastRuneInString(text[:pos])
			if unicode.IsSpace(r) {
				break
			}
			pos -= size
		}
		if n == 0 || pos == 0 {
			return pos
		}
		n--
		for pos > 0 {
			r, size := utf8.DecodeLastRuneInString(text[:pos])
			if !unicode.IsSpace(r) {
				break
			}
			pos -= size
		}
	}
}

// forwardWords returns where the word holding pos ends (pos itself at a
// space), after going on n more words.
func forwardWords(text string, pos, n int) int {
	for {
		for pos < len(text) {
			r, size := utf8.DecodeRuneInString(text[pos:])
			if unicode.IsSpace(r) {
				break
			}
			pos += size
		}
		if n == 0 || pos == len(text) {
			return pos
		}
		n--
		for pos < len(text) {
			r, size := utf8.DecodeRuneInString(text[pos:])
			if !unicode.IsSpace(r) {
				break
			}
			pos += size
		}
	}
}
