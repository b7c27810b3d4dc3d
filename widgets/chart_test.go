package widgets

import (
	"math"
	"slices"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"dossier/widgets/graph"
)

// smallCase is a little invented case: two events, the people and places in them, and a bridge.
//
//	ana - meet - idris - seize - port
//	        \                /
//	         tarsk ---------
func smallCase() ([]ChartNode, []ChartEdge) {
	nodes := []ChartNode{
		{ID: "ana", Label: "Ana Ribeiro", Kind: "PERSON", Color: ColorNameHighlightBlue},
		{ID: "idris", Label: "Idris Amaro", Kind: "PERSON", Color: ColorNameHighlightBlue},
		{ID: "meet", Label: "Meeting, 5 March", Kind: "event", Shape: ShapeSquare},
		{ID: "seize", Label: "Seizure <cargo> & \"papers\"", Kind: "event", Shape: ShapeSquare},
		{ID: "port", Label: "Port Halden", Kind: "LOC", Shape: ShapeDiamond, Color: ColorNameHighlightGreen},
		{ID: "tarsk", Label: "Tarsk", Kind: "LOC", Shape: ShapeDiamond, Color: ColorNameHighlightGreen},
		{ID: "lone", Label: "Baltar Bank", Kind: "ORG", Shape: ShapeHexagon},
	}
	edges := []ChartEdge{
		{From: "ana", To: "meet", Label: "participant"},
		{From: "idris", To: "meet", Label: "participant"},
		{From: "idris", To: "seize", Label: "perpetrator"},
		{From: "seize", To: "port", Label: "location", Directed: true},
		{From: "meet", To: "tarsk", Label: "location", Directed: true},
		{From: "tarsk", To: "port", Label: "near"},
		{From: "ana", To: "nobody"}, {From: "ana", To: "ana"}, // ignored
	}
	return nodes, edges
}

func shownSmallCase(t testing.TB) (*Chart, fyne.Window) {
	t.Helper()
	newTestApp(t, theme.VariantLight)
	c, w := newSyncChart(t, fyne.NewSize(600, 400))
	nodes, edges := smallCase()
	c.SetGraph(nodes, edges)
	return c, w
}

func nodePos(t testing.TB, c *Chart, id string) fyne.Position {
	t.Helper()
	p, ok := c.NodePosition(id)
	if !ok {
		t.Fatalf("node %q not shown", id)
	}
	return p
}

func TestChartGolden(t *testing.T) {
	c, w := shownSmallCase(t)
	c.Select("idris")
	test.AssertRendersToMarkup(t, "chart/small.xml", w.Canvas())
	r := test.WidgetRenderer(c).(*chartRenderer)
	test.AssertImageMatches(t, "chart/small_raster.png", r.generate(600, 400))
}

func TestChartTapAndHitTest(t *testing.T) {
	c, w := shownSmallCase(t)
	var tapped []string
	c.OnTapped = func(id string) { tapped = append(tapped, id) }
	for _, id := range []string{"ana", "port", "lone"} {
		p := nodePos(t, c, id)
		if got, ok := c.NodeAt(p.AddXY(hitSlop, 0)); !ok || got != id {
			t.Errorf("NodeAt near %s = %q %v", id, got, ok)
		}
		test.TapCanvas(w.Canvas(), p)
	}
	if !slices.Equal(tapped, []string{"ana", "port", "lone"}) {
		t.Fatalf("tapped %v", tapped)
	}
	if sel := c.Selected(); !slices.Equal(sel, []string{"lone"}) {
		t.Errorf("selected %v", sel)
	}
	if _, ok := c.NodeAt(fyne.NewPos(1, 1)); ok {
		t.Error("a corner of the chart hit a node")
	}
	test.TapCanvas(w.Canvas(), fyne.NewPos(1, 1))
	if len(c.Selected()) != 0 || len(tapped) != 3 {
		t.Errorf("a tap on the background should clear the selection silently")
	}
	c.HideNode("port")
	if _, ok := c.NodePosition("port"); ok {
		t.Error("a hidden node has a position")
	}
}

func TestChartShortestPath(t *testing.T) {
	c, _ := shownSmallCase(t)
	tests := []struct {
		name string
		a, b string
		hide string
		want []string
	}{
		{"OK", "ana", "port", "", []string{"ana", "meet", "tarsk", "port"}},
		{"OK around a hidden node", "ana", "port", "tarsk", []string{"ana", "meet", "idris", "seize", "port"}},
		{"ErrNoPath", "ana", "lone", "", nil},
		{"ErrUnknown", "ana", "nobody", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.hide != "" {
				c.HideNode(tt.hide)
				defer c.ShowNode(tt.hide)
			}
			got := c.ShortestPath(tt.a, tt.b)
			if !slices.Equal(got, tt.want) {
				t.Errorf("ShortestPath = %v, want %v", got, tt.want)
			}
			if len(c.path) != len(tt.want) {
				t.Errorf("%d nodes highlighted", len(c.path))
			}
		})
	}
	c.ShortestPath("ana", "port")
	c.HideNode("meet")
	if c.path != nil {
		t.Error("hiding a node on the path should clear the path")
	}
}

func TestChartSizeModes(t *testing.T) {
	c, _ := shownSmallCase(t)
	r := func(id string) float64 { return c.radius[c.index[id]] }
	if !(r("idris") > r("ana") && r("ana") > r("lone")) || r("lone") != nodeRadiusMin {
		t.Errorf("by degree: idris %v ana %v lone %v", r("idris"), r("ana"), r("lone"))
	}
	c.SetSizeMode(SizeByBetweenness)
	if !(r("meet") > r("ana")) || r("ana") != nodeRadiusMin || r("lone") != nodeRadiusMin {
		t.Errorf("by betweenness: meet %v ana %v lone %v", r("meet"), r("ana"), r("lone"))
	}
	c.SetSizeMode(SizeUniform)
	if r("meet") != r("lone") {
		t.Errorf("uniform: %v vs %v", r("meet"), r("lone"))
	}
	if c.order[len(c.order)-1] < 0 {
		t.Error("draw order not rebuilt")
	}
}

