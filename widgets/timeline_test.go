package widgets

import (
	"math"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
)

// caseItems is a small invented case: points for days, bars for a month and a range, one event
// in two participant lanes.
func caseItems() []TimelineItem {
	return []TimelineItem{
		{ID: 1, Label: "Shipment seized", Lane: "seizure", Start: date(2024, 3, 3), Color: ColorNameHighlightRed},
		{ID: 2, Label: "Account frozen", Lane: "sanction", Start: date(2024, 3, 5)},
		{ID: 3, Label: "Talks in Tarsk", Lane: "meeting", Start: date(2024, 3, 1), End: date(2024, 4, 1)},
		{ID: 4, Label: "Convoy held", Lane: "seizure", Start: date(2024, 2, 1), End: date(2024, 3, 1)},
		{ID: 5, Label: "Envoys met", Lane: "meeting", Start: date(2024, 3, 5)},
		{ID: 6, Label: "Inquiry", Lane: "sanction", Start: date(2023, 12, 1), End: date(2024, 4, 20)},
	}
}

// showTimeline shows a timeline with items in an unpadded test window.
func showTimeline(t testing.TB, items []TimelineItem, size fyne.Size) (*Timeline, fyne.Window) {
	t.Helper()
	tl := NewTimeline()
	w := test.NewTempWindow(t, tl)
	w.SetPadded(false)
	w.Resize(size)
	tl.SetItems(items)
	return tl, w
}

// placedOf returns the placed geometry of the item with this ID (the first lane's).
func placedOf(t testing.TB, tl *Timeline, id int64) placedItem {
	t.Helper()
	for _, p := range tl.geom.items {
		if tl.items[p.k].ID == id {
			return p
		}
	}
	t.Fatalf("item %d not placed", id)
	return placedItem{}
}

// markCentre is the middle of an item's mark, in widget coordinates.
func markCentre(tl *Timeline, p placedItem) fyne.Position {
	return fyne.NewPos((p.x0+p.x1)/2, p.y+tl.geom.m.rowH/2)
}

func TestTimelineGolden(t *testing.T) {
	newTestApp(t, theme.VariantLight)
	tl, w := showTimeline(t, caseItems(), fyne.NewSize(600, 260))
	tl.Select(4)
	test.AssertRendersToMarkup(t, "timeline/small.xml", w.Canvas())
	r := test.WidgetRenderer(tl).(*timelineRenderer)
	test.AssertImageMatches(t, "timeline/small_raster.png", r.generate(600, 260))
}

func TestTimelinePrecision(t *testing.T) {
	newTestApp(t, theme.VariantLight)
	tl, _ := showTimeline(t, caseItems(), fyne.NewSize(800, 300))
	day1 := placedOf(t, tl, 1)
	if !day1.point || day1.x0 != day1.x1 {
		t.Errorf("a day should be a point, got %+v", day1)
	}
	month := placedOf(t, tl, 3)
	want := float32(31 * day / tl.axis.spu)
	if month.point || math.Abs(float64(month.x1-month.x0-want)) > 0.01 {
		t.Errorf("March should be a bar %.1f wide, got %+v", want, month)
	}
	if month.x0 != tl.axis.x(unixSeconds(date(2024, 3, 1))) {
		t.Errorf("March starts at %v", month.x0)
	}
}

