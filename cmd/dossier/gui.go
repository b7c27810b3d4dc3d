package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
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
			return exportCase(ctx, cf, actor, caseID, format, path, chartPNG)
		},
	}
}

// exportCase writes a case the way `dossier export` does: the bundle in
// the format to a buffer, the buffer atomically to path, then the export
// (format, path, SHA-256) recorded in the case file's log.
func exportCase(ctx context.Context, cf app.CaseFile, actor string, caseID int64, format, path string, chartPNG []byte) (string, error) {
	f, err := exporter.ParseFormat(format)
	if err != nil {
		return "", err
	}
	b, err := cf.CaseBundle(ctx, caseID)
	if err != nil {
		return "", err
	}
	b.Generator, b.Actor, b.Extra.ChartPNG = appName+" "+appVersion, actor, chartPNG
	var buf bytes.Buffer
	if err := exporter.Write(&buf, f, &b); err != nil {
		return "", err
	}
	if err := ctx.Err(); err != nil {
		return "", app.WrapError(app.ECANCELED, err, "export cancelled")
	}
	if err := writeFileAtomic(path, buf.Bytes()); err != nil {
		return "", err
	}
	sum := sha256.Sum256(buf.Bytes())
	rec := app.RecordExport{CaseID: caseID, Format: string(f), Path: path, SHA256: hex.EncodeToString(sum[:])}
	if _, err := cf.Do(ctx, rec); err != nil {
		return "", err
	}
	return rec.SHA256, nil
}

// writeFileAtomic writes data beside path and renames it into place, so a
// failed export never leaves half a file.
func writeFileAtomic(path string, data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return app.WrapError(app.EREADONLY, err, "cannot write %s", path)
	}
	defer os.Remove(tmp.Name())
	_, err = tmp.Write(data)
	if err == nil {
		err = tmp.Chmod(0o644) // CreateTemp makes it private; an export is an ordinary document
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), path)
	}
	if err != nil {
		return app.WrapError(app.EREADONLY, err, "cannot write %s", path)
	}
	return nil
}
