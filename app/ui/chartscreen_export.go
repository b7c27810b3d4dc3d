package ui

import (
	"bytes"
	"io"
	"os"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"

	"dossier/app"
)

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

// renderPNG draws the chart on screen for a case summary of case caseID
// (0: every accepted event) when it shows that case, in print colours with
// the analyst's layout, expansions and hidden nodes; nil otherwise, and the
// export then lays the case's chart out afresh (CaseChartPNG). Call it on
// the Fyne goroutine.
func (s *chartScreen) renderPNG(caseID int64) []byte {
	if caseID != s.cases.caseID || s.ui.stale || len(s.nodes) == 0 {
		return nil
	}
	var buf bytes.Buffer
	if err := s.chart.PrintPNG(&buf, chartPNGWidth, chartPNGHeight); err != nil {
		return nil
	}
	return buf.Bytes()
}
