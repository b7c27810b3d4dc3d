package ui

import (
	"fmt"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"dossier/app"
)

// boardEvents is the case's events in the case's order, with the buttons
// that add, remove, move, sort, open and link them. The selected event is
// kept by id across refreshes, so it follows a move.
type boardEvents struct {
	b        *caseBoard
	ui       fyne.CanvasObject
	heading  *widget.Label
	list     *widget.List
	sel      int64 // the selected event; 0 for none
	syncing  bool
	add      *widget.Button
	sortDate *widget.Button
	up       *widget.Button
	down     *widget.Button
	remove   *widget.Button
	open     *widget.Button
	link     *widget.Button
	hint     fyne.CanvasObject // shown instead of an empty list

	lastAdd *addEventsDialog // the add dialog opened last (for tests)
}

func newBoardEvents(b *caseBoard) *boardEvents {
	p := &boardEvents{b: b, heading: widget.NewLabel("Events")}
	p.list = widget.NewList(func() int { return len(b.b.Events) }, newEventRow, p.bind)
	p.list.OnSelected = func(i widget.ListItemID) {
		if !p.syncing && i < len(b.b.Events) {
			p.sel = b.b.Events[i].ID
			p.updateButtons()
		}
	}
	p.list.OnUnselected = func(widget.ListItemID) {
		if !p.syncing {
			p.sel = 0
			p.updateButtons()
		}
	}
	p.add = widget.NewButtonWithIcon("Add events…", theme.ContentAddIcon(), p.onAdd)
	p.sortDate = widget.NewButtonWithIcon("Sort by date", theme.MenuDropDownIcon(), p.onSortByDate)
	p.up = widget.NewButtonWithIcon("Up", theme.MoveUpIcon(), func() { p.move(-1) })
	p.down = widget.NewButtonWithIcon("Down", theme.MoveDownIcon(), func() { p.move(1) })
	p.remove = widget.NewButtonWithIcon("Remove", theme.ContentRemoveIcon(), p.onRemove)
	p.open = widget.NewButtonWithIcon("Open", theme.DocumentIcon(), func() { b.w.openEvent(p.sel) })
	p.link = widget.NewButtonWithIcon("Link…", theme.MailForwardIcon(), p.onLink)
	p.hint = emptyState("No events in this case yet:\nAdd events… here, or Add to case… on the Events screen.")
	p.ui = panel(p.heading, []fyne.CanvasObject{p.add, p.sortDate}, container.NewStack(p.list, p.hint),
		[]fyne.CanvasObject{p.up, p.down, p.remove, p.open, p.link})
	return p
}

// show redraws the events; a new case (not same) drops the selection.
func (p *boardEvents) show(same bool) {
	evs := p.b.b.Events
	if !same || !slices.ContainsFunc(evs, func(e app.Event) bool { return e.ID == p.sel }) {
		p.sel = 0
	}
	p.heading.SetText(fmt.Sprintf("Events (%d), in the case's order", len(evs)))
	if len(evs) == 0 {
		p.hint.Show()
	} else {
		p.hint.Hide()
	}
	p.list.Refresh()
	p.syncing = true
	p.list.UnselectAll()
	if i := p.index(); i >= 0 {
		p.list.Select(i)
	}
	p.syncing = false
	p.updateButtons()
}

func (p *boardEvents) bind(i widget.ListItemID, o fyne.CanvasObject) {
	if i >= len(p.b.b.Events) {
		return
	}
	e := p.b.b.Events[i]
	e.Title = fmt.Sprintf("%d. %s", i+1, e.Title)
	place := ""
	if e.LocationID != 0 {
		place = p.b.entityName(e.LocationID)
	}
	o.(*eventRow).set(e, place, nil, nil)
}

// index is the selected event's row, or -1.
func (p *boardEvents) index() int {
	if p.sel == 0 {
		return -1
	}
	return slices.IndexFunc(p.b.b.Events, func(e app.Event) bool { return e.ID == p.sel })
}

