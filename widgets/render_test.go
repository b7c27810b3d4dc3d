package widgets

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
)

func countOutlines(at *AnnotatedText) int {
	n := 0
	for _, o := range test.WidgetRenderer(at.area).Objects() {
		if rc, ok := o.(*canvas.Rectangle); ok && rc.StrokeWidth > 0 {
			n++
		}
	}
	return n
}

// builtLines returns the texts of the line objects the area holds.
func builtLines(at *AnnotatedText) []string {
	var out []string
	for _, o := range test.WidgetRenderer(at.area).Objects() {
		if txt, ok := o.(*canvas.Text); ok {
			out = append(out, txt.Text)
		}
	}
	return out
}

// TestAnnotatedText_Virtualised checks that the objects are bounded by the viewport, not by the
// article: 50,000 words with 5,000 highlights in a small window.
func TestAnnotatedText_Virtualised(t *testing.T) {
	newTestApp(t, theme.VariantLight)
	text, hs := sampleArticle(50_000, 5_000)
	at := NewAnnotatedText(text)
	at.SetHighlights(hs)
	w := showText(t, at, fyne.NewSize(400, 300))
	const bound = 250 // (300/23 + 2*lineMargin) lines: one text and a few rectangles each
	if n := len(at.lay.lines); n < 5000 {
		t.Fatalf("only %d lines: the article should be far longer than the view", n)
	}
	check := func(where string, wantLine int) {
		t.Helper()
		objs := test.WidgetRenderer(at.area).Objects()
		if len(objs) == 0 || len(objs) > bound {
			t.Errorf("%s: %d objects, want 1..%d", where, len(objs), bound)
		}
		ln := at.lay.lines[wantLine]
		want := at.doc.slice(ln.Start, ln.End)
		found := false
		for _, s := range builtLines(at) {
			found = found || s == want
		}
		if !found {
			t.Errorf("%s: line %d (%q) has no text object", where, wantLine, want)
		}
	}
	check("top", 0)

	middle := hs[2500].Start
	at.ScrollTo(middle)
	check("after ScrollTo", lineOf(at.lay.lines, middle))

	before := at.scroll.Offset.Y
	test.Scroll(w.Canvas(), fyne.NewPos(200, 150), 0, -2000) // scroll down by 2000 px
	if at.scroll.Offset.Y <= before {
		t.Fatalf("test.Scroll did not scroll: offset %v", at.scroll.Offset.Y)
	}
	check("after a wheel scroll", lineIndexAt(at.scroll.Offset.Y+150, at.lay.pad, at.lay.lineHeight, len(at.lay.lines)))

	at.ScrollTo(len(at.doc.runes))
	check("at the end", len(at.lay.lines)-1)
}

// TestAnnotatedText_Resize checks that a new width re-wraps the text and resizes the content.
func TestAnnotatedText_Resize(t *testing.T) {
	newTestApp(t, theme.VariantLight)
	at := NewAnnotatedText(briefing)
	w := showText(t, at, fyne.NewSize(360, 150))
	narrow := len(at.lay.lines)
	w.Resize(fyne.NewSize(900, 150))
	wide := len(at.lay.lines)
	if wide >= narrow {
		t.Errorf("wider widget has %d lines, narrow %d", wide, narrow)
	}
	if got, want := at.area.Size().Height, at.contentMinSize().Height; got < want {
		t.Errorf("content height %v after resize, want at least %v", got, want)
	}
	if got := len(builtLines(at)); got != wide {
		t.Errorf("%d line objects, want %d", got, wide)
	}
}

// fillsOf returns the fill rectangles drawn under the text for each highlight, by ID.
func fillsOf(at *AnnotatedText, hs []Highlight) map[int64][]*canvas.Rectangle {
	p := newPaints(at)
	out := map[int64][]*canvas.Rectangle{}
	for _, o := range test.WidgetRenderer(at.area).Objects() {
		if _, ok := o.(*canvas.Text); ok {
			break // fills come before the text
		}
		rc := o.(*canvas.Rectangle)
		for _, h := range hs {
			if rc.FillColor == p.fill(h.Style) {
				out[h.ID] = append(out[h.ID], rc)
			}
		}
	}
	return out
}

// TestAnnotatedText_OverlapsDistinguishable checks the drawing rules without golden files: a nested
// span is a thinner band inside its outer span, two suggestions of the same span get different
// bands and underlines, and pending highlights are paler than accepted ones and underlined.
func TestAnnotatedText_OverlapsDistinguishable(t *testing.T) {
	newTestApp(t, theme.VariantLight)
	at := NewAnnotatedText(briefing)
	hs := goldenHighlights(t)["overlapping"]
	at.SetHighlights(hs)
	showText(t, at, fyne.NewSize(360, 150))
	fills := fillsOf(at, hs)

	outer, inner := fills[1][0], fills[2][0] // "Colonel Ana Ribeiro" ⊃ "Ana Ribeiro"
	if !(inner.Position().Y > outer.Position().Y && inner.Size().Height < outer.Size().Height &&
		inner.Position().X > outer.Position().X) {
		t.Errorf("nested band %v %v not inside outer %v %v", inner.Position(), inner.Size(), outer.Position(), outer.Size())
	}
	a, b := fills[5][0], fills[6][0] // the same span suggested twice
	if a.Position() == b.Position() && a.Size() == b.Size() {
		t.Errorf("duplicate spans share one band at %v", a.Position())
	}
	p := newPaints(at)
	_, _, _, accA := p.fill(hs[0].Style).RGBA()
	_, _, _, pendA := p.fill(hs[1].Style).RGBA()
	if pendA >= accA {
		t.Errorf("pending fill alpha %d not paler than accepted %d", pendA, accA)
	}
	underlines := 0
	for _, o := range test.WidgetRenderer(at.area).Objects() {
		if rc, ok := o.(*canvas.Rectangle); ok && rc.Size().Height == p.underline && rc.StrokeWidth == 0 {
			underlines++
		}
	}
	if want := 6; underlines != want { // one per pending fragment: ids 2, 4, 5, 6 and 8 twice
		t.Errorf("%d underlines, want %d", underlines, want)
	}
}
