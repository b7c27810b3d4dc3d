package main

import (
	"context"
	"sync"

	fyneapp "fyne.io/fyne/v2/app"

	"dossier/app"
	"dossier/app/importer"
	"dossier/app/nlp"
	"dossier/app/ui"
	"dossier/cmd/dossier/internal/cli"
	"dossier/storage/sqlite"
)

// appID is the application ID (also in FyneApp.toml); preferences live under it.
const appID = "org.dossier.workbench"

func runGUI(path string) error {
	a := fyneapp.NewWithID(appID)
	ui.Run(a, services(), path)
	return nil
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
				sum.Problems = append(sum.Problems, p.Path+": "+p.Reason)
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
	}
}
