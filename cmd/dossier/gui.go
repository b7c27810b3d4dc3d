package main

import (
	"context"
	"os"
	"sync"

	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"

	"dossier/app"
	"dossier/app/exporter"
	"dossier/app/importer"
	"dossier/app/nlp"
	"dossier/app/ui"
	"dossier/assets"
	"dossier/cmd/dossier/internal/cli"
	"dossier/storage/sqlite"
)

// The application's identity, as in FyneApp.toml (a test keeps them in step).
const (
	appID      = "org.dossier.workbench"
	appName    = "Dossier"
	appVersion = "0.1.0"
	appBuild   = 1
)

func runGUI(path string) error {
	setMetadata()
	a := fyneapp.NewWithID(appID)
	ui.Run(a, services(), path)
	return nil
}

// setMetadata gives a plain `go build` the name, version and icon that
// `fyne package` would otherwise embed; a packaged build keeps its own.
func setMetadata() {
	fyneapp.SetMetadata(fyne.AppMetadata{
		ID:      appID,
		Name:    appName,
		Version: appVersion,
		Build:   appBuild,
		Icon:    fyne.NewStaticResource("icon.png", assets.Icon),
		// As in FyneApp.toml: every UI call is on the Fyne goroutine, so
		// Fyne's costly wrong-thread check is off. DOSSIER_THREAD_CHECK=1
		// turns it back on (the real-window smoke test does).
		Migrations: map[string]bool{"fyneDo": os.Getenv("DOSSIER_THREAD_CHECK") == ""},
	})
}

// services wires the store, the importer and the extractor into the UI.
func services() ui.Services {
	actor := cli.CurrentUser()
	opts := sqlite.Options{Actor: actor}
	extractor := sync.OnceValues(func() (app.Extractor, error) { return nlp.New() })
	return ui.Services{
		Open: func(path string) (app.CaseFile, error) { return sqlite.Open(path, opts) },
		Create: func(path, title string) (app.CaseFile, error) {
			return sqlite.Create(path, title, opts)
		},
		Extractor: extractor,
		Import: func(ctx context.Context, cf app.CaseFile, paths []string, progress func(ui.ImportProgress)) (ui.ImportSummary, error) {
			ex, err := extractor()
			if err != nil {
				return ui.ImportSummary{}, err
			}
			rep, err := importer.Run(ctx, cf, ex, paths, importer.Options{}, func(p importer.Progress) {
				progress(ui.ImportProgress{Done: p.FilesDone, Total: p.Files, Current: p.Current})
			})
			sum := ui.ImportSummary{Imported: rep.Imported, Duplicates: rep.Duplicates}
			for _, p := range rep.Problems {
				sum.Problems = append(sum.Problems, p.String())
			}
			return sum, err
		},
		DemoPath: func(ctx context.Context) (string, error) {
			ex, err := extractor()
			if err != nil {
				return "", err
			}
			return cli.DemoPath(ctx, actor, ex)
		},
		Export: func(ctx context.Context, cf app.CaseFile, caseID int64, format, path string, chartPNG []byte) (string, error) {
			f, err := exporter.ParseFormat(format)
			if err != nil {
				return "", err
			}
			sum, _, err := cli.Export(ctx, cf, actor, caseID, f, path, chartPNG)
			return sum, err
		},
	}
}
