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

// entityPicker finds entities by name or alias as the analyst types and
// offers the best few as buttons; choosing one calls onPick. It is the
// inspector's link search, made reusable for places and participants.
type entityPicker struct {
	w        *mainWindow
	only     app.EntityType // "" for any type
	search   *widget.Entry
	results  *fyne.Container
	onPick   func(app.Entity)
	debounce *debouncer
	ui       fyne.CanvasObject
}

func newEntityPicker(w *mainWindow, only app.EntityType, placeholder string, onPick func(app.Entity)) *entityPicker {
	p := &entityPicker{w: w, only: only, onPick: onPick}
	p.search = widget.NewEntry()
	p.search.SetPlaceHolder(placeholder)
	p.debounce = newDebouncer(filterDelay, p.find)
	p.search.OnChanged = func(string) { p.debounce.call() }
	p.search.OnSubmitted = func(string) { p.debounce.flush() }
	p.results = container.NewVBox()
	p.ui = container.NewVBox(p.search, p.results)
	return p
}

// find lists the entities matching the search text.
func (p *entityPicker) find() {
	p.results.RemoveAll()
	q := p.search.Text
	if q == "" || p.w.cf == nil {
		p.results.Refresh()
		return
	}
	es, total, err := p.w.cf.Entities(context.Background(), app.EntityFilter{Query: q, Type: p.only, Limit: maxEntityResults})
	if err != nil {
		showError(p.w.win, "Find entities", err)
		return
	}
	for _, e := range es {
		b := widget.NewButton(fmt.Sprintf("%s · %s · %s", e.Name, e.Type, countNoun(e.Mentions, "mention")), func() {
			p.clear()
			p.onPick(e)
		})
		b.Alignment = widget.ButtonAlignLeading
		p.results.Add(b)
	}
	switch {
	case len(es) == 0 && p.only != "":
		p.results.Add(widget.NewLabel(fmt.Sprintf("No %s matches: tag the name in an article first", p.only)))
	case len(es) == 0:
		p.results.Add(widget.NewLabel("No entity matches: tag the name in an article first"))
	case total > len(es):
		p.results.Add(widget.NewLabel(fmt.Sprintf("… and %d more: type more of the name", total-len(es))))
	}
	p.results.Refresh()
}

// clear empties the search and the results at once, leaving no search
// pending on a timer.
func (p *entityPicker) clear() {
	p.search.SetText("")
	p.debounce.flush()
}

// locationField shows and changes an event's place, a LOC entity.
type locationField struct {
	id        int64
	name      *widget.Label
	clearBtn  *widget.Button
	picker    *entityPicker
	ui        fyne.CanvasObject
	onChanged func()
}

func newLocationField(w *mainWindow) *locationField {
	f := &locationField{name: widget.NewLabel("")}
	f.clearBtn = widget.NewButtonWithIcon("", theme.ContentClearIcon(), func() { f.set(0, ""); f.edited() })
	f.picker = newEntityPicker(w, app.TypeLoc, "Search places (LOC)…", func(e app.Entity) { f.set(e.ID, e.Name); f.edited() })
	f.ui = container.NewVBox(container.NewBorder(nil, nil, nil, f.clearBtn, f.name), f.picker.ui)
	f.set(0, "")
	return f
}

func (f *locationField) set(id int64, name string) {
	f.id = id
	if id == 0 {
		f.name.SetText("place unknown")
		f.name.Importance = widget.LowImportance
		f.clearBtn.Disable()
	} else {
		f.name.SetText(name)
		f.name.Importance = widget.MediumImportance
		f.clearBtn.Enable()
	}
	f.name.Refresh()
}

func (f *locationField) edited() {
	if f.onChanged != nil {
		f.onChanged()
	}
}

// roleLabels are the participant roles as menu labels.
func roleLabels() []string {
	out := make([]string, len(app.Roles))
	for i, r := range app.Roles {
		out[i] = string(r)
	}
	return out
}

// participantsField lists an event's participants, each with a role menu
// and a remove button, and adds more through an entity search.
type participantsField struct {
	parts     []app.Participant
	rows      *fyne.Container
	addRole   *widget.Select
	picker    *entityPicker
	ui        fyne.CanvasObject
	onChanged func()
}

func newParticipantsField(w *mainWindow) *participantsField {
	f := &participantsField{rows: container.NewVBox()}
	f.addRole = widget.NewSelect(roleLabels(), nil)
	f.addRole.SetSelected(string(app.RoleOther))
	f.picker = newEntityPicker(w, "", "Search people, organisations … to add", f.add)
	add := container.NewBorder(nil, nil, nil, container.NewHBox(widget.NewLabel("as"), f.addRole), f.picker.search)
	f.ui = container.NewVBox(f.rows, add, f.picker.results)
	return f
}

// set shows ps without counting as an edit.
func (f *participantsField) set(ps []app.Participant) {
	f.parts = append([]app.Participant(nil), ps...)
	f.rebuild()
}

// add makes e a participant in the role chosen beside the search; the
// same entity in the same role is listed once.
func (f *participantsField) add(e app.Entity) {
	role := app.Role(f.addRole.Selected)
	for _, p := range f.parts {
		if p.EntityID == e.ID && p.Role == role {
			return
		}
	}
	f.parts = append(f.parts, app.Participant{EntityID: e.ID, Name: e.Name, Role: role})
	f.rebuild()
	f.edited()
}

func (f *participantsField) rebuild() {
	f.rows.RemoveAll()
	if len(f.parts) == 0 {
		none := widget.NewLabel("No participants yet")
		none.Importance = widget.LowImportance
		f.rows.Add(none)
	}
	for i, p := range f.parts {
		name := widget.NewLabel(p.Name)
		name.Truncation = fyne.TextTruncateEllipsis
		role := widget.NewSelect(roleLabels(), nil)
		role.SetSelected(string(p.Role))
		role.OnChanged = func(s string) { f.parts[i].Role = app.Role(s); f.edited() }
		remove := widget.NewButtonWithIcon("", theme.DeleteIcon(), func() {
			f.parts = append(f.parts[:i:i], f.parts[i+1:]...)
			f.rebuild()
			f.edited()
		})
		f.rows.Add(container.NewBorder(nil, nil, nil, container.NewHBox(role, remove), name))
	}
	f.rows.Refresh()
}

func (f *participantsField) edited() {
	if f.onChanged != nil {
		f.onChanged()
	}
}
