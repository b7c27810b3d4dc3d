package widgets

import (
	"math"
	"testing"

	"fyne.io/fyne/v2"

	"dossier/widgets/graph"
)

func TestChartViewRoundTrip(t *testing.T) {
	v := chartView{cx: 10, cy: -5, scale: 2.5}
	size := fyne.NewSize(800, 600)
	for _, p := range []graph.Point{{X: 0, Y: 0}, {X: 10, Y: -5}, {X: -300, Y: 412.5}} {
		x, y := v.toScreen(p, size)
		q := v.toWorld(fyne.NewPos(x, y), size)
		if math.Abs(q.X-p.X) > 1e-3 || math.Abs(q.Y-p.Y) > 1e-3 {
			t.Errorf("%v -> (%v, %v) -> %v", p, x, y, q)
		}
	}
	if x, y := v.toScreen(graph.Point{X: 10, Y: -5}, size); x != 400 || y != 300 {
		t.Errorf("the centre is drawn at (%v, %v)", x, y)
	}
}

func TestChartViewZoomAt(t *testing.T) {
	size := fyne.NewSize(800, 600)
	tests := []struct {
		name      string
		f         float64
		at        fyne.Position
		wantScale float64
	}{
		{"OK in at a corner", 2, fyne.NewPos(10, 20), 2},
		{"OK out at the centre", 0.5, fyne.NewPos(400, 300), 0.5},
		{"OK clamped in", 1e6, fyne.NewPos(100, 100), chartMaxScale},
		{"OK clamped out", 1e-9, fyne.NewPos(100, 100), chartMinScale},
		{"ErrNaN ignored", math.NaN(), fyne.NewPos(100, 100), 1},
		{"ErrNegative ignored", -2, fyne.NewPos(100, 100), 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := chartView{cx: 3, cy: 4, scale: 1}
			under := v.toWorld(tt.at, size)
			v.zoomAt(tt.f, tt.at, size)
			if math.Abs(v.scale-tt.wantScale) > 1e-9 {
				t.Errorf("scale = %v, want %v", v.scale, tt.wantScale)
			}
			if w := v.toWorld(tt.at, size); math.Abs(w.X-under.X) > 1e-6 || math.Abs(w.Y-under.Y) > 1e-6 {
				t.Errorf("the point under the pointer moved from %v to %v", under, w)
			}
		})
	}
}

func TestFitView(t *testing.T) {
	size := fyne.NewSize(800, 600)
	b := bounds{-100, -50, 300, 150}
	v := fitView(b, size)
	for _, p := range []graph.Point{{X: -100, Y: -50}, {X: 300, Y: 150}} {
		x, y := v.toScreen(p, size)
		if x < 0 || y < 0 || x > size.Width || y > size.Height {
			t.Errorf("corner %v drawn at (%v, %v), outside", p, x, y)
		}
	}
	if v.scale < 1.5 {
		t.Errorf("fit scale %v leaves most of the widget empty", v.scale)
	}
	if got := fitView(emptyBounds(), size); got.scale != 1 {
		t.Errorf("empty bounds: %+v", got)
	}
	if got := fitView(bounds{0, 0, 1, 1}, size); got.scale > 2 {
		t.Errorf("a single node is blown up to scale %v", got.scale)
	}
}

func TestNodeScreenRadius(t *testing.T) {
	tests := []struct {
		r, scale float64
		want     float32
	}{
		{10, 1, 10}, {10, 4, 20}, {10, 0.0001, nodeScreenMin}, {16, 25, nodeScreenMax},
	}
	for _, tt := range tests {
		if got := nodeScreenRadius(tt.r, tt.scale); got != tt.want {
			t.Errorf("nodeScreenRadius(%v, %v) = %v, want %v", tt.r, tt.scale, got, tt.want)
		}
	}
}
