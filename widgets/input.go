package widgets

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
)

// doubleClickSlop is how far apart, in pixels, two presses of a double click may be.
const doubleClickSlop = 4

var (
	_ fyne.Tappable      = (*textArea)(nil)
	_ fyne.Draggable     = (*textArea)(nil)
	_ desktop.Mouseable  = (*textArea)(nil)
	_ desktop.Cursorable = (*textArea)(nil)
)

// Tapped is called when the scrolled area is tapped; the position is in content coordinates.
func (a *textArea) Tapped(ev *fyne.PointEvent) { a.t.tapAt(ev.Position) }

// Dragged is called while the pointer is dragged over the scrolled area.
func (a *textArea) Dragged(ev *fyne.DragEvent) { a.t.dragAt(ev.Position, ev.Dragged) }

// DragEnd is called when a drag over the scrolled area ends.
func (a *textArea) DragEnd() { a.t.DragEnd() }

// MouseDown notes Shift+clicks and double clicks for the tap that follows.
func (a *textArea) MouseDown(ev *desktop.MouseEvent) { a.t.mouseDown(ev) }

// MouseUp is part of desktop.Mouseable; taps and drags do the work.
func (a *textArea) MouseUp(*desktop.MouseEvent) {}

// Cursor shows the text cursor over the text.
func (a *textArea) Cursor() desktop.Cursor { return desktop.TextCursor }

// Tapped places the caret at the tapped position (Shift extends the selection, a double click
// selects a word) and reports the tapped offset and highlights to OnTapped. The position is in the
// widget's coordinates.
func (t *AnnotatedText) Tapped(ev *fyne.PointEvent) {
	t.tapAt(ev.Position.Add(t.viewOffset()))
}

// Dragged selects from where the drag started to the pointer. The first event of a drag gives the
// start: its position minus the distance dragged.
func (t *AnnotatedText) Dragged(ev *fyne.DragEvent) {
	t.dragAt(ev.Position.Add(t.viewOffset()), ev.Dragged)
}

// DragEnd ends a drag selection.
func (t *AnnotatedText) DragEnd() {
	t.dragging = false
	t.clicks.shift = false
}

func (t *AnnotatedText) mouseDown(ev *desktop.MouseEvent) {
	now := time.Now()
	d := ev.Position.Subtract(t.clicks.lastPos)
	delay := 300 * time.Millisecond
	if app := fyne.CurrentApp(); app != nil {
		delay = app.Driver().DoubleTapDelay()
	}
	t.clicks.word = now.Sub(t.clicks.lastDown) <= delay &&
		d.X*d.X+d.Y*d.Y <= doubleClickSlop*doubleClickSlop
	t.clicks.lastDown, t.clicks.lastPos = now, ev.Position
	t.clicks.shift = ev.Modifier&fyne.KeyModifierShift != 0
	if t.clicks.word {
		t.clicks.lastDown = time.Time{} // a third click starts over
	}
}

func (t *AnnotatedText) tapAt(pos fyne.Position) {
	t.requestFocus()
	_, p := t.pointAt(pos)
	word, shift := t.clicks.word, t.clicks.shift || t.shift
	t.clicks.word, t.clicks.shift = false, false
	t.prefX = -1
	switch {
	case word:
		at := p.caret
		if p.inside {
			at = p.char
		}
		s, e := wordAt(t.doc.runes, at)
		t.setSelection(s, e, true)
	case shift:
		t.setSelection(t.anchor, p.caret, true)
	default:
		t.setSelection(p.caret, p.caret, true)
		if t.OnTapped != nil {
			offset, hits := p.caret, []Highlight(nil)
			if p.inside {
				offset, hits = p.char, hitsAt(t.placed, t.maxEnd, p.char)
			}
			t.OnTapped(offset, hits)
		}
	}
}

func (t *AnnotatedText) dragAt(pos fyne.Position, dragged fyne.Delta) {
	if !t.dragging {
		t.dragging = true
		t.requestFocus()
		if !t.clicks.shift && !t.shift {
			_, start := t.pointAt(pos.Subtract(dragged))
			t.anchor = start.caret
		}
	}
	_, p := t.pointAt(pos)
	t.prefX = -1
	t.setSelection(t.anchor, p.caret, true)
	t.autoScroll(pos.Y)
}

// autoScroll follows a drag that leaves the viewport, so a selection can run past the visible lines.
func (t *AnnotatedText) autoScroll(y float32) {
	top, view := t.viewOffset().Y, t.viewHeight()
	switch {
	case view <= 0:
	case y < top:
		t.scrollToY(y)
	case y > top+view:
		t.scrollToY(y - view)
	}
}

// requestFocus gives the widget the keyboard, so that Shift+arrows and the caller's keys reach it.
func (t *AnnotatedText) requestFocus() {
	app := fyne.CurrentApp()
	if app == nil {
		return
	}
	if c := app.Driver().CanvasForObject(t); c != nil && c.Focused() != fyne.Focusable(t) {
		c.Focus(t)
	}
}

