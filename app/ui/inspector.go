package ui

import (
	"context"
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"

	"dossier/app"
)

// inspector shows the current mention — type, entity, status, note — and
// turns the analyst's edits into commands: accept, reject, retype, link to
// another entity, unlink, note, delete.
type inspector struct {
	v       *articleView
	ui      fyne.CanvasObject
	empty   *widget.Label
	body    *fyne.Container
	heading *widget.Label
	kind    *swatch
	typeSel *widget.Select
	status  *widget.Label
	accept  *widget.Button
	reject  *widget.Button
	entity  *widget.Label
	unlink  *widget.Button
	search  *widget.Entry
	results *fyne.Container
	note    *widget.Entry
	save    *widget.Button
	del     *widget.Button

	shown      int64  // the mention shown
	noteLoaded string // its note as last read, to keep an unsaved edit across refreshes
	debounce   *debouncer
}

func newInspector(v *articleView) *inspector {
	in := &inspector{v: v}
	in.empty = widget.NewLabel("Click a highlight to inspect it, or press N for the next suggestion.")
	in.empty.Wrapping = fyne.TextWrapWord
	in.heading = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	in.heading.Wrapping = fyne.TextWrapWord
	in.kind = newSwatch(typeColor(app.TypePerson))
	types := make([]string, 0, len(allTypes()))
	for _, t := range allTypes() {
		types = append(types, string(t))
	}
	in.typeSel = widget.NewSelect(types, nil)
	in.status = widget.NewLabel("")
	in.status.Wrapping = fyne.TextWrapWord
	in.accept = widget.NewButton("Accept (A)", func() { v.setStatus(app.StatusAccepted) })
	in.reject = widget.NewButton("Reject (R)", func() { v.setStatus(app.StatusRejected) })
	in.entity = widget.NewLabel("")
	in.entity.Wrapping = fyne.TextWrapWord
	in.unlink = widget.NewButton("Unlink", in.onUnlink)
	in.search = widget.NewEntry()
	in.search.SetPlaceHolder("Search entities to link…")
	in.debounce = newDebouncer(filterDelay, in.findEntities)
	in.search.OnChanged = func(string) { in.debounce.call() }
	in.search.OnSubmitted = func(string) { in.debounce.flush() }
	in.results = container.NewVBox()
	in.note = widget.NewMultiLineEntry()
	in.note.SetPlaceHolder("Note on this mention")
	in.note.SetMinRowsVisible(2)
	in.note.Wrapping = fyne.TextWrapWord
	in.note.OnChanged = func(string) { in.updateSave() }
	in.save = widget.NewButton("Save note", in.onSaveNote)
	in.del = widget.NewButton("Delete tag (Del)", v.deleteCurrent)
	in.del.Importance = widget.DangerImportance
	in.body = container.NewVBox(
		container.NewBorder(nil, nil, container.NewCenter(in.kind), nil, in.heading),
		container.New(layout.NewFormLayout(),
			widget.NewLabel("Type"), in.typeSel,
			widget.NewLabel("Status"), container.NewVBox(in.status, container.NewHBox(in.accept, in.reject)),
			widget.NewLabel("Entity"), container.NewBorder(nil, nil, nil, in.unlink, in.entity),
			widget.NewLabel("Link"), container.NewVBox(in.search, in.results),
			widget.NewLabel("Note"), in.note),
		container.NewHBox(in.save, layout.NewSpacer(), in.del))
	in.ui = container.NewStack(in.empty, in.body)
	in.update()
	return in
}

