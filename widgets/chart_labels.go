package widgets

import (
	"unicode/utf8"

	"fyne.io/fyne/v2"
)

// maxEdgeLabels bounds the edge labels drawn beside the selected nodes' links.
const maxEdgeLabels = 40

// labelPad is the room left and right of a label's text inside its halo.
const labelPad = 2

// chartLabel is a label to draw: its halo box in widget units and its text.
type chartLabel struct {
	b      box
	text   string
	italic bool
	key    int // the node's index, or -1 - the edge's index
}

// labelPlacer collects labels that neither leave the widget nor overlap each other.
type labelPlacer struct {
	size      fyne.Size
	sz        float32 // text size
	textH     float32
	labels    []chartLabel
	obstacles []box // the labelled nodes, which later labels must not cover
}

// add places text in b unless b leaves the widget or overlaps a label already placed.
func (lp *labelPlacer) add(b box, text string, italic bool, key int) bool {
	if b.x < 0 || b.y < 0 || b.x+b.w > lp.size.Width || b.y+b.h > lp.size.Height {
		return false
	}
	if lp.overlaps(b) {
		return false
	}
	lp.labels = append(lp.labels, chartLabel{b: b, text: text, italic: italic, key: key})
	return true
}

// overlaps reports whether b overlaps a label already placed.
func (lp *labelPlacer) overlaps(b box) bool {
	for _, o := range lp.labels {
		if b.overlaps(o.b) {
			return true
		}
	}
	for _, o := range lp.obstacles {
		if b.overlaps(o) {
			return true
		}
	}
	return false
}

// chooseLabels picks the labels to draw for view v on a widget of the given size, appending to
// dst: the hovered, path and selected nodes first, then the largest visible nodes, each centred
// under its node and skipped when it would overlap one already placed, up to MaxLabels; then the
// labels of the selected nodes' and the path's edges, at their middle.
func (c *Chart) chooseLabels(v chartView, size fyne.Size, sz float32, dst []chartLabel) []chartLabel {
	if size.Width <= 0 || len(c.pos) != len(c.nodes) {
		return dst
	}
	lp := &labelPlacer{size: size, sz: sz, textH: c.measureText("Mg", sz, fyne.TextStyle{}).Height,
		labels: dst}
	budget := c.MaxLabels
	if budget <= 0 {
		budget = defaultMaxLabels
	}
	placed := 0
	try := func(i int) {
		if placed < budget && c.labelNode(lp, v, i) {
			placed++
		}
	}
	if c.hover >= 0 && c.hover < len(c.nodes) {
		try(c.hover)
	}
	for _, i := range c.path {
		try(i)
	}
	for i, s := range c.selected {
		if s {
			try(i)
		}
	}
	for k := len(c.order) - 1; k >= 0 && placed < budget; k-- {
		try(int(c.order[k]))
	}
	c.labelEdges(lp, v)
	return lp.labels
}

// labelNode places node i's label under the node, or else above it, to its right or to its
// left: the first of these that leaves room.
func (c *Chart) labelNode(lp *labelPlacer, v chartView, i int) bool {
	if c.hidden[i] || c.looks.labels[i] == "" {
		return false
	}
	x, y := v.toScreen(c.pos[i], lp.size)
	rs := nodeScreenRadius(c.radius[i], v.scale)
	if x < 0 || y < 0 || x > lp.size.Width || y > lp.size.Height {
		return false // off screen: not worth measuring
	}
	node := box{x - rs, y - rs, 2 * rs, 2 * rs}
	if lp.overlaps(node) {
		return false // a label already covers the node: one more would be lost in the clutter
	}
	// A narrow guess of the width first: measuring text is slow the first time, and most
	// candidates in a dense chart are rejected for overlapping.
	guess := float32(utf8.RuneCountInString(c.looks.labels[i])) * lp.sz * 0.3
	var w float32
	for _, at := range labelSpots {
		if lp.overlaps(at.place(x, y, rs, guess, lp.textH)) {
			continue
		}
		if w == 0 {
			w = c.labelWidth(i, lp.sz) + 2*labelPad
		}
		if lp.add(at.place(x, y, rs, w, lp.textH), c.looks.labels[i], false, i) {
			lp.obstacles = append(lp.obstacles, node)
			return true
		}
	}
	return false
}

// labelSpot is a place for a node's label relative to the node.
type labelSpot int

const (
	spotBelow labelSpot = iota
	spotAbove
	spotRight
	spotLeft
)

// labelSpots are the places tried for a node's label, in order of preference.
var labelSpots = [...]labelSpot{spotBelow, spotAbove, spotRight, spotLeft}

// place returns the box of a label w wide and h high at this spot of a node of screen radius rs
// centred at (x, y).
func (s labelSpot) place(x, y, rs, w, h float32) box {
	switch s {
	case spotAbove:
		return box{x - w/2, y - rs - 1 - h, w, h}
	case spotRight:
		return box{x + rs + 2, y - h/2, w, h}
	case spotLeft:
		return box{x - rs - 2 - w, y - h/2, w, h}
	}
	return box{x - w/2, y + rs + 1, w, h}
}

// labelEdges labels the edges of the selected nodes and of the path, in italics.
func (c *Chart) labelEdges(lp *labelPlacer, v chartView) {
	n := 0
	for k, e := range c.edges {
		if n >= maxEdgeLabels {
			return
		}
		if e.label == "" || c.hidden[e.a] || c.hidden[e.b] ||
			!(c.selected[e.a] || c.selected[e.b] || (c.pathStep != nil && c.pathStep[pairKey(e.a, e.b)])) {
			continue
		}
		x0, y0 := v.toScreen(c.pos[e.a], lp.size)
		x1, y1 := v.toScreen(c.pos[e.b], lp.size)
		label := cutLabel(e.label, maxLabelRunes)
		w := c.measureText(label, lp.sz, fyne.TextStyle{Italic: true}).Width
		if lp.add(box{(x0+x1)/2 - w/2 - labelPad, (y0+y1)/2 - lp.textH/2, w + 2*labelPad, lp.textH}, label, true, -1-k) {
			n++
		}
	}
}