func TestTimelineTap(t *testing.T) {
	newTestApp(t, theme.VariantLight)
	tl, w := showTimeline(t, caseItems(), fyne.NewSize(800, 300))
	var got []int64
	tl.OnTapped = func(id int64) { got = append(got, id) }
	for _, id := range []int64{1, 3, 6} {
		test.TapCanvas(w.Canvas(), markCentre(tl, placedOf(t, tl, id)))
	}
	p := placedOf(t, tl, 5)
	test.TapCanvas(w.Canvas(), fyne.NewPos(p.lx+p.lw/2, p.y+tl.geom.m.rowH/2)) // on its label
	if len(got) != 4 || got[0] != 1 || got[1] != 3 || got[2] != 6 || got[3] != 5 {
		t.Fatalf("taps reported %v, want [1 3 6 5]", got)
	}
	if id, ok := tl.Selected(); !ok || id != 5 {
		t.Errorf("selected %d %v", id, ok)
	}
	test.TapCanvas(w.Canvas(), fyne.NewPos(790, 290)) // empty
	if _, ok := tl.Selected(); ok || len(got) != 4 {
		t.Errorf("a tap on nothing should clear the selection and report nothing")
	}
	if _, ok := tl.ItemAt(fyne.NewPos(5, 100)); ok {
		t.Error("the lane header is not an item")
	}
}

func TestTimelineZoomChangesVisibleRange(t *testing.T) {
	newTestApp(t, theme.VariantLight)
	tl, w := showTimeline(t, caseItems(), fyne.NewSize(800, 300))
	from0, to0 := tl.VisibleRange()
	if !from0.Before(date(2023, 12, 1)) || !to0.After(date(2024, 4, 20)) {
		t.Fatalf("fit shows %v..%v, not every item", from0, to0)
	}
	x := tl.axis.x(unixSeconds(date(2024, 3, 1)))
	test.MoveMouse(w.Canvas(), fyne.NewPos(x, 150))
	test.Scroll(w.Canvas(), fyne.NewPos(x, 150), 0, 2*wheelNotch)
	from1, to1 := tl.VisibleRange()
	ratio := to1.Sub(from1).Seconds() / to0.Sub(from0).Seconds()
	if math.Abs(ratio-1/(wheelZoom*wheelZoom)) > 1e-3 {
		t.Errorf("two notches zoomed by %v", ratio)
	}
	if got := fromUnixSeconds(tl.axis.at(x)); got.Sub(date(2024, 3, 1)).Abs() > time.Second {
		t.Errorf("the day under the pointer moved to %v", got)
	}
	test.Drag(w.Canvas(), fyne.NewPos(400, 150), 100, 0)
	from2, _ := tl.VisibleRange()
	if d := from1.Sub(from2).Seconds(); math.Abs(d-100*tl.axis.spu) > 1 {
		t.Errorf("dragging 100 units right moved the range by %v s", d)
	}
	tl.TypedRune('0')
	if from, to := tl.VisibleRange(); from.Sub(from0).Abs() > time.Second || to.Sub(to0).Abs() > time.Second {
		t.Errorf("0 fits to %v..%v, want %v..%v", from, to, from0, to0)
	}
	tl.TypedRune('+')
	if from, to := tl.VisibleRange(); to.Sub(from) >= to0.Sub(from0) {
		t.Error("+ did not zoom in")
	}
	tl.ZoomTo(date(2024, 3, 1), date(2024, 4, 1))
	if from, to := tl.VisibleRange(); !from.Equal(date(2024, 3, 1)) || to.Sub(date(2024, 4, 1)).Abs() > time.Second {
		t.Errorf("ZoomTo shows %v..%v", from, to)
	}
}

// TestTimelineZoomBeforeShown: a timeline in a tab never shown has no size; ZoomTo applies on
// its first layout.
func TestTimelineZoomBeforeShown(t *testing.T) {
	newTestApp(t, theme.VariantLight)
	tl := NewTimeline()
	tl.SetItems(caseItems())
	tl.ZoomTo(date(2024, 3, 1), date(2024, 3, 11))
	w := test.NewTempWindow(t, tl)
	w.SetPadded(false)
	w.Resize(fyne.NewSize(700, 300))
	if from, to := tl.VisibleRange(); !from.Equal(date(2024, 3, 1)) || to.Sub(date(2024, 3, 11)).Abs() > time.Second {
		t.Errorf("shows %v..%v", from, to)
	}
	w.Resize(fyne.NewSize(900, 300))
	if from, to := tl.VisibleRange(); !from.Equal(date(2024, 3, 1)) || to.Sub(date(2024, 3, 11)).Abs() > time.Second {
		t.Errorf("after a resize shows %v..%v, want the same period", from, to)
	}
}

