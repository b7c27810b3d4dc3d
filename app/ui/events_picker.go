package ui

import (
	"context"
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"dossier/app"
)

// pickerLimit is how many events an event search lists: the analyst
// narrows the search rather than scrolls.
const pickerLimit = 200

// eventPicker finds events by title and lets the analyst choose one, or
// (multi) several, for a dialog: cite a span, add events to a case.
type eventPicker struct {
	w        *mainWindow
	multi    bool
	search   *widget.Entry
	list     *widget.List
	count    *widget.Label
	rows     []app.Event
	picked   map[int64]bool
	order    []int64        // picked ids in the order chosen
	exclude  map[int64]bool // events not offered (already in the case)
	onChange func()         // after the choice changed (may be nil)
	names    *entityNames   // place names for the rows
	debounce *debouncer
	ui       fyne.CanvasObject
}

func newEventPicker(w *mainWindow, multi bool) *eventPicker {
	p := &eventPicker{w: w, multi: multi, picked: map[int64]bool{}, exclude: map[int64]bool{}, names: newEntityNames(w)}
	p.search = widget.NewEntry()
	p.search.SetPlaceHolder("Search event titles")
	p.debounce = newDebouncer(filterDelay, p.find)
	p.search.OnChanged = func(string) { p.debounce.call() }
	p.search.OnSubmitted = func(string) { p.debounce.flush() }
	p.count = widget.NewLabel("")
	p.count.Importance = widget.LowImportance
	p.list = widget.NewList(func() int { return len(p.rows) }, newEventRow, p.bind)
	p.list.OnSelected = p.onSelected
	p.ui = container.NewBorder(p.search, p.count, nil, nil, p.list)
	p.find()
	return p
}

// find lists the events whose title holds the search text, by date.
func (p *eventPicker) find() {
	p.rows = p.rows[:0]
	if p.w.cf != nil {
		evs, total, err := p.w.cf.Events(context.Background(), app.EventFilter{Query: p.search.Text, Limit: pickerLimit})
		if err != nil {
			showError(p.w.win, "Find events", err)
		}
		for _, e := range evs {
			if !p.exclude[e.ID] {
				p.rows = append(p.rows, e)
			}
		}
		p.count.SetText(pickerCount(len(p.rows), total, len(evs)))
	}
	if !p.multi {
		p.picked, p.order = map[int64]bool{}, nil
		p.changed()
	}
	p.list.UnselectAll()
	p.list.Refresh()
}

// pickerCount says how many events are offered and whether more match.
func pickerCount(shown, total, read int) string {
	if total > read {
		return fmt.Sprintf("%s shown of %d: type more of the title", countNoun(shown, "event"), total)
	}
	return countNoun(shown, "event")
}

func (p *eventPicker) bind(i widget.ListItemID, o fyne.CanvasObject) {
	if i >= len(p.rows) {
		return
	}
	r, e := o.(*eventRow), p.rows[i]
	r.set(e, p.names.name(e.LocationID), nil, nil)
	if p.multi {
		r.setMark(p.picked[e.ID])
	}
}

// onSelected picks the row (single) or toggles it (multi, where the list
// selection only serves the tap).
func (p *eventPicker) onSelected(i widget.ListItemID) {
	if i >= len(p.rows) {
		return
	}
	id := p.rows[i].ID
	if !p.multi {
		p.picked, p.order = map[int64]bool{id: true}, []int64{id}
		p.changed()
		return
	}
	p.toggle(id)
	p.list.UnselectAll()
	p.list.RefreshItem(i)
}

func (p *eventPicker) toggle(id int64) {
	if p.picked[id] {
		delete(p.picked, id)
		for i, x := range p.order {
			if x == id {
				p.order = append(p.order[:i], p.order[i+1:]...)
				break
			}
		}
	} else {
		p.picked[id] = true
		p.order = append(p.order, id)
	}
	p.changed()
}

func (p *eventPicker) changed() {
	if p.onChange != nil {
		p.onChange()
	}
}

// single is the event chosen (0 for none).
func (p *eventPicker) single() int64 {
	if len(p.order) == 0 {
		return 0
	}
	return p.order[0]
}

// setMark shows a tick box in place of the status icon (multiple choice).
func (r *eventRow) setMark(on bool) {
	if on {
		r.icon.SetResource(theme.CheckButtonCheckedIcon())
	} else {
		r.icon.SetResource(theme.CheckButtonIcon())
	}
}
