package widgets

import (
	"reflect"
	"testing"
)

func TestLineIndexAt(t *testing.T) {
	tests := []struct {
		y    float32
		want int
	}{
		{-10, 0}, {0, 0}, {7.9, 0}, {8, 0}, {27.9, 0}, {28, 1}, {48, 2}, {1e6, 9},
	}
	for _, tc := range tests {
		if got := lineIndexAt(tc.y, 8, 20, 10); got != tc.want {
			t.Errorf("lineIndexAt(%v) = %d, want %d", tc.y, got, tc.want)
		}
	}
	if got := lineIndexAt(50, 8, 20, 0); got != 0 {
		t.Errorf("lineIndexAt with no lines = %d, want 0", got)
	}
}

func TestLineOf(t *testing.T) {
	// "hello world\nnext" wrapped as "hello ", "world", "next".
	lines := []textLine{{0, 6}, {6, 11}, {12, 16}}
	tests := []struct {
		offset, want int
	}{
		{-1, 0}, {0, 0}, {5, 0},
		{6, 1},  // a soft wrap's boundary belongs to the later line
		{11, 1}, // the end of a hard-broken line stays on it
		{12, 2}, {16, 2}, {99, 2},
	}
	for _, tc := range tests {
		if got := lineOf(lines, tc.offset); got != tc.want {
			t.Errorf("lineOf(%d) = %d, want %d", tc.offset, got, tc.want)
		}
	}
}

func TestLocate(t *testing.T) {
	d := newTextDoc("hello  world\nnext")
	ln := textLine{0, 12}
	tests := map[string]struct {
		x    float32
		want pointInLine
	}{
		"before the line":     {-5, pointInLine{char: 0, caret: 0}},
		"left half of first":  {3, pointInLine{char: 0, caret: 0, inside: true}},
		"right half of first": {7, pointInLine{char: 0, caret: 1, inside: true}},
		"middle of a space":   {55, pointInLine{char: 5, caret: 5, inside: true}},
		"second space":        {66, pointInLine{char: 6, caret: 7, inside: true}},
		"in second word":      {92, pointInLine{char: 9, caret: 9, inside: true}},
		"last code point":     {119, pointInLine{char: 11, caret: 12, inside: true}},
		"past the text":       {200, pointInLine{char: 12, caret: 12}},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			if got := locate(d, ln, tc.x, tenPerRune()); got != tc.want {
				t.Errorf("locate(%v) = %+v, want %+v", tc.x, got, tc.want)
			}
		})
	}
	if got := locate(d, textLine{13, 17}, 25, tenPerRune()); got != (pointInLine{char: 15, caret: 15, inside: true}) {
		t.Errorf("locate on the second line = %+v", got)
	}
}

// TestLocateInvertsXAt checks that the caret found at a boundary's x is that boundary, on a
// proportional measure where code points have different widths.
func TestLocateInvertsXAt(t *testing.T) {
	m := newMeasureCache(func(s string) float32 {
		w := float32(0)
		for _, r := range s {
			w += float32(4 + r%7)
		}
		return w
	})
	d := newTextDoc("Colin P. Clarke warned  of ISIS-K")
	ln := textLine{0, d.len()}
	for o := 0; o <= d.len(); o++ {
		if got := locate(d, ln, xAt(d, ln, o, m), m).caret; got != o {
			t.Errorf("locate(xAt(%d)) = %d", o, got)
		}
	}
}

func TestHitsAt(t *testing.T) {
	hs := []Highlight{
		{Start: 0, End: 20, ID: 1},
		{Start: 5, End: 10, ID: 2},
		{Start: 8, End: 12, ID: 3},
		{Start: 30, End: 35, ID: 4},
	}
	placed, maxEnd := placeHighlights(hs, 40)
	tests := []struct {
		offset int
		want   []int64
	}{
		{0, []int64{1}},
		{4, []int64{1}},
		{5, []int64{2, 1}},
		{9, []int64{3, 2, 1}}, // innermost (shortest) first; equal lengths: later start first
		{10, []int64{3, 1}},
		{20, nil},
		{34, []int64{4}},
		{35, nil},
		{-1, nil},
	}
	for _, tc := range tests {
		var got []int64
		for _, h := range hitsAt(placed, maxEnd, tc.offset) {
			got = append(got, h.ID)
		}
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("hitsAt(%d) = %v, want %v", tc.offset, got, tc.want)
		}
	}
}

func TestWordAt(t *testing.T) {
	runes := []rune("Hello, wörld_2 l'État!")
	tests := []struct {
		offset, start, end int
	}{
		{0, 0, 5}, {4, 0, 5},
		{5, 5, 6}, // punctuation selects itself
		{6, 6, 7},
		{9, 7, 14},
		{16, 15, 21},
		{21, 21, 22},
		{22, 22, 22}, // the end of the text
		{-3, 0, 0},
	}
	for _, tc := range tests {
		if s, e := wordAt(runes, tc.offset); s != tc.start || e != tc.end {
			t.Errorf("wordAt(%d) = [%d,%d), want [%d,%d)", tc.offset, s, e, tc.start, tc.end)
		}
	}
}
