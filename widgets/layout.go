package widgets

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// This file holds the pure maths of the annotated text: the text indexed by code point, greedy word
// wrapping and the placement of overlapping highlights into lanes. Nothing here touches Fyne, so it
// is tested with a fake measure function.

// measureFunc returns the width of a string drawn in the widget's font.
type measureFunc func(string) float32

// measureCache remembers widths. Every uncached fyne.MeasureText shapes with a new HarfBuzz font
// (about 50 µs), so wrapping estimates words from the advances of single code points (a few dozen
// calls per font), and exact token widths are measured only for the lines on screen. A line's exact
// width is the sum of its tokens' widths (kerning never crosses a space); the estimate overshoots
// by about 1 px per line of prose because it ignores kerning, so wrapped lines never overflow.
type measureCache struct {
	measure measureFunc
	words   map[string]float32 // exact widths of tokens (words and runs of spaces)
	runes   map[rune]float32   // advances of single code points, for estimate
}

func newMeasureCache(m measureFunc) *measureCache {
	return &measureCache{measure: m, words: make(map[string]float32), runes: make(map[rune]float32)}
}

// width returns the exact, cached width of a whole token.
func (m *measureCache) width(s string) float32 {
	if s == "" {
		return 0
	}
	if w, ok := m.words[s]; ok {
		return w
	}
	w := m.measure(s)
	m.words[s] = w
	return w
}

// raw measures a string that is unlikely to recur (a prefix of a word) without caching it here.
func (m *measureCache) raw(s string) float32 {
	if s == "" {
		return 0
	}
	return m.measure(s)
}

// estimate returns the sum of the advances of the code points of s.
func (m *measureCache) estimate(s string) float32 {
	w := float32(0)
	for _, r := range s {
		rw, ok := m.runes[r]
		if !ok {
			rw = m.measure(string(r))
			m.runes[r] = rw
		}
		w += rw
	}
	return w
}

// textDoc is the widget's text indexed by code point: runes for classification, str and at for
// allocation-free substrings. str is the text as drawn: tabs and carriage returns become spaces,
// because Fyne draws tabs at tab stops and drops '\r', which would shift every later position. orig
// keeps the text as given; both have the same byte offsets.
type textDoc struct {
	str, orig string
	runes     []rune
	at        []int32 // at[i] is the byte offset of rune i; at[len(runes)] == len(str)
}

// newTextDoc indexes s. Invalid UTF-8 becomes U+FFFD, one code point per bad byte, as []rune does.
func newTextDoc(s string) textDoc {
	runes := []rune(s)
	at := make([]int32, len(runes)+1)
	b := 0
	for i, r := range runes {
		at[i] = int32(b)
		b += utf8.RuneLen(r) // []rune(s) yields only valid code points, so this is never -1
	}
	at[len(runes)] = int32(b)
	orig := s
	if !utf8.ValidString(s) {
		orig = string(runes)
	}
	str := strings.NewReplacer("\t", " ", "\r", " ").Replace(orig)
	return textDoc{str: str, orig: orig, runes: runes, at: at}
}

// len returns the number of code points.
func (d textDoc) len() int { return len(d.runes) }

// slice returns the code points [a, b) as drawn (no allocation).
func (d textDoc) slice(a, b int) string {
	if len(d.at) == 0 { // the zero textDoc, of a widget made as a struct literal
		return ""
	}
	return d.str[d.at[a]:d.at[b]]
}

// origSlice returns the code points [a, b) as given (no allocation).
func (d textDoc) origSlice(a, b int) string {
	if len(d.at) == 0 {
		return ""
	}
	return d.orig[d.at[a]:d.at[b]]
}

// isBreakSpace reports whether r is white space a line may break after. No-break spaces are excluded.
func isBreakSpace(r rune) bool {
	return r == ' ' || r == '\t'
}

// tokenEnd returns the end of the token starting at i: a run of break spaces or a run of other code
// points, bounded by limit.
func tokenEnd(runes []rune, i, limit int) int {
	space := isBreakSpace(runes[i])
	j := i + 1
	for j < limit && isBreakSpace(runes[j]) == space {
		j++
	}
	return j
}

// textLine is one visual line: code points [Start, End) are drawn on it. End excludes a hard line
// break; a soft-wrapped line keeps its trailing spaces, so End is the next line's Start.
type textLine struct {
	Start, End int
}

// wrapText breaks d into visual lines no wider than maxWidth, breaking at spaces and at '\n'. A word
// wider than a line is broken between code points. There is always at least one line.
func wrapText(d textDoc, maxWidth float32, m *measureCache) []textLine {
	n := d.len()
	lines := make([]textLine, 0, n/48+1)
	start := 0
	for {
		end := start
		for end < n && d.runes[end] != '\n' {
			end++
		}
		lines = wrapParagraph(lines, d, start, end, maxWidth, m)
		if end >= n {
			return lines
		}
		start = end + 1
	}
}

