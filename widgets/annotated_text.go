// Package widgets holds Dossier's reusable Fyne widgets. They know nothing of the domain: they speak in
// text, offsets in Unicode code points, and styles.
package widgets

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"
)

// HighlightStyle says how a highlight is drawn.
type HighlightStyle struct {
	// Color names the highlight's hue, resolved through the widget's theme: one of the
	// ColorNameHighlight… names (see HighlightTheme) or any other theme colour. The widget sets
	// the opacity itself.
	Color fyne.ThemeColorName
	// Pending marks a suggestion: it is drawn as a pale fill with a solid underline, where an
	// accepted highlight gets a solid fill.
	Pending bool
}

// Highlight marks the code points [Start, End) of the text. ID is the caller's key: it comes back in
// OnTapped and selects the highlight for SetFocusedHighlight.
type Highlight struct {
	Start, End int
	Style      HighlightStyle
	ID         int64
}

// AnnotatedText shows read-only text, wrapped and vertically scrollable, with coloured highlights on
// spans of it. Taps report the offset and the highlights under the pointer, drags and Shift+arrows
// select text, and the keys the widget does not use are passed on, so a screen can bind commands to
// them. Offsets are Unicode code points. Only the lines in view get canvas objects, so articles of
// any length stay cheap. Like every Fyne widget it must be used from the Fyne goroutine.
type AnnotatedText struct {
	widget.BaseWidget

	// OnTapped is called after a tap (without Shift and not a double click) with the code point under
	// the pointer (the end of the line when the pointer is past its text) and the highlights covering
	// it, innermost first (empty when none or past the text).
	OnTapped func(offset int, hits []Highlight) `json:"-"`
	// OnSelectionChanged is called when the user changes the selection; start <= end, and start ==
	// end is a bare caret. SetSelection does not call it.
	OnSelectionChanged func(start, end int) `json:"-"`
	// OnTypedKey receives the keys the widget does not use (it uses the arrows, Home, End and
	// Page Up/Down).
	OnTypedKey func(*fyne.KeyEvent) `json:"-"`
	// OnTypedRune receives typed characters: the text itself is read-only.
	OnTypedRune func(rune) `json:"-"`
	// OnTypedShortcut receives the shortcuts other than Copy and Select All. When it is nil they go
	// to the canvas, so shortcuts added with Canvas.AddShortcut keep working while the text has focus.
	OnTypedShortcut func(fyne.Shortcut) `json:"-"`

	doc        textDoc
	highlights []Highlight
	placed     []placedHighlight
	maxEnd     []int
	focusedID  int64

	anchor, caret int     // the selection runs from anchor to caret, in either order
	prefX         float32 // x kept by Up/Down across short lines; negative when unset
	focused       bool
	shift         bool // Shift is held (tracked through desktop.Keyable)
	dragging      bool
	clicks        clickState

	lay           layoutState
	scroll        *container.Scroll
	area          *textArea
	pendingScroll int // offset to bring into view once the widget has a size; -1 for none
}

// clickState recognises Shift+click and double clicks from MouseDown, because implementing
// fyne.DoubleTappable would delay every single tap.
type clickState struct {
	lastDown    time.Time
	lastPos     fyne.Position
	shift, word bool // the pending tap extends the selection / selects a word
}

var (
	_ fyne.Widget       = (*AnnotatedText)(nil)
	_ fyne.Tappable     = (*AnnotatedText)(nil)
	_ fyne.Draggable    = (*AnnotatedText)(nil)
	_ fyne.Focusable    = (*AnnotatedText)(nil)
	_ fyne.Shortcutable = (*AnnotatedText)(nil)
	_ desktop.Keyable   = (*AnnotatedText)(nil)
)

// NewAnnotatedText returns a widget showing text, with no highlights.
func NewAnnotatedText(text string) *AnnotatedText {
	t := &AnnotatedText{doc: newTextDoc(text)}
	t.ExtendBaseWidget(t)
	t.ensureParts()
	return t
}

// ensureParts creates the scroll container and the text area. NewAnnotatedText does it; for a
// widget made as a struct literal (empty until SetText) CreateRenderer does.
func (t *AnnotatedText) ensureParts() {
	if t.area != nil {
		return
	}
	t.prefX, t.pendingScroll = -1, -1
	t.area = newTextArea(t)
	t.scroll = container.NewVScroll(t.area)
	t.scroll.OnScrolled = func(fyne.Position) { t.area.redraw(redrawScroll) }
}

