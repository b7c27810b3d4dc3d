package widgets

import (
	"image"
	"image/color"
	"math"
)

// pixmap draws the bulk of the link chart and the timeline (edges, nodes, bars, grid lines) into
// one reused *image.RGBA for a canvas.Raster, because every canvas object costs the GL painter
// ~8–10 µs per frame. It always starts from an opaque background, so blending can treat the
// destination as opaque and write plain 8-bit channels.
type pixmap struct {
	img  *image.RGBA
	w, h int
}

// begin sizes the image to w×h device pixels (reusing the buffer when it is big enough) and fills
// it with bg made opaque.
func (p *pixmap) begin(w, h int, bg color.NRGBA) *image.RGBA {
	w, h = max(w, 1), max(h, 1)
	if p.img == nil || cap(p.img.Pix) < w*h*4 {
		p.img = image.NewRGBA(image.Rect(0, 0, w, h))
	} else {
		p.img.Pix = p.img.Pix[:w*h*4]
		p.img.Stride, p.img.Rect = w*4, image.Rect(0, 0, w, h)
	}
	p.w, p.h = w, h
	pix := p.img.Pix
	pix[0], pix[1], pix[2], pix[3] = bg.R, bg.G, bg.B, 0xff
	for filled := 4; filled < len(pix); filled *= 2 {
		copy(pix[filled:], pix[:filled])
	}
	return p.img
}

// alphaOf is c's alpha scaled by coverage cov (0..256), as 0..256.
func alphaOf(c color.NRGBA, cov uint32) uint32 {
	a := uint32(c.A) * min(cov, 256) >> 8
	return a + a>>7
}

// blendAt paints (r, g, b) over the pixel s with alpha a (0..256). It is the innermost step of
// every drawing and small enough to be inlined, hence the shifts instead of divisions.
func blendAt(s []uint8, r, g, b, a uint32) {
	na := 256 - a
	s[0] = uint8((r*a + uint32(s[0])*na) >> 8)
	s[1] = uint8((g*a + uint32(s[1])*na) >> 8)
	s[2] = uint8((b*a + uint32(s[2])*na) >> 8)
}

// fillRect fills the rectangle [x0,x1)×[y0,y1) in pixels, anti-aliased at fractional edges.
func (p *pixmap) fillRect(x0, y0, x1, y1 float32, c color.NRGBA) {
	x0, y0 = max(x0, 0), max(y0, 0)
	x1, y1 = min(x1, float32(p.w)), min(y1, float32(p.h))
	if x1 <= x0 || y1 <= y0 {
		return
	}
	r, g, b := uint32(c.R), uint32(c.G), uint32(c.B)
	ix0, ix1 := int(x0), int(math.Ceil(float64(x1)))
	cl, cr := span1(float32(ix0), x0, x1), span1(float32(ix1-1), x0, x1) // edge columns
	for y := int(y0); float32(y) < y1; y++ {
		cy := span1(float32(y), y0, y1)
		row := p.img.Pix[y*p.img.Stride : (y+1)*p.img.Stride]
		full := alphaOf(c, uint32(cy*256))
		for x := ix0; x < ix1; x++ {
			a := full
			if x == ix0 || x == ix1-1 {
				cx := cl
				if x == ix1-1 {
					cx = min(cx, cr)
					if x != ix0 {
						cx = cr
					}
				}
				a = alphaOf(c, uint32(cy*cx*256))
			}
			if a != 0 {
				blendAt(row[x*4:x*4+3:x*4+3], r, g, b, a)
			}
		}
	}
}

// span1 is how much of the pixel [i, i+1) lies within [a, b).
func span1(i, a, b float32) float32 {
	return max(0, min(i+1, b)-max(i, a))
}

// line draws an anti-aliased line one pixel wide (Xiaolin Wu's algorithm), clipped first so that
// long edges running off screen cost nothing.
func (p *pixmap) line(x0, y0, x1, y1 float32, c color.NRGBA) {
	var ok bool
	if x0, y0, x1, y1, ok = clipLine(x0, y0, x1, y1, -2, -2, float32(p.w)+2, float32(p.h)+2); !ok {
		return
	}
	steep := abs32(y1-y0) > abs32(x1-x0)
	if steep {
		x0, y0, x1, y1 = y0, x0, y1, x1
	}
	if x0 > x1 {
		x0, y0, x1, y1 = x1, y1, x0, y0
	}
	grad := float32(1)
	if dx := x1 - x0; dx > 1e-6 {
		grad = (y1 - y0) / dx
	}
	start, end := int(x0+0.5), int(x1+0.5)
	y := y0 + grad*(float32(start)-x0)
	r, g, b := uint32(c.R), uint32(c.G), uint32(c.B)
	pix, stride := p.img.Pix, p.img.Stride
	maxX, maxY := p.w, p.h
	if steep {
		maxX, maxY = p.h, p.w
	}
	for x := start; x <= end; x, y = x+1, y+grad {
		fy := float32(math.Floor(float64(y)))
		iy := int(fy)
		if uint(x) >= uint(maxX) {
			continue
		}
		f := uint32((y - fy) * 256)
		for k, cov := range [2]uint32{256 - f, f} {
			yy := iy + k
			if uint(yy) >= uint(maxY) {
				continue
			}
			a := alphaOf(c, cov)
			if a == 0 {
				continue
			}
			i := yy*stride + x*4
			if steep {
				i = x*stride + yy*4
			}
			blendAt(pix[i:i+3:i+3], r, g, b, a)
		}
	}
}

