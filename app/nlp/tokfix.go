package nlp

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// fixTokens repairs prose's tokens where our span rules need other cuts:
// pieces of one rune are rejoined, the possessive that prose's İ handling
// misplaces is moved back, initials and abbreviations keep their dot
// ("P.", "Brig."), and hyphenated modifiers are split ("U.S.-led" →
// "U.S." "-" "led", "pro-Russian" → "pro" "-" "Russian").
func (p *Pipeline) fixTokens(text string, toks []token) []token {
	snapTokens(text, toks)
	out := toks[:0:0]
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		n := len(out)
		switch {
		case n > 0 && (t.bs < out[n-1].be || t.bs == out[n-1].be && (!utf8.RuneStart(text[t.bs]) || splitWord(out[n-1].text, t.text))):
			out[n-1].be = max(out[n-1].be, t.be)
			out[n-1].text = text[out[n-1].bs:out[n-1].be]
			continue
		case i+1 < len(toks) && possessiveMisplaced(t, toks[i+1]):
			q := len(t.text) - 1
			if strings.HasSuffix(t.text, "\u2019") {
				q = len(t.text) - len("\u2019")
			}
			t.be = t.bs + q
			t.text = text[t.bs:t.be]
			toks[i+1].bs = t.be
			toks[i+1].text = text[t.be:toks[i+1].be]
			toks[i+1].tag = "POS"
		case i+1 < len(toks) && toks[i+1].text == "." && toks[i+1].bs == t.be && p.keepsDot(text, t.text, toks, i):
			t.be = toks[i+1].be
			t.text = text[t.bs:t.be]
			i++
		}
		if p.strayDot(t.text) {
			w := t
			w.be--
			w.text = text[w.bs:w.be]
			t.bs = w.be
			t.text, t.tag = ".", "."
			out = append(out, w)
		}
		out = append(out, p.splitHyphen(text, t)...)
	}
	return out
}

// splitWord reports a word that prose cut between two letters (its
// lower-casing of "İ" shifts its cuts: "İzmi" "r" "'s"); "do" + "n't" is a
// real cut.
func splitWord(prev, next string) bool {
	a, _ := utf8.DecodeLastRuneInString(prev)
	b, _ := utf8.DecodeRuneInString(next)
	return unicode.IsLetter(a) && unicode.IsLetter(b) && !strings.EqualFold(next, "n't")
}

// strayDot reports a short capitalised word that prose kept with a
// sentence's final dot because it looks like an abbreviation ("Sea.",
// "Act."), when it is no known abbreviation.
func (p *Pipeline) strayDot(w string) bool {
	n := utf8.RuneCountInString(w)
	if n < 3 || n > 4 || !strings.HasSuffix(w, ".") || !startsUpper(w) || !isLowerWord(w[1:len(w)-1]) {
		return false
	}
	return p.gaz.titles[w] == headNone && p.gaz.heads[w] == headNone && !p.gaz.prefixes[w] && !knownAbbrev[w]
}

// knownAbbrev are abbreviations that keep their dot besides titles and legal forms.
var knownAbbrev = map[string]bool{"St.": true, "Mt.": true, "Jr.": true, "Sr.": true, "No.": true, "Co.": true,
	"Inc.": true, "Ltd.": true, "Ave.": true, "Rd.": true, "Jan.": true, "Feb.": true, "Mar.": true, "Apr.": true,
	"Jun.": true, "Jul.": true, "Aug.": true, "Sep.": true, "Oct.": true, "Nov.": true, "Dec.": true, "Sept.": true,
	"Mon.": true, "Tue.": true, "Wed.": true, "Thu.": true, "Fri.": true, "Sat.": true, "Sun.": true, "Vol.": true,
	"Fig.": true, "Art.": true, "Ft.": true, "Pte.": true, "Bhd.": true, "Pty.": true}

// snapTokens moves token edges that fall inside a character to the
// character's edges, as ranging over the text sees them (an invalid byte is
// one character), so that code-point offsets are exact.
func snapTokens(text string, toks []token) {
	cur := 0 // a character edge at or before the next token
	for i := range toks {
		t := &toks[i]
		t.bs = edgeBefore(text, min(cur, t.bs), t.bs)
		t.be = edgeAfter(text, t.bs, t.be)
		t.text = text[t.bs:t.be]
		cur = t.bs
	}
}

// edgeBefore returns the last character edge at or before x, walking from
// the edge from.
func edgeBefore(text string, from, x int) int {
	b := from
	for b < x {
		_, n := utf8.DecodeRuneInString(text[b:])
		if b+n > x {
			break
		}
		b += n
	}
	return b
}

// edgeAfter returns the first character edge at or after x, walking from
// the edge from.
func edgeAfter(text string, from, x int) int {
	b := from
	for b < x {
		_, n := utf8.DecodeRuneInString(text[b:])
		b += n
	}
	return b
}

