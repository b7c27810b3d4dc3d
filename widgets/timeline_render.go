package widgets

import (
	"image"
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
)

// Alphas of the timeline's fills.
const (
	barAlpha      = 0x60
	laneAltAlpha  = 0x0c
	gridAlpha     = 0x22
	headerAlpha   = 0x14
	separatorLine = 0x40
)

// timelineRenderer draws lanes, grid and items into one raster, with pooled text objects for the
// tick labels, lane names and visible item labels.
type timelineRenderer struct {
	tl      *Timeline
	raster  *canvas.Raster
	pix     pixmap
	masks   maskCache
	texts   []*canvas.Text
	used    int
	objects []fyne.CanvasObject
}

func newTimelineRenderer(tl *Timeline) *timelineRenderer {
	r := &timelineRenderer{tl: tl}
	r.raster = canvas.NewRaster(r.generate)
	r.objects = []fyne.CanvasObject{r.raster}
	return r
}

func (r *timelineRenderer) Destroy() {}

func (r *timelineRenderer) MinSize() fyne.Size { return fyne.NewSize(120, 60) }

func (r *timelineRenderer) Objects() []fyne.CanvasObject { return r.objects }

// Layout lays the view out for the size (fitting it on the first size) and places the texts.
func (r *timelineRenderer) Layout(size fyne.Size) {
	r.raster.Resize(size)
	r.tl.computeGeom(size)
	r.placeTexts()
}

// Refresh lays the view out again and redraws the raster.
func (r *timelineRenderer) Refresh() {
	r.Layout(r.tl.Size())
	r.raster.Refresh()
}

// placeTexts shows the tick labels, the lane names and the item labels of the current geometry.
func (r *timelineRenderer) placeTexts() {
	tl := r.tl
	g := &tl.geom
	m := g.m
	th := tl.Theme()
	fg := th.Color(theme.ColorNameForeground, currentVariant())
	r.used = 0
	for k, t := range g.ticks {
		r.text(t.label, g.tickX[k]+3, (m.axisH-m.textH)/2, m.textSz, fg, false)
	}
	for _, b := range g.bands {
		top := max(b.y, m.axisH)
		if m.headerW > 0 && b.y+b.h-top >= m.textH {
			name := r.fitLane(tl.lanes[b.k], m)
			r.text(name, m.pad, top+m.laneGap, m.textSz, fg, true)
		}
	}
	for _, p := range g.items {
		if p.label {
			r.text(tl.items[p.k].Label, p.lx, p.y+(m.rowH-m.textH)/2, m.textSz, fg, false)
		}
	}
	r.objects = r.objects[:1]
	for _, t := range r.texts[:r.used] {
		r.objects = append(r.objects, t)
	}
}

// fitLane cuts a lane name to the header's width.
func (r *timelineRenderer) fitLane(name string, m tlMetrics) string {
	room := m.headerW - 2*m.pad
	style := fyne.TextStyle{Bold: true}
	if fyne.MeasureText(name, m.textSz, style).Width <= room {
		return name
	}
	runes := []rune(name)
	for n := len(runes) - 1; n > 0; n-- {
		s := string(runes[:n]) + "…"
		if fyne.MeasureText(s, m.textSz, style).Width <= room {
			return s
		}
	}
	return ""
}

// text shows s at (x, y) in the next pooled text object.
func (r *timelineRenderer) text(s string, x, y, sz float32, fg color.Color, bold bool) {
	if r.used == len(r.texts) {
		r.texts = append(r.texts, canvas.NewText("", nil))
	}
	t := r.texts[r.used]
	r.used++
	style := fyne.TextStyle{Bold: bold}
	changed := t.Text != s || t.TextSize != sz || t.Color != fg || t.TextStyle != style
	t.Text, t.TextSize, t.Color, t.TextStyle = s, sz, fg, style
	t.Move(fyne.NewPos(x, y))
	t.Resize(t.MinSize())
	if changed {
		t.Refresh()
	}
}

// generate draws the bands, grid, items, header and axis band at device pixels w×h.
func (r *timelineRenderer) generate(w, h int) image.Image {
	tl := r.tl
	th := tl.Theme()
	v := currentVariant()
	bg := color.NRGBAModel.Convert(th.Color(theme.ColorNameBackground, v)).(color.NRGBA)
	fg := color.NRGBAModel.Convert(th.Color(theme.ColorNameForeground, v)).(color.NRGBA)
	img := r.pix.begin(w, h, bg)
	g := &tl.geom
	if g.size.Width <= 0 {
		return img
	}
	d := timelineDraw{p: &r.pix, g: g, px: float32(w) / g.size.Width, fg: fg, dark: isDark(th, v), masks: &r.masks}
	d.bands()
	for k := range g.ticks {
		d.vline(g.tickX[k], g.m.axisH, g.size.Height, withAlpha(fg, gridAlpha))
	}
	hues := map[fyne.ThemeColorName]color.NRGBA{}
	for _, p := range g.items {
		name := tl.colors[p.k]
		hue, ok := hues[name]
		if !ok {
			hue = resolveColor(th, name, v)
			hues[name] = hue
		}
		d.item(p, hue)
	}
	d.chrome(bg)
	return img
}

