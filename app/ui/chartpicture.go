package ui

import (
	"bytes"

	"dossier/app"
	"dossier/widgets"
)

// Size of the PNG pictures of the chart: exported from the Chart screen and
// embedded in case summaries.
const chartPNGWidth, chartPNGHeight = 1600, 1200

// CaseChartPNG draws the link chart of a case bundle — its events with their
// participants and places, and its links — as a PNG for the case summaries,
// laid out afresh in print colours. It needs no running Fyne app and may be
// called from any goroutine: command-line exports and export jobs use it.
// It returns nil when the case has nothing to draw.
func CaseChartPNG(b *app.CaseBundle) ([]byte, error) {
	entities := make(map[int64]app.Entity, len(b.Entities))
	for _, e := range b.Entities {
		entities[e.ID] = e
	}
	g := newChartGraph(func(id int64) (app.Entity, bool) {
		e, ok := entities[id]
		return e, ok
	})
	for _, e := range b.Events {
		g.addEvent(e)
	}
	for _, l := range b.Links {
		g.addLink(l)
	}
	if len(g.nodes) == 0 {
		return nil, nil
	}
	var buf bytes.Buffer
	if err := widgets.RenderChartPNG(&buf, g.nodes, g.edges, chartPNGWidth, chartPNGHeight); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
