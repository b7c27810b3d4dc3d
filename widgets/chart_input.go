package widgets

import (
	"math"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"

	"dossier/widgets/graph"
)

// Zoom steps: one wheel notch (25 units on Linux and Windows) and one key press.
const (
	wheelNotch     = 25
	wheelZoom      = 1.2
	keyZoom        = 1.25
	keyPanDistance = 60
)

// chartClicks recognises double clicks and modifier clicks from MouseDown, because implementing
// fyne.DoubleTappable would delay every single tap.
type chartClicks struct {
	lastDown time.Time
	lastPos  fyne.Position
	double   bool // the pending tap is the second of a double click
	extend   bool // the pending tap adds to the selection (Shift or Ctrl held)
	pointer  fyne.Position
	hovering bool
}

// Tapped selects the node under the pointer and reports it to OnTapped; with Shift or Ctrl it
// toggles the node in the selection; a double click calls OnExpand; a tap on the background
// clears the selection.
func (c *Chart) Tapped(ev *fyne.PointEvent) {
	c.requestFocus()
	double, extend := c.clicks.double, c.clicks.extend
	c.clicks.double, c.clicks.extend = false, false
	i := c.nodeAt(ev.Position)
	if i < 0 {
		if !extend {
			c.Select()
		}
		return
	}
	id := c.nodes[i].ID
	switch {
	case extend:
		c.selected[i] = !c.selected[i]
		c.Refresh()
	case !c.selected[i] || len(c.Selected()) > 1:
		c.Select(id)
	}
	if double && c.OnExpand != nil {
		c.OnExpand(id)
		return
	}
	if c.OnTapped != nil {
		c.OnTapped(id)
	}
}

// TappedSecondary reports a right click to OnTappedSecondary with the node under the pointer.
func (c *Chart) TappedSecondary(ev *fyne.PointEvent) {
	if c.OnTappedSecondary == nil {
		return
	}
	id, _ := c.NodeAt(ev.Position)
	c.OnTappedSecondary(id, ev)
}

// Dragged moves the node the drag started on (pinning it there), or pans the view. The first
// event of a drag gives its start: the position minus the distance dragged.
func (c *Chart) Dragged(ev *fyne.DragEvent) {
	size := c.Size()
	if !c.drag.active {
		start := ev.Position.Subtract(ev.Dragged)
		c.drag = chartDrag{active: true, node: c.nodeAt(start)}
		if i := c.drag.node; i >= 0 {
			w := c.view.toWorld(start, size)
			c.drag.grab = graph.Point{X: c.pos[i].X - w.X, Y: c.pos[i].Y - w.Y}
		}
	}
	c.follow = false
	i := c.drag.node
	if i < 0 || i >= len(c.pos) {
		c.Pan(ev.Dragged.DX, ev.Dragged.DY)
		return
	}
	w := c.view.toWorld(ev.Position, size)
	p := graph.Point{X: w.X + c.drag.grab.X, Y: w.Y + c.drag.grab.Y}
	c.pos[i], c.pinned[i] = p, true
	if c.run != nil {
		c.run.pin(i, p)
	}
	c.Refresh()
}

// DragEnd ends a pan or a node move.
func (c *Chart) DragEnd() {
	c.drag = chartDrag{}
}

// Scrolled zooms around the pointer: up zooms in.
func (c *Chart) Scrolled(ev *fyne.ScrollEvent) {
	pos := ev.Position
	if pos == (fyne.Position{}) && ev.AbsolutePosition == (fyne.Position{}) {
		pos = c.clicks.pointer // the test driver sends no position
	}
	if ev.Scrolled.DY == 0 {
		return
	}
	c.Zoom(float32(math.Pow(wheelZoom, float64(ev.Scrolled.DY)/wheelNotch)), pos)
}

// MouseIn starts tracking the pointer for wheel zoom and hover.
func (c *Chart) MouseIn(ev *desktop.MouseEvent) { c.MouseMoved(ev) }

// MouseMoved tracks the pointer and outlines the node under it.
func (c *Chart) MouseMoved(ev *desktop.MouseEvent) {
	c.clicks.pointer, c.clicks.hovering = ev.Position, true
	if i := c.nodeAt(ev.Position); i != c.hover {
		c.hover = i
		c.Refresh()
	}
}

// MouseOut forgets the hovered node.
func (c *Chart) MouseOut() {
	c.clicks.hovering = false
	if c.hover >= 0 {
		c.hover = -1
		c.Refresh()
	}
}

// MouseDown notes double clicks and modifier clicks for the tap that follows.
func (c *Chart) MouseDown(ev *desktop.MouseEvent) {
	now := time.Now()
	delay := 300 * time.Millisecond
	if app := fyne.CurrentApp(); app != nil {
		delay = app.Driver().DoubleTapDelay()
	}
	d := ev.Position.Subtract(c.clicks.lastPos)
	c.clicks.double = now.Sub(c.clicks.lastDown) <= delay && d.X*d.X+d.Y*d.Y <= 16
	c.clicks.lastDown, c.clicks.lastPos = now, ev.Position
	if c.clicks.double {
		c.clicks.lastDown = time.Time{} // a third click starts over
	}
	c.clicks.extend = ev.Modifier&(fyne.KeyModifierShift|fyne.KeyModifierControl) != 0
}

// MouseUp is part of desktop.Mouseable; taps and drags do the work.
func (c *Chart) MouseUp(*desktop.MouseEvent) {}

// FocusGained is part of fyne.Focusable.
func (c *Chart) FocusGained() {}

// FocusLost is part of fyne.Focusable.
func (c *Chart) FocusLost() {}

// TypedRune zooms with + and - around the centre, and fits with 0.
func (c *Chart) TypedRune(r rune) {
	centre := fyne.NewPos(c.Size().Width/2, c.Size().Height/2)
	switch r {
	case '+', '=':
		c.Zoom(keyZoom, centre)
	case '-', '_':
		c.Zoom(1/keyZoom, centre)
	case '0':
		c.Fit()
	}
}

// TypedKey pans with the arrows, fits with Home and clears the selection and path with Escape.
func (c *Chart) TypedKey(ev *fyne.KeyEvent) {
	switch ev.Name {
	case fyne.KeyLeft:
		c.Pan(keyPanDistance, 0)
	case fyne.KeyRight:
		c.Pan(-keyPanDistance, 0)
	case fyne.KeyUp:
		c.Pan(0, keyPanDistance)
	case fyne.KeyDown:
		c.Pan(0, -keyPanDistance)
	case fyne.KeyHome:
		c.Fit()
	case fyne.KeyEscape:
		c.path, c.pathStep = nil, nil
		c.Select()
	}
}

// requestFocus gives the chart the keyboard, for +, - and 0.
func (c *Chart) requestFocus() {
	if app := fyne.CurrentApp(); app != nil {
		if cv := app.Driver().CanvasForObject(c); cv != nil {
			cv.Focus(c)
		}
	}
}
