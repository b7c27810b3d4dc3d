package ui

import (
	"bytes"
	"context"
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"dossier/app"
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
	setTheme(fyne.CurrentApp(), "dark") // a report is printed light whatever the screen shows
	t.Cleanup(func() { setTheme(fyne.CurrentApp(), "") })
	shown, err := png.Decode(bytes.NewReader(s.renderPNG(f.caseID)))
	if err != nil {
		t.Fatalf("renderPNG of the case shown: %v", err)
	}
	if !isWhite(shown.At(0, 0)) {
		t.Errorf("renderPNG background %v, want the white of print whatever the app's theme", shown.At(0, 0))
	}
	if b := s.renderPNG(0); b != nil {
		t.Errorf("renderPNG of a case not shown gave %d bytes, want nil (the export draws it afresh)", len(b))
	}
}

func TestCaseChartPNG(t *testing.T) {
	f := newCaseFixture(t)
	b, err := f.w.cf.CaseBundle(context.Background(), f.caseID)
	if err != nil {
		t.Fatal(err)
	}
	data, err := CaseChartPNG(&b)
	if err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("not a PNG: %v", err)
	}
	if r := img.Bounds(); r.Dx() > chartPNGWidth || r.Dy() > chartPNGHeight || r.Dx() < 200 || r.Dy() < 150 {
		t.Errorf("size %v: want the five nodes' picture, cropped within %d×%d", r, chartPNGWidth, chartPNGHeight)
	}
	if !isWhite(img.At(0, 0)) {
		t.Errorf("background %v, want the white of print", img.At(0, 0))
	}
	if data, err := CaseChartPNG(&app.CaseBundle{}); data != nil || err != nil {
		t.Errorf("an empty case: %d bytes, %v; want nothing to draw", len(data), err)
	}
}

func isWhite(c color.Color) bool {
	r, g, b, a := c.RGBA()
	return r == 0xffff && g == 0xffff && b == 0xffff && a == 0xffff
}

func reversed(s []string) []string {
	r := slices.Clone(s)
	slices.Reverse(r)
	return r
}

// TestExportEmbedsTheChartOnScreen: a case summary exported while the Chart
// screen shows that case pictures the analyst's chart; for any other case
// the export is left to draw the case's chart afresh.
func TestExportEmbedsTheChartOnScreen(t *testing.T) {
	f := newCaseFixture(t)
	fake := &fakeExport{}
	f.w.svc.Export = fake.export
	s := showChart(t, f)
	exportAs := func(caseID int64, name string) []byte {
		t.Helper()
		d := f.w.openExport(caseID)
		d.path.SetText(filepath.Join(t.TempDir(), name))
		test.Tap(d.ok)
		<-f.w.lastJob
		fake.mu.Lock()
		defer fake.mu.Unlock()
		return fake.chart
	}
	s.cases.choose(f.caseID)
	img, err := png.Decode(bytes.NewReader(exportAs(f.caseID, "shown.md")))
	if err != nil {
		t.Fatalf("the export of the case on the Chart screen got no chart picture: %v", err)
	}
	if !isWhite(img.At(img.Bounds().Min.X, img.Bounds().Min.Y)) {
		t.Error("the chart picture is not in print colours")
	}
	s.cases.choose(0)
	if b := exportAs(f.caseID, "other.md"); b != nil {
		t.Errorf("a case not on screen got %d bytes of the screen's chart", len(b))
	}
}
