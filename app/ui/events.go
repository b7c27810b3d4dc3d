package ui

import (
	"context"
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"dossier/app"
)

// The filter menus' choices that do not filter.
const (
	anyEventType   = "All types"
	anyEventStatus = "Any status"
	anyCase        = "Any case"
)

// eventsScreen is the Events destination: the filtered list of the case
// file's events (suggestions from the extractor shown apart, with Accept
// and Reject) beside the editor of the selected one. Changes go through
// w.do; the shell then calls changed(), which re-reads the list and keeps
// the selected event.
type eventsScreen struct {
	w      *mainWindow
	ui     *tabPane
	pager  *eventPager
	list   *widget.List
	kind   *widget.Select
	status *widget.Select
	inCase *widget.Select
	search *widget.Entry
	count  *widget.Label
	names  *entityNames
	editor *eventEditor
	right  *fyne.Container
	empty  fyne.CanvasObject

	caseIDs  map[string]int64 // case filter label -> case id
	selID    int64            // the event in the editor; 0 for none or a new one
	syncing  bool             // the screen itself is moving the list's selection
	debounce *debouncer

	// lastDraft and lastCite are the dialogs opened last from an article (for tests).
	lastDraft *eventDialog
	lastCite  *citeDialog
}

func newEventsScreen(w *mainWindow) *eventsScreen {
	s := &eventsScreen{w: w, pager: newEventPager(), names: newEntityNames(w)}
	s.list = widget.NewList(s.pager.len, newEventRow, s.bindRow)
	s.list.OnSelected = s.onSelected
	s.kind = widget.NewSelect(append([]string{anyEventType}, eventTypeLabels()...), func(string) { s.applyFilter() })
	s.kind.SetSelectedIndex(0)
	s.status = widget.NewSelect([]string{anyEventStatus, string(app.StatusSuggested), string(app.StatusAccepted),
		string(app.StatusRejected)}, func(string) { s.applyFilter() })
	s.status.SetSelectedIndex(0)
	s.inCase = widget.NewSelect([]string{anyCase}, func(string) { s.applyFilter() })
	s.inCase.SetSelectedIndex(0)
	s.search = widget.NewEntry()
	s.search.SetPlaceHolder("Search titles")
	s.debounce = newDebouncer(filterDelay, s.applyFilter)
	s.search.OnChanged = func(string) { s.debounce.call() }
	s.search.OnSubmitted = func(string) { s.debounce.flush() }
	s.count = widget.NewLabel("")
	s.count.Importance = widget.LowImportance
	s.editor = newEventEditor(w, eventEditorHooks{onCreated: s.showEvent})
	s.empty = emptyState("Choose an event on the left, or make one:\nNew event, or select text in an article and press E.")
	s.right = container.NewStack(s.empty)
	newBtn := widget.NewButtonWithIcon("New event", theme.ContentAddIcon(), s.onNew)
	filters := container.NewVBox(
		container.NewBorder(nil, nil, nil, newBtn, s.search),
		container.NewGridWithColumns(3, s.kind, s.status, s.inCase))
	left := container.NewBorder(filters, s.count, nil, nil, s.list)
	split := container.NewHSplit(left, s.right)
	split.Offset = 0.42
	s.ui = newTabPane(split, s.refresh)
	return s
}

// filter is the store filter the menus and the search box describe.
func (s *eventsScreen) filter() app.EventFilter {
	f := app.EventFilter{Query: strings.TrimSpace(s.search.Text)}
	if k := s.kind.Selected; k != "" && k != anyEventType {
		f.Type = eventTypeOf(k)
	}
	if st := s.status.Selected; st != "" && st != anyEventStatus {
		f.Status = app.Status(st)
	}
	f.CaseID = s.caseIDs[s.inCase.Selected]
	return f
}

// reload starts afresh for a newly opened (or closed) case file.
func (s *eventsScreen) reload() {
	s.selID = 0
	s.editor.clear()
	s.showEditor(false)
	_ = s.pager.reset(nil, app.EventFilter{}) // nothing of the previous file stays listed
	s.list.Refresh()
	s.ui.markStale()
	s.ui.refreshIfShown()
}

// changed refreshes after a command, undo or redo — at once when the
// screen is shown, else when it is next shown.
func (s *eventsScreen) changed() {
	s.ui.markStale()
	s.ui.refreshIfShown()
}

// refresh re-reads the case menu, the list and the event in the editor.
func (s *eventsScreen) refresh() {
	s.names.reset()
	s.updateCaseMenu()
	s.refreshList()
	if s.w.cf == nil {
		s.selID = 0
		s.editor.clear()
		s.showEditor(false)
		return
	}
	if s.editor.eventID() != 0 && !s.editor.reload() {
		s.selID = 0
		s.editor.clear()
		s.showEditor(false)
	}
	s.syncListSelection()
}

