package graph

import "testing"

// benchLayoutStep times one layout iteration on a graph of n nodes and 2n edges, from a layout
// that has already run 50 iterations (typical mid-run spread).
func benchLayoutStep(b *testing.B, n int) {
	g := New(n, sampleEdges(n, 2*n, 1))
	l := NewLayout(g, LayoutOptions{Seed: 1, MaxIterations: 1 << 30, Tolerance: 1e-12})
	for i := 0; i < 50; i++ {
		l.Step()
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		l.Step()
	}
}

// BenchmarkLayoutStep200 is the baseline for BenchmarkLayoutStep2000.
func BenchmarkLayoutStep200(b *testing.B) { benchLayoutStep(b, 200) }

// BenchmarkLayoutStep2000 is one iteration of the link chart's layout at 2,000 nodes.
func BenchmarkLayoutStep2000(b *testing.B) { benchLayoutStep(b, 2000) }

// BenchmarkLayoutRun2000 lays 2,000 nodes out from scratch until converged or capped.
func BenchmarkLayoutRun2000(b *testing.B) {
	g := New(2000, sampleEdges(2000, 4000, 1))
	for i := 0; i < b.N; i++ {
		l := NewLayout(g, LayoutOptions{Seed: 1})
		l.Run()
		b.ReportMetric(float64(l.Iterations()), "iterations")
	}
}

// BenchmarkBetweenness2000 is gonum's Brandes betweenness on the 2,000-node graph.
func BenchmarkBetweenness2000(b *testing.B) {
	g := New(2000, sampleEdges(2000, 4000, 1))
	for i := 0; i < b.N; i++ {
		g.Betweenness(nil)
	}
}
