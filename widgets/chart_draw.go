package widgets

import (
	"image/color"
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// NodeShape is the outline of a chart node.
type NodeShape int

// The node shapes.
const (
	ShapeCircle NodeShape = iota
	ShapeSquare
	ShapeDiamond
	ShapeTriangle
	ShapeHexagon
)

// shapeVertices returns the outline of a polygonal shape of radius 1 centred on the origin,
// clockwise on screen (y down); nil for the circle. Sizes are tuned so that every shape of the
// same radius looks about as heavy.
func shapeVertices(s NodeShape) [][2]float32 {
	switch s {
	case ShapeSquare:
		return [][2]float32{{-0.85, -0.85}, {0.85, -0.85}, {0.85, 0.85}, {-0.85, 0.85}}
	case ShapeDiamond:
		return [][2]float32{{0, -1.15}, {1.15, 0}, {0, 1.15}, {-1.15, 0}}
	case ShapeTriangle:
		return [][2]float32{{0, -1.2}, {1.1, 0.75}, {-1.1, 0.75}}
	case ShapeHexagon:
		v := make([][2]float32, 6)
		for k := range v {
			a := float64(k)*math.Pi/3 - math.Pi/2
			v[k] = [2]float32{float32(1.02 * math.Cos(a)), float32(1.02 * math.Sin(a))}
		}
		return v
	}
	return nil
}

// shapeDistance is the signed distance from (x, y) to the outline of shape s of radius r centred
// on the origin: positive inside. For polygons it is the distance to the nearest edge's line,
// exact enough for anti-aliasing a convex shape.
func shapeDistance(verts [][2]float32, r, x, y float32) float32 {
	if verts == nil {
		return r - float32(math.Hypot(float64(x), float64(y)))
	}
	d := float32(math.MaxFloat32)
	for k := range verts {
		a, b := verts[k], verts[(k+1)%len(verts)]
		ex, ey := (b[0]-a[0])*r, (b[1]-a[1])*r
		l := float32(math.Hypot(float64(ex), float64(ey)))
		d = min(d, (ex*(y-a[1]*r)-ey*(x-a[0]*r))/l)
	}
	return d
}

// maskKey names a cached node mask: a shape at a radius (in quarter pixels), filled or as a ring
// of some width (in quarter pixels) just inside the radius.
type maskKey struct {
	shape  NodeShape
	r4, w4 int32
}

// maskCache keeps node masks between frames; radii are quantised to a quarter pixel, so a chart
// needs a few hundred at most.
type maskCache map[maskKey]*mask

const maxCachedMasks = 4000

// get returns the mask of shape at radius r, filled (ring == 0) or as a ring of width ring.
func (mc *maskCache) get(s NodeShape, r, ring float32) *mask {
	k := maskKey{s, int32(r*4 + 0.5), int32(ring*4 + 0.5)}
	if m, ok := (*mc)[k]; ok {
		return m
	}
	if *mc == nil || len(*mc) > maxCachedMasks {
		*mc = make(maskCache)
	}
	verts := shapeVertices(s)
	rq, wq := float32(k.r4)/4, float32(k.w4)/4
	m := newMask(rq*1.25, func(x, y float32) float32 {
		c := coverage(shapeDistance(verts, rq, x, y))
		if wq > 0 {
			c *= 1 - coverage(shapeDistance(verts, rq-wq, x, y))
		}
		return c
	})
	(*mc)[k] = m
	return m
}

// chartPaints are the colours of one frame, resolved from the theme.
type chartPaints struct {
	bg, fg, edge, accent, halo color.NRGBA
	nodes                      []color.NRGBA // by colour index
	dark                       bool
}

func (c *Chart) paints() *chartPaints {
	th, v := c.look()
	nrgba := func(n fyne.ThemeColorName) color.NRGBA {
		return color.NRGBAModel.Convert(th.Color(n, v)).(color.NRGBA)
	}
	p := &chartPaints{bg: nrgba(theme.ColorNameBackground), fg: nrgba(theme.ColorNameForeground),
		accent: nrgba(theme.ColorNamePrimary), dark: isDark(th, v)}
	p.edge = withAlpha(p.fg, 0x55)
	p.halo = withAlpha(p.bg, 0xd0)
	for _, n := range c.looks.colors {
		p.nodes = append(p.nodes, resolveColor(th, n, v))
	}
	return p
}

// outlineOf darkens a fill for its outline (lightens it on a dark background).
func outlineOf(c color.NRGBA, dark bool) color.NRGBA {
	if dark {
		return color.NRGBA{R: c.R/2 + 0x80, G: c.G/2 + 0x80, B: c.B/2 + 0x80, A: c.A}
	}
	return color.NRGBA{R: c.R / 2, G: c.G / 2, B: c.B / 2, A: c.A}
}

// coverage turns a signed distance at a pixel centre into the part of the pixel covered.
func coverage(d float32) float32 { return max(0, min(1, d+0.5)) }

// box is a rectangle in widget units.
type box struct{ x, y, w, h float32 }

func (b box) overlaps(o box) bool {
	return b.x < o.x+o.w && o.x < b.x+b.w && b.y < o.y+o.h && o.y < b.y+b.h
}

// currentVariant is the app's theme variant; light when there is no app.
func currentVariant() fyne.ThemeVariant {
	if app := fyne.CurrentApp(); app != nil {
		return app.Settings().ThemeVariant()
	}
	return theme.VariantLight
}
