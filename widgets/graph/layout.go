package graph

import (
	"math"
	"math/rand/v2"
)

// Point is a position in layout units.
type Point struct{ X, Y float64 }

// Layout defaults; LayoutOptions' zero fields take these.
const (
	DefaultLength        = 40.0
	DefaultGravity       = 1.0
	DefaultTheta         = 0.9
	DefaultMaxIterations = 500
	DefaultTolerance     = 0.003
)

// stepCooling is Hu's step adaptation factor: the step shrinks by it when the energy rises and
// grows by its inverse after five improvements in a row.
const stepCooling = 0.9

// warmCooling shrinks a warm start's step on every iteration: a node moves at most
// step/(1-warmCooling) = 3 edge lengths in all.
const warmCooling = 0.92

// LayoutOptions tunes a Layout. The zero value of each field picks its default.
type LayoutOptions struct {
	// Length is the ideal edge length (Fruchterman–Reingold's k), in layout units.
	Length float64
	// Gravity pulls every node toward the origin, proportionally to its distance, so that
	// disconnected parts stay together rather than drift apart.
	Gravity float64
	// Theta is the Barnes–Hut opening criterion: cells that look smaller than this from a node
	// act as one mass. 0 would be exact and O(n²); 0.9 is fast and visually the same.
	Theta float64
	// MaxIterations caps the run.
	MaxIterations int
	// Tolerance ends the run when an iteration moves the nodes by less than Tolerance·Length on
	// average.
	Tolerance float64
	// Seed fixes the random start positions: the same graph and seed give the same layout.
	Seed uint64
	// Start holds known start positions (nil: none). Known says which entries are set (nil: all
	// of Start); the others are placed near their placed neighbours, or at random.
	Start []Point
	Known []bool
	// Pinned nodes keep their start position; Ignored nodes (hidden ones) neither move nor push.
	Pinned, Ignored []bool
	// Warm starts with small steps, for a graph that is mostly laid out already (a few nodes
	// added or moved) so that the rest barely shifts.
	Warm bool
}

func (o *LayoutOptions) defaults() {
	if o.Length <= 0 {
		o.Length = DefaultLength
	}
	if o.Gravity <= 0 {
		o.Gravity = DefaultGravity
	}
	if o.Theta <= 0 {
		o.Theta = DefaultTheta
	}
	if o.MaxIterations <= 0 {
		o.MaxIterations = DefaultMaxIterations
	}
	if o.Tolerance <= 0 {
		o.Tolerance = DefaultTolerance
	}
}

// Layout is a force-directed layout in progress: Fruchterman–Reingold forces (repulsion k²/d
// between all nodes through a Barnes–Hut tree, attraction d²/k along edges, a weak gravity) with
// Hu's adaptive step length. It is not safe for concurrent use: run it on one goroutine and copy
// the positions out with CopyPositions.
type Layout struct {
	g         *Graph
	o         LayoutOptions
	pos       []Point
	force     []Point
	active    []int32 // nodes not ignored
	pinned    []bool
	step      float64
	energy    float64
	progress  int
	iter      int
	lastMove  float64
	converged bool
	tree      quadTree
}

// NewLayout prepares a layout of g; call Step or Run to compute it.
func NewLayout(g *Graph, o LayoutOptions) *Layout {
	o.defaults()
	n := g.Len()
	l := &Layout{g: g, o: o, pos: make([]Point, n), force: make([]Point, n), pinned: make([]bool, n),
		energy: math.Inf(1)}
	for i := 0; i < n; i++ {
		if !skipped(o.Ignored, i) {
			l.active = append(l.active, int32(i))
		}
		l.pinned[i] = skipped(o.Pinned, i)
	}
	l.place()
	l.step = o.Length * math.Sqrt(float64(max(len(l.active), 1))) / 2
	if o.Warm {
		l.step = o.Length * 0.24
	}
	return l
}

// place sets the start positions: the known ones, then each other node near its placed
// neighbours, else at random in a square sized for the graph.
func (l *Layout) place() {
	o := l.o
	rng := rand.New(rand.NewPCG(o.Seed, o.Seed^0x9e3779b97f4a7c15))
	placed := make([]bool, len(l.pos))
	var cx, cy float64
	nKnown := 0
	for i := range l.pos {
		if i < len(o.Start) && (o.Known == nil || skipped(o.Known, i)) && finite(o.Start[i]) {
			l.pos[i], placed[i] = o.Start[i], true
			cx, cy = cx+o.Start[i].X, cy+o.Start[i].Y
			nKnown++
		}
	}
	if nKnown > 0 {
		cx, cy = cx/float64(nKnown), cy/float64(nKnown)
	}
	side := o.Length * math.Sqrt(float64(max(len(l.active), 1)))
	for _, i := range l.active {
		if placed[i] {
			continue
		}
		if p, ok := l.nearNeighbours(int(i), placed, rng); ok {
			l.pos[i] = p
		} else {
			l.pos[i] = Point{cx + (rng.Float64()-0.5)*side, cy + (rng.Float64()-0.5)*side}
		}
		placed[i] = true
	}
}

