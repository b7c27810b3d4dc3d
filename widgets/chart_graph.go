package widgets

import (
	"hash/fnv"
	"slices"
	"unicode/utf8"

	"fyne.io/fyne/v2"

	"dossier/widgets/graph"
)

// maxLabelRunes is where node labels are cut (with an ellipsis): a chart label names, it does not
// describe.
const maxLabelRunes = 28

// chartLooks holds what drawing needs per node and does not change with the view.
type chartLooks struct {
	colors  []fyne.ThemeColorName // the distinct colour names
	colorOf []uint16              // node index -> index into colors
	labels  []string              // cut labels
	widths  []float32             // measured label widths; 0 until measured
	textSz  float32               // the text size widths were measured at
}

// SetGraph replaces the chart's nodes and edges. Nodes already in the chart (by ID) keep their
// place and pin, and new ones start next to their neighbours, so that adding the neighbours of a
// node (OnExpand) does not reshuffle the chart; a graph with no known node is laid out afresh
// and fitted. Later duplicates of an ID are ignored. The selection keeps the nodes still present;
// the path highlight is cleared.
func (c *Chart) SetGraph(nodes []ChartNode, edges []ChartEdge) {
	oldIndex, oldPos, oldPinned, oldSel := c.index, c.pos, c.pinned, c.Selected()
	c.stopLayout()
	c.nodes, c.index = dedupeNodes(nodes)
	n := len(c.nodes)
	c.hidden, c.pinned, c.selected = make([]bool, n), make([]bool, n), make([]bool, n)
	c.pos = make([]graph.Point, n)
	known := make([]bool, n)
	anyKnown := false
	for i, nd := range c.nodes {
		c.hidden[i] = nd.Hidden
		if j, ok := oldIndex[nd.ID]; ok && j < len(oldPos) {
			c.pos[i], known[i], c.pinned[i] = oldPos[j], true, oldPinned[j]
			anyKnown = true
		}
	}
	c.edges = c.resolveEdges(edges)
	pairs := make([][2]int, len(c.edges))
	for k, e := range c.edges {
		pairs[k] = [2]int{int(e.a), int(e.b)}
	}
	c.g = graph.New(n, pairs)
	for _, id := range oldSel {
		if i, ok := c.index[id]; ok && !c.hidden[i] {
			c.selected[i] = true
		}
	}
	c.path, c.pathStep, c.hover, c.drag = nil, nil, -1, chartDrag{}
	c.looks = newChartLooks(c.nodes)
	c.radius = nil // sized by degree until the size mode's scores are ready
	c.rescore()
	if !anyKnown {
		c.fitted, c.follow = false, true
		known = nil
		c.pos = nil
	}
	c.startLayoutFrom(anyKnown, known)
	c.Refresh()
}

// dedupeNodes copies nodes, dropping later duplicates of an ID, and indexes them.
func dedupeNodes(nodes []ChartNode) ([]ChartNode, map[string]int) {
	index := make(map[string]int, len(nodes))
	kept := make([]ChartNode, 0, len(nodes))
	for _, nd := range nodes {
		if _, dup := index[nd.ID]; dup {
			continue
		}
		index[nd.ID] = len(kept)
		kept = append(kept, nd)
	}
	return kept, index
}

// resolveEdges maps edges to node indices, dropping loops and edges to unknown nodes.
func (c *Chart) resolveEdges(edges []ChartEdge) []chartEdge {
	out := make([]chartEdge, 0, len(edges))
	for _, e := range edges {
		a, okA := c.index[e.From]
		b, okB := c.index[e.To]
		if okA && okB && a != b {
			out = append(out, chartEdge{a: int32(a), b: int32(b), label: e.Label, directed: e.Directed})
		}
	}
	return out
}

func newChartLooks(nodes []ChartNode) chartLooks {
	l := chartLooks{colorOf: make([]uint16, len(nodes)), labels: make([]string, len(nodes)),
		widths: make([]float32, len(nodes))}
	seen := map[fyne.ThemeColorName]uint16{}
	for i, nd := range nodes {
		name := nd.Color
		if name == "" {
			name = kindColor(nd.Kind)
		}
		k, ok := seen[name]
		if !ok {
			k = uint16(len(l.colors))
			seen[name] = k
			l.colors = append(l.colors, name)
		}
		l.colorOf[i] = k
		l.labels[i] = cutLabel(nd.Label, maxLabelRunes)
	}
	return l
}

// kindColor picks a highlight hue for a kind, the same one every time.
func kindColor(kind string) fyne.ThemeColorName {
	h := fnv.New32a()
	h.Write([]byte(kind))
	names := HighlightColorNames()
	return names[h.Sum32()%uint32(len(names))]
}

// cutLabel shortens s to at most n runes, ending with an ellipsis when cut.
func cutLabel(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}

// labelWidth returns the width of node i's label at text size sz, measuring it once.
func (c *Chart) labelWidth(i int, sz float32) float32 {
	l := &c.looks
	if l.textSz != sz {
		clear(l.widths)
		l.textSz = sz
	}
	if l.widths[i] == 0 && l.labels[i] != "" {
		l.widths[i] = c.measureText(l.labels[i], sz, fyne.TextStyle{}).Width
	}
	return l.widths[i]
}

// rescore recomputes node radii and the draw order for the size mode. Betweenness runs off the
// UI goroutine; until it arrives the nodes keep their sizes (degree sizes for a new graph).
func (c *Chart) rescore() {
	if c.g == nil {
		return
	}
	n := len(c.nodes)
	if len(c.radius) != n {
		c.radius = make([]float64, n)
		c.setRadii(graph.Radii(c.g.Degrees(c.hidden), nodeRadiusMin, nodeRadiusMax))
	}
	switch c.size {
	case SizeUniform:
		c.setRadii(graph.Radii(make([]float64, n), nodeRadiusMin+2, nodeRadiusMax))
	case SizeByBetweenness:
		c.scoreInBackground()
	default:
		c.setRadii(graph.Radii(c.g.Degrees(c.hidden), nodeRadiusMin, nodeRadiusMax))
	}
}

// setRadii installs radii and sorts the draw order by them, small first.
func (c *Chart) setRadii(r []float64) {
	if len(r) != len(c.nodes) {
		return
	}
	c.radius = r
	c.order = c.order[:0]
	for i := range c.nodes {
		c.order = append(c.order, int32(i))
	}
	slices.SortStableFunc(c.order, func(a, b int32) int {
		switch {
		case r[a] < r[b]:
			return -1
		case r[a] > r[b]:
			return 1
		}
		return 0
	})
}