func (p *boardEvents) updateButtons() {
	i, n := p.index(), len(p.b.b.Events)
	setEnabled(p.up, i > 0)
	setEnabled(p.down, i >= 0 && i < n-1)
	setEnabled(p.remove, i >= 0)
	setEnabled(p.open, i >= 0)
	setEnabled(p.link, i >= 0 && n > 1)
	setEnabled(p.add, p.b.has)
	setEnabled(p.sortDate, n > 1 && !inDateOrder(p.b.b.Events))
}

// move swaps the selected event with its neighbour (dir -1 up, +1 down).
func (p *boardEvents) move(dir int) {
	ids, ok := moved(eventIDs(p.b.b.Events), p.index(), dir)
	if !ok {
		return
	}
	where := map[int]string{-1: "up", 1: "down"}[dir]
	p.b.w.doNamed(app.ReorderCase{CaseID: p.b.b.Case.ID, EventIDs: ids},
		fmt.Sprintf("Moved “%s” %s in the case", ellipsize(p.b.eventTitle(p.sel), 50), where))
}

func (p *boardEvents) onSortByDate() {
	if len(p.b.b.Events) < 2 || inDateOrder(p.b.b.Events) {
		return
	}
	p.b.w.doNamed(app.ReorderCase{CaseID: p.b.b.Case.ID, EventIDs: eventIDs(byDate(p.b.b.Events))},
		fmt.Sprintf("Sorted the case “%s” by date", p.b.b.Case.Title))
}

func (p *boardEvents) onRemove() {
	if p.sel == 0 {
		return
	}
	p.b.w.doNamed(app.RemoveFromCase{CaseID: p.b.b.Case.ID, EventIDs: []int64{p.sel}},
		fmt.Sprintf("Took “%s” out of the case (the event stays in the file)", ellipsize(p.b.eventTitle(p.sel), 50)))
}

// onLink links the selected event to another event of the case.
func (p *boardEvents) onLink() {
	from, ok := p.end(p.sel)
	if !ok {
		return
	}
	p.b.w.openLinkDialog(p.b.b.Case.ID, from, func(q string) []linkEnd {
		var out []linkEnd
		for _, e := range p.b.b.Events {
			if e.ID != p.sel && matches(e.Title, q) {
				out = append(out, eventEnd(e))
			}
		}
		return out
	})
}

// end is event id of the case as a link end.
func (p *boardEvents) end(id int64) (linkEnd, bool) {
	for _, e := range p.b.b.Events {
		if e.ID == id {
			return eventEnd(e), true
		}
	}
	return linkEnd{}, false
}

// addEventsDialog chooses events of the file to add to the case.
type addEventsDialog struct {
	picker *eventPicker
	ok     *widget.Button
	dlg    *dialog.CustomDialog
}

func (p *boardEvents) onAdd() {
	w, c := p.b.w, p.b.b.Case
	if !p.b.has || w.cf == nil {
		return
	}
	d := &addEventsDialog{picker: newEventPicker(w, true)}
	for _, id := range c.EventIDs {
		d.picker.exclude[id] = true
	}
	d.picker.find()
	d.ok = widget.NewButton("Add to the case", func() {
		d.dlg.Hide()
		w.addToCase(c.ID, slices.Clone(d.picker.order))
	})
	d.ok.Importance = widget.HighImportance
	d.ok.Disable()
	d.picker.onChange = func() {
		setEnabled(d.ok, len(d.picker.order) > 0)
		d.ok.SetText(fmt.Sprintf("Add %s to the case", countNoun(len(d.picker.order), "event")))
	}
	head := widget.NewLabel("Tap events to choose them; the case keeps them in date order unless you have ordered it by hand.")
	head.Wrapping = fyne.TextWrapWord
	d.dlg = dialog.NewCustomWithoutButtons(fmt.Sprintf("Add events to “%s”", c.Title),
		container.NewBorder(head, nil, nil, nil, d.picker.ui), w.win)
	d.dlg.SetButtons([]fyne.CanvasObject{widget.NewButton("Cancel", func() { d.dlg.Hide() }), d.ok})
	d.dlg.Resize(fyne.NewSize(640, 560))
	d.dlg.Show()
	w.win.Canvas().Focus(d.picker.search)
	p.lastAdd = d
}