func TestTimelineLanesByParticipant(t *testing.T) {
	newTestApp(t, theme.VariantLight)
	items := []TimelineItem{
		{ID: 7, Label: "Meeting", Lane: "Ana Ribeiro", Start: date(2024, 3, 5)},
		{ID: 7, Label: "Meeting", Lane: "Idris Amaro", Start: date(2024, 3, 5)},
		{ID: 8, Label: "Call", Lane: "Idris Amaro", Start: date(2024, 3, 9)},
	}
	tl, w := showTimeline(t, items, fyne.NewSize(700, 300))
	tl.SetLanes([]string{"Nisha Corvo", "Idris Amaro"})
	var names []string
	for _, b := range tl.geom.bands {
		names = append(names, tl.lanes[b.k])
	}
	if len(names) != 3 || names[0] != "Nisha Corvo" || names[1] != "Idris Amaro" || names[2] != "Ana Ribeiro" {
		t.Fatalf("lanes %q", names)
	}
	var tapped []int64
	tl.OnTapped = func(id int64) { tapped = append(tapped, id) }
	for _, p := range tl.geom.items {
		if tl.items[p.k].ID == 7 {
			test.TapCanvas(w.Canvas(), markCentre(tl, p))
		}
	}
	if len(tapped) != 2 || tapped[0] != 7 || tapped[1] != 7 {
		t.Errorf("the event in both lanes reported %v", tapped)
	}
}

// TestTimelineLabelsNeverCovered: in a crowded lane, no mark is drawn over a shown label of its
// row, and the labels stay within the cap.
func TestTimelineLabelsNeverCovered(t *testing.T) {
	newTestApp(t, theme.VariantLight)
	var items []TimelineItem
	for i := 0; i < 400; i++ {
		start := date(2023, 1, 1).AddDate(0, 0, (i*37)%700)
		it := TimelineItem{ID: int64(i), Label: "arrest: grain convoy", Lane: []string{"a", "b"}[i%2], Start: start}
		if i%5 == 0 {
			it.End = start.AddDate(0, 1, 0)
		}
		items = append(items, it)
	}
	tl, _ := showTimeline(t, items, fyne.NewSize(1200, 700))
	g := tl.geom
	if g.nLabels == 0 || g.nLabels > maxItemLabels {
		t.Fatalf("%d labels", g.nLabels)
	}
	for _, a := range g.items {
		for _, b := range g.items {
			if a.label && b.k != a.k && b.y == a.y && b.x0+g.m.markH/2 > a.lx && b.x0-g.m.markH/2 < a.lx+a.lw {
				t.Fatalf("item %d's mark at %.0f covers item %d's label [%.0f, %.0f]", b.k, b.x0, a.k, a.lx, a.lx+a.lw)
			}
		}
	}
	if rows := len(tl.pack.laneRows); rows != 2 || tl.pack.laneRows[0] > maxRowsPerLane {
		t.Errorf("lane rows %v", tl.pack.laneRows)
	}
}

func TestTimelineBadInput(t *testing.T) {
	newTestApp(t, theme.VariantLight)
	tl, w := showTimeline(t, []TimelineItem{{ID: 1}, {ID: 2, Start: date(2024, 1, 1), End: date(2023, 1, 1)}},
		fyne.NewSize(400, 200))
	if len(tl.items) != 1 || !tl.items[0].isPoint() {
		t.Errorf("items %+v", tl.items)
	}
	tl.SetItems(nil)
	w.Canvas().Capture()
	test.Scroll(w.Canvas(), fyne.NewPos(100, 100), 0, 1e9)
	test.TapCanvas(w.Canvas(), fyne.NewPos(100, 100))
	if from, to := tl.VisibleRange(); !to.After(from) {
		t.Errorf("empty timeline range %v..%v", from, to)
	}
}