// CreateRenderer is a private method to Fyne which links this widget to its renderer.
func (t *AnnotatedText) CreateRenderer() fyne.WidgetRenderer {
	t.ExtendBaseWidget(t)
	t.ensureParts()
	return &annotatedTextRenderer{t: t, objects: []fyne.CanvasObject{t.scroll}}
}

// viewOffset is the scroll position: the content y at the top of the viewport.
func (t *AnnotatedText) viewOffset() fyne.Position {
	if t.scroll == nil {
		return fyne.Position{}
	}
	return t.scroll.Offset
}

// viewHeight is the height of the viewport; 0 before the widget is laid out.
func (t *AnnotatedText) viewHeight() float32 {
	if t.scroll == nil {
		return 0
	}
	return t.scroll.Size().Height
}

// Text returns the text shown.
func (t *AnnotatedText) Text() string {
	return t.doc.orig
}

// SetText replaces the text, clears the selection and scrolls to the top. The highlights are kept,
// clamped to the new text: set new ones when their offsets refer to the old text.
func (t *AnnotatedText) SetText(text string) {
	t.doc = newTextDoc(text)
	t.placed, t.maxEnd = placeHighlights(t.highlights, t.doc.len())
	t.anchor, t.caret, t.prefX = 0, 0, -1
	t.lay.invalidate()
	if t.scroll != nil {
		t.scroll.Offset = fyne.Position{}
	}
	t.Refresh()
}

// Highlights returns a copy of the highlights as last set.
func (t *AnnotatedText) Highlights() []Highlight {
	return append([]Highlight(nil), t.highlights...)
}

// SetHighlights replaces the highlights. Spans outside the text are clamped and empty ones ignored.
// The text is not laid out again, so this is cheap enough to call after every change.
func (t *AnnotatedText) SetHighlights(hs []Highlight) {
	t.highlights = append([]Highlight(nil), hs...)
	t.placed, t.maxEnd = placeHighlights(t.highlights, t.doc.len())
	t.area.redraw(redrawMarks)
}

// HighlightsAt returns the highlights covering the code point at offset, innermost first.
func (t *AnnotatedText) HighlightsAt(offset int) []Highlight {
	return hitsAt(t.placed, t.maxEnd, offset)
}

// Selection returns the selected code points [start, end); start == end when nothing is selected
// (it is then the caret's offset).
func (t *AnnotatedText) Selection() (start, end int) {
	if t.anchor <= t.caret {
		return t.anchor, t.caret
	}
	return t.caret, t.anchor
}

// SelectedText returns the selected text.
func (t *AnnotatedText) SelectedText() string {
	s, e := t.Selection()
	return t.doc.origSlice(s, e)
}

// SetSelection selects the code points [start, end), clamped to the text; the caret goes to end.
// OnSelectionChanged is not called.
func (t *AnnotatedText) SetSelection(start, end int) {
	t.setSelection(start, end, false)
}

// FocusedHighlight returns the ID of the highlight drawn as focused, or 0 when none is.
func (t *AnnotatedText) FocusedHighlight() int64 {
	return t.focusedID
}

// SetFocusedHighlight draws the highlight with this ID as the current one (for keyboard navigation)
// and scrolls it into view; 0 clears it, so give focusable highlights non-zero IDs.
func (t *AnnotatedText) SetFocusedHighlight(id int64) {
	t.focusedID = id
	if id != 0 {
		for _, p := range t.placed {
			if p.ID == id {
				t.ScrollTo(p.start)
				break
			}
		}
	}
	t.area.redraw(redrawMarks)
}

// ScrollTo scrolls the least needed to show the line holding offset; a line far out of view is
// brought to a third of the way down. Before the widget is laid out it waits for the first layout.
func (t *AnnotatedText) ScrollTo(offset int) {
	lines := t.lay.lines
	view := t.viewHeight()
	if view <= 0 || len(lines) == 0 {
		t.pendingScroll = clamp(offset, 0, t.doc.len())
		return
	}
	li := lineOf(lines, clamp(offset, 0, t.doc.len()))
	top := t.lay.pad + float32(li)*t.lay.lineHeight
	bottom := top + t.lay.lineHeight
	y := t.viewOffset().Y
	switch {
	case top >= y && bottom <= y+view:
		return
	case top < y && top >= y-t.lay.lineHeight:
		y = top
	case bottom > y+view && bottom <= y+view+t.lay.lineHeight:
		y = bottom - view
	default:
		y = top - view/3
	}
	t.scrollToY(y)
}

