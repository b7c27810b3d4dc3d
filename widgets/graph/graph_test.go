package graph

import (
	"math"
	"slices"
	"testing"

	"gonum.org/v1/gonum/graph/network"
	"gonum.org/v1/gonum/graph/path"
	"gonum.org/v1/gonum/graph/simple"
)

// toGonum builds gonum's view of g over the nodes not skipped, as the oracle for our own
// algorithms.
func toGonum(g *Graph, skip []bool) *simple.UndirectedGraph {
	u := simple.NewUndirectedGraph()
	for i := 0; i < g.Len(); i++ {
		if !skipped(skip, i) {
			u.AddNode(simple.Node(int64(i)))
		}
	}
	for _, e := range g.Edges() {
		if !skipped(skip, int(e[0])) && !skipped(skip, int(e[1])) {
			u.SetEdge(u.NewEdge(simple.Node(int64(e[0])), simple.Node(int64(e[1]))))
		}
	}
	return u
}

func TestNew(t *testing.T) {
	g := New(4, [][2]int{{0, 1}, {1, 0}, {2, 2}, {3, 9}, {-1, 2}, {2, 3}, {1, 2}})
	want := [][2]int32{{0, 1}, {1, 2}, {2, 3}}
	if !slices.Equal(g.Edges(), want) {
		t.Errorf("edges = %v, want %v", g.Edges(), want)
	}
	if got := g.Neighbours(1); !slices.Equal(got, []int32{0, 2}) {
		t.Errorf("neighbours of 1 = %v", got)
	}
	if g.Degree(3) != 1 || g.Degree(7) != 0 || g.Neighbours(-1) != nil {
		t.Errorf("degree(3)=%d degree(7)=%d", g.Degree(3), g.Degree(7))
	}
	if New(-3, nil).Len() != 0 {
		t.Error("a negative size should give an empty graph")
	}
}

func TestDegrees(t *testing.T) {
	g := New(4, [][2]int{{0, 1}, {0, 2}, {0, 3}, {2, 3}})
	if got := g.Degrees(nil); !slices.Equal(got, []float64{3, 1, 2, 2}) {
		t.Errorf("degrees = %v", got)
	}
	if got := g.Degrees([]bool{false, false, false, true}); !slices.Equal(got, []float64{2, 1, 1, 0}) {
		t.Errorf("degrees without node 3 = %v", got)
	}
}

func TestShortestPath(t *testing.T) {
	// 0-1-2-3 in a line, plus the detour 0-4-5-3 and the island 6.
	g := New(7, [][2]int{{0, 1}, {1, 2}, {2, 3}, {0, 4}, {4, 5}, {5, 3}})
	skip1 := []bool{false, true}
	tests := []struct {
		name     string
		from, to int
		skip     []bool
		want     []int
	}{
		{"OK", 0, 2, nil, []int{0, 1, 2}},
		{"OK tie goes to the lower index", 0, 3, nil, []int{0, 1, 2, 3}},
		{"OK around a skipped node", 0, 3, skip1, []int{0, 4, 5, 3}},
		{"OK same node", 5, 5, nil, []int{5}},
		{"OK reversed", 3, 0, nil, []int{3, 2, 1, 0}},
		{"ErrNoPath", 0, 6, nil, nil},
		{"ErrSkippedEnd", 1, 3, skip1, nil},
		{"ErrOutOfRange", 0, 9, nil, nil},
		{"ErrNegative", -1, 2, nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := g.ShortestPath(tt.from, tt.to, tt.skip); !slices.Equal(got, tt.want) {
				t.Errorf("ShortestPath(%d, %d) = %v, want %v", tt.from, tt.to, got, tt.want)
			}
		})
	}
}

// TestShortestPathMatchesGonum compares path lengths with gonum's Dijkstra on a larger graph.
func TestShortestPathMatchesGonum(t *testing.T) {
	g := New(300, sampleEdges(300, 450, 3))
	skip := make([]bool, 300)
	for i := 0; i < 300; i += 17 {
		skip[i] = true
	}
	gg := toGonum(g, skip)
	for from := 1; from < 300; from += 29 {
		if skip[from] {
			continue
		}
		sp := path.DijkstraFrom(simple.Node(int64(from)), gg)
		for to := 0; to < 300; to += 7 {
			if skip[to] {
				continue
			}
			ours := g.ShortestPath(from, to, skip)
			theirs, _ := sp.To(int64(to))
			if len(ours) != len(theirs) {
				t.Fatalf("%d→%d: %d nodes, gonum %d", from, to, len(ours), len(theirs))
			}
			for k := 1; k < len(ours); k++ {
				if !slices.Contains(g.Neighbours(ours[k-1]), int32(ours[k])) || skip[ours[k]] {
					t.Fatalf("%d→%d: %v is not a path avoiding the skipped nodes", from, to, ours)
				}
			}
		}
	}
}

func TestBetweennessMatchesGonum(t *testing.T) {
	g := New(120, sampleEdges(120, 200, 5))
	skip := make([]bool, 120)
	skip[3], skip[50] = true, true
	ours := g.Betweenness(skip)
	theirs := network.Betweenness(toGonum(g, skip))
	for i, s := range ours {
		want := theirs[int64(i)] / 2 // gonum counts each pair from both ends
		if math.Abs(s-want) > 1e-9*max(1, want) {
			t.Fatalf("node %d: %v, gonum %v", i, s, want)
		}
	}
	if ours[3] != 0 || ours[50] != 0 {
		t.Error("skipped nodes should score 0")
	}
}

func TestBetweennessStar(t *testing.T) {
	// The centre of a star lies on the one shortest path of each of the 3 pairs of leaves.
	g := New(4, [][2]int{{0, 1}, {0, 2}, {0, 3}})
	if got := g.Betweenness(nil); !slices.Equal(got, []float64{3, 0, 0, 0}) {
		t.Errorf("betweenness = %v", got)
	}
}

func TestRadii(t *testing.T) {
	got := Radii([]float64{0, 1, 4, math.NaN(), -2}, 2, 10)
	want := []float64{2, 6, 10, 2, 2}
	for i := range want {
		if math.Abs(got[i]-want[i]) > 1e-9 {
			t.Errorf("Radii = %v, want %v", got, want)
			break
		}
	}
	if got := Radii([]float64{0, 0}, 3, 9); got[0] != 3 || got[1] != 3 {
		t.Errorf("all-zero scores = %v, want the minimum", got)
	}
}
