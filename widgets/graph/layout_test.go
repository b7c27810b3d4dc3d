package graph

import (
	"math"
	"slices"
	"testing"
)

func distance(a, b Point) float64 { return math.Hypot(a.X-b.X, a.Y-b.Y) }

// checkFinite fails on any NaN or infinite coordinate.
func checkFinite(t *testing.T, pos []Point) {
	t.Helper()
	for i, p := range pos {
		if !finite(p) {
			t.Fatalf("node %d at %v", i, p)
		}
	}
}

func TestLayoutConverges(t *testing.T) {
	for _, n := range []int{1, 2, 30, 300} {
		g := New(n, sampleEdges(n, 2*n, 1))
		l := NewLayout(g, LayoutOptions{Seed: 1})
		l.Run()
		checkFinite(t, l.Positions())
		if !l.Converged() {
			t.Errorf("n=%d: not converged after %d iterations (mean move %.3f)", n, l.Iterations(), l.MeanMove())
		}
	}
}

// TestLayoutSpreads checks the layout's shape: no two nodes on top of each other, and
// neighbours closer together than nodes picked at random.
func TestLayoutSpreads(t *testing.T) {
	const n = 300
	g := New(n, sampleEdges(n, 2*n, 2))
	l := NewLayout(g, LayoutOptions{Seed: 2})
	l.Run()
	pos := l.Positions()
	k := DefaultLength
	closePairs := 0
	for i := range pos {
		for j := i + 1; j < n; j++ {
			if distance(pos[i], pos[j]) < k/10 {
				closePairs++
			}
		}
	}
	if closePairs > n/100 {
		t.Errorf("%d pairs of nodes closer than k/10", closePairs)
	}
	var edgeSum, otherSum float64
	for _, e := range g.Edges() {
		edgeSum += distance(pos[e[0]], pos[e[1]])
	}
	for i := 0; i < n; i++ {
		otherSum += distance(pos[i], pos[(i*131+17)%n])
	}
	meanEdge, meanOther := edgeSum/float64(len(g.Edges())), otherSum/n
	if meanEdge > meanOther/2 {
		t.Errorf("mean edge %.1f vs mean distance %.1f: neighbours are not drawn together", meanEdge, meanOther)
	}
}

func TestLayoutDeterministic(t *testing.T) {
	g := New(200, sampleEdges(200, 400, 3))
	run := func(seed uint64) []Point {
		l := NewLayout(g, LayoutOptions{Seed: seed})
		l.Run()
		return l.CopyPositions(nil)
	}
	a, b, c := run(7), run(7), run(8)
	if !slices.Equal(a, b) {
		t.Error("the same seed gave two layouts")
	}
	if slices.Equal(a, c) {
		t.Error("two seeds gave the same layout")
	}
}

func TestLayoutPinnedAndIgnored(t *testing.T) {
	g := New(50, sampleEdges(50, 100, 4))
	start := make([]Point, 50)
	known := make([]bool, 50)
	pinned := make([]bool, 50)
	ignored := make([]bool, 50)
	start[0], known[0], pinned[0] = Point{500, -500}, true, true
	start[1], known[1], ignored[1] = Point{7, 7}, true, true
	l := NewLayout(g, LayoutOptions{Seed: 1, Start: start, Known: known, Pinned: pinned, Ignored: ignored})
	l.Run()
	pos := l.Positions()
	checkFinite(t, pos)
	if pos[0] != start[0] || pos[1] != start[1] {
		t.Errorf("pinned %v and ignored %v nodes moved", pos[0], pos[1])
	}
	l = NewLayout(g, LayoutOptions{Seed: 1})
	l.Pin(5, Point{1, 2})
	l.Run()
	if l.Positions()[5] != (Point{1, 2}) {
		t.Errorf("node pinned mid-run moved to %v", l.Positions()[5])
	}
}

// TestLayoutWarmStart adds one node to a finished layout: the others barely move and the new
// node lands near its neighbour.
func TestLayoutWarmStart(t *testing.T) {
	edges := sampleEdges(100, 200, 6)
	l := NewLayout(New(100, edges), LayoutOptions{Seed: 1})
	l.Run()
	old := l.CopyPositions(nil)
	g := New(101, append(edges, [2]int{100, 42}))
	known := make([]bool, 101)
	for i := 0; i < 100; i++ {
		known[i] = true
	}
	w := NewLayout(g, LayoutOptions{Seed: 1, Start: append(old, Point{}), Known: known, Warm: true})
	w.Run()
	pos := w.Positions()
	checkFinite(t, pos)
	moved := 0.0
	for i := 0; i < 100; i++ {
		moved = max(moved, distance(pos[i], old[i]))
	}
	if moved > 3*DefaultLength {
		t.Errorf("a node moved %.1f after adding one node", moved)
	}
	if d := distance(pos[100], pos[42]); d > 4*DefaultLength {
		t.Errorf("the new node is %.1f from its neighbour", d)
	}
}

func TestLayoutDegenerateStarts(t *testing.T) {
	// Every node on the same point, and a NaN start: the layout must still separate them.
	g := New(20, sampleEdges(20, 30, 1))
	start := make([]Point, 20)
	start[3] = Point{math.NaN(), 1}
	l := NewLayout(g, LayoutOptions{Start: start})
	l.Run()
	pos := l.Positions()
	checkFinite(t, pos)
	for i := 1; i < len(pos); i++ {
		if pos[i] == pos[0] {
			t.Fatalf("node %d still on node 0", i)
		}
	}
	if NewLayout(New(0, nil), LayoutOptions{}).Step() != true {
		t.Error("an empty layout should be done at once")
	}
}
