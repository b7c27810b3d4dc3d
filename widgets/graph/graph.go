// Package graph holds the pure graph maths behind the link chart: adjacency, shortest paths,
// centrality scores and a force-directed layout. Nodes are the indices 0..n-1; edges are
// undirected. It knows nothing of Fyne, so it tests and benchmarks without cgo.
package graph

import (
	"math"
	"slices"
)

// Graph is an immutable undirected graph on the nodes 0..Len()-1 without self-loops or
// parallel edges.
type Graph struct {
	adj   [][]int32  // sorted neighbours of each node
	edges [][2]int32 // each edge once, lower index first, sorted
}

// New builds a graph of n nodes. Edges with an endpoint out of range, self-loops and repeats
// (in either direction) are dropped, so callers can pass their data as it comes.
func New(n int, edges [][2]int) *Graph {
	n = max(n, 0)
	g := &Graph{adj: make([][]int32, n)}
	for _, e := range edges {
		a, b := e[0], e[1]
		if a < 0 || b < 0 || a >= n || b >= n || a == b {
			continue
		}
		if a > b {
			a, b = b, a
		}
		g.edges = append(g.edges, [2]int32{int32(a), int32(b)})
	}
	slices.SortFunc(g.edges, func(x, y [2]int32) int {
		if x[0] != y[0] {
			return int(x[0] - y[0])
		}
		return int(x[1] - y[1])
	})
	g.edges = slices.Compact(g.edges)
	for _, e := range g.edges {
		g.adj[e[0]] = append(g.adj[e[0]], e[1])
		g.adj[e[1]] = append(g.adj[e[1]], e[0])
	}
	for _, ns := range g.adj {
		slices.Sort(ns)
	}
	return g
}

// Len returns the number of nodes.
func (g *Graph) Len() int { return len(g.adj) }

// Edges returns each edge once, lower index first, in sorted order. The slice is shared: do not
// modify it.
func (g *Graph) Edges() [][2]int32 { return g.edges }

// Neighbours returns the sorted neighbours of node i (shared: do not modify), nil when i is out of
// range.
func (g *Graph) Neighbours(i int) []int32 {
	if i < 0 || i >= len(g.adj) {
		return nil
	}
	return g.adj[i]
}

// Degree returns the number of neighbours of node i.
func (g *Graph) Degree(i int) int { return len(g.Neighbours(i)) }

// Degrees returns the degree of every node, counting only edges whose both ends are kept
// (skip nil keeps all).
func (g *Graph) Degrees(skip []bool) []float64 {
	d := make([]float64, g.Len())
	for _, e := range g.edges {
		if skipped(skip, int(e[0])) || skipped(skip, int(e[1])) {
			continue
		}
		d[e[0]]++
		d[e[1]]++
	}
	return d
}

func skipped(skip []bool, i int) bool { return i < len(skip) && skip[i] }

// ShortestPath returns the nodes of a shortest path from one node to another, both included,
// avoiding the nodes marked in skip (nil avoids none). It returns nil when there is no path or
// an endpoint is out of range or skipped. Breadth-first search over sorted neighbours makes the
// answer deterministic among equally short paths: the one through the lowest indices first.
func (g *Graph) ShortestPath(from, to int, skip []bool) []int {
	n := g.Len()
	if from < 0 || to < 0 || from >= n || to >= n || skipped(skip, from) || skipped(skip, to) {
		return nil
	}
	if from == to {
		return []int{from}
	}
	prev := make([]int32, n)
	for i := range prev {
		prev[i] = -1
	}
	prev[from] = int32(from)
	queue := []int32{int32(from)}
	for len(queue) > 0 {
		u := queue[0]
		queue = queue[1:]
		for _, v := range g.adj[u] {
			if prev[v] >= 0 || skipped(skip, int(v)) {
				continue
			}
			prev[v] = u
			if int(v) == to {
				return walkBack(prev, from, to)
			}
			queue = append(queue, v)
		}
	}
	return nil
}

func walkBack(prev []int32, from, to int) []int {
	var path []int
	for v := to; v != from; v = int(prev[v]) {
		path = append(path, v)
	}
	path = append(path, from)
	slices.Reverse(path)
	return path
}

// Betweenness returns the betweenness centrality of every node over the kept nodes (skip nil
// keeps all); skipped nodes score 0. Each unordered pair counts once. It is Brandes' algorithm on
// flat arrays, O(n·m): gonum's network.Betweenness gives the same scores (the tests check) but
// its maps make it a hundred times slower, seconds at 2,000 nodes.
func (g *Graph) Betweenness(skip []bool) []float64 {
	n := g.Len()
	cb := make([]float64, n)
	b := newBrandes(n)
	for s := 0; s < n; s++ {
		if !skipped(skip, s) {
			b.accumulate(g, s, skip, cb)
		}
	}
	for i := range cb {
		cb[i] /= 2 // an undirected path is found from both of its ends
	}
	return cb
}

// brandes holds the per-source work arrays of Brandes' algorithm, reused across sources.
type brandes struct {
	sigma, delta []float64
	dist         []int32
	order, queue []int32
}

func newBrandes(n int) *brandes {
	return &brandes{sigma: make([]float64, n), delta: make([]float64, n), dist: make([]int32, n)}
}

// accumulate adds the dependencies of source s to cb: a breadth-first search counting shortest
// paths, then a sweep back from the farthest nodes.
func (b *brandes) accumulate(g *Graph, s int, skip []bool, cb []float64) {
	for i := range b.dist {
		b.dist[i], b.sigma[i], b.delta[i] = -1, 0, 0
	}
	b.dist[s], b.sigma[s] = 0, 1
	b.order, b.queue = b.order[:0], append(b.queue[:0], int32(s))
	for len(b.queue) > 0 {
		v := b.queue[0]
		b.queue = b.queue[1:]
		b.order = append(b.order, v)
		for _, w := range g.adj[v] {
			if skipped(skip, int(w)) {
				continue
			}
			if b.dist[w] < 0 {
				b.dist[w] = b.dist[v] + 1
				b.queue = append(b.queue, w)
			}
			if b.dist[w] == b.dist[v]+1 {
				b.sigma[w] += b.sigma[v]
			}
		}
	}
	for k := len(b.order) - 1; k > 0; k-- {
		w := b.order[k]
		for _, v := range g.adj[w] {
			if b.dist[v] >= 0 && b.dist[v] == b.dist[w]-1 {
				b.delta[v] += b.sigma[v] / b.sigma[w] * (1 + b.delta[w])
			}
		}
		cb[w] += b.delta[w]
	}
}

// Radii maps scores to radii between lo (a score of 0) and hi (the top score), the radius growing
// with the square root of the score so that the area beyond lo grows with it.
func Radii(scores []float64, lo, hi float64) []float64 {
	r := make([]float64, len(scores))
	top := 0.0
	for _, s := range scores {
		if s > top && !math.IsInf(s, 1) {
			top = s
		}
	}
	for i, s := range scores {
		f := 0.0
		if top > 0 && s > 0 {
			f = math.Sqrt(min(s, top) / top)
		}
		r[i] = lo + (hi-lo)*f
	}
	return r
}
