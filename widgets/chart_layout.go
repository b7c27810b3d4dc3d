package widgets

import (
	"slices"
	"sync"
	"sync/atomic"
	"time"

	"fyne.io/fyne/v2"

	"dossier/widgets/graph"
)

// publishInterval spaces the positions a running layout shows: at most 60 updates a second,
// and never more than the UI goroutine has applied (see layoutRun.queued).
const publishInterval = time.Second / 60

// layoutRun is one layout computed on a background goroutine. The goroutine owns its
// graph.Layout; the UI goroutine owns the chart. They share only the stop channel, the pins the
// user drops while the layout runs (under mu) and the queued flag; positions travel as fresh
// copies through fyne.Do.
type layoutRun struct {
	stop   chan struct{} // closed to cancel
	done   chan struct{} // closed when the goroutine has returned
	mu     sync.Mutex
	pins   map[int]graph.Point
	queued atomic.Bool // a publish is waiting in fyne.Do's queue
}

// startLayoutFrom starts a layout from the chart's positions: those marked in known (all of them
// when known is nil and c.pos is set; none when c.pos is nil). Warm starts with small steps.
func (c *Chart) startLayoutFrom(warm bool, known []bool) {
	c.stopLayout()
	if len(c.nodes) == 0 || c.g == nil {
		return
	}
	opts := graph.LayoutOptions{
		Seed:    c.seed,
		Start:   c.pos,
		Known:   known,
		Pinned:  c.pinned,
		Ignored: append([]bool(nil), c.hidden...), // the goroutine reads it while the UI may hide nodes
		Warm:    warm,
	}
	l := graph.NewLayout(c.g, opts)
	c.pos = l.CopyPositions(nil) // the start placement is drawn until the first publish
	run := &layoutRun{stop: make(chan struct{}), done: make(chan struct{}), pins: map[int]graph.Point{}}
	c.run = run
	if c.sync {
		run.loop(l, time.Duration(1<<62), func(p []graph.Point, final bool) { c.applyLayout(run, p, final) })
		return
	}
	post := c.postFunc()
	go run.loop(l, publishInterval, func(p []graph.Point, final bool) {
		post(func() { c.applyLayout(run, p, final) })
	})
}

// startLayout restarts the layout from the current positions (warm) or from scratch.
func (c *Chart) startLayout(warm bool) {
	if !warm {
		c.pos = nil
	}
	c.startLayoutFrom(warm, nil)
}

// stopLayout cancels the running layout, if any; its queued publishes are then ignored.
func (c *Chart) stopLayout() {
	if c.run != nil {
		close(c.run.stop)
		c.run = nil
	}
}

// loop steps the layout until it is done or cancelled, publishing copies of the positions at
// most once per interval and only when the previous publish has been applied, then once more
// at the end.
func (r *layoutRun) loop(l *graph.Layout, interval time.Duration, publish func([]graph.Point, bool)) {
	defer close(r.done)
	last := time.Now()
	for {
		select {
		case <-r.stop:
			return
		default:
		}
		r.applyPins(l)
		if l.Step() {
			r.queued.Store(true)
			publish(l.CopyPositions(nil), true)
			return
		}
		if time.Since(last) >= interval && !r.queued.Load() {
			r.queued.Store(true)
			publish(l.CopyPositions(nil), false)
			last = time.Now()
		}
	}
}

// pin asks the running layout to hold node i at p.
func (r *layoutRun) pin(i int, p graph.Point) {
	r.mu.Lock()
	r.pins[i] = p
	r.mu.Unlock()
}

func (r *layoutRun) applyPins(l *graph.Layout) {
	r.mu.Lock()
	for i, p := range r.pins {
		l.Pin(i, p)
	}
	clear(r.pins)
	r.mu.Unlock()
}

// applyLayout takes positions published by run, on the Fyne goroutine. Nodes the user has
// pinned keep the place the UI gave them.
func (c *Chart) applyLayout(run *layoutRun, p []graph.Point, final bool) {
	run.queued.Store(false)
	if c.run != run || len(p) != len(c.pos) {
		return // cancelled: a newer graph or layout is shown
	}
	for i := range p {
		if !c.pinned[i] {
			c.pos[i] = p[i]
		}
	}
	if final {
		c.run = nil
	}
	if size := c.Size(); (c.follow || !c.fitted) && size.Width > 0 && size.Height > 0 {
		c.view = fitView(c.bounds(), size)
		c.fitted = true
	}
	c.Refresh()
}

// scoreInBackground computes betweenness on a goroutine and installs the radii it gives, unless
// the graph, the hidden nodes or the size mode changed meanwhile.
func (c *Chart) scoreInBackground() {
	g, hidden, n := c.g, append([]bool(nil), c.hidden...), len(c.nodes)
	compute := func() []float64 { return graph.Radii(g.Betweenness(hidden), nodeRadiusMin, nodeRadiusMax) }
	apply := func(r []float64) {
		if c.g != g || c.size != SizeByBetweenness || len(c.nodes) != n || !slices.Equal(hidden, c.hidden) {
			return
		}
		c.setRadii(r)
		c.Refresh()
	}
	if c.sync {
		apply(compute())
		return
	}
	post := c.postFunc()
	go func() {
		r := compute()
		post(func() { apply(r) })
	}()
}

// postFunc returns how background work hands results to the Fyne goroutine.
func (c *Chart) postFunc() func(func()) {
	if c.post != nil {
		return c.post
	}
	return fyne.Do
}