// thickLine draws a line about width pixels wide as parallel one-pixel lines.
func (p *pixmap) thickLine(x0, y0, x1, y1, width float32, c color.NRGBA) {
	dx, dy := x1-x0, y1-y0
	l := float32(math.Hypot(float64(dx), float64(dy)))
	if width <= 1.2 || l < 1e-3 {
		p.line(x0, y0, x1, y1, c)
		return
	}
	nx, ny := -dy/l, dx/l
	n := int(width/0.75 + 0.5)
	for k := 0; k < n; k++ {
		o := (float32(k) - float32(n-1)/2) * 0.75
		p.line(x0+nx*o, y0+ny*o, x1+nx*o, y1+ny*o, c)
	}
}

func abs32(v float32) float32 {
	if v < 0 {
		return -v
	}
	return v
}

// clipLine clips a segment to the rectangle (Liang–Barsky); ok is false when nothing is left.
func clipLine(x0, y0, x1, y1, minX, minY, maxX, maxY float32) (float32, float32, float32, float32, bool) {
	t0, t1 := float32(0), float32(1)
	dx, dy := x1-x0, y1-y0
	for _, e := range [4][2]float32{{-dx, x0 - minX}, {dx, maxX - x0}, {-dy, y0 - minY}, {dy, maxY - y0}} {
		pe, q := e[0], e[1]
		if pe == 0 {
			if q < 0 {
				return 0, 0, 0, 0, false
			}
			continue
		}
		r := q / pe
		if pe < 0 {
			t0 = max(t0, r)
		} else {
			t1 = min(t1, r)
		}
		if t0 > t1 {
			return 0, 0, 0, 0, false
		}
	}
	return x0 + t0*dx, y0 + t0*dy, x0 + t1*dx, y0 + t1*dy, true
}

// mask is a coverage map (0..256 per pixel) of a shape centred on (cx, cy) of its w×h box.
type mask struct {
	w, h   int
	cx, cy float32
	cov    []uint16
}

// stamp paints c through m with the mask's centre at (x, y).
func (p *pixmap) stamp(m *mask, x, y float32, c color.NRGBA) {
	ox, oy := int(math.Floor(float64(x-m.cx+0.5))), int(math.Floor(float64(y-m.cy+0.5)))
	if ox >= p.w || oy >= p.h || ox+m.w <= 0 || oy+m.h <= 0 {
		return
	}
	r, g, b := uint32(c.R), uint32(c.G), uint32(c.B)
	for j := max(0, -oy); j < m.h && oy+j < p.h; j++ {
		row := m.cov[j*m.w : (j+1)*m.w]
		line := p.img.Pix[(oy+j)*p.img.Stride : (oy+j+1)*p.img.Stride]
		for i := max(0, -ox); i < m.w && ox+i < p.w; i++ {
			if cv := row[i]; cv != 0 {
				if a := alphaOf(c, uint32(cv)); a != 0 {
					k := (ox + i) * 4
					blendAt(line[k:k+3:k+3], r, g, b, a)
				}
			}
		}
	}
}

// newMask rasterises a shape over a box of the given radius: cover gives the part of the pixel
// centred on (x, y), relative to the shape's centre, that the shape covers.
func newMask(radius float32, cover func(x, y float32) float32) *mask {
	half := int(math.Ceil(float64(radius))) + 1
	m := &mask{w: 2 * half, h: 2 * half, cx: float32(half), cy: float32(half)}
	m.cov = make([]uint16, m.w*m.h)
	for j := 0; j < m.h; j++ {
		for i := 0; i < m.w; i++ {
			m.cov[j*m.w+i] = uint16(cover(float32(i)-m.cx+0.5, float32(j)-m.cy+0.5)*256 + 0.5)
		}
	}
	return m
}
