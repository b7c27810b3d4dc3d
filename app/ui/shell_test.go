package ui

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"dossier/app"
	"dossier/storage/sqlite"
)

// testServices opens real case files with the SQLite store.
func testServices() Services {
	opt := sqlite.Options{Actor: "tester"}
	return Services{
		Open:   func(p string) (app.CaseFile, error) { return sqlite.Open(p, opt) },
		Create: func(p, title string) (app.CaseFile, error) { return sqlite.Create(p, title, opt) },
	}
}

func newTestWindow(t *testing.T, svc Services) *mainWindow {
	t.Helper()
	a := test.NewTempApp(t)
	w := newMainWindow(a, svc)
	t.Cleanup(func() { w.closeCaseFile(); w.win.Close() })
	return w
}

func TestShortcutsAreInTheReadme(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	for _, g := range Shortcuts {
		for _, k := range g.Keys {
			row := "| " + k.Keys + " | " + k.Action + " |"
			if !strings.Contains(string(readme), row) {
				t.Errorf("README lacks the shortcut row %q", row)
			}
		}
	}
}

func TestMenusNameTheIssueItems(t *testing.T) {
	w := newTestWindow(t, testServices())
	want := map[string][]string{
		"File": {"New…", "Open…", "Open Recent", "Import Files…", "Import Folder…", "Close", "Quit"},
		"Edit": {"Undo", "Redo", "Find"},
		"View": {"Light", "Dark"},
		"Help": {"Keyboard Shortcuts", "About"},
	}
	menu := w.buildMenu()
	for _, m := range menu.Items {
		for _, label := range want[m.Label] {
			if findItem(m, label) == nil {
				t.Errorf("menu %s lacks %q", m.Label, label)
			}
		}
		delete(want, m.Label)
	}
	if len(want) > 0 {
		t.Errorf("missing menus: %v", want)
	}
}

func findItem(m *fyne.Menu, label string) *fyne.MenuItem {
	for _, it := range m.Items {
		if it.Label == label {
			return it
		}
	}
	return nil
}

func TestOpenNamesTheCaseFileInTheTitle(t *testing.T) {
	path := filepath.Join(t.TempDir(), "harbour.dossier")
	cf, err := sqlite.Create(path, "Harbour", sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	cf.Close()
	w := newTestWindow(t, testServices())
	w.openPath(path)
	if w.cf == nil {
		t.Fatal("case file not open")
	}
	if !strings.Contains(w.win.Title(), "harbour.dossier") {
		t.Errorf("window title %q does not name the case file", w.win.Title())
	}
	if got := recentFiles(w.app); len(got) == 0 || got[0] != path {
		t.Errorf("recent files %v do not start with %s", got, path)
	}
}

func TestOpeningABadFileShowsAMessageAndStaysUsable(t *testing.T) {
	path := filepath.Join(t.TempDir(), "junk.dossier")
	if err := os.WriteFile(path, []byte("not a case file"), 0o644); err != nil {
		t.Fatal(err)
	}
	w := newTestWindow(t, testServices())
	w.openPath(path)
	if w.cf != nil {
		t.Fatal("a junk file was opened")
	}
	overlay := w.win.Canvas().Overlays().Top()
	if overlay == nil {
		t.Fatal("no error dialog shown")
	}
	if !strings.Contains(w.win.Title(), "Dossier") {
		t.Errorf("title changed to %q", w.win.Title())
	}
}

// TestImportShowsProgressAndCancels drives the import job with a slow fake
// importer: the progress dialog appears, updates, and Cancel stops the work.
func TestImportShowsProgressAndCancels(t *testing.T) {
	started := make(chan struct{})
	var canceled atomic.Bool
	svc := testServices()
	svc.Import = func(ctx context.Context, cf app.CaseFile, paths []string, progress func(ImportProgress)) (ImportSummary, error) {
		progress(ImportProgress{Done: 1, Total: 10, Current: "a.txt"})
		close(started)
		<-ctx.Done()
		canceled.Store(true)
		return ImportSummary{Imported: 1}, app.Errorf(app.ECANCELED, "import cancelled")
	}
	w := newTestWindow(t, svc)
	path := filepath.Join(t.TempDir(), "c.dossier")
	cf, err := sqlite.Create(path, "C", sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	w.setCaseFile(cf)
	w.importPaths([]string{"/nowhere"})
	select {
	case <-started:
	case <-time.After(5 * time.Second):
		t.Fatal("import job did not start")
	}
	var bar *widget.ProgressBar
	var cancel *widget.Button
	fyne.DoAndWait(func() {
		walk(w.win.Canvas().Overlays().Top(), func(o fyne.CanvasObject) {
			switch x := o.(type) {
			case *widget.ProgressBar:
				bar = x
			case *widget.Button:
				if x.Text == "Cancel" {
					cancel = x
				}
			}
		})
	})
	if bar == nil || cancel == nil {
		t.Fatal("no progress dialog with a Cancel button")
	}
	test.Tap(cancel)
	deadline := time.Now().Add(5 * time.Second)
	for !canceled.Load() && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if !canceled.Load() {
		t.Fatal("Cancel did not cancel the import")
	}
	<-w.lastJob
}

// walk visits o and every object inside it.
func walk(o fyne.CanvasObject, visit func(fyne.CanvasObject)) {
	if o == nil {
		return
	}
	visit(o)
	switch x := o.(type) {
	case *fyne.Container:
		for _, c := range x.Objects {
			walk(c, visit)
		}
	case fyne.Widget:
		r := test.WidgetRenderer(x)
		for _, c := range r.Objects() {
			walk(c, visit)
		}
	}
}

// TestWindowFitsALaptopScreen guards against a screen whose minimum size
// forces the window taller than the display (every tab is measured).
func TestWindowFitsALaptopScreen(t *testing.T) {
	w := newTestWindow(t, testServices())
	cf, err := sqlite.Create(filepath.Join(t.TempDir(), "c.dossier"), "C", sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	w.setCaseFile(cf)
	if _, err := cf.Do(context.Background(), app.ImportArticles{Articles: []app.Article{{Title: "T", Text: strings.Repeat("Harbour talks went on. ", 400)}}}); err != nil {
		t.Fatal(err)
	}
	w.changed()
	for _, it := range w.tabs.Items {
		w.tabs.Select(it)
		if h := w.win.Content().MinSize().Height; h > 700 {
			t.Errorf("with the %s tab shown the window needs %.0f px of height", it.Text, h)
		}
	}
}