// possessiveMisplaced reports prose's "İzmir'" + "s" for "İzmir" + "'s".
func possessiveMisplaced(t, next token) bool {
	if next.bs != t.be || (next.text != "s" && next.text != "S") || len(t.text) < 2 {
		return false
	}
	return strings.HasSuffix(t.text, "'") || strings.HasSuffix(t.text, "\u2019")
}

// keepsDot reports whether a following "." belongs to the word: a single
// capital letter before another capitalised word (an initial), or a known
// abbreviation (a title such as "Brig." or a legal form such as "Corp.").
func (p *Pipeline) keepsDot(src, w string, toks []token, i int) bool {
	if k := p.gaz.titles[w+"."]; k != headNone {
		return true
	}
	if p.gaz.heads[w+"."] == headLegal || p.gaz.prefixes[w+"."] {
		return true
	}
	r, n := utf8.DecodeRuneInString(w)
	if n != len(w) || !unicode.IsUpper(r) || i+2 >= len(toks) {
		return false
	}
	next := toks[i+2]
	nr, _ := utf8.DecodeRuneInString(next.text)
	return unicode.IsUpper(nr) && !strings.Contains(src[toks[i+1].be:next.bs], "\n")
}

// arabicParticles are lower-case name prefixes that stay joined to the name
// ("al-Qaeda", "wal-Muslimin", "bin-Laden").
var arabicParticles = map[string]bool{"al": true, "el": true, "ad": true, "ash": true, "as": true, "at": true,
	"az": true, "ar": true, "an": true, "ad-": true, "wal": true, "bin": true, "ibn": true, "abu": true,
	"ould": true, "ag": true, "bint": true, "ben": true, "ul": true, "ud": true, "ur": true, "wa": true}

// splitHyphen splits "Bahrain-based" into "Bahrain" "-" "based" and
// "anti-Western" into "anti" "-" "Western"; names such as "Diallo-Koné" and
// "al-Qaeda" stay whole.
func (p *Pipeline) splitHyphen(text string, t token) []token {
	w := t.text
	if len(w) < 3 || !strings.Contains(w[1:len(w)-1], "-") {
		return []token{t}
	}
	if i := strings.LastIndexByte(w, '-'); i > 0 && startsUpper(w) && isLowerWord(w[i+1:]) {
		if _, known := p.gaz.lookup(w[:i]); known || modifierSuffix[w[i+1:]] || isAcronym(w[:i]) {
			return cut(text, t, i, "NNP", "JJ")
		}
	}
	if i := strings.IndexByte(w, '-'); i > 0 && isLowerWord(w[:i]) && !arabicParticles[w[:i]] && startsUpper(w[i+1:]) {
		return cut(text, t, i, "JJ", "NNP")
	}
	if i := strings.IndexByte(w, '-'); i > 0 && startsUpper(w[i+1:]) && startsUpper(w) {
		// "Russia-Ukraine", "U.S.-China": two known places are two mentions;
		// "Guinea-Bissau" and "Diallo-Koné" are one name.
		if _, whole := p.gaz.lookup(w); !whole && p.isPlace(w[:i]) && p.isPlace(w[i+1:]) {
			return cut(text, t, i, "NNP", "NNP")
		}
	}
	return []token{t}
}

func (p *Pipeline) isPlace(s string) bool {
	e, ok := p.gaz.lookup(s)
	return ok && e.src >= srcList && e.typ != "" && e.typ != "ORG"
}

// modifierSuffix are the words after a hyphen that make the part before it
// a modifier naming an entity of its own ("Bahrain-based", "Kremlin-backed").
var modifierSuffix = map[string]bool{"based": true, "led": true, "backed": true, "born": true, "linked": true,
	"controlled": true, "owned": true, "made": true, "run": true, "style": true, "bound": true, "registered": true,
	"flagged": true, "era": true, "speaking": true, "language": true, "funded": true, "sponsored": true,
	"aligned": true, "allied": true, "affiliated": true, "held": true, "occupied": true, "brokered": true,
	"designated": true, "listed": true, "headquartered": true, "operated": true, "built": true, "supplied": true,
	"armed": true, "trained": true, "inspired": true, "friendly": true, "wide": true, "bred": true}

// cut splits t at the hyphen at byte i of its text.
func cut(text string, t token, i int, tagL, tagR string) []token {
	l, h, r := t, t, t
	l.be = t.bs + i
	h.bs, h.be = l.be, l.be+1
	r.bs = h.be
	l.text, h.text, r.text = text[l.bs:l.be], "-", text[r.bs:r.be]
	l.tag, h.tag, r.tag = tagL, "HYPH", tagR
	h.space, r.space, h.newline, r.newline = false, false, false, false
	return []token{l, h, r}
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || unicode.IsTitle(r)
}

// isLowerWord reports a non-empty run of lower-case letters.
func isLowerWord(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !unicode.IsLower(r) {
			return false
		}
	}
	return true
}