// OffsetAt returns the offset nearest to a position in the widget's coordinates, where a caret
// would go (for context menus and drop targets).
func (t *AnnotatedText) OffsetAt(pos fyne.Position) int {
	_, p := t.pointAt(pos.Add(t.viewOffset()))
	return p.caret
}

// scrollToY moves the viewport's top to content y, clamped to the content.
func (t *AnnotatedText) scrollToY(y float32) {
	if t.scroll == nil {
		return
	}
	maxY := t.contentMinSize().Height - t.scroll.Size().Height
	if y > maxY {
		y = maxY
	}
	if y < 0 {
		y = 0
	}
	if y == t.scroll.Offset.Y {
		return
	}
	t.scroll.ScrollToOffset(fyne.NewPos(0, y)) // does not call OnScrolled
	t.area.redraw(redrawScroll)
}

// setSelection sets the selection from anchor to caret, clamped, and redraws it; notify calls
// OnSelectionChanged when the selection changed.
func (t *AnnotatedText) setSelection(anchor, caret int, notify bool) {
	n := t.doc.len()
	oldA, oldC := t.anchor, t.caret
	oldS, oldE := t.Selection()
	t.anchor, t.caret = clamp(anchor, 0, n), clamp(caret, 0, n)
	if t.anchor == oldA && t.caret == oldC {
		return
	}
	s, e := t.Selection()
	t.area.redraw(redrawMarks)
	if notify && (s != oldS || e != oldE) && t.OnSelectionChanged != nil {
		t.OnSelectionChanged(s, e)
	}
}

// pointAt finds the line and the code point under a position in content coordinates.
func (t *AnnotatedText) pointAt(pos fyne.Position) (int, pointInLine) {
	lines := t.lay.lines
	if len(lines) == 0 {
		return 0, pointInLine{}
	}
	pad, lh := t.lay.pad, t.lay.lineHeight
	if pos.Y >= pad+float32(len(lines))*lh { // below the last line: the end of the text
		last := lines[len(lines)-1]
		return len(lines) - 1, pointInLine{char: last.End, caret: last.End}
	}
	li := lineIndexAt(pos.Y, pad, lh, len(lines))
	return li, locate(t.doc, lines[li], pos.X-pad, t.lay.measure)
}

// contentMinSize is the size the scrolled area needs: all the wrapped lines, and a width of a few
// characters so the scroll never forces a horizontal bar.
func (t *AnnotatedText) contentMinSize() fyne.Size {
	n := len(t.lay.lines)
	if n == 0 {
		n = 1
	}
	return fyne.NewSize(2*t.lay.pad+4*t.lay.textSize, 2*t.lay.pad+float32(n)*t.lay.lineHeight)
}

// annotatedTextRenderer lays out the scroll container that holds the text area.
type annotatedTextRenderer struct {
	t       *AnnotatedText
	objects []fyne.CanvasObject
}

func (r *annotatedTextRenderer) Destroy() {}

// Layout wraps the text for the new width before the scroll container asks the area for its size.
func (r *annotatedTextRenderer) Layout(size fyne.Size) {
	t := r.t
	t.ensureLayout(size.Width)
	t.scroll.Resize(size)
	if t.pendingScroll >= 0 && size.Height > 0 {
		offset := t.pendingScroll
		t.pendingScroll = -1
		t.ScrollTo(offset)
	}
}

func (r *annotatedTextRenderer) MinSize() fyne.Size {
	r.t.ensureMetrics()
	return r.t.scroll.MinSize()
}

func (r *annotatedTextRenderer) Objects() []fyne.CanvasObject {
	return r.objects
}

// Refresh re-wraps (the theme may have changed the font) and redraws everything.
func (r *annotatedTextRenderer) Refresh() {
	r.t.ensureLayout(r.t.Size().Width)
	r.t.scroll.Refresh() // refreshes the area too, in full
}
