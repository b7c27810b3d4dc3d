package widgets

import (
	"math"

	"fyne.io/fyne/v2"

	"dossier/widgets/graph"
)

// Zoom limits of the chart, in widget units per layout unit.
const (
	chartMinScale = 0.005
	chartMaxScale = 25
)

// Screen radii of nodes, in widget units: a node never shrinks to nothing when zoomed out nor
// fills the window when zoomed in.
const (
	nodeScreenMin = 2
	nodeScreenMax = 48
)

// hitSlop is how far outside a node, in widget units, a tap still hits it.
const hitSlop = 3

// chartView maps layout coordinates to the widget's: the layout point (cx, cy) is drawn at the
// widget's centre, scale widget units per layout unit, so resizing the window keeps the centre.
type chartView struct {
	cx, cy float64
	scale  float64
}

// toScreen returns where the layout point p is drawn in a widget of the given size.
func (v chartView) toScreen(p graph.Point, size fyne.Size) (float32, float32) {
	return float32((p.X-v.cx)*v.scale) + size.Width/2, float32((p.Y-v.cy)*v.scale) + size.Height/2
}

// toWorld returns the layout point drawn at pos.
func (v chartView) toWorld(pos fyne.Position, size fyne.Size) graph.Point {
	return graph.Point{
		X: v.cx + float64(pos.X-size.Width/2)/v.scale,
		Y: v.cy + float64(pos.Y-size.Height/2)/v.scale,
	}
}

// zoomAt scales the view by f, keeping the layout point under pos where it is.
func (v *chartView) zoomAt(f float64, pos fyne.Position, size fyne.Size) {
	if !(f > 0) || math.IsInf(f, 0) {
		return
	}
	w := v.toWorld(pos, size)
	v.scale = clampF(v.scale*f, chartMinScale, chartMaxScale)
	v.cx = w.X - float64(pos.X-size.Width/2)/v.scale
	v.cy = w.Y - float64(pos.Y-size.Height/2)/v.scale
}

// pan moves the drawing by (dx, dy) widget units.
func (v *chartView) pan(dx, dy float32) {
	v.cx -= float64(dx) / v.scale
	v.cy -= float64(dy) / v.scale
}

// bounds is a rectangle in layout units; empty when min > max.
type bounds struct{ minX, minY, maxX, maxY float64 }

func emptyBounds() bounds {
	return bounds{math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)}
}

func (b *bounds) add(p graph.Point, r float64) {
	b.minX, b.maxX = min(b.minX, p.X-r), max(b.maxX, p.X+r)
	b.minY, b.maxY = min(b.minY, p.Y-r), max(b.maxY, p.Y+r)
}

func (b bounds) empty() bool { return b.minX > b.maxX || b.minY > b.maxY }

// fitView returns the view that shows b whole in a widget of the given size, with a margin of
// about 5 % (at least 20 units). An empty b gives the identity view.
func fitView(b bounds, size fyne.Size) chartView {
	if b.empty() || size.Width <= 0 || size.Height <= 0 {
		return chartView{scale: 1}
	}
	margin := max(20, 0.05*min(size.Width, size.Height))
	w, h := max(b.maxX-b.minX, 1), max(b.maxY-b.minY, 1)
	s := min(float64(size.Width-2*margin)/w, float64(size.Height-2*margin)/h)
	return chartView{cx: (b.minX + b.maxX) / 2, cy: (b.minY + b.maxY) / 2,
		scale: clampF(s, chartMinScale, min(chartMaxScale, 2))}
}

// nodeScreenRadius is the drawn radius of a node of layout radius r: it grows with the square
// root of the zoom, so that zooming out keeps nodes visible and zooming in spreads them apart
// faster than it inflates them.
func nodeScreenRadius(r, scale float64) float32 {
	return float32(clampF(r*math.Sqrt(scale), nodeScreenMin, nodeScreenMax))
}

func clampF(v, lo, hi float64) float64 {
	return math.Max(lo, math.Min(hi, v))
}

// bounds returns the extent of the visible nodes with their radii.
func (c *Chart) bounds() bounds {
	b := emptyBounds()
	for i, p := range c.pos {
		if !c.hidden[i] {
			b.add(p, c.radius[i])
		}
	}
	return b
}

// nodeAt returns the index of the visible node drawn under pos (widget coordinates), the one
// drawn on top when several overlap; -1 when none.
func (c *Chart) nodeAt(pos fyne.Position) int {
	size := c.Size()
	best, bestD := -1, float32(math.MaxFloat32)
	for k := len(c.order) - 1; k >= 0; k-- {
		i := int(c.order[k])
		if i >= len(c.pos) || c.hidden[i] {
			continue
		}
		x, y := c.view.toScreen(c.pos[i], size)
		r := nodeScreenRadius(c.radius[i], c.view.scale) + hitSlop
		dx, dy := pos.X-x, pos.Y-y
		d := dx*dx + dy*dy
		if d > r*r {
			continue
		}
		if d <= (r-hitSlop)*(r-hitSlop) {
			return i // inside the drawn shape: the topmost wins
		}
		if d < bestD {
			best, bestD = i, d // only in the slop: the nearest wins
		}
	}
	return best
}
