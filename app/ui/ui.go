// Package ui is Dossier's Fyne application: the main window, its screens,
// menus, dialogs and shortcuts. It receives the case-file store and the
// extractor through Services, as interfaces, and never touches SQL.
package ui

import (
	"context"

	"fyne.io/fyne/v2"

	"dossier/app"
)

// ImportProgress is the running state of an import, for the progress bar.
type ImportProgress struct {
	Done, Total int
	Current     string
}

// ImportSummary is what an import did, for the status bar and the report dialog.
type ImportSummary struct {
	Imported, Duplicates int
	Problems             []string // one line each
}

// Services are what the window needs from the rest of the program.
type Services struct {
	// Open opens an existing case file.
	Open func(path string) (app.CaseFile, error)
	// Create makes a new case file and opens it.
	Create func(path, title string) (app.CaseFile, error)
	// Import imports files or folders into cf, calling progress from its goroutine.
	Import func(ctx context.Context, cf app.CaseFile, paths []string, progress func(ImportProgress)) (ImportSummary, error)
	// Extractor returns the shared extraction pipeline (loaded on first use).
	Extractor func() (app.Extractor, error)
	// DemoPath returns the demo case file, creating it on first use.
	DemoPath func(ctx context.Context) (string, error)
	// Export writes case caseID of cf (0: the whole file) in format (md,
	// html, pdf, csv, stix, graphml) to path, replacing it atomically;
	// chartPNG is the chart on screen for the formats that embed the link
	// chart; when it is nil they draw the case's chart afresh
	// (CaseChartPNG). It records the export in the case file's log and returns the
	// written file's hex SHA-256. It runs off the UI goroutine.
	Export func(ctx context.Context, cf app.CaseFile, caseID int64, format string, path string, chartPNG []byte) (sha256 string, err error)
}

// Run builds the main window on path ("" = the most recent case file, else
// the demo case) and runs the application until the window closes.
func Run(a fyne.App, svc Services, path string) {
	applyTheme(a)
	w := newMainWindow(a, svc)
	w.openInitial(path)
	w.win.ShowAndRun()
}
