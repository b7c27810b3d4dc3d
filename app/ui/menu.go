package ui

import (
	"context"
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"dossier/app"
)

func (w *mainWindow) buildMenu() *fyne.MainMenu {
	quit := fyne.NewMenuItem("Quit", func() { w.closeCaseFile(); w.app.Quit() })
	quit.IsQuit = true
	quit.Shortcut = &desktop.CustomShortcut{KeyName: fyne.KeyQ, Modifier: fyne.KeyModifierShortcutDefault}
	recent := fyne.NewMenuItem("Open Recent", nil)
	var recentItems []*fyne.MenuItem
	for _, p := range recentFiles(w.app) {
		path := p
		recentItems = append(recentItems, fyne.NewMenuItem(path, func() { w.openPath(path) }))
	}
	recent.ChildMenu = fyne.NewMenu("", recentItems...)
	recent.Disabled = len(recentItems) == 0
	open := fyne.NewMenuItem("Open…", w.onOpen)
	open.Shortcut = &desktop.CustomShortcut{KeyName: fyne.KeyO, Modifier: fyne.KeyModifierShortcutDefault}
	importFiles := fyne.NewMenuItem("Import Files…", w.onImportFiles)
	importFiles.Shortcut = &desktop.CustomShortcut{KeyName: fyne.KeyI, Modifier: fyne.KeyModifierShortcutDefault}
	importFolder := fyne.NewMenuItem("Import Folder…", w.onImportFolder)
	exportCase := fyne.NewMenuItem("Export Case…", func() { w.openExport(w.cases.selID) })
	closeItem := fyne.NewMenuItem("Close", w.closeCaseFile)
	noFile := w.cf == nil
	importFiles.Disabled, importFolder.Disabled, closeItem.Disabled = noFile, noFile, noFile
	exportCase.Disabled = noFile
	file := fyne.NewMenu("File", fyne.NewMenuItem("New…", w.onNew), open, recent,
		fyne.NewMenuItemSeparator(), importFiles, importFolder, exportCase,
		fyne.NewMenuItemSeparator(), closeItem, quit)

	// Ctrl+Z arrives as fyne.ShortcutUndo (never as a custom shortcut), and
	// menu shortcuts are matched by name, so Undo carries that one.
	undo := fyne.NewMenuItem("Undo", w.onUndo)
	undo.Shortcut = &fyne.ShortcutUndo{}
	redo := fyne.NewMenuItem("Redo", w.onRedo)
	redo.Shortcut = &desktop.CustomShortcut{KeyName: fyne.KeyZ, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift}
	redoY := fyne.NewMenuItem("Redo (Ctrl+Y)", w.onRedo)
	redoY.Shortcut = &fyne.ShortcutRedo{}
	find := fyne.NewMenuItem("Find", w.onFind)
	find.Shortcut = &desktop.CustomShortcut{KeyName: fyne.KeyF, Modifier: fyne.KeyModifierShortcutDefault}
	undo.Disabled, redo.Disabled, redoY.Disabled, find.Disabled = noFile, noFile, noFile, noFile
	edit := fyne.NewMenu("Edit", undo, redo, redoY, fyne.NewMenuItemSeparator(), find)
	view := fyne.NewMenu("View",
		fyne.NewMenuItem("Light", func() { setTheme(w.app, "light") }),
		fyne.NewMenuItem("Dark", func() { setTheme(w.app, "dark") }),
		fyne.NewMenuItem("Follow the System", func() { setTheme(w.app, "") }))
	help := fyne.NewMenu("Help",
		fyne.NewMenuItem("Keyboard Shortcuts", func() { showShortcuts(w.win) }),
		fyne.NewMenuItem("About", w.onAbout))
	return fyne.NewMainMenu(file, edit, view, help)
}

