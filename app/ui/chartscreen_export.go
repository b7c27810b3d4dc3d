package ui

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"

	"dossier/app"
	"dossier/widgets"
)

// Size of exported PNG pictures of the chart.
const chartPNGWidth, chartPNGHeight = 1600, 1200

// askExport asks where to save the chart as format ("png" or "svg") and writes it there.
func (s *chartScreen) askExport(format string) {
	d := dialog.NewFileSave(func(wc fyne.URIWriteCloser, err error) {
		if err != nil || wc == nil {
			return
		}
		path := wc.URI().Path()
		_ = wc.Close() // written again through a temporary file, atomically
		if err := s.exportTo(path, format); err != nil {
			showError(s.w.win, "Export chart", err)
			return
		}
		s.w.updateStatus("Chart exported to " + shortPath(path))
	}, s.w.win)
	d.SetFileName("chart." + format)
	d.SetFilter(storage.NewExtensionFileFilter([]string{"." + format}))
	d.Show()
}

// exportTo writes the chart as format to path through a temporary file in
// the same folder, renamed over path once complete.
func (s *chartScreen) exportTo(path, format string) error {
	write := func(w io.Writer) error { return s.chart.ExportSVG(w) }
	if format == "png" {
		write = func(w io.Writer) error { return s.chart.ExportPNG(w, chartPNGWidth, chartPNGHeight) }
	}
	return writeAtomic(path, write)
}

// writeAtomic writes through a temporary file renamed over path, so a failed
// write never leaves half a file behind.
func writeAtomic(path string, write func(io.Writer) error) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".dossier-chart-*")
	if err != nil {
		return app.WrapError(app.EINTERNAL, err, "could not write %s", filepath.Base(path))
	}
	defer os.Remove(tmp.Name()) // a no-op after the rename
	if err := write(tmp); err != nil {
		tmp.Close()
		return app.WrapError(app.EINTERNAL, err, "could not draw the chart")
	}
	if err := tmp.Close(); err != nil {
		return app.WrapError(app.EINTERNAL, err, "could not write %s", filepath.Base(path))
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return app.WrapError(app.EINTERNAL, err, "could not write %s", filepath.Base(path))
	}
	return nil
}

// renderPNG draws the link chart of case caseID (0: every accepted event)
// as a PNG for exports that embed it; nil when there is nothing to draw or
// it fails. The chart on screen is used when it shows that case (with the
// analyst's layout, expansions and hidden nodes); otherwise an off-screen
// chart of the case is drawn from its initial placement. Call it on the
// Fyne goroutine.
func (s *chartScreen) renderPNG(caseID int64) []byte {
	c := s.chart
	if caseID != s.cases.caseID || s.ui.stale || len(s.nodes) == 0 {
		nodes, edges, err := s.caseGraph(caseID)
		if err != nil || len(nodes) == 0 {
			return nil
		}
		c = s.offscreen()
		c.SetGraph(nodes, edges)
	}
	var buf bytes.Buffer
	if err := c.ExportPNG(&buf, chartPNGWidth, chartPNGHeight); err != nil {
		return nil
	}
	return buf.Bytes()
}

// caseGraph builds the nodes and edges of another case without touching the screen.
func (s *chartScreen) caseGraph(caseID int64) ([]widgets.ChartNode, []widgets.ChartEdge, error) {
	evs, err := loadEvents(s.w.cf, caseID)
	if err != nil || s.w.cf == nil {
		return nil, nil, err
	}
	links, err := s.w.cf.Links(context.Background(), caseID)
	if err != nil {
		return nil, nil, fmt.Errorf("read links: %w", err)
	}
	g := newChartGraph(s.lookup)
	for _, e := range evs {
		g.addEvent(e)
	}
	for _, l := range links {
		g.addLink(l)
	}
	return g.nodes, g.edges, nil
}
