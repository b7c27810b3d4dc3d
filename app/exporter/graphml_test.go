package exporter

import (
	"bytes"
	"encoding/xml"
	"testing"

	"dossier/app"
)

// parsedGraph mirrors GraphML for reading back.
type parsedGraph struct {
	XMLName xml.Name `xml:"http://graphml.graphdrawing.org/xmlns graphml"`
	Keys    []struct {
		ID   string `xml:"id,attr"`
		For  string `xml:"for,attr"`
		Name string `xml:"attr.name,attr"`
		Type string `xml:"attr.type,attr"`
	} `xml:"key"`
	Graph struct {
		EdgeDefault string `xml:"edgedefault,attr"`
		Nodes       []struct {
			ID   string    `xml:"id,attr"`
			Data []gmlData `xml:"data"`
		} `xml:"node"`
		Edges []struct {
			ID     string    `xml:"id,attr"`
			Source string    `xml:"source,attr"`
			Target string    `xml:"target,attr"`
			Data   []gmlData `xml:"data"`
		} `xml:"edge"`
	} `xml:"graph"`
}

func parseGraphML(t *testing.T, b *app.CaseBundle) (*parsedGraph, map[string]map[string]string) {
	t.Helper()
	var buf bytes.Buffer
	if err := GraphML(&buf, b); err != nil {
		t.Fatal(err)
	}
	var g parsedGraph
	if err := xml.Unmarshal(buf.Bytes(), &g); err != nil {
		t.Fatalf("GraphML does not parse: %v", err)
	}
	keyFor := map[string]string{}
	for _, k := range g.Keys {
		if keyFor[k.ID] != "" || k.Type != "string" || k.Name == "" {
			t.Errorf("bad or duplicate key %+v", k)
		}
		keyFor[k.ID] = k.For
	}
	nodes := map[string]map[string]string{}
	for _, n := range g.Graph.Nodes {
		if nodes[n.ID] != nil {
			t.Errorf("duplicate node %s", n.ID)
		}
		nodes[n.ID] = dataMap(t, n.Data, keyFor, "node")
	}
	edgeIDs := map[string]bool{}
	for _, e := range g.Graph.Edges {
		if edgeIDs[e.ID] || nodes[e.Source] == nil || nodes[e.Target] == nil {
			t.Errorf("edge %s (%s → %s): duplicate id or unknown end", e.ID, e.Source, e.Target)
		}
		edgeIDs[e.ID] = true
		dataMap(t, e.Data, keyFor, "edge")
	}
	return &g, nodes
}

// dataMap checks that each <data> uses a key declared for its element.
func dataMap(t *testing.T, data []gmlData, keyFor map[string]string, elem string) map[string]string {
	t.Helper()
	m := map[string]string{}
	for _, d := range data {
		if keyFor[d.Key] != elem {
			t.Errorf("<data key=%q> on a %s: key not declared for %s", d.Key, elem, elem)
		}
		m[d.Key] = d.Value
	}
	return m
}

func TestGraphML(t *testing.T) {
	g, nodes := parseGraphML(t, fixture(t))
	if g.Graph.EdgeDefault != "directed" {
		t.Errorf("edgedefault = %q", g.Graph.EdgeDefault)
	}
	if len(nodes) != 12+4 {
		t.Errorf("%d nodes, want 16 (12 entities, 4 events)", len(nodes))
	}
	for id, want := range map[string]map[string]string{
		"n1":   {"kind": "entity", "type": "PERSON", "label": "Oleksandr Hrytsenko", "aliases": "Олександр Гриценко | Sasha H."},
		"n2":   {"aliases": arabicName},
		"e101": {"kind": "event", "type": "CYBER_INTRUSION", "date": "2024-03-07", "date_text": "7 March 2024"},
		"e103": {"date": "2024-04-02/2024-04-05", "date_text": "2 April 2024 – 5 April 2024"},
	} {
		for k, v := range want {
			if got := nodes[id][k]; got != v {
				t.Errorf("node %s %s = %q, want %q", id, k, got, v)
			}
		}
	}
	kinds, member, role := edgeSummary(g)
	if kinds["participation"] != 10 || kinds["place"] != 2 || kinds["link"] != 5 || !member || !role {
		t.Errorf("edges by kind %v; member-of edge %v; perpetrator edge %v", kinds, member, role)
	}
}

// edgeSummary counts edges by kind and looks for two known edges.
func edgeSummary(g *parsedGraph) (kinds map[string]int, member, role bool) {
	kinds = map[string]int{}
	for _, e := range g.Graph.Edges {
		d := map[string]string{}
		for _, x := range e.Data {
			d[x.Key] = x.Value
		}
		kinds[d["edge_kind"]]++
		member = member || (e.Source == "n1" && e.Target == "n3" && d["link_kind"] == "member of")
		role = role || (e.Source == "n3" && e.Target == "e101" && d["role"] == "perpetrator")
	}
	return kinds, member, role
}

func TestGraphMLEscapes(t *testing.T) {
	b := fixture(t)
	b.Entities[0].Name = `<Jim & "Jo"> ]]> ` + "\x01\x02 bell"
	_, nodes := parseGraphML(t, b)
	if got, want := nodes["n1"]["label"], `<Jim & "Jo"> ]]> bell`; got != want {
		t.Errorf("label = %q, want %q", got, want)
	}
	_, nodes = parseGraphML(t, oddBundles(t)["broken"])
	if nodes["n404"]["kind"] != "missing" {
		t.Error("an edge to an entity missing from the bundle has no placeholder node")
	}
}
