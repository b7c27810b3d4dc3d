package ui

import (
	"context"
	"fmt"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"dossier/app"
)

// mainWindow is the one main window: navigation, screens, status bar, menu.
type mainWindow struct {
	app      fyne.App
	win      fyne.Window
	svc      Services
	cf       app.CaseFile // nil when no case file is open
	status   *widget.Label
	articles *articlesScreen
	tabs     *container.AppTabs
}

func newMainWindow(a fyne.App, svc Services) *mainWindow {
	w := &mainWindow{app: a, svc: svc, win: a.NewWindow(appName(a))}
	w.status = widget.NewLabel("No case file open")
	w.articles = newArticlesScreen(w)
	w.tabs = container.NewAppTabs(
		container.NewTabItem("Articles", w.articles.ui),
	)
	w.win.SetContent(container.NewBorder(nil, w.status, nil, nil, w.tabs))
	w.win.SetMainMenu(w.buildMenu())
	w.win.Resize(fyne.NewSize(1100, 720))
	w.win.SetOnDropped(func(_ fyne.Position, uris []fyne.URI) { w.importURIs(uris) })
	w.win.SetCloseIntercept(func() { w.closeCaseFile(); w.win.Close() })
	return w
}

func appName(a fyne.App) string {
	if n := a.Metadata().Name; n != "" {
		return n
	}
	return "Dossier"
}

// openInitial opens path, else the most recent file, else the demo case.
func (w *mainWindow) openInitial(path string) {
	if path == "" {
		path = firstRecent(w.app)
	}
	if path != "" {
		w.openPath(path)
		return
	}
	if w.svc.DemoPath == nil {
		return
	}
	runJob(w.win, "Preparing the demo case", func(ctx context.Context, p Progress) error {
		p(-1, "Importing the demo articles…")
		demo, err := w.svc.DemoPath(ctx)
		if err == nil {
			fyne.Do(func() { w.openPath(demo) })
		}
		return err
	}, nil)
}

// openPath opens a case file; a bad or newer file shows the store's plain message.
func (w *mainWindow) openPath(path string) {
	cf, err := w.svc.Open(path)
	if err != nil {
		showError(w.win, "Open "+filepath.Base(path), err)
		return
	}
	w.setCaseFile(cf)
	addRecent(w.app, path)
}

func (w *mainWindow) setCaseFile(cf app.CaseFile) {
	w.closeCaseFile()
	w.cf = cf
	w.win.SetTitle(fmt.Sprintf("%s — %s", filepath.Base(cf.Path()), appName(w.app)))
	w.win.SetMainMenu(w.buildMenu())
	w.reload()
}

func (w *mainWindow) closeCaseFile() {
	if w.cf == nil {
		return
	}
	_ = w.cf.Close()
	w.cf = nil
	w.win.SetTitle(appName(w.app))
	w.reload()
}

// reload refreshes every screen from the case file after a change.
func (w *mainWindow) reload() {
	w.articles.reload()
	w.updateStatus("")
}

func (w *mainWindow) updateStatus(msg string) {
	if w.cf == nil {
		w.status.SetText("No case file open — File › New… or Open…")
		return
	}
	if msg == "" {
		msg = fmt.Sprintf("%s — %d articles", w.cf.Title(), w.articles.total)
	}
	w.status.SetText(msg)
}