// FocusGained shows the caret.
func (t *AnnotatedText) FocusGained() {
	t.focused = true
	t.area.redraw(redrawMarks)
}

// FocusLost hides the caret.
func (t *AnnotatedText) FocusLost() {
	t.focused, t.shift = false, false
	t.area.redraw(redrawMarks)
}

// TypedRune passes typed characters to OnTypedRune.
func (t *AnnotatedText) TypedRune(r rune) {
	if t.OnTypedRune != nil {
		t.OnTypedRune(r)
	}
}

// TypedKey moves the caret with the arrows, Home, End and Page Up/Down (extending the selection while
// Shift is held) and passes every other key to OnTypedKey.
func (t *AnnotatedText) TypedKey(ev *fyne.KeyEvent) {
	if !t.navigate(ev.Name) && t.OnTypedKey != nil {
		t.OnTypedKey(ev)
	}
}

// KeyDown tracks Shift, which fyne.KeyEvent does not carry.
func (t *AnnotatedText) KeyDown(ev *fyne.KeyEvent) {
	if ev.Name == desktop.KeyShiftLeft || ev.Name == desktop.KeyShiftRight {
		t.shift = true
	}
}

// KeyUp tracks Shift, which fyne.KeyEvent does not carry.
func (t *AnnotatedText) KeyUp(ev *fyne.KeyEvent) {
	if ev.Name == desktop.KeyShiftLeft || ev.Name == desktop.KeyShiftRight {
		t.shift = false
	}
}

// TypedShortcut copies the selection and selects all; other shortcuts go to OnTypedShortcut, or to
// the canvas when it is nil (a focused Shortcutable otherwise swallows them).
func (t *AnnotatedText) TypedShortcut(s fyne.Shortcut) {
	switch sc := s.(type) {
	case *fyne.ShortcutCopy:
		t.copySelection(sc.Clipboard)
	case *fyne.ShortcutSelectAll:
		t.setSelection(0, t.doc.len(), true)
	default:
		if t.OnTypedShortcut != nil {
			t.OnTypedShortcut(s)
			return
		}
		type shortcutHandler interface{ TypedShortcut(fyne.Shortcut) }
		if app := fyne.CurrentApp(); app != nil {
			if c, ok := app.Driver().CanvasForObject(t).(shortcutHandler); ok {
				c.TypedShortcut(s)
			}
		}
	}
}

func (t *AnnotatedText) copySelection(cb fyne.Clipboard) {
	text := t.SelectedText()
	if text == "" {
		return
	}
	if cb == nil {
		app := fyne.CurrentApp()
		if app == nil {
			return
		}
		cb = app.Clipboard()
	}
	cb.SetContent(text)
}

// navigate handles a caret key; it reports whether the key was one.
func (t *AnnotatedText) navigate(k fyne.KeyName) bool {
	lines := t.lay.lines
	s, e := t.Selection()
	caret, extend := t.caret, t.shift
	keepX := false
	switch k {
	case fyne.KeyLeft, fyne.KeyRight:
		caret = t.horizontalMove(k == fyne.KeyRight, s, e)
	case fyne.KeyUp, fyne.KeyDown, fyne.KeyPageUp, fyne.KeyPageDown:
		caret, keepX = t.verticalMove(k), true
	case fyne.KeyHome:
		if len(lines) > 0 {
			caret = lines[lineOf(lines, caret)].Start
		}
	case fyne.KeyEnd:
		if len(lines) > 0 {
			caret = lines[lineOf(lines, caret)].End
		}
	default:
		return false
	}
	if !keepX {
		t.prefX = -1
	}
	anchor := caret
	if extend {
		anchor = t.anchor
	}
	t.setSelection(anchor, caret, true)
	t.ScrollTo(t.caret)
	return true
}

// horizontalMove returns the caret after Left or Right: without Shift a selection collapses to
// its edge first, as in text editors.
func (t *AnnotatedText) horizontalMove(right bool, s, e int) int {
	switch {
	case !t.shift && s != e && right:
		return e
	case !t.shift && s != e:
		return s
	case right:
		return min(t.caret+1, t.doc.len())
	default:
		return max(t.caret-1, 0)
	}
}

// verticalMove returns the caret after Up, Down, Page Up or Page Down, keeping its x across lines.
func (t *AnnotatedText) verticalMove(k fyne.KeyName) int {
	lines := t.lay.lines
	if len(lines) == 0 {
		return t.caret
	}
	li := lineOf(lines, t.caret)
	if t.prefX < 0 {
		t.prefX = xAt(t.doc, lines[li], t.caret, t.lay.measure)
	}
	step := 1
	if k == fyne.KeyPageUp || k == fyne.KeyPageDown {
		step = max(int(t.viewHeight()/t.lay.lineHeight)-1, 1)
	}
	if k == fyne.KeyUp || k == fyne.KeyPageUp {
		step = -step
	}
	target := li + step
	switch {
	case target < 0:
		return 0
	case target >= len(lines):
		return t.doc.len()
	}
	return locate(t.doc, lines[target], t.prefX, t.lay.measure).caret
}
