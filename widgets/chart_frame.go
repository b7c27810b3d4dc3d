package widgets

import (
	"image/color"
	"math"

	"fyne.io/fyne/v2"
)

// Alphas of what is dimmed while a selection or a path is shown.
const (
	dimNodeAlpha = 0x50
	dimEdgeAlpha = 0x1c
)

// chartFrame draws one image of a chart: edges, nodes, highlight rings and label halos, for a
// view, a widget size and a device pixel scale. The renderer and the PNG export both use it.
type chartFrame struct {
	c     *Chart
	v     chartView
	size  fyne.Size
	px    float32 // device pixels per widget unit
	p     *pixmap
	pt    *chartPaints
	masks *maskCache
	focus []bool // nodes standing out; nil when nothing is selected or highlighted
	halos []box
}

// draw paints the frame into f.p, which begin has already sized and cleared. Label halos go on
// top, so that labels stay legible in a dense chart; labels avoid the labelled nodes, so a halo
// never hides the nodes that matter.
func (f *chartFrame) draw() {
	f.computeFocus()
	f.drawEdges(false)
	f.drawEdges(true)
	f.drawNodes()
	for _, b := range f.halos {
		f.p.fillRect(b.x*f.px, b.y*f.px, (b.x+b.w)*f.px, (b.y+b.h)*f.px, f.pt.halo)
	}
}

// computeFocus marks the selected nodes, their neighbours and the path; nil when none.
func (f *chartFrame) computeFocus() {
	c := f.c
	active := len(c.path) > 0
	for _, s := range c.selected {
		active = active || s
	}
	if !active {
		f.focus = nil
		return
	}
	if cap(f.focus) < len(c.nodes) {
		f.focus = make([]bool, len(c.nodes))
	}
	f.focus = f.focus[:len(c.nodes)]
	copy(f.focus, c.selected)
	for _, i := range c.path {
		f.focus[i] = true
	}
	for _, e := range c.edges {
		if c.selected[e.a] || c.selected[e.b] {
			f.focus[e.a], f.focus[e.b] = true, true
		}
	}
}

// screen returns node i's centre in device pixels.
func (f *chartFrame) screen(i int32) (float32, float32) {
	x, y := f.v.toScreen(f.c.pos[i], f.size)
	return x * f.px, y * f.px
}

// edgeFocused reports whether an edge stands out: on the path or touching a selected node.
func (f *chartFrame) edgeFocused(e chartEdge) bool {
	c := f.c
	return c.selected[e.a] || c.selected[e.b] || (c.pathStep != nil && c.pathStep[pairKey(e.a, e.b)])
}

// drawEdges draws the plain edges (focused false) or, over them, the highlighted ones.
func (f *chartFrame) drawEdges(focused bool) {
	c := f.c
	col := f.pt.edge
	if f.focus != nil && !focused {
		col = withAlpha(f.pt.fg, dimEdgeAlpha)
	}
	if focused {
		if f.focus == nil {
			return
		}
		col = f.pt.accent
	}
	for _, e := range c.edges {
		if c.hidden[e.a] || c.hidden[e.b] || (f.focus != nil && f.edgeFocused(e) != focused) {
			continue
		}
		x0, y0 := f.screen(e.a)
		x1, y1 := f.screen(e.b)
		if focused {
			f.p.thickLine(x0, y0, x1, y1, 2*f.px, col)
		} else {
			f.p.line(x0, y0, x1, y1, col)
		}
		if e.directed {
			f.arrowHead(x0, y0, x1, y1, float32(nodeScreenRadius(c.radius[e.b], f.v.scale))*f.px, col)
		}
	}
}

// arrowHead draws a "V" at the end of an edge, just outside the target node.
func (f *chartFrame) arrowHead(x0, y0, x1, y1, r float32, col color.NRGBA) {
	dx, dy := x1-x0, y1-y0
	l := float32(math.Hypot(float64(dx), float64(dy)))
	if l < r+1 {
		return
	}
	ux, uy := dx/l, dy/l
	tx, ty := x1-ux*(r+1), y1-uy*(r+1)
	s := 6 * f.px
	for _, side := range [2]float32{-1, 1} {
		f.p.line(tx, ty, tx-ux*s-uy*s*0.5*side, ty-uy*s+ux*s*0.5*side, col)
	}
}

// drawNodes draws every visible node in draw order, then the highlighted ones again on top with
// their rings.
func (f *chartFrame) drawNodes() {
	c := f.c
	w, h := float32(f.p.w), float32(f.p.h)
	for _, i := range c.order {
		if c.hidden[i] {
			continue
		}
		f.drawNode(i, w, h, f.focus != nil && !f.focus[i])
	}
	for _, i := range c.path {
		f.ring(int32(i), f.pt.accent)
	}
	for i, s := range c.selected {
		if s {
			f.drawNode(int32(i), w, h, false)
			f.ring(int32(i), f.pt.fg)
		}
	}
	if c.hover >= 0 && c.hover < len(c.nodes) && !c.hidden[c.hover] {
		f.ring(int32(c.hover), withAlpha(f.pt.fg, 0x90))
	}
}

// drawNode fills node i and outlines it, skipping nodes wholly off the image.
func (f *chartFrame) drawNode(i int32, w, h float32, dim bool) {
	c := f.c
	x, y := f.screen(i)
	r := nodeScreenRadius(c.radius[i], f.v.scale) * f.px
	if x+2*r < 0 || y+2*r < 0 || x-2*r > w || y-2*r > h {
		return
	}
	fill := f.pt.nodes[c.looks.colorOf[i]]
	line := outlineOf(fill, f.pt.dark)
	if dim {
		fill, line = withAlpha(fill, dimNodeAlpha), withAlpha(line, dimNodeAlpha)
	}
	shape := c.nodes[i].Shape
	if r < 3*f.px { // too small for an outline to show: fill it darker instead
		f.p.stamp(f.masks.get(shape, r, 0), x, y, blendColors(fill, line))
		return
	}
	f.p.stamp(f.masks.get(shape, r, 0), x, y, fill)
	f.p.stamp(f.masks.get(shape, r, max(1, f.px)), x, y, line)
}

// ring draws a highlight ring around node i.
func (f *chartFrame) ring(i int32, col color.NRGBA) {
	x, y := f.screen(i)
	r := nodeScreenRadius(f.c.radius[i], f.v.scale) * f.px
	f.p.stamp(f.masks.get(f.c.nodes[i].Shape, r+3*f.px, 2*f.px), x, y, col)
}

// blendColors is the average of two colours.
func blendColors(a, b color.NRGBA) color.NRGBA {
	return color.NRGBA{R: uint8((uint16(a.R) + uint16(b.R)) / 2), G: uint8((uint16(a.G) + uint16(b.G)) / 2),
		B: uint8((uint16(a.B) + uint16(b.B)) / 2), A: uint8((uint16(a.A) + uint16(b.A)) / 2)}
}
