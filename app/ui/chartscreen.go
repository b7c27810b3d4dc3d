package ui

import (
	"context"
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"dossier/app"
	"dossier/widgets"
)

// Size choices of the chart toolbar.
const (
	sizeByDegree      = "Size by degree"
	sizeByBetweenness = "Size by betweenness"
)

// chartScreen is the link chart of a case (or of every accepted event): its
// events and entities as nodes, participation and links as edges.
type chartScreen struct {
	w      *mainWindow
	ui     *tabPane // draws lazily: a layout runs only when the chart is shown
	cases  *caseChooser
	chart  *widgets.Chart
	size   *widget.Select
	info   *widget.Label
	detail *eventDetail
	entBox *fyne.Container // shown instead of detail when an entity is tapped

	events   []app.Event // the case's events
	links    []app.Link
	extra    []app.Event     // events added by Expand
	expanded map[int64]bool  // entities expanded
	hidden   map[string]bool // nodes hidden by the analyst
	nodes    []widgets.ChartNode
	edges    []widgets.ChartEdge
	entities map[int64]app.Entity // lookup cache, reset on reload

}

func newChartScreen(w *mainWindow) *chartScreen {
	s := &chartScreen{w: w, chart: widgets.NewChart(), info: widget.NewLabel(""), detail: newEventDetail(w),
		entBox: container.NewVBox(), hidden: map[string]bool{}, expanded: map[int64]bool{},
		entities: map[int64]app.Entity{}}
	s.cases = newCaseChooser(func(int64) { s.resetView(); s.refresh() })
	s.size = widget.NewSelect([]string{sizeByDegree, sizeByBetweenness}, s.onSize)
	s.size.SetSelected(sizeByDegree)
	s.chart.OnTapped = s.onTapped
	s.chart.OnExpand = s.expand
	s.detail.clear("Tap a node to see it; Shift- or Ctrl-click to select several; double-click to expand.")
	below := container.NewVScroll(container.NewPadded(container.NewVBox(s.detail.ui, s.entBox)))
	split := container.NewVSplit(s.chart, below)
	split.Offset = 0.75
	s.ui = newTabPane(container.NewBorder(container.NewVBox(container.NewHBox(widget.NewLabel("Show:"), s.cases.sel, s.info),
		s.toolbar()), nil, nil, nil, split), s.catchUp)
	return s
}

func (s *chartScreen) toolbar() fyne.CanvasObject {
	return container.NewHBox(
		widget.NewButton("Fit", func() { s.chart.Fit() }),
		widget.NewButton("Lay out again", func() { s.chart.Relayout() }),
		s.size,
		widget.NewButton("Path between selected", func() { s.pathBetweenSelected() }),
		widget.NewButton("Expand", func() { s.expandSelected() }),
		widget.NewButton("Hide", func() { s.hideSelected() }),
		widget.NewButton("Show all", func() { s.showAll() }),
		widget.NewButton("Export PNG…", func() { s.askExport("png") }),
		widget.NewButton("Export SVG…", func() { s.askExport("svg") }),
	)
}

func (s *chartScreen) onSize(v string) {
	if s.chart == nil {
		return
	}
	if v == sizeByBetweenness {
		s.chart.SetSizeMode(widgets.SizeByBetweenness)
		return
	}
	s.chart.SetSizeMode(widgets.SizeByDegree)
}

// reload starts afresh for a newly opened (or closed) case file.
func (s *chartScreen) reload() {
	if s == nil {
		return // the window is still being built
	}
	s.cases.caseID = 0
	s.entities = map[int64]app.Entity{}
	s.resetView()
	s.ui.markStale()
	s.ui.refreshIfShown()
}

// resetView forgets expansions and hidden nodes (a new case or file).
func (s *chartScreen) resetView() {
	s.extra, s.expanded, s.hidden = nil, map[int64]bool{}, map[string]bool{}
	s.entBox.RemoveAll()
	s.detail.clear("Tap a node to see it; Shift- or Ctrl-click to select several; double-click to expand.")
}

// changed re-reads the case after a command, keeping expansions and hidden nodes.
func (s *chartScreen) changed() {
	if s == nil {
		return // the window is still being built
	}
	s.ui.markStale()
	s.ui.refreshIfShown()
}

// catchUp re-reads the cases, the graph and the shown event.
func (s *chartScreen) catchUp() {
	s.entities = map[int64]app.Entity{} // names and types may have changed
	s.cases.reload(s.w)
	s.refresh()
	if id := s.detail.eventID; id != 0 && !s.detail.show(id) {
		s.detail.clear("The event is gone.")
	}
}

// refresh reads the chosen case's events and links and redraws.
func (s *chartScreen) refresh() {
	evs, err := loadEvents(s.w.cf, s.cases.caseID)
	if err != nil {
		showError(s.w.win, "Chart", err)
	}
	s.events, s.links = evs, nil
	if s.w.cf != nil {
		if s.links, err = s.w.cf.Links(context.Background(), s.cases.caseID); err != nil {
			showError(s.w.win, "Chart", err)
		}
	}
	s.extra = s.rereadExtra()
	s.draw()
}

// rereadExtra re-reads the events brought in by Expand.
func (s *chartScreen) rereadExtra() []app.Event {
	var out []app.Event
	for id := range s.expanded {
		out = append(out, s.entityEvents(id)...)
	}
	return out
}

// draw builds the graph and hands it to the chart.
func (s *chartScreen) draw() {
	s.nodes, s.edges = s.buildGraph()
	s.chart.SetGraph(s.nodes, s.edges)
	s.info.SetText(s.summary())
}

// buildGraph turns the events, the expanded events and the links into nodes and edges.
func (s *chartScreen) buildGraph() ([]widgets.ChartNode, []widgets.ChartEdge) {
	g := newChartGraph(s.lookup)
	for _, e := range s.events {
		g.addEvent(e)
	}
	for _, e := range s.extra {
		g.addEvent(e)
	}
	for _, l := range s.links {
		g.addLink(l)
	}
	for i := range g.nodes {
		g.nodes[i].Hidden = s.hidden[g.nodes[i].ID]
	}
	return g.nodes, g.edges
}

// lookup reads an entity once per refresh.
func (s *chartScreen) lookup(id int64) (app.Entity, bool) {
	if e, ok := s.entities[id]; ok {
		return e, e.ID != 0
	}
	var e app.Entity
	if s.w.cf != nil {
		e, _ = s.w.cf.Entity(context.Background(), id)
	}
	s.entities[id] = e
	return e, e.ID != 0
}

func (s *chartScreen) summary() string {
	if s.w.cf == nil {
		return "No case file open"
	}
	txt := fmt.Sprintf("%d nodes, %d edges", len(s.nodes), len(s.edges))
	if n := len(s.hidden); n > 0 {
		txt += fmt.Sprintf(" (%d hidden)", n)
	}
	return txt
}

// initChart builds the Chart screen into the window and returns its content.
func (w *mainWindow) initChart() fyne.CanvasObject {
	w.chart = newChartScreen(w)
	return w.chart.ui
}
