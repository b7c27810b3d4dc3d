package widgets

import (
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
)

// Tapped selects the item under the pointer and reports it to OnTapped; a tap elsewhere clears
// the selection.
func (tl *Timeline) Tapped(ev *fyne.PointEvent) {
	tl.requestFocus()
	k := tl.geom.hit(ev.Position)
	if k < 0 {
		tl.SelectNone()
		return
	}
	id := tl.items[k].ID
	tl.Select(id)
	if tl.OnTapped != nil {
		tl.OnTapped(id)
	}
}

// Dragged pans the timeline: sideways in time, up and down through the lanes.
func (tl *Timeline) Dragged(ev *fyne.DragEvent) {
	tl.dragged = true
	tl.Pan(ev.Dragged.DX, ev.Dragged.DY)
}

// DragEnd ends a pan.
func (tl *Timeline) DragEnd() { tl.dragged = false }

// Scrolled zooms around the pointer with the wheel (up zooms in); a sideways scroll pans.
func (tl *Timeline) Scrolled(ev *fyne.ScrollEvent) {
	pos := ev.Position
	if pos == (fyne.Position{}) && ev.AbsolutePosition == (fyne.Position{}) {
		pos = tl.pointer // the test driver sends no position
	}
	if ev.Scrolled.DX != 0 {
		tl.axis.t0 -= float64(ev.Scrolled.DX) * tl.axis.spu
	}
	if ev.Scrolled.DY != 0 {
		tl.axis.zoomAt(math.Pow(wheelZoom, float64(ev.Scrolled.DY)/wheelNotch), pos.X, tl.contentWidth())
	}
	tl.Refresh()
}

// MouseIn starts tracking the pointer for wheel zoom.
func (tl *Timeline) MouseIn(ev *desktop.MouseEvent) { tl.pointer = ev.Position }

// MouseMoved tracks the pointer for wheel zoom.
func (tl *Timeline) MouseMoved(ev *desktop.MouseEvent) { tl.pointer = ev.Position }

// MouseOut is part of desktop.Hoverable.
func (tl *Timeline) MouseOut() {}

// FocusGained is part of fyne.Focusable.
func (tl *Timeline) FocusGained() {}

// FocusLost is part of fyne.Focusable.
func (tl *Timeline) FocusLost() {}

// TypedRune zooms with + and - around the middle, and fits with 0.
func (tl *Timeline) TypedRune(r rune) {
	mid := tl.geom.m.headerW + tl.contentWidth()/2
	switch r {
	case '+', '=':
		tl.Zoom(keyZoom, mid)
	case '-', '_':
		tl.Zoom(1/keyZoom, mid)
	case '0':
		tl.Fit()
	}
}

// TypedKey pans with the arrows, fits with Home and clears the selection with Escape.
func (tl *Timeline) TypedKey(ev *fyne.KeyEvent) {
	switch ev.Name {
	case fyne.KeyLeft:
		tl.Pan(keyPanDistance, 0)
	case fyne.KeyRight:
		tl.Pan(-keyPanDistance, 0)
	case fyne.KeyUp:
		tl.Pan(0, keyPanDistance)
	case fyne.KeyDown:
		tl.Pan(0, -keyPanDistance)
	case fyne.KeyHome:
		tl.Fit()
	case fyne.KeyEscape:
		tl.SelectNone()
	}
}

// requestFocus gives the timeline the keyboard, for +, - and 0.
func (tl *Timeline) requestFocus() {
	if app := fyne.CurrentApp(); app != nil {
		if cv := app.Driver().CanvasForObject(tl); cv != nil {
			cv.Focus(tl)
		}
	}
}
