package widgets

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// maxItemLabels bounds the item labels drawn at once (each is a canvas object).
const maxItemLabels = 300

// tlMetrics are the timeline's sizes for the current theme, in widget units.
type tlMetrics struct {
	textSz, textH, pad float32
	rowH, markH        float32 // a row of items; the height of a mark in it
	axisH, headerW     float32 // the axis band on top; the lane names on the left
	laneGap            float32 // space above and below the rows of a lane
}

// metrics measures the timeline for a widget of the given width.
func (tl *Timeline) metrics(width float32) tlMetrics {
	th := tl.Theme()
	sz := th.Size(theme.SizeNameCaptionText)
	textH := fyne.MeasureText("Mg", sz, fyne.TextStyle{}).Height
	m := tlMetrics{textSz: sz, textH: textH, pad: 4, rowH: textH + 6, markH: textH * 0.8,
		axisH: textH + 12, laneGap: 6}
	if len(tl.lanes) > 1 || (len(tl.lanes) == 1 && tl.lanes[0] != "") {
		w := float32(0)
		for _, l := range tl.lanes {
			w = max(w, fyne.MeasureText(l, sz, fyne.TextStyle{Bold: true}).Width)
		}
		m.headerW = min(w+2*m.pad+4, width/4)
	}
	return m
}

// contentWidth is the width of the area items are drawn in.
func (tl *Timeline) contentWidth() float32 {
	size := tl.Size()
	return size.Width - tl.metrics(size.Width).headerW
}

// timelinePack is the stacking of the items into rows for one zoom level.
type timelinePack struct {
	spu      float64
	sz       float32
	row      []int
	crowded  []bool
	laneRows []int
}

// ensurePack stacks the items into rows for the current zoom, unless already done: each item
// takes the room of its mark and of its label, so labels do not overlap.
func (tl *Timeline) ensurePack(m tlMetrics) {
	p := &tl.pack
	if p.spu == tl.axis.spu && p.sz == m.textSz && len(p.row) == len(tl.items) && p.laneRows != nil {
		return
	}
	if tl.labelSz != m.textSz {
		clear(tl.labelW)
		tl.labelSz = m.textSz
	}
	spu := tl.axis.spu
	ext := make([]extent, len(tl.items))
	for i, it := range tl.items {
		x0, x1 := tl.start[i]/spu, tl.end[i]/spu
		lw := float64(tl.labelWidth(i))
		switch {
		case it.isPoint():
			half := float64(m.markH) / 2
			ext[i] = extent{x0 - half, x0 + half, x0 + half + float64(m.pad) + lw}
		case x1-x0 >= lw+2*float64(m.pad): // the label fits inside the bar
			ext[i] = extent{x0, x1, x1}
		default:
			ext[i] = extent{x0, x1, x1 + float64(m.pad) + lw}
		}
	}
	p.row = make([]int, len(tl.items))
	p.crowded = make([]bool, len(tl.items))
	p.laneRows = make([]int, len(tl.lanes))
	for k, idx := range tl.byLane {
		rows, crowded, n := packRows(ext, idx, maxRowsPerLane, float64(m.pad))
		for _, i := range idx {
			p.row[i], p.crowded[i] = rows[i], crowded[i]
		}
		p.laneRows[k] = n
	}
	p.spu, p.sz = spu, m.textSz
}

// labelWidth returns the width of item i's label, measured once per text size.
func (tl *Timeline) labelWidth(i int) float32 {
	if tl.labelW[i] == 0 && tl.items[i].Label != "" {
		tl.labelW[i] = fyne.MeasureText(tl.items[i].Label, tl.labelSz, fyne.TextStyle{}).Width
	}
	return tl.labelW[i]
}

// placedItem is an item drawn in the current view: its mark from x0 to x1 (x0 == x1 for a point)
// in the row starting at y, and its label at lx when shown.
type placedItem struct {
	k        int
	x0, x1   float32
	y        float32
	point    bool
	label    bool
	lx, lw   float32
	selected bool
}

// laneBand is a lane's horizontal band in the current view.
type laneBand struct {
	k    int
	y, h float32
}

// timelineGeom is everything the renderer draws and the hit test needs for one view.
type timelineGeom struct {
	m       tlMetrics
	size    fyne.Size
	bands   []laneBand
	items   []placedItem
	ticks   []tick
	tickX   []float32
	nLabels int
}

