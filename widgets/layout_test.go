package widgets

import (
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

// tenPerRune measures every code point as 10 units wide, so expected layouts can be worked out by hand.
func tenPerRune() *measureCache {
	return newMeasureCache(func(s string) float32 { return float32(10 * utf8.RuneCountInString(s)) })
}

func TestWrapText(t *testing.T) {
	tests := map[string]struct {
		text  string
		width float32
		want  []textLine
	}{
		"empty":                  {"", 100, []textLine{{0, 0}}},
		"fits":                   {"hello world", 1000, []textLine{{0, 11}}},
		"breaks at space":        {"hello world", 60, []textLine{{0, 6}, {6, 11}}},
		"exact fit":              {"aaa bbb", 70, []textLine{{0, 7}}},
		"one unit too narrow":    {"aaa bbb", 69, []textLine{{0, 4}, {4, 7}}},
		"trailing spaces hang":   {"aaa    bbb", 60, []textLine{{0, 7}, {7, 10}}},
		"leading spaces":         {"  ab", 100, []textLine{{0, 4}}},
		"hard break":             {"a\nb", 100, []textLine{{0, 1}, {2, 3}}},
		"final newline":          {"a\n", 100, []textLine{{0, 1}, {2, 2}}},
		"empty paragraph":        {"a\n\nb", 100, []textLine{{0, 1}, {2, 2}, {3, 4}}},
		"long word":              {"abcdefghij", 35, []textLine{{0, 3}, {3, 6}, {6, 9}, {9, 10}}},
		"long word after word":   {"ab abcdefgh", 40, []textLine{{0, 3}, {3, 7}, {7, 11}}},
		"long word then words":   {"abcdefg hi jk", 40, []textLine{{0, 4}, {4, 8}, {8, 11}, {11, 13}}},
		"narrower than one rune": {"abc", 5, []textLine{{0, 1}, {1, 2}, {2, 3}}},
		"code points not bytes":  {"héllo wörld", 60, []textLine{{0, 6}, {6, 11}}},
		"no break at nbsp":       {"aaa\u00a0bbb", 50, []textLine{{0, 5}, {5, 7}}},
		"tab breaks":             {"aaa\tbbb", 50, []textLine{{0, 4}, {4, 7}}},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			got := wrapText(newTextDoc(tc.text), tc.width, tenPerRune())
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("wrapText(%q, %v) = %v, want %v", tc.text, tc.width, got, tc.want)
			}
		})
	}
}

func TestXAt(t *testing.T) {
	d := newTextDoc("hello  world")
	ln := textLine{0, 12}
	tests := []struct {
		offset int
		want   float32
	}{
		{0, 0}, {3, 30}, {5, 50}, {6, 60}, {7, 70}, {9, 90}, {12, 120}, {-4, 0}, {40, 120},
	}
	for _, tc := range tests {
		if got := xAt(d, ln, tc.offset, tenPerRune()); got != tc.want {
			t.Errorf("xAt(%d) = %v, want %v", tc.offset, got, tc.want)
		}
	}
	if got := xAt(d, textLine{7, 12}, 9, tenPerRune()); got != 20 {
		t.Errorf("xAt on a later line = %v, want 20", got)
	}
}

func TestNewTextDoc(t *testing.T) {
	tests := map[string]struct {
		in        string
		wantLen   int
		wantSlice string // code points [1, 2)
	}{
		"ascii":       {"abc", 3, "b"},
		"multi-byte":  {"aéz", 3, "é"},
		"astral":      {"a😀z", 3, "😀"},
		"invalid":     {"a\xffb", 3, "\uFFFD"},
		"invalid run": {"a\xff\xfeb", 4, "\uFFFD"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			d := newTextDoc(tc.in)
			if d.len() != tc.wantLen {
				t.Fatalf("len = %d, want %d", d.len(), tc.wantLen)
			}
			if got := d.slice(1, 2); got != tc.wantSlice {
				t.Errorf("slice(1,2) = %q, want %q", got, tc.wantSlice)
			}
			if got := d.slice(0, d.len()); !utf8.ValidString(got) {
				t.Errorf("text %q is not valid UTF-8", got)
			}
		})
	}
}

func TestTextDocDrawsTabsAsSpaces(t *testing.T) {
	d := newTextDoc("a\tb\r\nc")
	if got := d.slice(0, d.len()); got != "a b \nc" {
		t.Errorf("drawn text %q", got)
	}
	if got := d.origSlice(1, 3); got != "\tb" {
		t.Errorf("original text %q", got)
	}
}

// TestEstimate checks that the wrapping estimate sums code point advances, measuring each once.
func TestEstimate(t *testing.T) {
	calls := 0
	m := newMeasureCache(func(s string) float32 {
		calls++
		return float32(len(s)) // bytes, so 'é' is 2 wide
	})
	if got := m.estimate("héllo hé"); got != 10 {
		t.Errorf("estimate = %v, want 10", got)
	}
	if calls != 5 { // h, é, l, o, space
		t.Errorf("%d measure calls, want 5", calls)
	}
}

