package graph

import "math/rand/v2"

// sampleEdges returns a deterministic graph shaped like an analyst's case data: clusters of
// entities around events, hubs with many links and some bridges between clusters. It has
// n nodes and about m edges.
func sampleEdges(n, m int, seed uint64) [][2]int {
	rng := rand.New(rand.NewPCG(seed, 7))
	var edges [][2]int
	deg := make([]int, n)
	total := 0
	add := func(a, b int) {
		edges = append(edges, [2]int{a, b})
		deg[a]++
		deg[b]++
		total += 2
	}
	for i := 1; i < n; i++ {
		// preferential attachment within the node's cluster of about 40 nodes, else anywhere
		lo := i - i%40
		j := lo + rng.IntN(max(i-lo, 1))
		if i-lo == 0 || rng.IntN(10) == 0 {
			j = pickByDegree(rng, deg[:i], total)
		}
		add(i, j)
	}
	for tries := 0; len(edges) < m && tries < 10*m; tries++ {
		a := rng.IntN(n)
		lo := a - a%40
		b := lo + rng.IntN(min(40, n-lo))
		if rng.IntN(8) == 0 {
			b = pickByDegree(rng, deg, total)
		}
		if a != b {
			add(a, b)
		}
	}
	return edges
}

func pickByDegree(rng *rand.Rand, deg []int, total int) int {
	if total == 0 {
		return 0
	}
	r := rng.IntN(total + len(deg))
	for i, d := range deg {
		r -= d + 1
		if r < 0 {
			return i
		}
	}
	return len(deg) - 1
}
