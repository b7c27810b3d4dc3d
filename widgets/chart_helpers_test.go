package widgets

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// sampleChart returns a deterministic graph shaped like case data: people, organisations and
// places linked to events in clusters of about 30, with hubs and a few bridges. It has n nodes
// and about m edges.
func sampleChart(n, m int, seed uint64) ([]ChartNode, []ChartEdge) {
	rng := rand.New(rand.NewPCG(seed, 11))
	kinds := []struct {
		kind  string
		shape NodeShape
		color fyne.ThemeColorName
	}{
		{"event", ShapeSquare, ColorNameHighlightPurple},
		{"PERSON", ShapeCircle, ColorNameHighlightBlue},
		{"ORG", ShapeHexagon, ColorNameHighlightOrange},
		{"LOC", ShapeDiamond, ColorNameHighlightGreen},
		{"SELECTOR", ShapeTriangle, ColorNameHighlightPink},
	}
	nodes := make([]ChartNode, n)
	for i := range nodes {
		k := kinds[i%len(kinds)]
		nodes[i] = ChartNode{ID: fmt.Sprintf("n%d", i), Label: fmt.Sprintf("%s %d", k.kind, i), Kind: k.kind,
			Color: k.color, Shape: k.shape}
	}
	var edges []ChartEdge
	for i := 1; i < n; i++ {
		lo := i - i%30
		j := lo + rng.IntN(max(i-lo, 1))
		if i == lo || rng.IntN(12) == 0 {
			j = rng.IntN(i)
		}
		edges = append(edges, ChartEdge{From: nodes[i].ID, To: nodes[j].ID, Label: "linked"})
	}
	for tries := 0; len(edges) < m && tries < 10*m; tries++ {
		a := rng.IntN(n)
		lo := a - a%30
		b := lo + rng.IntN(min(30, n-lo))
		if rng.IntN(10) == 0 {
			b = rng.IntN(n)
		}
		if a != b {
			edges = append(edges, ChartEdge{From: nodes[a].ID, To: nodes[b].ID, Label: "member of", Directed: a%7 == 0})
		}
	}
	return nodes, edges
}

// newSyncChart returns a chart that lays out on the calling goroutine, shown in an unpadded test
// window of the given size.
func newSyncChart(t testing.TB, size fyne.Size) (*Chart, fyne.Window) {
	t.Helper()
	c := NewChart()
	c.sync = true
	w := test.NewTempWindow(t, c)
	w.SetPadded(false)
	w.Resize(size)
	return c, w
}
