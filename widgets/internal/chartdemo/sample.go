package main

import (
	"fmt"
	"math/rand/v2"

	"fyne.io/fyne/v2"

	"dossier/widgets"
)

var givenNames = []string{"Ana", "Idris", "Nisha", "Tomas", "Lena", "Omar", "Sara", "Pavel", "Mei", "Kofi"}
var familyNames = []string{"Ribeiro", "Amaro", "Corvo", "Halden", "Vell", "Soren", "Lisk", "Marrow", "Quay", "Orun"}
var orgWords = []string{"Grain Cooperative", "Coastal Guard", "Baltar Bank", "Kestrel Institute", "Ministry of Transport", "Northern Front"}
var places = []string{"Port Halden", "Tarsk", "Vell river docks", "Lisk", "Marrow Quay", "Orun"}
var eventWords = []string{"Meeting", "Seizure", "Transfer", "Arrest", "Statement", "Shipment"}

type kindLook struct {
	kind  string
	shape widgets.NodeShape
	color fyne.ThemeColorName
}

var looks = []kindLook{
	{"event", widgets.ShapeSquare, widgets.ColorNameHighlightPurple},
	{"PERSON", widgets.ShapeCircle, widgets.ColorNameHighlightBlue},
	{"ORG", widgets.ShapeHexagon, widgets.ColorNameHighlightOrange},
	{"LOC", widgets.ShapeDiamond, widgets.ColorNameHighlightGreen},
	{"SELECTOR", widgets.ShapeTriangle, widgets.ColorNameHighlightPink},
}

// sampleGraph makes an invented case: n entities and events in clusters of about 30 with hubs
// and bridges, and about m links. Names are made up.
func sampleGraph(n, m int, seed uint64) ([]widgets.ChartNode, []widgets.ChartEdge) {
	rng := rand.New(rand.NewPCG(seed, 11))
	nodes := make([]widgets.ChartNode, n)
	for i := range nodes {
		l := looks[i%len(looks)]
		nodes[i] = widgets.ChartNode{ID: fmt.Sprintf("n%d", i), Label: nameFor(l.kind, i), Kind: l.kind,
			Color: l.color, Shape: l.shape}
	}
	var edges []widgets.ChartEdge
	roles := []string{"participant", "member of", "located in", "met", "funded"}
	for i := 1; i < n; i++ {
		lo := i - i%30
		j := lo + rng.IntN(max(i-lo, 1))
		if i == lo || rng.IntN(12) == 0 {
			j = rng.IntN(i)
		}
		edges = append(edges, widgets.ChartEdge{From: nodes[i].ID, To: nodes[j].ID, Label: roles[rng.IntN(len(roles))]})
	}
	for tries := 0; len(edges) < m && tries < 10*m; tries++ {
		a := rng.IntN(n)
		lo := a - a%30
		b := lo + rng.IntN(min(30, n-lo))
		if rng.IntN(10) == 0 {
			b = rng.IntN(n)
		}
		if a != b {
			edges = append(edges, widgets.ChartEdge{From: nodes[a].ID, To: nodes[b].ID,
				Label: roles[rng.IntN(len(roles))], Directed: rng.IntN(4) == 0})
		}
	}
	return nodes, edges
}

func nameFor(kind string, i int) string {
	switch kind {
	case "PERSON":
		return givenNames[i%len(givenNames)] + " " + familyNames[(i/7)%len(familyNames)]
	case "ORG":
		return orgWords[i%len(orgWords)] + fmt.Sprintf(" %d", i/30)
	case "LOC":
		return places[i%len(places)] + fmt.Sprintf(" %d", i/30)
	case "SELECTOR":
		return fmt.Sprintf("+44 7700 9%05d", i)
	}
	return fmt.Sprintf("%s #%d", eventWords[i%len(eventWords)], i)
}