func TestPlaceHighlights(t *testing.T) {
	hs := []Highlight{
		{Start: 12, End: 15, ID: 3},
		{Start: 0, End: 20, ID: 1},
		{Start: 5, End: 10, ID: 2},
		{Start: 5, End: 10, ID: 4}, // the same span twice (two competing suggestions)
		{Start: 18, End: 25, ID: 5},
		{Start: -5, End: 2, ID: 6}, // clamped to [0, 2)
		{Start: 8, End: 8, ID: 7},  // empty: dropped
		{Start: 30, End: 50, ID: 8},
		{Start: 9, End: 3, ID: 9}, // reversed: dropped
	}
	placed, maxEnd := placeHighlights(hs, 26)
	type got struct {
		ID               int64
		start, end, lane int
	}
	var gots []got
	for _, p := range placed {
		gots = append(gots, got{p.ID, p.start, p.end, p.lane})
	}
	want := []got{
		{1, 0, 20, 0},
		{6, 0, 2, 1},
		{2, 5, 10, 1},
		{4, 5, 10, 2},
		{3, 12, 15, 1},
		{5, 18, 25, 1},
	}
	if !reflect.DeepEqual(gots, want) {
		t.Errorf("placed = %v\nwant     %v", gots, want)
	}
	if wantMax := []int{20, 20, 20, 20, 20, 25}; !reflect.DeepEqual(maxEnd, wantMax) {
		t.Errorf("maxEnd = %v, want %v", maxEnd, wantMax)
	}
	if placed[0].Start != 0 || placed[1].Start != -5 {
		t.Errorf("placed highlights must keep the caller's values, got %+v", placed[1].Highlight)
	}
}

func TestOverlapping(t *testing.T) {
	hs := []Highlight{{Start: 0, End: 4}, {Start: 2, End: 30}, {Start: 10, End: 12}, {Start: 14, End: 16}, {Start: 40, End: 45}}
	placed, maxEnd := placeHighlights(hs, 50)
	for a := 0; a < 50; a++ {
		for b := a + 1; b <= 50; b++ {
			lo, hi := overlapping(placed, maxEnd, a, b)
			for i, p := range placed {
				overlaps := p.start < b && p.end > a
				if overlaps && (i < lo || i >= hi) {
					t.Fatalf("overlapping(%d,%d) = [%d,%d) misses %+v", a, b, lo, hi, p)
				}
			}
		}
	}
}

func TestVisibleLines(t *testing.T) {
	tests := map[string]struct {
		top, bottom         float32
		count, margin       int
		wantFirst, wantLast int
	}{
		"top":            {0, 100, 1000, 0, 0, 4},
		"middle":         {1000, 1100, 1000, 0, 49, 54},
		"with margin":    {1000, 1100, 1000, 3, 46, 57},
		"clamped bottom": {19990, 20200, 1000, 3, 996, 999},
		"no lines":       {0, 100, 0, 0, 0, -1},
		"no height":      {50, 50, 1000, 0, 0, -1},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			first, last := visibleLines(tc.top, tc.bottom, 8, 20, tc.count, tc.margin)
			if first != tc.wantFirst || last != tc.wantLast {
				t.Errorf("visibleLines = %d..%d, want %d..%d", first, last, tc.wantFirst, tc.wantLast)
			}
		})
	}
}

// FuzzWrapText checks the invariants of wrapping on any input: the lines cover the text in order,
// break only at a '\n' or between a line's end and the next start, and fit unless a single code
// point is wider than the line.
func FuzzWrapText(f *testing.F) {
	for _, s := range []string{"", "hello world", "a\n\nb", "abcdefghijklmnop qr", "  x  \n  y", "\xff\xfe", "é😀 z"} {
		f.Add(s, uint8(35))
	}
	f.Fuzz(func(t *testing.T, s string, w uint8) {
		d := newTextDoc(s)
		m := tenPerRune()
		lines := wrapText(d, float32(w), m)
		if len(lines) == 0 || lines[0].Start != 0 || lines[len(lines)-1].End != d.len() {
			t.Fatalf("lines %v do not span the text of %d code points", lines, d.len())
		}
		for i, ln := range lines {
			if ln.End < ln.Start {
				t.Fatalf("line %d is reversed: %v", i, ln)
			}
			if i > 0 {
				prev := lines[i-1]
				soft := ln.Start == prev.End
				hard := ln.Start == prev.End+1 && d.runes[prev.End] == '\n'
				if !soft && !hard {
					t.Fatalf("line %d %v does not follow %v", i, ln, prev)
				}
			}
			if strings.ContainsRune(d.slice(ln.Start, ln.End), '\n') {
				t.Fatalf("line %d %v holds a newline", i, ln)
			}
			text := strings.TrimRight(d.slice(ln.Start, ln.End), " \t")
			if width := m.raw(text); width > float32(w) && utf8.RuneCountInString(text) > 1 {
				t.Fatalf("line %d %q is %v wide, more than %d", i, text, width, w)
			}
		}
	})
}
