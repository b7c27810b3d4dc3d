package ui

import (
	"context"
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"dossier/app"
)

// caseBoard shows one case: its title and status (editable), and on the
// Board tab its events in order (move up/down, remove, add, sort by
// date, link), the entities they involve, the sources they cite and the
// links; on the Summary tab the narrative in Markdown with a preview.
// It reads the case in one CaseBundle per refresh.
type caseBoard struct {
	w      *mainWindow
	b      app.CaseBundle
	has    bool
	ui     fyne.CanvasObject
	title  *widget.Entry
	rename *widget.Button
	status *widget.Select
	facts  *widget.Label
	export *widget.Button
	tabs   *container.AppTabs
	ev     *boardEvents
	ents   *boardEntities
	srcs   *boardSources
	links  *boardLinks
	sum    *caseSummary

	loadedTitle string // the title as last read, to keep an unsaved edit
}

func newCaseBoard(w *mainWindow) *caseBoard {
	b := &caseBoard{w: w}
	b.title = widget.NewEntry()
	b.title.OnSubmitted = func(string) { b.onRename() }
	b.rename = widget.NewButtonWithIcon("Rename", theme.DocumentCreateIcon(), b.onRename)
	b.status = widget.NewSelect([]string{string(app.CaseOpen), string(app.CaseClosed)}, nil)
	b.facts = widget.NewLabel("")
	b.facts.Importance = widget.LowImportance
	b.facts.Truncation = fyne.TextTruncateEllipsis
	b.export = widget.NewButtonWithIcon("Export…", theme.DocumentSaveIcon(), func() { w.openExport(b.b.Case.ID) })
	b.ev = newBoardEvents(b)
	b.ents = newBoardEntities(b)
	b.srcs = newBoardSources(b)
	b.links = newBoardLinks(b)
	b.sum = newCaseSummary(b)
	side := container.NewGridWithRows(3, b.ents.ui, b.srcs.ui, b.links.ui)
	board := container.NewHSplit(b.ev.ui, side)
	board.Offset = 0.55
	b.tabs = container.NewAppTabs(
		container.NewTabItem("Board", board),
		container.NewTabItem("Summary", b.sum.ui))
	head := container.NewVBox(
		container.NewBorder(nil, nil, nil,
			container.NewHBox(b.rename, widget.NewLabel("Status"), b.status, b.export), b.title),
		b.facts)
	b.ui = container.NewBorder(head, nil, nil, nil, b.tabs)
	return b
}

// show reads case id and shows it; false (after saying why, unless the
// case is simply gone) when it cannot be read.
func (b *caseBoard) show(id int64) bool {
	if b.w.cf == nil {
		return false
	}
	bundle, err := b.w.cf.CaseBundle(context.Background(), id)
	if err != nil {
		if app.ErrorCode(err) != app.ENOTFOUND {
			showError(b.w.win, "Open case", err)
		}
		return false
	}
	same := b.has && b.b.Case.ID == id
	b.b, b.has = bundle, true
	c := bundle.Case
	setUnlessEdited(b.title, c.Title, &b.loadedTitle, same)
	b.status.OnChanged = nil // showing the status is not a change
	b.status.SetSelected(string(c.Status))
	b.status.OnChanged = b.onStatus
	b.facts.SetText(boardFacts(bundle))
	b.ev.show(same)
	b.ents.show()
	b.srcs.show()
	b.links.show()
	b.sum.show(same)
	return true
}

// clear forgets the case.
func (b *caseBoard) clear() {
	b.b, b.has, b.loadedTitle = app.CaseBundle{}, false, ""
	b.ev.sel = 0
}

// boardFacts is "open · 5 events · 7 entities · 4 sources · 2 links".
func boardFacts(b app.CaseBundle) string {
	return strings.Join([]string{string(b.Case.Status), countNoun(len(b.Events), "event"),
		entityCountNoun(len(b.Entities)), countNoun(len(b.Articles), "source"),
		countNoun(len(b.Links), "link")}, " · ")
}

func (b *caseBoard) onRename() {
	t := strings.TrimSpace(b.title.Text)
	if !b.has || t == "" || t == b.b.Case.Title {
		return
	}
	b.loadedTitle = b.title.Text
	b.w.doNamed(app.SetCaseField{CaseID: b.b.Case.ID, Field: app.CaseFieldTitle, Value: t},
		fmt.Sprintf("Renamed the case “%s”", t))
}

func (b *caseBoard) onStatus(s string) {
	if !b.has || app.CaseStatus(s) == b.b.Case.Status {
		return
	}
	b.w.doNamed(app.SetCaseField{CaseID: b.b.Case.ID, Field: app.CaseFieldStatus, Value: s},
		fmt.Sprintf("Marked the case “%s” %s", b.b.Case.Title, s))
}

// panel is a titled part of the board: a bold heading with buttons
// beside it, the content, and a row of actions under it.
func panel(heading *widget.Label, top []fyne.CanvasObject, content fyne.CanvasObject, bottom []fyne.CanvasObject) fyne.CanvasObject {
	heading.TextStyle.Bold = true
	head := container.NewHBox(append([]fyne.CanvasObject{heading, layout.NewSpacer()}, top...)...)
	var foot fyne.CanvasObject
	if len(bottom) > 0 {
		foot = container.NewHBox(bottom...)
	}
	return container.NewBorder(head, foot, nil, nil, content)
}

// entityName is the bundle's name for entity id.
func (b *caseBoard) entityName(id int64) string {
	if e, ok := b.b.EntityByID(id); ok {
		return e.Name
	}
	return fmt.Sprintf("entity %d", id)
}

// eventTitle is the bundle's title for event id.
func (b *caseBoard) eventTitle(id int64) string {
	for _, e := range b.b.Events {
		if e.ID == id {
			return e.Title
		}
	}
	return fmt.Sprintf("event %d", id)
}

// entityCountNoun is "1 entity", "4 entities" (countNoun would say "entitys").
func entityCountNoun(n int) string {
	if n == 1 {
		return "1 entity"
	}
	return fmt.Sprintf("%d entities", n)
}