// update shows the view's current mention, or the empty state.
func (in *inspector) update() {
	m, ok := in.v.currentMention()
	if !ok {
		in.shown, in.noteLoaded = 0, ""
		in.body.Hide()
		in.empty.Show()
		return
	}
	in.empty.Hide()
	in.body.Show()
	if m.ID != in.shown {
		in.search.SetText("")
		in.results.RemoveAll()
	}
	in.heading.SetText(fmt.Sprintf("“%s”", m.Text))
	in.kind.setColor(typeColor(m.Type))
	in.typeSel.OnChanged = nil // setting the shown value is not a retype
	in.typeSel.SetSelected(string(m.Type))
	in.typeSel.OnChanged = in.onRetype
	in.status.SetText(statusLine(m))
	in.accept.Disable()
	in.reject.Disable()
	if m.Status != app.StatusAccepted {
		in.accept.Enable()
	}
	if m.Status != app.StatusRejected {
		in.reject.Enable()
	}
	in.showEntity(m)
	if m.ID != in.shown || in.note.Text == in.noteLoaded {
		in.note.SetText(m.Note)
	}
	in.shown, in.noteLoaded = m.ID, m.Note
	in.updateSave()
	if m.Origin == app.OriginManual {
		in.del.Show()
	} else {
		in.del.Hide()
	}
}

func (in *inspector) showEntity(m app.Mention) {
	if m.EntityID == 0 {
		in.entity.SetText("not linked to an entity")
		in.unlink.Disable()
		return
	}
	name := in.v.entityName(m.EntityID)
	if name == "" {
		name = fmt.Sprintf("entity %d", m.EntityID)
	}
	in.entity.SetText(name)
	in.unlink.Enable()
}

// statusLine says who made the mention and what was decided.
func statusLine(m app.Mention) string {
	who := "tagged by hand"
	if m.Origin == app.OriginAuto {
		who = fmt.Sprintf("found by the extractor (%.0f%% sure)", m.Confidence*100)
	}
	line := fmt.Sprintf("%s, %s", m.Status, who)
	if m.Type == app.TypeDate && !m.Date.IsZero() {
		line += "\nresolved to " + m.Date.String()
	}
	return line
}

func (in *inspector) updateSave() {
	if in.note.Text == in.noteLoaded {
		in.save.Disable()
	} else {
		in.save.Enable()
	}
}

func (in *inspector) onRetype(s string) {
	m, ok := in.v.currentMention()
	if !ok || app.EntityType(s) == m.Type {
		return
	}
	in.v.run(app.RetypeMention{MentionID: m.ID, Type: app.EntityType(s)})
}

func (in *inspector) onUnlink() {
	if m, ok := in.v.currentMention(); ok && m.EntityID != 0 {
		in.v.run(app.LinkMention{MentionID: m.ID})
	}
}

func (in *inspector) onSaveNote() {
	if m, ok := in.v.currentMention(); ok {
		in.v.run(app.SetMentionNote{MentionID: m.ID, Note: in.note.Text})
	}
}

// maxEntityResults caps the link search's answers: the analyst narrows the
// query rather than scrolls.
const maxEntityResults = 8

// findEntities lists the entities whose name or alias contains the search
// text, as buttons that link the current mention to them.
func (in *inspector) findEntities() {
	in.results.RemoveAll()
	m, ok := in.v.currentMention()
	q := in.search.Text
	if !ok || q == "" || in.v.w.cf == nil {
		in.results.Refresh()
		return
	}
	es, total, err := in.v.w.cf.Entities(context.Background(), app.EntityFilter{Query: q, Limit: maxEntityResults})
	if err != nil {
		showError(in.v.w.win, "Find entities", err)
		return
	}
	for _, e := range es {
		b := widget.NewButton(fmt.Sprintf("%s · %s · %d mentions", e.Name, e.Type, e.Mentions), func() {
			in.search.SetText("")
			in.v.run(app.LinkMention{MentionID: m.ID, EntityID: e.ID})
		})
		b.Alignment = widget.ButtonAlignLeading
		if e.ID == m.EntityID {
			b.Disable()
		}
		in.results.Add(b)
	}
	if len(es) == 0 {
		in.results.Add(widget.NewLabel("No entity matches"))
	} else if total > len(es) {
		in.results.Add(widget.NewLabel(fmt.Sprintf("… and %d more: type more of the name", total-len(es))))
	}
	in.results.Refresh()
}