// timelineDraw draws one timeline frame into a pixmap; coordinates in widget units are scaled by
// px to device pixels.
type timelineDraw struct {
	p     *pixmap
	g     *timelineGeom
	px    float32
	fg    color.NRGBA
	dark  bool
	masks *maskCache
}

func (d *timelineDraw) rect(x0, y0, x1, y1 float32, c color.NRGBA) {
	d.p.fillRect(x0*d.px, y0*d.px, x1*d.px, y1*d.px, c)
}

func (d *timelineDraw) vline(x, y0, y1 float32, c color.NRGBA) {
	d.rect(x, y0, x+1/d.px, y1, c)
}

// bands shades every other lane and draws the lines between lanes.
func (d *timelineDraw) bands() {
	g := d.g
	for _, b := range g.bands {
		if b.k%2 == 1 {
			d.rect(0, b.y, g.size.Width, b.y+b.h, withAlpha(d.fg, laneAltAlpha))
		}
		d.rect(0, b.y+b.h-1/d.px, g.size.Width, b.y+b.h, withAlpha(d.fg, gridAlpha))
	}
}

// item draws a point as a diamond and a period as a translucent bar with solid ends, so that
// the length of a period reads as its precision; a selected item gets an outline.
func (d *timelineDraw) item(p placedItem, hue color.NRGBA) {
	m := d.g.m
	top := p.y + (m.rowH-m.markH)/2
	if p.point {
		r := m.markH / 2 * d.px
		cx, cy := p.x0*d.px, (top+m.markH/2)*d.px
		d.p.stamp(d.masks.get(ShapeDiamond, r, 0), cx, cy, hue)
		d.p.stamp(d.masks.get(ShapeDiamond, r, max(1, d.px)), cx, cy, outlineOf(hue, d.dark))
		if p.selected {
			d.p.stamp(d.masks.get(ShapeDiamond, r+3*d.px, 2*d.px), cx, cy, d.fg)
		}
		return
	}
	x1 := max(p.x1, p.x0+1/d.px)
	d.rect(p.x0, top, x1, top+m.markH, withAlpha(hue, barAlpha))
	capW := min(2, (x1-p.x0)/2)
	d.rect(p.x0, top, p.x0+capW, top+m.markH, hue)
	d.rect(x1-capW, top, x1, top+m.markH, hue)
	if p.selected {
		o := float32(2)
		c := d.fg
		d.rect(p.x0-o, top-o, x1+o, top, c)
		d.rect(p.x0-o, top+m.markH, x1+o, top+m.markH+o, c)
		d.rect(p.x0-o, top, p.x0, top+m.markH, c)
		d.rect(x1, top, x1+o, top+m.markH, c)
	}
}

// chrome draws the lane header column and the axis band over the items that scrolled under them.
func (d *timelineDraw) chrome(bg color.NRGBA) {
	g := d.g
	m := g.m
	if m.headerW > 0 {
		d.rect(0, m.axisH, m.headerW, g.size.Height, bg)
		d.rect(0, m.axisH, m.headerW, g.size.Height, withAlpha(d.fg, headerAlpha))
		for _, b := range g.bands {
			if b.k%2 == 1 {
				d.rect(0, b.y, m.headerW, b.y+b.h, withAlpha(d.fg, laneAltAlpha))
			}
			d.rect(0, b.y+b.h-1/d.px, m.headerW, b.y+b.h, withAlpha(d.fg, gridAlpha))
		}
		d.vline(m.headerW, m.axisH, g.size.Height, withAlpha(d.fg, separatorLine))
	}
	d.rect(0, 0, g.size.Width, m.axisH, bg)
	d.rect(0, 0, g.size.Width, m.axisH, withAlpha(d.fg, headerAlpha))
	for k := range g.ticks {
		d.vline(g.tickX[k], m.axisH/2, m.axisH, withAlpha(d.fg, separatorLine))
	}
	d.rect(0, m.axisH-1/d.px, g.size.Width, m.axisH, withAlpha(d.fg, separatorLine))
}