// wrapParagraph appends the lines of the paragraph [ps, pe) (no '\n' inside) to lines.
func wrapParagraph(lines []textLine, d textDoc, ps, pe int, maxWidth float32, m *measureCache) []textLine {
	start, x := ps, float32(0)
	for i := ps; i < pe; {
		j := i
		for j < pe && !isBreakSpace(d.runes[j]) {
			j++
		}
		k := j
		for k < pe && isBreakSpace(d.runes[k]) {
			k++
		}
		ww := m.estimate(d.slice(i, j))
		if x > 0 && x+ww > maxWidth {
			lines = append(lines, textLine{start, i})
			start, x = i, 0
		}
		if x == 0 && ww > maxWidth {
			lines, start, x = breakWord(lines, d, start, i, j, maxWidth, m)
		} else {
			x += ww
		}
		x += m.estimate(d.slice(j, k))
		i = k
	}
	return append(lines, textLine{start, pe})
}

// breakWord splits the word [i, j), which is wider than a line, into lines of as many code points as
// fit (at least one). The current line starts at start. It returns the lines, and the start and
// width of the last, unfinished piece.
func breakWord(lines []textLine, d textDoc, start, i, j int, maxWidth float32, m *measureCache) ([]textLine, int, float32) {
	for {
		fit := sort.Search(j-i, func(c int) bool { return m.estimate(d.slice(i, i+c+1)) > maxWidth })
		if fit == 0 {
			fit = 1
		}
		if i+fit >= j {
			return lines, start, m.estimate(d.slice(i, j))
		}
		lines = append(lines, textLine{start, i + fit})
		start, i = i+fit, i+fit
	}
}

// xAt returns the distance from the start of line ln to offset o (clamped to the line), summing
// cached token widths so it agrees with the wrapping.
func xAt(d textDoc, ln textLine, o int, m *measureCache) float32 {
	o = clamp(o, ln.Start, ln.End)
	x := float32(0)
	for i := ln.Start; i < o; {
		j := tokenEnd(d.runes, i, ln.End)
		if j > o {
			return x + m.raw(d.slice(i, o))
		}
		x += m.width(d.slice(i, j))
		i = j
	}
	return x
}

// placedHighlight is a highlight clamped to the text and given a lane: the number of earlier
// highlights it overlaps that are still open, so nested and overlapping spans can be drawn apart.
type placedHighlight struct {
	Highlight
	start, end int // clamped to the text
	lane       int
}

// placeHighlights clamps hs to a text of n code points, drops empty ones, sorts them by start (longer
// first on ties) and assigns lanes greedily: each takes the lowest lane free at its start. It also
// returns maxEnd[i], the largest end among the first i+1, for range queries.
func placeHighlights(hs []Highlight, n int) ([]placedHighlight, []int) {
	placed := make([]placedHighlight, 0, len(hs))
	for _, h := range hs {
		s, e := clamp(h.Start, 0, n), clamp(h.End, 0, n)
		if s < e {
			placed = append(placed, placedHighlight{Highlight: h, start: s, end: e})
		}
	}
	sort.SliceStable(placed, func(a, b int) bool {
		if placed[a].start != placed[b].start {
			return placed[a].start < placed[b].start
		}
		return placed[a].end > placed[b].end
	})
	var laneEnds []int
	maxEnd := make([]int, len(placed))
	for i := range placed {
		p := &placed[i]
		p.lane = len(laneEnds)
		for l, e := range laneEnds {
			if e <= p.start {
				p.lane = l
				break
			}
		}
		if p.lane == len(laneEnds) {
			laneEnds = append(laneEnds, p.end)
		} else {
			laneEnds[p.lane] = p.end
		}
		maxEnd[i] = p.end
		if i > 0 && maxEnd[i-1] > p.end {
			maxEnd[i] = maxEnd[i-1]
		}
	}
	return placed, maxEnd
}

// overlapping returns the index range [lo, hi) of placed that can overlap [a, b): every highlight
// outside it ends at or before a or starts at or after b. Entries inside may still end before a.
func overlapping(placed []placedHighlight, maxEnd []int, a, b int) (lo, hi int) {
	hi = sort.Search(len(placed), func(i int) bool { return placed[i].start >= b })
	lo = sort.Search(hi, func(i int) bool { return maxEnd[i] > a })
	return lo, hi
}

// visibleLines returns the lines [first, last] that intersect the band [top, bottom) of the content,
// widened by margin lines on each side; last < first when there are none.
func visibleLines(top, bottom, pad, lineHeight float32, count, margin int) (first, last int) {
	if count == 0 || lineHeight <= 0 || bottom <= top {
		return 0, -1
	}
	first = int((top-pad)/lineHeight) - margin
	last = int((bottom-pad)/lineHeight) + margin
	return clamp(first, 0, count-1), clamp(last, 0, count-1)
}

func clamp(v, lo, hi int) int {
	if v < lo {
		return lo
	}
	if v > hi {
		return hi
	}
	return v
}
