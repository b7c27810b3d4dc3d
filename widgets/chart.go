package widgets

import (
	"sync/atomic"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"

	"dossier/widgets/graph"
)

// ChartNode is one node of a link chart.
type ChartNode struct {
	// ID is the caller's key, unique in the chart; it comes back in the callbacks.
	ID string
	// Label is drawn next to the node when there is room for it.
	Label string
	// Kind groups nodes for the caller (an entity type, "event"); it picks the colour when Color
	// is empty and is written as the node's class in SVG exports.
	Kind string
	// Color names the node's fill colour in the theme (see HighlightTheme); empty picks one of the
	// highlight hues from Kind.
	Color fyne.ThemeColorName
	// Shape is the node's outline.
	Shape NodeShape
	// Hidden nodes and their edges are not drawn, laid out, or crossed by shortest paths.
	Hidden bool
}

// ChartEdge links two nodes by ID. Edges naming an unknown node, and loops, are ignored.
type ChartEdge struct {
	From, To string
	// Label names the relation (a role, "member of"); it is drawn beside the edges of the
	// selected nodes and written into SVG exports.
	Label string
	// Directed edges get an arrowhead at To.
	Directed bool
}

// SizeMode says what a node's size shows.
type SizeMode int

const (
	// SizeByDegree sizes nodes by their number of visible links.
	SizeByDegree SizeMode = iota
	// SizeByBetweenness sizes nodes by betweenness centrality (how many shortest paths cross
	// them), computed off the UI goroutine.
	SizeByBetweenness
	// SizeUniform draws every node the same size.
	SizeUniform
)

// World radii of nodes: the least and the most central.
const (
	nodeRadiusMin = 5.0
	nodeRadiusMax = 16.0
)

// defaultMaxLabels bounds the node labels drawn at once: each is a canvas object, which the GL
// painter pays for on every frame.
const defaultMaxLabels = 150

// Chart is a link chart: nodes and edges drawn into one raster image, laid out by a
// force-directed algorithm on a background goroutine. Scroll to zoom around the pointer, drag
// the background to pan, drag a node to move (and pin) it, tap a node to select it, double-click
// it to ask for its neighbours (OnExpand); +, - and 0 zoom in, out and to fit. Labels are drawn
// for the largest visible nodes, at a constant text size. Like every Fyne widget it must be used
// from the Fyne goroutine.
type Chart struct {
	widget.BaseWidget

	// OnTapped is called with the ID of a tapped node after it is selected.
	OnTapped func(nodeID string) `json:"-"`
	// OnTappedSecondary is called on a right click, with the node under the pointer ("" for the
	// background) and the event, for a context menu (widget.ShowPopUpMenuAtPosition with
	// ev.AbsolutePosition).
	OnTappedSecondary func(nodeID string, ev *fyne.PointEvent) `json:"-"`
	// OnExpand is called when a node is double-clicked: the data owner may add its neighbours
	// with SetGraph, which keeps the nodes already placed where they are.
	OnExpand func(nodeID string) `json:"-"`
	// MaxLabels bounds the node labels drawn at once; 0 means 150.
	MaxLabels int

	nodes  []ChartNode
	index  map[string]int
	edges  []chartEdge
	g      *graph.Graph
	pos    []graph.Point // world positions, owned by the Fyne goroutine
	radius []float64     // world radii
	order  []int32       // draw order: small nodes first, so hubs stay on top
	hidden []bool
	pinned []bool
	size   SizeMode
	looks  chartLooks

	selected []bool
	path     []int
	pathStep map[[2]int32]bool // consecutive path nodes, lower index first
	hover    int

	view    chartView
	fitted  bool // the view was fitted once with a non-zero size
	follow  bool // refit on each layout publish until the user moves the view
	run     *layoutRun
	pending bool // a layout was cancelled before it finished: resume when shown again
	seed    uint64
	sync    bool         // tests and printing: run layouts on the calling goroutine
	print   *chartPrint  // set when drawn without a running app (RenderChartPNG)
	post    func(func()) // hands work to the Fyne goroutine: fyne.Do, or a test's queue

	drag   chartDrag
	clicks chartClicks
	frames atomic.Uint64
}

// chartEdge is an edge resolved to node indices.
type chartEdge struct {
	a, b     int32
	label    string
	directed bool
}

// chartDrag is the state of a drag: panning the view or moving a node.
type chartDrag struct {
	active bool
	node   int         // the node moved, -1 when panning
	grab   graph.Point // node centre minus the world point grabbed
}

var (
	_ fyne.Widget            = (*Chart)(nil)
	_ fyne.Tappable          = (*Chart)(nil)
	_ fyne.SecondaryTappable = (*Chart)(nil)
	_ fyne.Draggable         = (*Chart)(nil)
	_ fyne.Scrollable        = (*Chart)(nil)
	_ fyne.Focusable         = (*Chart)(nil)
	_ desktop.Hoverable      = (*Chart)(nil)
	_ desktop.Mouseable      = (*Chart)(nil)
)

// NewChart returns an empty link chart.
func NewChart() *Chart {
	c := &Chart{hover: -1, seed: 1, view: chartView{scale: 1}}
	c.ExtendBaseWidget(c)
	return c
}