func (w *mainWindow) onNew() {
	d := dialog.NewFileSave(func(uc fyne.URIWriteCloser, err error) {
		if err != nil || uc == nil {
			return
		}
		path := uc.URI().Path()
		_ = uc.Close()
		_ = os.Remove(path) // the save dialog created it empty; the store refuses to overwrite
		if !strings.HasSuffix(path, ".dossier") {
			path += ".dossier"
		}
		title := strings.TrimSuffix(filepath.Base(path), ".dossier")
		cf, err := w.svc.Create(path, title)
		if err != nil {
			showError(w.win, "New case file", err)
			return
		}
		w.setCaseFile(cf)
		addRecent(w.app, path)
		w.win.SetMainMenu(w.buildMenu())
	}, w.win)
	d.SetFileName("case.dossier")
	d.Show()
}

func (w *mainWindow) onOpen() {
	d := dialog.NewFileOpen(func(rc fyne.URIReadCloser, err error) {
		if err != nil || rc == nil {
			return
		}
		path := rc.URI().Path()
		_ = rc.Close()
		w.openPath(path)
		w.win.SetMainMenu(w.buildMenu())
	}, w.win)
	d.SetFilter(storage.NewExtensionFileFilter([]string{".dossier"}))
	d.Show()
}

func (w *mainWindow) onImportFiles() {
	dialog.ShowFileOpen(func(rc fyne.URIReadCloser, err error) {
		if err != nil || rc == nil {
			return
		}
		path := rc.URI().Path()
		_ = rc.Close()
		w.importPaths([]string{path})
	}, w.win)
}

func (w *mainWindow) onImportFolder() {
	dialog.ShowFolderOpen(func(l fyne.ListableURI, err error) {
		if err != nil || l == nil {
			return
		}
		w.importPaths([]string{l.Path()})
	}, w.win)
}

func (w *mainWindow) importURIs(uris []fyne.URI) {
	paths := make([]string, 0, len(uris))
	for _, u := range uris {
		paths = append(paths, u.Path())
	}
	w.importPaths(paths)
}

// importPaths imports files or folders as a job with progress and Cancel.
func (w *mainWindow) importPaths(paths []string) {
	cf := w.cf
	if cf == nil || len(paths) == 0 {
		return
	}
	var sum ImportSummary
	w.lastJob = runJob(w.win, "Importing", func(ctx context.Context, p Progress) error {
		var err error
		sum, err = w.svc.Import(ctx, cf, paths, func(ip ImportProgress) {
			f := -1.0
			if ip.Total > 0 {
				f = float64(ip.Done) / float64(ip.Total)
			}
			p(f, importLine(ip))
		})
		return err
	}, func(error) {
		w.reload()
		w.showImportReport(sum)
	})
}

func (w *mainWindow) onUndo() { w.undoRedo(true) }
func (w *mainWindow) onRedo() { w.undoRedo(false) }

func (w *mainWindow) undoRedo(undo bool) {
	if w.cf == nil {
		return
	}
	var e app.LogEntry
	var err error
	if undo {
		e, err = w.cf.Undo(context.Background())
	} else {
		e, err = w.cf.Redo(context.Background())
	}
	if app.ErrorCode(err) == app.ENOTFOUND {
		w.updateStatus("Nothing to " + map[bool]string{true: "undo", false: "redo"}[undo])
		return
	} else if err != nil {
		showError(w.win, "Undo", err)
		return
	}
	w.changed()
	verb := map[bool]string{true: "Undone: ", false: "Redone: "}[undo]
	w.updateStatus(verb + e.Name + " " + e.Target)
}

// onFind puts the cursor in the article filter box (full-text search).
func (w *mainWindow) onFind() {
	w.tabs.SelectIndex(0)
	w.articles.focusFilter()
}

func (w *mainWindow) onAbout() {
	md := w.app.Metadata()
	text := appName(w.app) + " " + md.Version + "\n\nA workbench for analysts: read and annotate articles,\nresolve entities, build events and cases, cite sources.\n\nEverything lives in one local case file."
	dialog.ShowCustom("About "+appName(w.app), "Close", widget.NewLabel(text), w.win)
}
