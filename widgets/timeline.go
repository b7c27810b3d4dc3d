package widgets

import (
	"math"
	"slices"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"
)

// TimelineItem is one thing on a timeline: an instant or a period.
type TimelineItem struct {
	// ID is the caller's key; it comes back in OnTapped. Several items may share an ID (an event
	// shown in the lane of each of its participants).
	ID int64
	// Label is drawn beside the item when there is room.
	Label string
	// Lane names the row band the item goes in (a type, a participant); "" is a lane too.
	Lane string
	// Start and End bound the item: End after Start is a period [Start, End), drawn as a bar
	// as long as the period (a month, a range); End equal to or before Start (or zero) is an
	// instant known to the day or better, drawn as a point. Items with a zero Start are skipped.
	Start, End time.Time
	// Color names the item's colour in the theme (see HighlightTheme); empty picks a highlight
	// hue from the lane.
	Color fyne.ThemeColorName
}

// isPoint reports whether the item is drawn as a point.
func (it TimelineItem) isPoint() bool { return !it.End.After(it.Start) }

// Timeline shows items on a horizontal time axis, in lanes, drawn into one raster image with text
// objects only for the visible labels. Points are instants and bars periods, so the precision of
// a date shows. Scroll to zoom around the pointer, drag to pan (up and down too when the lanes
// are taller than the view), tap an item to select it; +, - and 0 zoom in, out and to fit. Times
// are shown in UTC. Like every Fyne widget it must be used from the Fyne goroutine.
type Timeline struct {
	widget.BaseWidget

	// OnTapped is called with the ID of a tapped item after it is selected.
	OnTapped func(id int64) `json:"-"`

	items   []TimelineItem // valid items, as set
	start   []float64      // Unix seconds of each item's start and end (end == start for points)
	end     []float64
	order   []string // lanes asked for by SetLanes
	lanes   []string
	laneOf  []int
	byLane  [][]int // item indices of each lane, by start
	colors  []fyne.ThemeColorName
	labelW  []float32
	labelSz float32

	pack    timelinePack
	axis    timeAxis
	yOff    float32
	fitted  bool
	pending *[2]float64 // a ZoomTo waiting for a size
	shownW  float32     // the content width the axis was last laid out for
	sel     int64
	hasSel  bool
	geom    timelineGeom
	pointer fyne.Position
	dragged bool
}

var (
	_ fyne.Widget       = (*Timeline)(nil)
	_ fyne.Tappable     = (*Timeline)(nil)
	_ fyne.Draggable    = (*Timeline)(nil)
	_ fyne.Scrollable   = (*Timeline)(nil)
	_ fyne.Focusable    = (*Timeline)(nil)
	_ desktop.Hoverable = (*Timeline)(nil)
)

// NewTimeline returns an empty timeline.
func NewTimeline() *Timeline {
	tl := &Timeline{}
	tl.axis.spu = day / 10
	tl.ExtendBaseWidget(tl)
	return tl
}

// CreateRenderer is a private method to Fyne which links this widget to its renderer.
func (tl *Timeline) CreateRenderer() fyne.WidgetRenderer {
	tl.ExtendBaseWidget(tl)
	return newTimelineRenderer(tl)
}

// SetItems replaces the items. Items with a zero Start are skipped. The view is kept, or fitted
// when nothing was shown yet.
func (tl *Timeline) SetItems(items []TimelineItem) {
	tl.items = tl.items[:0]
	for _, it := range items {
		if !it.Start.IsZero() {
			tl.items = append(tl.items, it)
		}
	}
	n := len(tl.items)
	tl.start, tl.end = make([]float64, n), make([]float64, n)
	tl.colors, tl.labelW = make([]fyne.ThemeColorName, n), make([]float32, n)
	for i, it := range tl.items {
		tl.start[i] = unixSeconds(it.Start)
		tl.end[i] = tl.start[i]
		if !it.isPoint() {
			tl.end[i] = unixSeconds(it.End)
		}
		tl.colors[i] = it.Color
		if it.Color == "" {
			tl.colors[i] = kindColor(it.Lane)
		}
	}
	tl.assignLanes()
	if !tl.fitted && tl.pending == nil {
		tl.Fit()
	}
	tl.Refresh()
}

