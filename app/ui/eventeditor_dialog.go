package ui

import (
	"context"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"dossier/app"
)

// noCase is the case menu's choice that adds the new event to no case.
const noCase = "no case"

// eventDialog is the event editor in a dialog, for a draft made from an
// article: Save creates the event (and, when a case is chosen, adds it to
// that case); Cancel forgets the draft.
type eventDialog struct {
	w       *mainWindow
	editor  *eventEditor
	toCase  *widget.Select
	caseIDs map[string]int64
	created int64 // the event saved, 0 until then
	dlg     *dialog.CustomDialog
}

// openEventDialog shows draft in the editor dialog.
func (w *mainWindow) openEventDialog(draft app.Event) *eventDialog {
	d := &eventDialog{w: w, caseIDs: map[string]int64{}}
	d.editor = newEventEditor(w, eventEditorHooks{onCreated: func(id int64) { d.created = id }})
	d.editor.evid.canOpen = false
	d.editor.show(draft)
	opts := []string{noCase}
	if cases, err := w.cf.Cases(context.Background()); err == nil {
		for _, c := range cases {
			if c.Status != app.CaseClosed {
				d.caseIDs[caseLabel(c)] = c.ID
				opts = append(opts, caseLabel(c))
			}
		}
	}
	d.toCase = widget.NewSelect(opts, nil)
	d.toCase.SetSelectedIndex(0)
	scroll := container.NewVScroll(d.editor.form)
	bottom := container.NewBorder(nil, nil, widget.NewLabel("Then add it to"), nil, d.toCase)
	save := widget.NewButton("Save event", d.onSave)
	save.Importance = widget.HighImportance
	cancel := widget.NewButton("Cancel", func() { d.dlg.Hide() })
	d.dlg = dialog.NewCustomWithoutButtons("New event from the article", container.NewBorder(nil, bottom, nil, nil, scroll), w.win)
	d.dlg.SetButtons([]fyne.CanvasObject{cancel, save})
	d.dlg.Resize(fyne.NewSize(640, 640))
	d.dlg.Show()
	w.win.Canvas().Focus(d.editor.title)
	return d
}

// onSave creates the event; the dialog stays open (with the store's
// message shown) when the store refuses it.
func (d *eventDialog) onSave() {
	if !d.editor.onSave() {
		return
	}
	d.dlg.Hide()
	if id := d.caseIDs[d.toCase.Selected]; id != 0 && d.created != 0 {
		d.w.addToCase(id, []int64{d.created})
	}
}
