package ui

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"dossier/app"
)

// credibilityChoices are the Admiralty information-credibility grades;
// the first (index 0) is "not graded".
var credibilityChoices = []string{
	"not graded",
	"1 — confirmed by other sources",
	"2 — probably true",
	"3 — possibly true",
	"4 — doubtful",
	"5 — improbable",
	"6 — truth cannot be judged",
}

// eventEditorHooks are what the host of an editor hears.
type eventEditorHooks struct {
	// onCreated runs after a draft was saved as event id.
	onCreated func(id int64)
}

// eventEditor edits one event: title, type, date with precision, place,
// participants with roles, casualties, credibility, note and evidence. A
// saved event's fields are saved together by Save (one UpdateEvent);
// evidence, status, cases and links change at once, each by its command.
// A draft (ID 0) is saved by Save as one CreateEvent with its evidence.
type eventEditor struct {
	w       *mainWindow
	hooks   eventEditorHooks
	loaded  app.Event // as last read; ID 0 for a draft
	has     bool
	ui      fyne.CanvasObject
	form    fyne.CanvasObject // the fields without the buttons (for dialogs)
	heading *widget.Label
	state   *widget.Label
	accept  *widget.Button
	reject  *widget.Button
	title   *widget.Entry
	kind    *widget.Select
	date    *dateField
	loc     *locationField
	parts   *participantsField
	killed  *widget.Entry
	injured *widget.Entry
	cred    *widget.Select
	note    *widget.Entry
	evid    *evidenceList
	cases   *widget.Label
	toCase  *widget.Button
	link    *widget.Button
	save    *widget.Button
	revert  *widget.Button
	del     *widget.Button
	extras  *fyne.Container // status, cases and links: saved events only
	loading bool            // fields are being filled, not edited
}

func newEventEditor(w *mainWindow, hooks eventEditorHooks) *eventEditor {
	e := &eventEditor{w: w, hooks: hooks}
	e.build()
	e.form = e.layoutForm()
	buttons := container.NewHBox(e.save, e.revert, layout.NewSpacer(), e.del)
	e.ui = container.NewBorder(nil, container.NewVBox(widget.NewSeparator(), buttons), nil, nil, container.NewVScroll(container.NewPadded(e.form)))
	e.clear()
	return e
}

func (e *eventEditor) build() {
	e.heading = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	e.heading.Wrapping = fyne.TextWrapWord
	e.state = widget.NewLabel("")
	e.accept = widget.NewButtonWithIcon("Accept", theme.ConfirmIcon(), func() { e.decide(app.StatusAccepted) })
	e.reject = widget.NewButtonWithIcon("Reject", theme.CancelIcon(), func() { e.decide(app.StatusRejected) })
	e.title = widget.NewEntry()
	e.title.SetPlaceHolder("What happened, in a line")
	e.kind = widget.NewSelect(eventTypeLabels(), func(string) { e.edited() })
	e.date = newDateField()
	e.loc = newLocationField(e.w)
	e.parts = newParticipantsField(e.w)
	e.killed, e.injured = widget.NewEntry(), widget.NewEntry()
	e.killed.SetPlaceHolder("not reported")
	e.injured.SetPlaceHolder("not reported")
	e.cred = widget.NewSelect(credibilityChoices, func(string) { e.edited() })
	e.note = widget.NewMultiLineEntry()
	e.note.Wrapping = fyne.TextWrapWord
	e.note.SetMinRowsVisible(3)
	e.note.SetPlaceHolder("Note on this event")
	e.evid = newEvidenceList(e.w, e.removeEvidence)
	e.cases = widget.NewLabel("")
	e.cases.Wrapping = fyne.TextWrapWord
	e.toCase = widget.NewButtonWithIcon("Add to case…", theme.ContentAddIcon(), func() {
		e.w.chooseCase([]int64{e.loaded.ID}, e.toCase)
	})
	e.link = widget.NewButtonWithIcon("Link to event…", theme.MailForwardIcon(), func() { e.w.linkEvent(e.loaded.ID) })
	e.save = widget.NewButtonWithIcon("Save", theme.DocumentSaveIcon(), func() { e.onSave() })
	e.save.Importance = widget.HighImportance
	e.revert = widget.NewButtonWithIcon("Revert", theme.ContentUndoIcon(), e.onRevert)
	e.del = widget.NewButtonWithIcon("Delete event", theme.DeleteIcon(), e.onDelete)
	e.del.Importance = widget.DangerImportance
	for _, en := range []*widget.Entry{e.title, e.killed, e.injured, e.note} {
		en.OnChanged = func(string) { e.edited() }
	}
	e.date.onChanged, e.loc.onChanged, e.parts.onChanged = e.edited, e.edited, e.edited
}

