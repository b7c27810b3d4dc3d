package widgets

import (
	"image/color"
	"math"
	"testing"
)

func TestClipLine(t *testing.T) {
	tests := []struct {
		name           string
		x0, y0, x1, y1 float32
		ok             bool
		want           [4]float32
	}{
		{"OK inside", 1, 1, 5, 5, true, [4]float32{1, 1, 5, 5}},
		{"OK crossing", -10, 5, 20, 5, true, [4]float32{0, 5, 10, 5}},
		{"OK diagonal in from a corner", -5, -5, 5, 5, true, [4]float32{0, 0, 5, 5}},
		{"ErrOutside", -10, -1, 20, -1, false, [4]float32{}},
		{"ErrOutsideVertical", 11, 0, 11, 10, false, [4]float32{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, b, c, d, ok := clipLine(tt.x0, tt.y0, tt.x1, tt.y1, 0, 0, 10, 10)
			if ok != tt.ok || (ok && [4]float32{a, b, c, d} != tt.want) {
				t.Errorf("clipLine = %v %v %v %v %v, want %v %v", a, b, c, d, ok, tt.want, tt.ok)
			}
		})
	}
}

// ink sums how far the image is from the background, in units of one fully painted pixel.
func ink(p *pixmap) float64 {
	total := 0.0
	for i := 0; i < len(p.img.Pix); i += 4 {
		total += float64(255-p.img.Pix[i]) / 255
	}
	return total
}

func TestPixmapDrawing(t *testing.T) {
	white := color.NRGBA{0xff, 0xff, 0xff, 0xff}
	black := color.NRGBA{A: 0xff}
	var p pixmap
	tests := []struct {
		name string
		draw func()
		want float64 // ink, in painted pixels
		tol  float64
	}{
		{"OK rect with fractional edges", func() { p.fillRect(2.5, 3, 6.5, 5.5, black) }, 4 * 2.5, 0.1},
		{"OK rect clipped", func() { p.fillRect(-10, -10, 3, 2, black) }, 6, 0.1},
		{"OK horizontal line", func() { p.line(2, 5.5, 12, 5.5, black) }, 11, 0.3},
		{"OK half-transparent rect", func() { p.fillRect(0, 0, 4, 4, color.NRGBA{A: 0x80}) }, 8, 0.2},
		{"OK disc", func() { p.stamp((&maskCache{}).get(ShapeCircle, 6, 0), 16, 16, black) }, math.Pi * 36, 2},
		{"OK line off the image", func() { p.line(-50, -50, -10, 100, black) }, 0, 0},
		{"OK mask off the image", func() { p.stamp((&maskCache{}).get(ShapeSquare, 6, 0), -40, 16, black) }, 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p.begin(32, 32, white)
			tt.draw()
			if got := ink(&p); math.Abs(got-tt.want) > tt.tol+0.02*tt.want {
				t.Errorf("ink = %.2f, want %.2f", got, tt.want)
			}
		})
	}
}

func TestShapesInside(t *testing.T) {
	for _, s := range []NodeShape{ShapeCircle, ShapeSquare, ShapeDiamond, ShapeTriangle, ShapeHexagon} {
		v := shapeVertices(s)
		if shapeDistance(v, 10, 0, 0) < 5 || shapeDistance(v, 10, 14, 14) >= 0 || shapeDistance(v, 10, 0, -7) < 0 {
			t.Errorf("shape %d: wrong distances", s)
		}
		if d := shapeDistance(v, 10, 0, 0) - shapeDistance(v, 8, 0, 0); math.Abs(float64(d)) > 2.4 || d <= 0 {
			t.Errorf("shape %d: a radius 2 larger moves the outline by %v", s, d)
		}
	}
}