// SetLanes sets the order of the lanes: these first, even when empty, then the others used by
// the items, by name.
func (tl *Timeline) SetLanes(order []string) {
	tl.order = append([]string(nil), order...)
	tl.assignLanes()
	tl.Refresh()
}

// assignLanes works out the lanes and which items each holds, sorted by start.
func (tl *Timeline) assignLanes() {
	tl.lanes = laneOrder(tl.order, tl.items)
	index := make(map[string]int, len(tl.lanes))
	for k, l := range tl.lanes {
		index[l] = k
	}
	tl.laneOf = make([]int, len(tl.items))
	tl.byLane = make([][]int, len(tl.lanes))
	for i, it := range tl.items {
		k := index[it.Lane]
		tl.laneOf[i] = k
		tl.byLane[k] = append(tl.byLane[k], i)
	}
	for _, idx := range tl.byLane {
		slices.SortStableFunc(idx, func(a, b int) int {
			switch {
			case tl.start[a] != tl.start[b]:
				return cmpF(tl.start[a], tl.start[b])
			case tl.end[a] != tl.end[b]:
				return cmpF(tl.end[b], tl.end[a]) // longer first, so it sits on top
			}
			return 0
		})
	}
	tl.pack = timelinePack{}
}

func cmpF(a, b float64) int {
	if a < b {
		return -1
	}
	if a > b {
		return 1
	}
	return 0
}

// Fit zooms and pans so that every item is in view, with a margin.
func (tl *Timeline) Fit() {
	from, to := math.Inf(1), math.Inf(-1)
	for i := range tl.items {
		from, to = min(from, tl.start[i]), max(to, tl.end[i])
	}
	if from > to {
		now := unixSeconds(time.Now())
		from, to = now-30*day, now
	}
	margin := max((to-from)*0.05, day)
	tl.pending = &[2]float64{from - margin, to + margin}
	tl.applyPending()
	tl.Refresh()
}

// ZoomTo shows the period from..to across the timeline (at least an hour). Before the timeline
// has a size, it is remembered for its first layout.
func (tl *Timeline) ZoomTo(from, to time.Time) {
	tl.pending = &[2]float64{unixSeconds(from), unixSeconds(to)}
	tl.applyPending()
	tl.Refresh()
}

// applyPending applies a Fit or ZoomTo once the content width is known.
func (tl *Timeline) applyPending() {
	w := tl.contentWidth()
	if tl.pending == nil || w <= 0 {
		return
	}
	tl.axis.show(tl.pending[0], tl.pending[1], w)
	tl.pending, tl.shownW = nil, w
	tl.fitted = true
}

// VisibleRange returns the period shown across the content area.
func (tl *Timeline) VisibleRange() (from, to time.Time) {
	a, b := tl.axis.span(tl.contentWidth())
	return fromUnixSeconds(a), fromUnixSeconds(b)
}

// Zoom scales the time axis by factor (above 1 zooms in) around x in the widget's coordinates.
func (tl *Timeline) Zoom(factor float32, x float32) {
	tl.axis.zoomAt(float64(factor), x, tl.contentWidth())
	tl.Refresh()
}

// Pan moves the drawing by (dx, dy) in the widget's coordinates: right shows earlier times, down
// shows upper lanes.
func (tl *Timeline) Pan(dx, dy float32) {
	tl.axis.t0 -= float64(dx) * tl.axis.spu
	tl.yOff -= dy
	tl.Refresh()
}

// Select marks the items with this ID as selected; SelectNone clears it.
func (tl *Timeline) Select(id int64) {
	tl.sel, tl.hasSel = id, true
	tl.Refresh()
}

// SelectNone clears the selection.
func (tl *Timeline) SelectNone() {
	tl.hasSel = false
	tl.Refresh()
}

// Selected returns the selected ID; false when none is.
func (tl *Timeline) Selected() (int64, bool) { return tl.sel, tl.hasSel }

// ItemAt returns the ID of the item drawn under a position in the widget's coordinates.
func (tl *Timeline) ItemAt(pos fyne.Position) (int64, bool) {
	if k := tl.geom.hit(pos); k >= 0 {
		return tl.items[k].ID, true
	}
	return 0, false
}
