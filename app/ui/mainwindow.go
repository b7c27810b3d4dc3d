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
	entities *entitiesScreen
	events   *eventsScreen
	cases    *casesScreen
	timeline *timelineScreen
	chart    *chartScreen
	tabs     *container.AppTabs
	lastJob  <-chan struct{} // closes when the latest long job has finished (for tests)

	// shownArticle, when set (by tests), hears every showArticle call.
	shownArticle func(id int64, span app.Span)
}

// screen is one navigation destination of the main window.
type screen interface {
	// reload rebuilds the screen for a newly opened (or closed) case file.
	reload()
	// changed refreshes the screen after a command, undo or redo changed the case file.
	changed()
}

func (w *mainWindow) screens() []screen {
	return []screen{w.articles, w.entities, w.events, w.cases, w.timeline, w.chart}
}

func newMainWindow(a fyne.App, svc Services) *mainWindow {
	w := &mainWindow{app: a, svc: svc, win: a.NewWindow(appName(a))}
	w.status = widget.NewLabel("No case file open")
	w.status.Truncation = fyne.TextTruncateEllipsis // a long message must not widen the window
	w.articles = newArticlesScreen(w)
	w.entities = newEntitiesScreen(w)
	w.events = newEventsScreen(w)
	w.cases = newCasesScreen(w)
	w.tabs = container.NewAppTabs(
		container.NewTabItem("Articles", w.articles.ui),
		container.NewTabItem("Entities", w.entities.ui),
		container.NewTabItem("Events", w.events.ui),
		container.NewTabItem("Cases", w.cases.ui),
		container.NewTabItem("Timeline", w.initTimeline()),
		container.NewTabItem("Chart", w.initChart()),
	)
	w.tabs.SetTabLocation(container.TabLocationLeading)
	w.win.SetContent(container.NewBorder(nil, w.status, nil, nil, w.tabs))
	w.win.SetMainMenu(w.buildMenu())
	w.win.Resize(fyne.NewSize(1100, 720))
	if icon := a.Metadata().Icon; icon != nil {
		w.win.SetIcon(icon)
	}
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

// reload rebuilds every screen for the case file just opened or closed.
func (w *mainWindow) reload() {
	for _, s := range w.screens() {
		s.reload()
	}
	w.updateStatus("")
}

// showArticle switches to the Articles screen with the article open and the span in view.
func (w *mainWindow) showArticle(id int64, span app.Span) {
	w.tabs.SelectIndex(0)
	w.articles.open(id, span)
	if w.shownArticle != nil {
		w.shownArticle(id, span)
	}
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