// CreateRenderer is a private method to Fyne which links this widget to its renderer.
func (c *Chart) CreateRenderer() fyne.WidgetRenderer {
	c.ExtendBaseWidget(c)
	if c.pending && c.run == nil {
		c.pending = false
		c.startLayout(true) // the renderer was destroyed mid-layout (say, a tab long hidden)
	}
	return newChartRenderer(c)
}

// Frames returns how many images the chart has drawn: a diagnostic for measuring frame rates.
// It is safe to call from any goroutine.
func (c *Chart) Frames() uint64 { return c.frames.Load() }

// Nodes returns the number of nodes, hidden ones included.
func (c *Chart) Nodes() int { return len(c.nodes) }

// NodePosition returns where a node is drawn, in the widget's coordinates; false for an unknown
// or hidden node.
func (c *Chart) NodePosition(id string) (fyne.Position, bool) {
	i, ok := c.index[id]
	if !ok || c.hidden[i] {
		return fyne.Position{}, false
	}
	x, y := c.view.toScreen(c.pos[i], c.Size())
	return fyne.NewPos(x, y), true
}

// NodeAt returns the ID of the visible node under a position in the widget's coordinates.
func (c *Chart) NodeAt(pos fyne.Position) (string, bool) {
	i := c.nodeAt(pos)
	if i < 0 {
		return "", false
	}
	return c.nodes[i].ID, true
}

// SetSizeMode chooses what node sizes show, and redraws.
func (c *Chart) SetSizeMode(m SizeMode) {
	if m == c.size {
		return
	}
	c.size = m
	c.rescore()
	c.Refresh()
}

// Select selects the nodes with these IDs (none clears the selection): they are outlined, their
// links and neighbours stand out, and the rest is dimmed. Unknown IDs are ignored.
func (c *Chart) Select(ids ...string) {
	clear(c.selected)
	for _, id := range ids {
		if i, ok := c.index[id]; ok && !c.hidden[i] {
			c.selected[i] = true
		}
	}
	c.Refresh()
}

// Selected returns the IDs of the selected nodes, in node order.
func (c *Chart) Selected() []string {
	var ids []string
	for i, s := range c.selected {
		if s {
			ids = append(ids, c.nodes[i].ID)
		}
	}
	return ids
}

// ShortestPath finds a shortest path between two nodes through visible nodes, highlights it and
// returns its node IDs from a to b; nil (and no highlight) when there is none.
func (c *Chart) ShortestPath(a, b string) []string {
	c.ClearPath()
	ia, okA := c.index[a]
	ib, okB := c.index[b]
	if !okA || !okB || c.g == nil {
		return nil
	}
	p := c.g.ShortestPath(ia, ib, c.hidden)
	if p == nil {
		return nil
	}
	c.path = p
	c.pathStep = make(map[[2]int32]bool, len(p))
	ids := make([]string, len(p))
	for k, i := range p {
		ids[k] = c.nodes[i].ID
		if k > 0 {
			c.pathStep[pairKey(int32(p[k-1]), int32(i))] = true
		}
	}
	c.Refresh()
	return ids
}

// ClearPath removes the shortest-path highlight.
func (c *Chart) ClearPath() {
	if c.path == nil {
		return
	}
	c.path, c.pathStep = nil, nil
	c.Refresh()
}

func pairKey(a, b int32) [2]int32 {
	if a > b {
		a, b = b, a
	}
	return [2]int32{a, b}
}

// HideNode hides a node and its edges; it is deselected and a path through it is cleared. (Hide
// and Show without an argument are fyne.Widget's, for the whole chart.)
func (c *Chart) HideNode(id string) { c.setHidden(id, true) }

// ShowNode shows a node hidden by HideNode or by ChartNode.Hidden.
func (c *Chart) ShowNode(id string) { c.setHidden(id, false) }

func (c *Chart) setHidden(id string, hidden bool) {
	i, ok := c.index[id]
	if !ok || c.hidden[i] == hidden {
		return
	}
	c.hidden[i] = hidden
	c.nodes[i].Hidden = hidden
	if hidden {
		c.selected[i] = false
		for _, p := range c.path {
			if p == i {
				c.path, c.pathStep = nil, nil
				break
			}
		}
		if c.hover == i {
			c.hover = -1
		}
	}
	c.rescore()
	c.Refresh()
}

// Fit zooms and pans so that every visible node is in view.
func (c *Chart) Fit() {
	size := c.Size()
	if size.Width <= 0 || size.Height <= 0 {
		c.fitted = false // fit on the first Layout with a size
		return
	}
	c.view = fitView(c.bounds(), size)
	c.fitted = true
	c.Refresh()
}

// Zoom scales the view by factor around a point in the widget's coordinates.
func (c *Chart) Zoom(factor float32, around fyne.Position) {
	c.follow = false
	c.view.zoomAt(float64(factor), around, c.Size())
	c.Refresh()
}

// Pan moves the view by a distance in the widget's coordinates.
func (c *Chart) Pan(dx, dy float32) {
	c.follow = false
	c.view.pan(dx, dy)
	c.Refresh()
}

// Relayout forgets the positions and pins and lays the graph out afresh.
func (c *Chart) Relayout() {
	clear(c.pinned)
	c.pos = nil
	c.follow, c.fitted = true, false
	c.startLayout(false)
	c.Refresh()
}
