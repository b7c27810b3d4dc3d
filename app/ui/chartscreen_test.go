package ui

import (
	"bytes"
	"image/png"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"dossier/widgets"
)

func TestChartShowsTheCaseGraph(t *testing.T) {
	f := newCaseFixture(t)
	s := showChart(t, f)
	s.cases.choose(f.caseID)
	// events meet, warn; entities Ana, cooperative, Port Halden
	if len(s.nodes) != 5 || s.chart.Nodes() != 5 {
		t.Errorf("%d nodes (%d drawn), want 5: %+v", len(s.nodes), s.chart.Nodes(), s.nodes)
	}
	// meet–Ana, meet–coop, meet–Port Halden, warn–Ana, Ana → coop (member of)
	if len(s.edges) != 5 {
		t.Errorf("%d edges, want 5: %+v", len(s.edges), s.edges)
	}
	directed := 0
	for _, e := range s.edges {
		if e.Directed {
			directed++
			if e.From != entityNode(f.ana) || e.To != entityNode(f.coop) || e.Label != "member of" {
				t.Errorf("link edge %+v", e)
			}
		}
	}
	if directed != 1 {
		t.Errorf("%d directed edges, want the one link", directed)
	}
	s.cases.choose(0)
	if len(s.nodes) != 6 {
		t.Errorf("all events: %d nodes, want 6", len(s.nodes))
	}
}

func TestChartPathHideAndExpand(t *testing.T) {
	f := newCaseFixture(t)
	s := showChart(t, f)
	s.cases.choose(f.caseID)
	s.chart.Select(entityNode(f.port), eventNode(f.warn))
	got := s.pathBetweenSelected()
	want := []string{entityNode(f.port), eventNode(f.meet), entityNode(f.ana), eventNode(f.warn)}
	if !slices.Equal(got, want) && !slices.Equal(got, reversed(want)) {
		t.Errorf("path %v, want %v", got, want)
	}
	s.chart.Select(entityNode(f.ana))
	s.hideSelected()
	if slices.Contains(s.shown(), entityNode(f.ana)) {
		t.Errorf("hidden node still drawn: %v", s.shown())
	}
	if _, ok := s.chart.NodePosition(entityNode(f.ana)); ok {
		t.Error("the chart still draws the hidden node")
	}
	s.chart.Select(entityNode(f.port), eventNode(f.warn))
	if p := s.pathBetweenSelected(); p != nil {
		t.Errorf("path %v crosses a hidden node", p)
	}
	s.showAll()
	if len(s.shown()) != 5 {
		t.Errorf("show all: %d shown", len(s.shown()))
	}
	s.expand(entityNode(f.coop))
	if len(s.nodes) != 6 || !slices.ContainsFunc(s.nodes, func(n widgets.ChartNode) bool { return n.ID == eventNode(f.arr) }) {
		t.Errorf("expand did not add the arrest: %+v", s.nodes)
	}
}

func TestChartTapOpensEventOrEntity(t *testing.T) {
	f := newCaseFixture(t)
	s := showChart(t, f)
	s.cases.choose(f.caseID)
	s.onTapped(eventNode(f.meet))
	if s.detail.eventID != f.meet {
		t.Errorf("event tap shows %d", s.detail.eventID)
	}
	s.onTapped(entityNode(f.coop))
	if !contains(s.detail.title.Text, "Halden Shipping Board") || f.w.entities.selID != f.coop {
		t.Errorf("entity tap shows %q, entities screen on %d", s.detail.title.Text, f.w.entities.selID)
	}
}

func TestChartExportPNG(t *testing.T) {
	f := newCaseFixture(t)
	s := showChart(t, f)
	s.cases.choose(f.caseID)
	path := filepath.Join(t.TempDir(), "chart.png")
	if err := s.exportTo(path, "png"); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("not a PNG: %v", err)
	}
	if b := img.Bounds(); b.Dx() != chartPNGWidth || b.Dy() != chartPNGHeight {
		t.Errorf("size %v", b)
	}
	svg := filepath.Join(t.TempDir(), "chart.svg")
	if err := s.exportTo(svg, "svg"); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(svg); !bytes.Contains(b, []byte("<svg")) || !bytes.Contains(b, []byte("Tarsk")) {
		t.Errorf("SVG lacks the chart: %.200s", b)
	}
	for _, id := range []int64{f.caseID, 0} { // the chart shown, and an off-screen one
		if _, err := png.Decode(bytes.NewReader(s.renderPNG(id))); err != nil {
			t.Errorf("renderPNG(%d): %v", id, err)
		}
	}
}

func reversed(s []string) []string {
	r := slices.Clone(s)
	slices.Reverse(r)
	return r
}
