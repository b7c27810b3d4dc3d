package widgets

import (
	"image"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
)

// chartRenderer draws the chart as one raster (edges, nodes, halos) under a pool of text objects
// for the labels. The raster's generator runs on the paint thread, which in Fyne 2.6+ is the
// Fyne goroutine, so it reads the chart without locks.
type chartRenderer struct {
	c       *Chart
	raster  *canvas.Raster
	pix     pixmap
	masks   maskCache
	frame   chartFrame
	byKey   map[int]*canvas.Text // the text object of each label shown, by chartLabel.key
	spare   []*canvas.Text
	labels  []chartLabel
	halos   []box
	objects []fyne.CanvasObject
}

func newChartRenderer(c *Chart) *chartRenderer {
	r := &chartRenderer{c: c}
	r.raster = canvas.NewRaster(r.generate)
	r.objects = []fyne.CanvasObject{r.raster}
	return r
}

// generate draws the bulk of the chart at the raster's size in device pixels.
func (r *chartRenderer) generate(w, h int) image.Image {
	c := r.c
	c.frames.Add(1)
	size := c.Size()
	pt := c.paints()
	img := r.pix.begin(w, h, pt.bg)
	if size.Width <= 0 || len(c.nodes) == 0 || len(c.pos) != len(c.nodes) {
		return img
	}
	r.frame = chartFrame{c: c, v: c.view, size: size, px: float32(w) / size.Width, p: &r.pix,
		pt: pt, masks: &r.masks, focus: r.frame.focus, halos: r.halos}
	r.frame.draw()
	return img
}

func (r *chartRenderer) Destroy() {
	if r.c.run != nil {
		r.c.pending = true // resume when a renderer is made again
		r.c.stopLayout()
	}
}

// Layout fits the view the first time the chart has a size: a chart in a tab never shown has
// none.
func (r *chartRenderer) Layout(size fyne.Size) {
	c := r.c
	r.raster.Resize(size)
	if !c.fitted && size.Width > 0 && size.Height > 0 && len(c.pos) > 0 {
		c.view = fitView(c.bounds(), size)
		c.fitted = true
	}
	r.placeLabels(size)
}

func (r *chartRenderer) MinSize() fyne.Size { return fyne.NewSize(64, 64) }

func (r *chartRenderer) Objects() []fyne.CanvasObject { return r.objects }

// Refresh places the labels for the current view and redraws the raster.
func (r *chartRenderer) Refresh() {
	r.Layout(r.c.Size())
	r.raster.Refresh()
}

// placeLabels shows the labels chosen for the current view. A label keeps its text object while
// it stays shown, so that panning only moves objects: a changed text costs the painter a new
// texture.
func (r *chartRenderer) placeLabels(size fyne.Size) {
	c := r.c
	th := c.Theme()
	sz := th.Size(theme.SizeNameCaptionText)
	fg := th.Color(theme.ColorNameForeground, currentVariant())
	r.labels = c.chooseLabels(c.view, size, sz, r.labels[:0])
	shown := make(map[int]*canvas.Text, len(r.labels))
	for _, l := range r.labels {
		if t, ok := r.byKey[l.key]; ok {
			shown[l.key] = t
			delete(r.byKey, l.key)
		}
	}
	for _, t := range r.byKey {
		r.spare = append(r.spare, t)
	}
	r.byKey = shown
	r.halos = r.halos[:0]
	r.objects = r.objects[:1]
	for _, l := range r.labels {
		t, ok := r.byKey[l.key]
		if !ok {
			t = r.takeText()
			r.byKey[l.key] = t
		}
		style := fyne.TextStyle{Italic: l.italic}
		changed := t.Text != l.text || t.TextSize != sz || t.Color != fg || t.TextStyle != style
		t.Text, t.TextSize, t.Color, t.TextStyle = l.text, sz, fg, style
		t.Move(fyne.NewPos(l.b.x+labelPad, l.b.y))
		if changed {
			t.Resize(fyne.NewSize(l.b.w-2*labelPad, l.b.h))
			t.Refresh()
		}
		r.halos = append(r.halos, l.b)
		r.objects = append(r.objects, t)
	}
}

func (r *chartRenderer) takeText() *canvas.Text {
	if n := len(r.spare); n > 0 {
		t := r.spare[n-1]
		r.spare = r.spare[:n-1]
		return t
	}
	return canvas.NewText("", nil)
}
