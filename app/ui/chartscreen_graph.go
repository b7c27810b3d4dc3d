package ui

import (
	"strconv"

	"dossier/app"
	"dossier/widgets"
)

// Chart node IDs: "n<id>" for an entity, "v<id>" for an event.
func entityNode(id int64) string { return "n" + strconv.FormatInt(id, 10) }
func eventNode(id int64) string  { return "v" + strconv.FormatInt(id, 10) }

// parseNode splits a node ID into its kind (app.TargetEntity or
// app.TargetEvent) and id; ok is false for anything else.
func parseNode(nodeID string) (kind string, id int64, ok bool) {
	if len(nodeID) < 2 {
		return "", 0, false
	}
	id, err := strconv.ParseInt(nodeID[1:], 10, 64)
	if err != nil {
		return "", 0, false
	}
	switch nodeID[0] {
	case 'n':
		return app.TargetEntity, id, true
	case 'v':
		return app.TargetEvent, id, true
	}
	return "", 0, false
}

// entityShapes draws names and selectors apart; events are squares.
var entityShapes = map[app.EntityType]widgets.NodeShape{
	app.TypePerson: widgets.ShapeCircle,
	app.TypeOrg:    widgets.ShapeHexagon,
	app.TypeLoc:    widgets.ShapeDiamond,
	app.TypeNORP:   widgets.ShapeHexagon,
	app.TypeDate:   widgets.ShapeCircle,
}

// chartGraph accumulates the nodes and edges of a link chart, each once.
type chartGraph struct {
	entity func(id int64) (app.Entity, bool) // looks an entity up (name, type)
	nodes  []widgets.ChartNode
	edges  []widgets.ChartEdge
	seen   map[string]bool
	edgeOK map[widgets.ChartEdge]bool
}

func newChartGraph(entity func(id int64) (app.Entity, bool)) *chartGraph {
	return &chartGraph{entity: entity, seen: map[string]bool{}, edgeOK: map[widgets.ChartEdge]bool{}}
}

func (g *chartGraph) addEntity(id int64, name string) string {
	nid := entityNode(id)
	if g.seen[nid] {
		return nid
	}
	g.seen[nid] = true
	n := widgets.ChartNode{ID: nid, Label: name, Kind: "entity", Shape: widgets.ShapeTriangle,
		Color: typeColor("")}
	if e, ok := g.entity(id); ok {
		n.Kind, n.Color = string(e.Type), typeColor(e.Type)
		if n.Label == "" {
			n.Label = e.Name
		}
		if s, ok := entityShapes[e.Type]; ok {
			n.Shape = s
		}
	}
	if n.Label == "" {
		n.Label = "entity #" + strconv.FormatInt(id, 10)
	}
	g.nodes = append(g.nodes, n)
	return nid
}

// addEvent adds an event node with its participants and place.
func (g *chartGraph) addEvent(e app.Event) string {
	vid := eventNode(e.ID)
	if !g.seen[vid] {
		g.seen[vid] = true
		g.nodes = append(g.nodes, widgets.ChartNode{ID: vid, Label: eventTitle(e), Kind: "event",
			Color: eventColor(e.Type), Shape: widgets.ShapeSquare})
	}
	for _, p := range e.Participants {
		g.addEdge(widgets.ChartEdge{From: g.addEntity(p.EntityID, p.Name), To: vid, Label: string(p.Role)})
	}
	if e.LocationID != 0 {
		g.addEdge(widgets.ChartEdge{From: vid, To: g.addEntity(e.LocationID, ""), Label: "at"})
	}
	return vid
}

// addLink adds a directed link edge; its ends must be known, or entities.
func (g *chartGraph) addLink(l app.Link) {
	from, okA := g.linkEnd(l.FromKind, l.FromID)
	to, okB := g.linkEnd(l.ToKind, l.ToID)
	if okA && okB {
		g.addEdge(widgets.ChartEdge{From: from, To: to, Label: string(l.Kind), Directed: true})
	}
}

// linkEnd adds an entity end; an event end must already be on the chart.
func (g *chartGraph) linkEnd(kind string, id int64) (string, bool) {
	if kind == app.TargetEntity {
		return g.addEntity(id, ""), true
	}
	nid := eventNode(id)
	return nid, g.seen[nid]
}

func (g *chartGraph) addEdge(e widgets.ChartEdge) {
	if !g.edgeOK[e] {
		g.edgeOK[e] = true
		g.edges = append(g.edges, e)
	}
}