// updateCaseMenu lists the case file's cases in the case filter, keeping
// the chosen one while it exists.
func (s *eventsScreen) updateCaseMenu() {
	s.caseIDs = map[string]int64{}
	opts := []string{anyCase}
	if s.w.cf != nil {
		cases, err := s.w.cf.Cases(context.Background())
		if err != nil {
			showError(s.w.win, "List cases", err)
		}
		for _, c := range cases {
			label := caseLabel(c)
			s.caseIDs[label] = c.ID
			opts = append(opts, label)
		}
	}
	sel := s.inCase.Selected
	if _, ok := s.caseIDs[sel]; !ok {
		sel = anyCase
	}
	s.inCase.OnChanged = nil // restoring the choice is not a new filter
	s.inCase.Options = opts
	s.inCase.SetSelected(sel)
	s.inCase.OnChanged = func(string) { s.applyFilter() }
}

// caseLabel names a case in menus; the id keeps two cases of one title apart.
func caseLabel(c app.Case) string { return fmt.Sprintf("%s (#%d)", c.Title, c.ID) }

// applyFilter re-queries the list for the menus and the search text.
func (s *eventsScreen) applyFilter() {
	if s.count == nil || s.list == nil { // widgets still being built
		return
	}
	s.refreshList()
	s.list.ScrollToTop()
	s.syncListSelection()
}

func (s *eventsScreen) refreshList() {
	var query func(context.Context, app.EventFilter) ([]app.Event, int, error)
	if s.w.cf != nil {
		query = s.w.cf.Events
	}
	if err := s.pager.reset(query, s.filter()); err != nil {
		showError(s.w.win, "List events", err)
	}
	s.count.SetText(eventCount(s.pager.total, s.pager.filter))
	s.list.Refresh()
}

// eventCount is "12 events", "3 events match".
func eventCount(n int, f app.EventFilter) string {
	s := countNoun(n, "event")
	if f.Query != "" || f.Type != "" || f.Status != "" || f.CaseID != 0 {
		if n == 1 {
			return s + " matches"
		}
		return s + " match"
	}
	return s
}

func (s *eventsScreen) onSelected(id widget.ListItemID) {
	if s.syncing {
		return
	}
	if e, ok := s.pager.at(id); ok {
		s.selID = e.ID
		s.editor.show(e)
		s.showEditor(true)
	}
}

// showEvent puts event id in the editor and selects its row when listed.
func (s *eventsScreen) showEvent(id int64) {
	if s.w.cf == nil {
		return
	}
	e, err := s.w.cf.Event(context.Background(), id)
	if err != nil {
		showError(s.w.win, "Open event", err)
		return
	}
	s.selID = id
	s.editor.show(e)
	s.showEditor(true)
	s.syncListSelection()
}

// syncListSelection selects the edited event's row, or nothing when the
// filter leaves it out (or it lies beyond the pages read).
func (s *eventsScreen) syncListSelection() {
	s.syncing = true
	defer func() { s.syncing = false }()
	row := s.pager.index(s.selID)
	if s.selID == 0 || row < 0 {
		s.list.UnselectAll()
		return
	}
	s.list.Select(row)
}

func (s *eventsScreen) onNew() {
	if s.w.cf == nil {
		return
	}
	s.selID = 0
	s.syncing = true
	s.list.UnselectAll()
	s.syncing = false
	s.editor.show(app.Event{Type: app.EventOther, Status: app.StatusAccepted,
		Casualties: app.Casualties{Killed: -1, Injured: -1}})
	s.showEditor(true)
	s.w.win.Canvas().Focus(s.editor.title)
}

func (s *eventsScreen) showEditor(on bool) {
	want := s.empty
	if on {
		want = s.editor.ui
	}
	if len(s.right.Objects) == 1 && s.right.Objects[0] == want {
		return
	}
	s.right.Objects = []fyne.CanvasObject{want}
	s.right.Refresh()
}

// open switches to the Events screen with event id in the editor.
func (w *mainWindow) openEvent(id int64) {
	w.selectTab(w.events.ui)
	w.events.ui.refreshIfShown()
	w.events.showEvent(id)
}

// selectTab brings forward the tab whose content is o.
func (w *mainWindow) selectTab(o fyne.CanvasObject) {
	for _, it := range w.tabs.Items {
		if it.Content == o {
			w.tabs.Select(it)
			return
		}
	}
}

// emptyState is a screen's placeholder: centred lines, not wrapped (a
// wrapping label in a centring container asks for a narrow, very tall
// space, which would stretch the window).
func emptyState(text string) fyne.CanvasObject {
	l := widget.NewLabel(text)
	l.Alignment = fyne.TextAlignCenter
	l.Importance = widget.LowImportance
	return container.NewCenter(l)
}