// nearNeighbours returns a point at about half an edge length from the centroid of i's placed
// neighbours, false when none is placed.
func (l *Layout) nearNeighbours(i int, placed []bool, rng *rand.Rand) (Point, bool) {
	var sx, sy float64
	k := 0
	for _, j := range l.g.Neighbours(i) {
		if placed[j] {
			sx, sy = sx+l.pos[j].X, sy+l.pos[j].Y
			k++
		}
	}
	if k == 0 {
		return Point{}, false
	}
	a := rng.Float64() * 2 * math.Pi
	r := l.o.Length * (0.5 + 0.5*rng.Float64())
	return Point{sx/float64(k) + r*math.Cos(a), sy/float64(k) + r*math.Sin(a)}, true
}

func finite(p Point) bool {
	return !math.IsNaN(p.X) && !math.IsNaN(p.Y) && !math.IsInf(p.X, 0) && !math.IsInf(p.Y, 0)
}

// Done reports whether the layout has converged or reached its iteration cap.
func (l *Layout) Done() bool {
	return l.converged || l.iter >= l.o.MaxIterations || len(l.active) == 0
}

// Converged reports whether the layout stopped because it settled (not because of the cap).
func (l *Layout) Converged() bool { return l.converged }

// Iterations returns the number of steps taken.
func (l *Layout) Iterations() int { return l.iter }

// MeanMove returns how far the last step moved the nodes on average, in layout units.
func (l *Layout) MeanMove() float64 { return l.lastMove }

// Positions returns the live positions, indexed like the graph's nodes. They change on every
// Step: copy them (CopyPositions) before handing them to another goroutine.
func (l *Layout) Positions() []Point { return l.pos }

// CopyPositions copies the positions into dst (grown as needed) and returns it.
func (l *Layout) CopyPositions(dst []Point) []Point {
	return append(dst[:0], l.pos...)
}

// Pin fixes node i at p for the rest of the run (a node the user drags).
func (l *Layout) Pin(i int, p Point) {
	if i >= 0 && i < len(l.pos) && finite(p) {
		l.pos[i], l.pinned[i] = p, true
	}
}

// Run steps until Done.
func (l *Layout) Run() {
	for !l.Step() {
	}
}

// Step runs one iteration and reports whether the layout is done.
func (l *Layout) Step() bool {
	if l.Done() {
		return true
	}
	l.computeForces()
	energy, moved, movers := 0.0, 0.0, 0
	for _, i := range l.active {
		if l.pinned[i] {
			continue
		}
		f := l.force[i]
		fl := math.Hypot(f.X, f.Y)
		energy += fl * fl
		if fl == 0 || math.IsNaN(fl) || math.IsInf(fl, 0) {
			continue
		}
		s := min(fl, l.step) / fl
		l.pos[i].X += f.X * s
		l.pos[i].Y += f.Y * s
		moved += fl * s
		movers++
	}
	l.adaptStep(energy)
	l.iter++
	l.lastMove = moved / float64(max(movers, 1))
	if l.lastMove < l.o.Tolerance*l.o.Length || l.step < 1e-3*l.o.Length {
		l.converged = true
	}
	return l.Done()
}

// adaptStep is Hu's adaptive cooling: grow the step while the energy keeps falling, shrink it
// as soon as it rises. A warm start cools steadily instead, so that no node travels more than a
// few edge lengths however unsettled the old layout was.
func (l *Layout) adaptStep(energy float64) {
	if l.o.Warm {
		l.step *= warmCooling
		return
	}
	if energy < l.energy {
		l.progress++
		if l.progress >= 5 {
			l.progress = 0
			l.step /= stepCooling
		}
	} else {
		l.progress = 0
		l.step *= stepCooling
	}
	l.energy = energy
}

// computeForces fills l.force for the active nodes: repulsion, attraction and gravity.
func (l *Layout) computeForces() {
	k := l.o.Length
	l.tree.build(l.pos, l.active)
	theta2 := l.o.Theta * l.o.Theta
	for _, i := range l.active {
		p := l.pos[i]
		fx, fy := l.tree.repulse(i, p, k*k, theta2)
		l.force[i] = Point{fx - l.o.Gravity*p.X, fy - l.o.Gravity*p.Y}
	}
	for _, e := range l.g.edges {
		a, b := e[0], e[1]
		if skipped(l.o.Ignored, int(a)) || skipped(l.o.Ignored, int(b)) {
			continue
		}
		dx, dy := l.pos[b].X-l.pos[a].X, l.pos[b].Y-l.pos[a].Y
		d := math.Hypot(dx, dy)
		f := d / k // (d²/k) along the unit vector (dx/d, dy/d)
		l.force[a].X += dx * f
		l.force[a].Y += dy * f
		l.force[b].X -= dx * f
		l.force[b].Y -= dy * f
	}
}
