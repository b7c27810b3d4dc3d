package graph

import "math"

// maxDepth bounds the tree: bodies closer than the root's size / 2^maxDepth share a leaf and act
// as one mass, so coincident nodes cannot recurse forever.
const maxDepth = 40

// quadTree is a Barnes–Hut tree over the active nodes, rebuilt every iteration into reused
// storage. Far cells act on a body as one mass at their centre of mass, which makes the
// repulsion O(n log n) instead of O(n²).
type quadTree struct {
	cells []cell
	stack []int32
}

// cell is a square of the tree. A leaf holds one body (or several that coincide); an inner
// cell has up to four children.
type cell struct {
	cx, cy, half float64 // the square's centre and half side
	mx, my, mass float64 // sum of positions and number of bodies below
	child        [4]int32
	body         int32 // the body in a leaf; -1 for an inner or empty cell
	leaf         bool
}

// build fills the tree with the points whose index is in bodies.
func (t *quadTree) build(pos []Point, bodies []int32) {
	t.cells = t.cells[:0]
	if len(bodies) == 0 {
		return
	}
	minX, minY := pos[bodies[0]].X, pos[bodies[0]].Y
	maxX, maxY := minX, minY
	for _, b := range bodies[1:] {
		p := pos[b]
		minX, maxX = min(minX, p.X), max(maxX, p.X)
		minY, maxY = min(minY, p.Y), max(maxY, p.Y)
	}
	half := max(maxX-minX, maxY-minY)/2 + 1e-6
	t.cells = append(t.cells, cell{cx: (minX + maxX) / 2, cy: (minY + maxY) / 2, half: half, body: -1, leaf: true})
	for _, b := range bodies {
		t.insert(pos, b)
	}
}

// insert adds body b, walking down from the root and splitting the leaf it lands in.
func (t *quadTree) insert(pos []Point, b int32) {
	p := pos[b]
	c := int32(0)
	for depth := 0; ; depth++ {
		cl := &t.cells[c]
		cl.mx += p.X
		cl.my += p.Y
		cl.mass++
		if cl.leaf {
			if cl.body < 0 && cl.mass == 1 {
				cl.body = b
				return
			}
			if depth >= maxDepth {
				return // coincident bodies: this leaf's mass grows, its body stays the first
			}
			t.split(pos, c)
		}
		c = t.childFor(c, p)
	}
}

// split turns leaf c into an inner cell, moving its body into the child that holds it.
func (t *quadTree) split(pos []Point, c int32) {
	old := t.cells[c].body
	t.cells[c].leaf, t.cells[c].body = false, -1
	if old < 0 {
		return
	}
	k := t.childFor(c, pos[old])
	ch := &t.cells[k]
	ch.body = old
	ch.mx, ch.my, ch.mass = pos[old].X, pos[old].Y, 1
}

// childFor returns the child of c whose quadrant holds p, creating it when missing.
func (t *quadTree) childFor(c int32, p Point) int32 {
	cl := t.cells[c]
	q := 0
	cx, cy, h := cl.cx-cl.half/2, cl.cy-cl.half/2, cl.half/2
	if p.X >= cl.cx {
		q |= 1
		cx = cl.cx + h
	}
	if p.Y >= cl.cy {
		q |= 2
		cy = cl.cy + h
	}
	if k := cl.child[q]; k != 0 {
		return k
	}
	k := int32(len(t.cells))
	t.cells = append(t.cells, cell{cx: cx, cy: cy, half: h, body: -1, leaf: true})
	t.cells[c].child[q] = k
	return k
}

// repulse returns the repulsive force on body i at p from every other body: strength/d per body
// (Fruchterman–Reingold's k²/d), cells that look smaller than theta from p taken as one mass.
func (t *quadTree) repulse(i int32, p Point, strength, theta2 float64) (fx, fy float64) {
	if len(t.cells) == 0 {
		return 0, 0
	}
	t.stack = append(t.stack[:0], 0)
	for len(t.stack) > 0 {
		c := &t.cells[t.stack[len(t.stack)-1]]
		t.stack = t.stack[:len(t.stack)-1]
		mass := c.mass
		if c.leaf && c.body == i {
			mass-- // i itself; any coincident others are pushed apart below
			if mass == 0 {
				continue
			}
		}
		dx, dy := p.X-c.mx/c.mass, p.Y-c.my/c.mass
		d2 := dx*dx + dy*dy
		if !c.leaf && 4*c.half*c.half >= theta2*d2 {
			for _, k := range c.child {
				if k != 0 {
					t.stack = append(t.stack, k)
				}
			}
			continue
		}
		if d2 < 1e-12 {
			// Coincident bodies: push apart along a direction fixed by the indices so the
			// layout stays deterministic.
			dx, dy, d2 = jitter(i, c.body)
		}
		f := strength * mass / d2 // (k²/d) along the unit vector (dx/d, dy/d)
		fx += dx * f
		fy += dy * f
	}
	return fx, fy
}

// jitter returns a small, index-dependent offset for separating coincident bodies.
func jitter(i, j int32) (dx, dy, d2 float64) {
	a := float64((i*7919+j*104729)%360) * 0.0174533
	dx, dy = 1e-3*math.Cos(a), 1e-3*math.Sin(a)
	return dx, dy, dx*dx + dy*dy
}
