package ui

import (
	"context"
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"dossier/app"
)

// entityAllTypes is the type filter's choice that does not filter.
const entityAllTypes = "All types"

// entitiesScreen lists the case file's entities (type filter, search,
// counts) beside the selected entity's page and the merge suggestions.
// Changes go through w.do; the shell then calls changed(), which refreshes
// the list and keeps the selected entity (selID) when it still exists.
type entitiesScreen struct {
	w      *mainWindow
	ui     fyne.CanvasObject
	pager  *entityPager
	list   *widget.List
	kind   *widget.Select
	search *widget.Entry
	count  *widget.Label
	page   *entityPage
	sugg   *suggestionsPanel
	side   *container.AppTabs

	selID   int64 // the entity shown on the page; 0 when none
	selRow  int   // its row in the list, -1 when not listed
	syncing bool  // the screen itself is moving the list's selection
}

func newEntitiesScreen(w *mainWindow) *entitiesScreen {
	s := &entitiesScreen{w: w, pager: newEntityPager(nil), selRow: -1}
	s.list = widget.NewList(s.pager.len, newEntityRow, s.bindEntityRow)
	s.list.OnSelected = s.onListSelected
	s.kind = widget.NewSelect(typeFilterOptions(), func(string) { s.applyFilter() })
	s.kind.SetSelectedIndex(0)
	s.search = widget.NewEntry()
	s.search.SetPlaceHolder("Search names and aliases")
	s.search.OnChanged = func(string) { s.applyFilter() }
	s.count = widget.NewLabel("")
	s.page = newEntityPage(s)
	s.sugg = newSuggestionsPanel(s)
	filters := container.NewBorder(nil, nil, s.kind, nil, s.search)
	left := container.NewBorder(container.NewVBox(filters, entityListHeader()), s.count, nil, nil, s.list)
	s.side = container.NewAppTabs(
		container.NewTabItem("Entity", s.page.ui),
		container.NewTabItem("Merge suggestions", s.sugg.ui))
	split := container.NewHSplit(left, s.side)
	split.Offset = 0.38
	s.ui = split
	return s
}

// typeFilterOptions are "All types" then every entity type.
func typeFilterOptions() []string {
	opts := []string{entityAllTypes}
	for _, t := range append(append([]app.EntityType{}, app.NameTypes...), app.SelectorTypes...) {
		opts = append(opts, string(t))
	}
	return opts
}

func (s *entitiesScreen) filter() app.EntityFilter {
	f := app.EntityFilter{Query: s.search.Text}
	if k := s.kind.Selected; k != "" && k != entityAllTypes {
		f.Type = app.EntityType(k)
	}
	return f
}

// reload starts afresh for a newly opened (or closed) case file.
func (s *entitiesScreen) reload() {
	s.selID, s.selRow = 0, -1
	s.page.model.reset()
	if s.w.cf == nil {
		s.pager.clear()
	} else {
		s.pager.query = s.w.cf.Entities
	}
	s.refreshList()
	s.list.UnselectAll()
	s.list.ScrollToTop()
	s.page.clear()
	s.sugg.reload()
}

// changed refreshes after a command, undo or redo, keeping the selected
// entity when it still exists.
func (s *entitiesScreen) changed() {
	if s.w.cf == nil {
		return
	}
	s.page.model.reset()
	s.refreshList()
	s.sugg.reload()
	s.selectEntity(s.selID)
}

// applyFilter re-queries the list for the type filter and search text.
func (s *entitiesScreen) applyFilter() {
	if s.pager == nil || s.count == nil { // widgets still being built
		return
	}
	s.selRow = -1
	s.refreshList()
	s.list.ScrollToTop()
	s.syncListSelection()
}

// refreshList re-reads the first page and the total, and redraws the rows.
func (s *entitiesScreen) refreshList() {
	if err := s.pager.reset(s.filter()); err != nil {
		showError(s.w.win, "List entities", err)
	}
	s.count.SetText(entityCount(s.pager.total))
	s.list.Refresh()
}

func entityCount(n int) string {
	if n == 1 {
		return "1 entity"
	}
	return fmt.Sprintf("%d entities", n)
}

func (s *entitiesScreen) onListSelected(id widget.ListItemID) {
	if s.syncing {
		return
	}
	e, ok := s.pager.at(id)
	if !ok {
		return
	}
	s.selID, s.selRow = e.ID, id
	s.showEntity(e, true)
}

// selectEntity shows entity id on the page (without changing tab) and
// selects its row when the list holds it; id 0 or an entity that no longer exists clears the page.
func (s *entitiesScreen) selectEntity(id int64) {
	if id == 0 || s.w.cf == nil {
		s.clearSelection()
		return
	}
	e, err := s.w.cf.Entity(context.Background(), id)
	if err != nil {
		if app.ErrorCode(err) != app.ENOTFOUND {
			showError(s.w.win, "Open entity", err)
		}
		s.clearSelection()
		return
	}
	s.selID = id
	s.showEntity(e, false)
	s.syncListSelection()
}

func (s *entitiesScreen) clearSelection() {
	s.selID, s.selRow = 0, -1
	s.page.clear()
	s.syncing = true
	s.list.UnselectAll()
	s.syncing = false
}

// syncListSelection moves the list's selection to the shown entity's row,
// or clears it when the current filter leaves that entity out.
func (s *entitiesScreen) syncListSelection() {
	s.syncing = true
	defer func() { s.syncing = false }()
	if s.selID == 0 {
		s.list.UnselectAll()
		return
	}
	row := s.pager.locate(s.page.ent, s.selRow)
	s.selRow = row
	if row < 0 {
		s.list.UnselectAll()
		return
	}
	s.list.Select(row)
}

// showEntity puts e on the entity page; focus brings that tab forward
// (a refresh after a change leaves the analyst's tab alone).
func (s *entitiesScreen) showEntity(e app.Entity, focus bool) {
	s.page.show(e)
	if focus {
		s.side.SelectIndex(0)
	}
}