// computeGeom lays the current view out for a widget of the given size.
func (tl *Timeline) computeGeom(size fyne.Size) {
	g := &tl.geom
	m := tl.metrics(size.Width)
	g.m, g.size = m, size
	g.bands, g.items, g.ticks, g.tickX, g.nLabels = g.bands[:0], g.items[:0], nil, g.tickX[:0], 0
	tl.axis.left = m.headerW
	tl.applyPending()
	if size.Width <= 0 || size.Height <= 0 {
		return
	}
	if w := size.Width - m.headerW; w > 0 {
		if tl.shownW > 0 && w != tl.shownW {
			tl.axis.spu *= float64(tl.shownW / w) // a resize keeps the period shown
		}
		tl.shownW = w
	}
	tl.ensurePack(m)
	tl.placeBands(m, size)
	for _, b := range g.bands {
		tl.placeItems(b, m, size)
	}
	from, to := tl.axis.at(m.headerW), tl.axis.at(size.Width)
	g.ticks = ticks(from, to, chooseStep(tl.axis.spu))
	for _, t := range g.ticks {
		g.tickX = append(g.tickX, tl.axis.x(unixSeconds(t.t)))
	}
}

// placeBands stacks the lanes below the axis, scrolled by yOff (clamped to the content).
func (tl *Timeline) placeBands(m tlMetrics, size fyne.Size) {
	total := float32(0)
	for _, n := range tl.pack.laneRows {
		total += float32(n)*m.rowH + 2*m.laneGap
	}
	tl.yOff = max(0, min(tl.yOff, total-(size.Height-m.axisH)))
	y := m.axisH - tl.yOff
	for k, n := range tl.pack.laneRows {
		h := float32(n)*m.rowH + 2*m.laneGap
		if y+h > m.axisH && y < size.Height {
			tl.geom.bands = append(tl.geom.bands, laneBand{k: k, y: y, h: h})
		}
		y += h
	}
}

// placeItems places the visible items of one lane and decides which labels show.
func (tl *Timeline) placeItems(b laneBand, m tlMetrics, size fyne.Size) {
	g := &tl.geom
	left := m.headerW
	for _, i := range tl.byLane[b.k] {
		x0, x1 := tl.axis.x(tl.start[i]), tl.axis.x(tl.end[i])
		lw := tl.labelWidth(i)
		if x0 > size.Width || x1+m.markH+m.pad+lw < left {
			continue
		}
		y := b.y + m.laneGap + float32(tl.pack.row[i])*m.rowH
		if y+m.rowH < m.axisH || y > size.Height {
			continue
		}
		p := placedItem{k: i, x0: x0, x1: x1, y: y, point: tl.items[i].isPoint(), lw: lw,
			selected: tl.hasSel && tl.items[i].ID == tl.sel}
		p.lx = x1 + m.pad
		if p.point {
			p.lx = x0 + m.markH/2 + m.pad
		} else if x1-x0 >= lw+2*m.pad {
			p.lx = max(x0, left) + m.pad // inside the bar, kept in view while the bar is
		}
		p.label = lw > 0 && !tl.pack.crowded[i] && p.lx >= left && p.lx < size.Width &&
			(p.point || p.lx+lw <= x1-m.pad || p.lx >= x1) && y >= m.axisH && g.nLabels < maxItemLabels
		if p.label {
			g.nLabels++
		}
		g.items = append(g.items, p)
	}
}

// hit returns the index of the item whose mark or label is under pos, the last drawn first;
// -1 when none.
func (g *timelineGeom) hit(pos fyne.Position) int {
	m := g.m
	if pos.X < m.headerW || pos.Y < m.axisH {
		return -1
	}
	const slop = 2
	for k := len(g.items) - 1; k >= 0; k-- {
		p := g.items[k]
		if pos.Y < p.y || pos.Y > p.y+m.rowH {
			continue
		}
		x0, x1 := p.x0, max(p.x1, p.x0)
		if p.point {
			x0, x1 = p.x0-m.markH/2, p.x0+m.markH/2
		}
		onMark := pos.X >= x0-slop && pos.X <= x1+slop
		onLabel := p.label && pos.X >= p.lx && pos.X <= p.lx+p.lw
		if onMark || onLabel {
			return p.k
		}
	}
	return -1
}