func (e *eventEditor) layoutForm() fyne.CanvasObject {
	bold := func(s string) *widget.Label {
		return widget.NewLabelWithStyle(s, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	}
	e.extras = container.NewVBox(
		container.NewBorder(nil, nil, nil, container.NewHBox(e.accept, e.reject), e.state),
		container.NewBorder(nil, nil, nil, container.NewHBox(e.toCase, e.link), e.cases))
	fields := container.New(layout.NewFormLayout(),
		widget.NewLabel("Title"), e.title,
		widget.NewLabel("Type"), e.kind,
		widget.NewLabel("Date"), e.date.ui,
		widget.NewLabel("Place"), e.loc.ui,
		widget.NewLabel("Casualties"), container.NewGridWithColumns(4,
			widget.NewLabel("killed"), e.killed, widget.NewLabel("injured"), e.injured),
		widget.NewLabel("Credibility"), e.cred,
		widget.NewLabel("Note"), e.note)
	return container.NewVBox(e.heading, e.extras, fields,
		bold("Participants"), e.parts.ui,
		bold("Evidence"), e.evid.ui)
}

// eventID is the event shown (0 for none or a draft).
func (e *eventEditor) eventID() int64 { return e.loaded.ID }

// clear shows nothing.
func (e *eventEditor) clear() {
	e.has = false
	e.fill(app.Event{Type: app.EventOther, Casualties: app.Casualties{Killed: -1, Injured: -1}})
	e.heading.SetText("")
}

// show puts ev in the editor. Showing the same saved event again (a
// refresh after a change) keeps unsaved edits to its fields.
func (e *eventEditor) show(ev app.Event) {
	keep := e.has && ev.ID != 0 && ev.ID == e.loaded.ID && e.dirty()
	e.has = true
	if keep {
		e.loaded = ev
		e.showExtras(ev)
		e.evid.set(ev.Evidence)
		e.updateButtons()
		return
	}
	e.fill(ev)
}

// reload re-reads the shown event; false when it is gone.
func (e *eventEditor) reload() bool {
	if e.loaded.ID == 0 || e.w.cf == nil {
		return e.has
	}
	ev, err := e.w.cf.Event(context.Background(), e.loaded.ID)
	if app.ErrorCode(err) == app.ENOTFOUND {
		return false
	} else if err != nil {
		showError(e.w.win, "Read event", err)
		return true
	}
	e.evid.titles = map[int64]string{}
	e.show(ev)
	return true
}

// fill sets every field from ev.
func (e *eventEditor) fill(ev app.Event) {
	e.loading = true
	defer func() { e.loading = false; e.updateButtons() }()
	e.loaded = ev
	e.title.SetText(ev.Title)
	e.kind.SetSelected(eventTypeLabel(ev.Type))
	e.date.set(ev.Date)
	e.loc.set(ev.LocationID, e.placeName(ev.LocationID))
	e.parts.set(ev.Participants)
	e.killed.SetText(countText(ev.Casualties.Killed))
	e.injured.SetText(countText(ev.Casualties.Injured))
	e.cred.SetSelectedIndex(min(max(ev.Credibility, 0), 6))
	e.note.SetText(ev.Note)
	e.evid.set(ev.Evidence)
	e.showExtras(ev)
}

func (e *eventEditor) placeName(id int64) string {
	if id == 0 || e.w.cf == nil {
		return ""
	}
	if ent, err := e.w.cf.Entity(context.Background(), id); err == nil {
		return ent.Name
	}
	return fmt.Sprintf("entity %d", id)
}

// countText shows a casualty count; -1 (not reported) is left empty.
func countText(n int) string {
	if n < 0 {
		return ""
	}
	return strconv.Itoa(n)
}

// showExtras shows the heading, the status with its buttons and the cases.
func (e *eventEditor) showExtras(ev app.Event) {
	if ev.ID == 0 {
		e.heading.SetText("New event")
		e.extras.Hide()
		return
	}
	e.heading.SetText(fmt.Sprintf("Event %d", ev.ID))
	e.extras.Show()
	switch ev.Status {
	case app.StatusSuggested:
		e.state.SetText("Suggested by the extractor: accept or reject it (edits are saved with Accept)")
	case app.StatusRejected:
		e.state.SetText("Rejected: Accept brings it back")
	default:
		e.state.SetText("Accepted")
	}
	e.state.Wrapping = fyne.TextWrapWord
	setEnabled(e.accept, ev.Status != app.StatusAccepted)
	setEnabled(e.reject, ev.Status != app.StatusRejected)
	e.cases.SetText(e.caseLine(ev.ID))
}

// caseLine names the cases holding event id.
func (e *eventEditor) caseLine(id int64) string {
	if e.w.cf == nil {
		return ""
	}
	cases, err := e.w.cf.Cases(context.Background())
	if err != nil {
		return ""
	}
	var in []string
	for _, c := range cases {
		if slices.Contains(c.EventIDs, id) {
			in = append(in, "“"+c.Title+"”")
		}
	}
	if len(in) == 0 {
		return "In no case yet"
	}
	return "In " + strings.Join(in, ", ")
}

func setEnabled(b *widget.Button, on bool) {
	if on {
		b.Enable()
	} else {
		b.Disable()
	}
}

func (e *eventEditor) edited() {
	if !e.loading {
		e.updateButtons()
	}
}

func (e *eventEditor) updateButtons() {
	dirty := e.dirty()
	setEnabled(e.save, e.has && (dirty || e.loaded.ID == 0))
	setEnabled(e.revert, e.has && dirty && e.loaded.ID != 0)
	setEnabled(e.del, e.has && e.loaded.ID != 0)
	// A suggestion is rejected, not deleted: deleting it would let the
	// next extraction suggest it again.
	if e.loaded.Status == app.StatusSuggested {
		e.del.Hide()
	} else {
		e.del.Show()
	}
}
