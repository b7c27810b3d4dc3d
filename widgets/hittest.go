package widgets

import (
	"sort"
	"unicode"
)

// This file maps pointer positions to code-point offsets and offsets to highlights. Positions are in
// content coordinates (the scrolled area, before the viewport offset) minus the padding; everything
// here is pure and table-tested.

// lineIndexAt returns the index of the line under content y (clamped to the lines).
func lineIndexAt(y, pad, lineHeight float32, count int) int {
	if count == 0 || lineHeight <= 0 || y < pad {
		return 0
	}
	return clamp(int((y-pad)/lineHeight), 0, count-1)
}

// lineOf returns the index of the line that shows offset o: the last line starting at or before o.
// At a soft wrap the offset between two lines belongs to the later one, where a caret is drawn.
func lineOf(lines []textLine, o int) int {
	i := sort.Search(len(lines), func(i int) bool { return lines[i].Start > o }) - 1
	return clamp(i, 0, len(lines)-1)
}

// pointInLine is what lies under an x position on one line.
type pointInLine struct {
	char   int  // the code point under x (meaningful when inside)
	caret  int  // the offset nearest to x: where a caret or a selection end goes
	inside bool // x is over a code point of the line, not before or past its text
}

// locate finds the code point under x (measured from the line's left edge) on line ln.
func locate(d textDoc, ln textLine, x float32, m *measureCache) pointInLine {
	if x < 0 {
		return pointInLine{char: ln.Start, caret: ln.Start}
	}
	xs := float32(0)
	for i := ln.Start; i < ln.End; {
		j := tokenEnd(d.runes, i, ln.End)
		w := m.width(d.slice(i, j))
		if x < xs+w {
			return locateInToken(d, i, j, x-xs, m)
		}
		xs += w
		i = j
	}
	return pointInLine{char: ln.End, caret: ln.End}
}

// locateInToken finds the code point under x (measured from the token's start) in token [i, j).
func locateInToken(d textDoc, i, j int, x float32, m *measureCache) pointInLine {
	c := sort.Search(j-i, func(c int) bool { return m.raw(d.slice(i, i+c+1)) > x })
	ch := clamp(i+c, i, j-1)
	left, right := m.raw(d.slice(i, ch)), m.raw(d.slice(i, ch+1))
	caret := ch
	if x-left > right-x {
		caret = ch + 1
	}
	return pointInLine{char: ch, caret: caret, inside: true}
}

// hitsAt returns the highlights covering code point o, innermost (shortest) first.
func hitsAt(placed []placedHighlight, maxEnd []int, o int) []Highlight {
	lo, hi := overlapping(placed, maxEnd, o, o+1)
	var hits []placedHighlight
	for _, p := range placed[lo:hi] {
		if p.start <= o && o < p.end {
			hits = append(hits, p)
		}
	}
	sort.SliceStable(hits, func(a, b int) bool {
		la, lb := hits[a].end-hits[a].start, hits[b].end-hits[b].start
		if la != lb {
			return la < lb
		}
		return hits[a].start > hits[b].start
	})
	out := make([]Highlight, len(hits))
	for i, p := range hits {
		out[i] = p.Highlight
	}
	return out
}

// isWordRune reports whether r belongs to a word for double-click selection.
func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) || r == '_' || r == '\'' || r == '’'
}

// wordAt returns the word around code point o, or just that code point when it is not part of a word.
func wordAt(runes []rune, o int) (start, end int) {
	if o < 0 || o >= len(runes) {
		o = clamp(o, 0, len(runes))
		return o, o
	}
	if !isWordRune(runes[o]) {
		return o, o + 1
	}
	start, end = o, o+1
	for start > 0 && isWordRune(runes[start-1]) {
		start--
	}
	for end < len(runes) && isWordRune(runes[end]) {
		end++
	}
	return start, end
}
