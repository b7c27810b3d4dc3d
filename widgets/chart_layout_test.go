package widgets

import (
	"math"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
)

// uiQueue stands in for the Fyne goroutine: the test driver runs fyne.Do on the caller's
// goroutine, which would be the layout goroutine, so the chart posts to this queue instead and
// the test goroutine runs what it receives, as the real driver's main loop does.
type uiQueue chan func()

func newQueuedChart(t testing.TB, size fyne.Size) (*Chart, uiQueue) {
	t.Helper()
	q := make(uiQueue, 4096)
	c := NewChart()
	c.post = func(f func()) { q <- f }
	w := test.NewTempWindow(t, c)
	w.SetPadded(false)
	w.Resize(size)
	return c, q
}

// pump runs the posted work until the chart's layout has finished.
func (q uiQueue) pump(c *Chart) {
	for c.run != nil {
		(<-q)()
	}
	for {
		select {
		case f := <-q:
			f()
		default:
			return
		}
	}
}

// TestChartLayoutInBackground lays out on the layout goroutine, as the app does: run it with
// -race.
func TestChartLayoutInBackground(t *testing.T) {
	newTestApp(t, theme.VariantLight)
	c, q := newQueuedChart(t, fyne.NewSize(800, 600))
	nodes, edges := sampleChart(300, 600, 4)
	c.SetGraph(nodes, edges)
	first := c.run
	if first == nil {
		t.Fatal("no layout running")
	}
	c.SetGraph(nodes[:200], edges) // cancels the first run
	second := c.run
	q.pump(c)
	<-first.done
	if second == first {
		t.Fatal("SetGraph did not start a new layout")
	}
	for i, p := range c.pos {
		if math.IsNaN(p.X) || math.IsNaN(p.Y) {
			t.Fatalf("node %d at %v", i, p)
		}
	}
	if len(c.pos) != 200 {
		t.Fatalf("%d positions", len(c.pos))
	}
	b := c.bounds()
	if b.maxX-b.minX < 200 {
		t.Errorf("200 nodes laid out in %.0f units: not spread", b.maxX-b.minX)
	}
	if _, ok := c.NodePosition("n7"); !ok {
		t.Error("a laid out node is not shown")
	}
}

// TestChartDestroyCancelsLayout: a destroyed renderer (the chart left the window) stops the
// layout, which resumes when the chart is shown again.
func TestChartDestroyCancelsLayout(t *testing.T) {
	newTestApp(t, theme.VariantLight)
	c, q := newQueuedChart(t, fyne.NewSize(400, 300))
	nodes, edges := sampleChart(2000, 4000, 5)
	c.SetGraph(nodes, edges)
	run := c.run
	test.WidgetRenderer(c).Destroy()
	<-run.done
	q.pump(c) // publishes queued before the cancel are ignored
	if c.run != nil || !c.pending {
		t.Fatalf("run %v pending %v after Destroy", c.run, c.pending)
	}
	c.sync = true
	c.CreateRenderer()
	if c.pending || c.run != nil {
		t.Errorf("the layout did not resume and finish")
	}
}

// TestChartDragWhileLayingOut pins a node while the layout goroutine runs.
func TestChartDragWhileLayingOut(t *testing.T) {
	newTestApp(t, theme.VariantLight)
	c, q := newQueuedChart(t, fyne.NewSize(800, 600))
	nodes, edges := sampleChart(400, 800, 6)
	c.SetGraph(nodes, edges)
	run := c.run
	run.pin(3, c.pos[3]) // what Dragged does, from the UI goroutine, while the layout runs
	want := c.pos[3]
	c.pinned[3] = true
	q.pump(c)
	if c.pos[3] != want {
		t.Errorf("the pinned node moved from %v to %v", want, c.pos[3])
	}
}