// TestChartExpandKeepsPositions: SetGraph with more nodes keeps the ones already placed and
// puts the new ones near their neighbour.
func TestChartExpandKeepsPositions(t *testing.T) {
	c, _ := shownSmallCase(t)
	var expanded string
	c.OnExpand = func(id string) { expanded = id }
	before := slices.Clone(c.pos)
	nodes, edges := smallCase()
	nodes = append(nodes, ChartNode{ID: "new", Label: "New lead"})
	edges = append(edges, ChartEdge{From: "lone", To: "new"})
	c.SetGraph(nodes, edges)
	for i := range before {
		d := math.Hypot(c.pos[i].X-before[i].X, c.pos[i].Y-before[i].Y)
		if d > 2*graph.DefaultLength {
			t.Errorf("node %s moved %.0f", c.nodes[i].ID, d)
		}
	}
	p, q := c.pos[c.index["new"]], c.pos[c.index["lone"]]
	if d := math.Hypot(p.X-q.X, p.Y-q.Y); d > 3*graph.DefaultLength {
		t.Errorf("the new node is %.0f from its neighbour", d)
	}
	c.clicks.double = true // as MouseDown sets it for the second press of a double click
	c.Tapped(&fyne.PointEvent{Position: nodePos(t, c, "lone")})
	if expanded != "lone" {
		t.Errorf("a double click expanded %q", expanded)
	}
}

func TestChartDragPansAndMovesNodes(t *testing.T) {
	c, w := shownSmallCase(t)
	before := nodePos(t, c, "ana")
	test.Drag(w.Canvas(), fyne.NewPos(3, 3).AddXY(40, 30), 40, 30) // from the empty corner
	c.DragEnd()
	if got := nodePos(t, c, "ana"); math.Abs(float64(got.X-before.X-40)) > 0.01 || math.Abs(float64(got.Y-before.Y-30)) > 0.01 {
		t.Errorf("panning moved ana from %v to %v", before, got)
	}
	from := nodePos(t, c, "lone")
	to := from.AddXY(-25, 15)
	test.Drag(w.Canvas(), to, -25, 15)
	c.DragEnd()
	if got := nodePos(t, c, "lone"); math.Abs(float64(got.X-to.X)) > 0.01 || math.Abs(float64(got.Y-to.Y)) > 0.01 {
		t.Errorf("dragged node at %v, want %v", got, to)
	}
	if !c.pinned[c.index["lone"]] {
		t.Error("a dragged node should be pinned")
	}
}

func TestChartZoom(t *testing.T) {
	c, w := shownSmallCase(t)
	p := nodePos(t, c, "seize")
	scale := c.view.scale
	test.MoveMouse(w.Canvas(), p)
	test.Scroll(w.Canvas(), p, 0, wheelNotch)
	if math.Abs(c.view.scale/scale-wheelZoom) > 1e-6 {
		t.Errorf("one notch zoomed by %v", c.view.scale/scale)
	}
	if got := nodePos(t, c, "seize"); math.Abs(float64(got.X-p.X)) > 0.01 || math.Abs(float64(got.Y-p.Y)) > 0.01 {
		t.Errorf("the node under the pointer moved from %v to %v", p, got)
	}
	c.TypedRune('-')
	if math.Abs(c.view.scale/scale-wheelZoom/keyZoom) > 1e-6 {
		t.Errorf("- zoomed to %v", c.view.scale/scale)
	}
	c.TypedRune('0')
	if math.Abs(c.view.scale-scale) > 1e-9 {
		t.Errorf("0 gave scale %v, want the fit %v", c.view.scale, scale)
	}
}

func TestChartLabelsBounded(t *testing.T) {
	newTestApp(t, theme.VariantLight)
	c, _ := newSyncChart(t, fyne.NewSize(1280, 800))
	c.MaxLabels = 60
	nodes, edges := sampleChart(800, 1600, 2)
	c.SetGraph(nodes, edges)
	c.Select("n0", "n1")
	objs := test.WidgetRenderer(c).Objects()
	if n := len(objs) - 1; n < 20 || n > 60+maxEdgeLabels {
		t.Errorf("%d labels for 800 nodes, want 20..%d", n, 60+maxEdgeLabels)
	}
}

func TestChartEmptyAndBadInput(t *testing.T) {
	newTestApp(t, theme.VariantLight)
	c, w := newSyncChart(t, fyne.NewSize(300, 200))
	c.SetSizeMode(SizeByBetweenness)
	c.Select("x")
	c.HideNode("x")
	c.Fit()
	if c.ShortestPath("a", "b") != nil {
		t.Error("path in an empty chart")
	}
	c.SetGraph([]ChartNode{{ID: "a"}, {ID: "a", Label: "dup"}, {ID: ""}}, []ChartEdge{{From: "a", To: ""}, {From: "a", To: "a"}})
	if c.Nodes() != 2 || len(c.edges) != 1 {
		t.Errorf("%d nodes %d edges", c.Nodes(), len(c.edges))
	}
	w.Canvas().Capture()
	test.Scroll(w.Canvas(), fyne.NewPos(10, 10), 0, 1e9)
	test.TapCanvas(w.Canvas(), fyne.NewPos(150, 100))
	c.SetGraph(nil, nil)
	w.Canvas().Capture()
}
