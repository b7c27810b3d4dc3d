package ui

import (
	"context"
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"dossier/app"
)

// casesScreen is the Cases destination: the case file's cases on the
// left (with New case), the board of the selected one on the right.
type casesScreen struct {
	w       *mainWindow
	ui      *tabPane
	list    *widget.List
	cases   []app.Case
	count   *widget.Label
	board   *caseBoard
	right   *fyne.Container
	empty   fyne.CanvasObject
	selID   int64
	syncing bool

	// lastLink and lastExport are the dialogs opened last (for tests).
	lastLink   *linkDialog
	lastExport *exportDialog
}

func newCasesScreen(w *mainWindow) *casesScreen {
	s := &casesScreen{w: w}
	s.list = widget.NewList(func() int { return len(s.cases) }, newCaseRow, s.bindRow)
	s.list.OnSelected = s.onSelected
	s.count = widget.NewLabel("")
	s.count.Importance = widget.LowImportance
	s.board = newCaseBoard(w)
	s.empty = emptyState("Choose a case on the left,\nor open a new line of inquiry with New case.")
	s.right = container.NewStack(s.empty)
	newBtn := widget.NewButtonWithIcon("New case…", theme.ContentAddIcon(), func() { w.promptNewCase(nil) })
	newBtn.Importance = widget.HighImportance
	left := container.NewBorder(newBtn, s.count, nil, nil, s.list)
	split := container.NewHSplit(left, s.right)
	split.Offset = 0.22
	s.ui = newTabPane(split, s.refresh)
	return s
}

// reload starts afresh for a newly opened (or closed) case file.
func (s *casesScreen) reload() {
	s.selID, s.cases = 0, nil
	s.list.Refresh()
	s.showBoard(false)
	s.ui.markStale()
	s.ui.refreshIfShown()
}

// changed refreshes after a command, undo or redo (lazily when hidden).
func (s *casesScreen) changed() {
	s.ui.markStale()
	s.ui.refreshIfShown()
}

// refresh re-reads the cases and the board of the selected one.
func (s *casesScreen) refresh() {
	s.cases = nil
	if s.w.cf != nil {
		cs, err := s.w.cf.Cases(context.Background())
		if err != nil {
			showError(s.w.win, "List cases", err)
		}
		s.cases = cs
	}
	s.count.SetText(countNoun(len(s.cases), "case"))
	s.list.Refresh()
	if s.selID != 0 && !s.board.show(s.selID) {
		s.selID = 0
	}
	s.showBoard(s.selID != 0)
	s.syncSelection()
}

func (s *casesScreen) onSelected(i widget.ListItemID) {
	if s.syncing || i < 0 || i >= len(s.cases) {
		return
	}
	s.openCase(s.cases[i].ID)
}

// openCase shows case id on the board.
func (s *casesScreen) openCase(id int64) {
	if !s.board.show(id) {
		return
	}
	s.selID = id
	s.showBoard(true)
	s.syncSelection()
}

func (s *casesScreen) syncSelection() {
	s.syncing = true
	defer func() { s.syncing = false }()
	for i, c := range s.cases {
		if c.ID == s.selID {
			s.list.Select(i)
			return
		}
	}
	s.list.UnselectAll()
}

func (s *casesScreen) showBoard(on bool) {
	want := s.empty
	if on {
		want = s.board.ui
	} else {
		s.board.clear()
	}
	if len(s.right.Objects) == 1 && s.right.Objects[0] == want {
		return
	}
	s.right.Objects = []fyne.CanvasObject{want}
	s.right.Refresh()
}

// newCaseRow is the case list's row: the title over its status and size.
func newCaseRow() fyne.CanvasObject {
	title := widget.NewLabelWithStyle("Case title", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	title.Truncation = fyne.TextTruncateEllipsis
	facts := widget.NewLabel("open · 12 events")
	facts.SizeName = theme.SizeNameCaptionText
	return container.New(tightVBox{}, title, facts)
}

func (s *casesScreen) bindRow(i widget.ListItemID, o fyne.CanvasObject) {
	if i >= len(s.cases) {
		return
	}
	c := s.cases[i]
	objs := o.(*fyne.Container).Objects
	objs[0].(*widget.Label).SetText(c.Title)
	objs[1].(*widget.Label).SetText(fmt.Sprintf("%s · %s", c.Status, countNoun(len(c.EventIDs), "event")))
}

// createCase opens a case titled title and shows it; then (may be nil)
// hears its id.
func (w *mainWindow) createCase(title string, then func(id int64)) int64 {
	title = strings.TrimSpace(title)
	res, ok := w.doNamed(app.CreateCase{Title: title}, fmt.Sprintf("Opened the case “%s”", title))
	if !ok || len(res.IDs) == 0 {
		return 0
	}
	id := res.IDs[0]
	if then != nil {
		then(id)
	} else {
		w.selectTab(w.cases.ui)
		w.cases.ui.refreshIfShown()
		w.cases.openCase(id)
	}
	return id
}

// promptNewCase asks for a title and opens the case.
func (w *mainWindow) promptNewCase(then func(id int64)) {
	if w.cf == nil {
		return
	}
	title := widget.NewEntry()
	title.SetPlaceHolder("e.g. Harbour smuggling ring, spring 2024")
	title.Validator = func(s string) error {
		if strings.TrimSpace(s) == "" {
			return app.Errorf(app.EINVALID, "a case needs a title")
		}
		return nil
	}
	d := dialog.NewForm("New case", "Create", "Cancel", []*widget.FormItem{widget.NewFormItem("Title", title)},
		func(ok bool) {
			if ok {
				w.createCase(title.Text, then)
			}
		}, w.win)
	title.OnSubmitted = func(string) { d.Submit() }
	d.Resize(fyne.NewSize(480, 180))
	d.Show()
	w.win.Canvas().Focus(title)
}

// chooseCase pops up the open cases (and New case…) near anchor; the one
// chosen receives the events.
func (w *mainWindow) chooseCase(eventIDs []int64, anchor fyne.CanvasObject) *fyne.Menu {
	if w.cf == nil || len(eventIDs) == 0 || eventIDs[0] == 0 {
		return nil
	}
	cases, err := w.cf.Cases(context.Background())
	if err != nil {
		showError(w.win, "List cases", err)
		return nil
	}
	items := []*fyne.MenuItem{}
	for _, c := range cases {
		if c.Status == app.CaseClosed {
			continue
		}
		items = append(items, fyne.NewMenuItem(c.Title, func() { w.addToCase(c.ID, eventIDs) }))
	}
	if len(items) > 0 {
		items = append(items, fyne.NewMenuItemSeparator())
	}
	items = append(items, fyne.NewMenuItem("New case…", func() {
		w.promptNewCase(func(id int64) { w.addToCase(id, eventIDs) })
	}))
	menu := fyne.NewMenu("Add to case", items...)
	pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(anchor)
	widget.ShowPopUpMenuAtPosition(menu, w.win.Canvas(), pos.Add(fyne.NewPos(0, anchor.Size().Height)))
	return menu
}
