package exporter

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"io"

	"dossier/app"
)

// GraphML writes the case's link chart as GraphML, for Gephi, yEd or
// Cytoscape: one node per entity and per event, edges for participation
// (entity → event, with the role), for the place of an event (event →
// place) and for the case's links (with their kind). Every node and edge
// carries its attributes as <data>, declared by <key> elements; "label" is
// the attribute Gephi shows and yEd can map to node labels.
func GraphML(w io.Writer, b *app.CaseBundle) error {
	if err := checkBundle(b); err != nil {
		return err
	}
	r := newReport(b)
	g := gmlGraph{ID: "case", EdgeDefault: "directed"}
	gb := &graphBuilder{b: b, g: &g, nodes: map[string]bool{}}
	for _, e := range r.Entities {
		gb.node(entityNode(e.ID), "entity", e.Type, e.Name, "", "", join(e.Aliases))
	}
	for i, ev := range orderedEvents(b) {
		v := r.Events[i]
		gb.node(eventNode(ev.ID), "event", string(ev.Type), v.Label+" "+v.Title, ev.Date.Value, v.Date, "")
		for j, p := range ev.Participants {
			gb.edge(entityNode(p.EntityID), eventNode(ev.ID), "participation", v.Who[j].Role, "")
		}
		if ev.LocationID != 0 {
			gb.edge(eventNode(ev.ID), entityNode(ev.LocationID), "place", "", "")
		}
	}
	for i, l := range b.Links {
		gb.edge(endNode(l.FromKind, l.FromID), endNode(l.ToKind, l.ToID), "link", "", r.Links[i].Kind)
	}
	doc := gmlDoc{XMLNS: "http://graphml.graphdrawing.org/xmlns", XSI: "http://www.w3.org/2001/XMLSchema-instance",
		Schema: "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd",
		Keys:   gmlKeys, Graph: g}
	var buf bytes.Buffer
	buf.WriteString(xml.Header)
	enc := xml.NewEncoder(&buf)
	enc.Indent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return app.WrapError(app.EINTERNAL, fmt.Errorf("graphml: %w", err), "The GraphML export failed")
	}
	buf.WriteByte('\n')
	return flush(w, "graphml", &buf)
}

// gmlKeys declares the node and edge attributes.
var gmlKeys = []gmlKey{
	{ID: "kind", For: "node", Name: "kind", Type: "string"},
	{ID: "type", For: "node", Name: "type", Type: "string"},
	{ID: "label", For: "node", Name: "label", Type: "string"},
	{ID: "date", For: "node", Name: "date", Type: "string"},
	{ID: "date_text", For: "node", Name: "date_text", Type: "string"},
	{ID: "aliases", For: "node", Name: "aliases", Type: "string"},
	{ID: "edge_kind", For: "edge", Name: "kind", Type: "string"},
	{ID: "role", For: "edge", Name: "role", Type: "string"},
	{ID: "link_kind", For: "edge", Name: "label", Type: "string"},
}

type gmlDoc struct {
	XMLName xml.Name `xml:"graphml"`
	XMLNS   string   `xml:"xmlns,attr"`
	XSI     string   `xml:"xmlns:xsi,attr"`
	Schema  string   `xml:"xsi:schemaLocation,attr"`
	Keys    []gmlKey `xml:"key"`
	Graph   gmlGraph `xml:"graph"`
}

type gmlKey struct {
	ID   string `xml:"id,attr"`
	For  string `xml:"for,attr"`
	Name string `xml:"attr.name,attr"`
	Type string `xml:"attr.type,attr"`
}

type gmlGraph struct {
	ID          string    `xml:"id,attr"`
	EdgeDefault string    `xml:"edgedefault,attr"`
	Nodes       []gmlNode `xml:"node"`
	Edges       []gmlEdge `xml:"edge"`
}

type gmlNode struct {
	ID   string    `xml:"id,attr"`
	Data []gmlData `xml:"data"`
}

type gmlEdge struct {
	ID     string    `xml:"id,attr"`
	Source string    `xml:"source,attr"`
	Target string    `xml:"target,attr"`
	Data   []gmlData `xml:"data"`
}

type gmlData struct {
	Key   string `xml:"key,attr"`
	Value string `xml:",chardata"`
}

// graphBuilder adds nodes once and edges only between known nodes.
type graphBuilder struct {
	b     *app.CaseBundle
	g     *gmlGraph
	nodes map[string]bool
}

func (gb *graphBuilder) node(id, kind, typ, label, date, dateText, aliases string) {
	if gb.nodes[id] {
		return
	}
	gb.nodes[id] = true
	gb.g.Nodes = append(gb.g.Nodes, gmlNode{ID: id, Data: data("kind", kind, "type", typ, "label", clean(label),
		"date", clean(date), "date_text", dateText, "aliases", aliases)})
}

// edge adds an edge; an end missing from the bundle gets a placeholder node
// so that the file stays valid.
func (gb *graphBuilder) edge(from, to, kind, role, linkKind string) {
	for _, n := range []string{from, to} {
		if !gb.nodes[n] {
			gb.node(n, "missing", "", n+" (not in this export)", "", "", "")
		}
	}
	gb.g.Edges = append(gb.g.Edges, gmlEdge{ID: fmt.Sprintf("x%d", len(gb.g.Edges)+1), Source: from, Target: to,
		Data: data("edge_kind", kind, "role", role, "link_kind", linkKind)})
}

// data builds <data> elements from key/value pairs, leaving out empty values.
func data(kv ...string) []gmlData {
	var out []gmlData
	for i := 0; i+1 < len(kv); i += 2 {
		if kv[i+1] != "" {
			out = append(out, gmlData{Key: kv[i], Value: kv[i+1]})
		}
	}
	return out
}

func entityNode(id int64) string { return fmt.Sprintf("n%d", id) }
func eventNode(id int64) string  { return fmt.Sprintf("e%d", id) }

func endNode(kind string, id int64) string {
	if kind == app.TargetEvent {
		return eventNode(id)
	}
	return entityNode(id)
}

func join(s []string) string {
	var b bytes.Buffer
	for i, v := range s {
		if i > 0 {
			b.WriteString(" | ")
		}
		b.WriteString(v)
	}
	return b.String()
}
