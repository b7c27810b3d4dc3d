package ui

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"fyne.io/fyne/v2/dialog"

	"dossier/app"
)

// value is the event the fields describe, validated; evidence and status
// are the loaded event's.
func (e *eventEditor) value() (app.Event, error) {
	ev := e.loaded
	ev.Title = strings.TrimSpace(e.title.Text)
	ev.Type = eventTypeOf(e.kind.Selected)
	d, err := e.date.value()
	if err != nil {
		return ev, err
	}
	ev.Date = d
	ev.LocationID = e.loc.id
	ev.Participants = slices.Clone(e.parts.parts)
	if ev.Casualties.Killed, err = parseCount(e.killed.Text, "killed"); err != nil {
		return ev, err
	}
	if ev.Casualties.Injured, err = parseCount(e.injured.Text, "injured"); err != nil {
		return ev, err
	}
	ev.Credibility = max(slices.Index(credibilityChoices, e.cred.Selected), 0)
	ev.Note = e.note.Text
	if ev.Title == "" {
		return ev, app.Errorf(app.EINVALID, "an event needs a title")
	}
	return ev, nil
}

// parseCount reads a casualty count: empty is "not reported" (-1).
func parseCount(s, what string) (int, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return -1, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 0 {
		return 0, app.Errorf(app.EINVALID, "people %s: %q is not a whole number (leave it empty when not reported)", what, s)
	}
	return n, nil
}

// dirty reports whether the fields differ from the loaded event.
func (e *eventEditor) dirty() bool {
	l := e.loaded
	if strings.TrimSpace(e.title.Text) != l.Title || eventTypeOf(e.kind.Selected) != l.Type ||
		strings.TrimSpace(e.date.entry.Text) != l.Date.Value || e.loc.id != l.LocationID ||
		strings.TrimSpace(e.killed.Text) != countText(l.Casualties.Killed) ||
		strings.TrimSpace(e.injured.Text) != countText(l.Casualties.Injured) ||
		max(slices.Index(credibilityChoices, e.cred.Selected), 0) != l.Credibility || e.note.Text != l.Note {
		return true
	}
	return !slices.EqualFunc(e.parts.parts, l.Participants, func(a, b app.Participant) bool {
		return a.EntityID == b.EntityID && a.Role == b.Role
	})
}

// onSave saves the fields: a draft as a new event (with its evidence), a
// saved event as one UpdateEvent. It reports whether the store took it.
func (e *eventEditor) onSave() bool {
	ev, err := e.value()
	if err != nil {
		showError(e.w.win, "Save event", err)
		return false
	}
	if ev.ID == 0 {
		res, ok := e.w.doNamed(app.CreateEvent{Event: ev}, fmt.Sprintf("Created the event “%s”", ellipsize(ev.Title, 60)))
		if ok && len(res.IDs) > 0 && e.hooks.onCreated != nil {
			e.has = false // the new event replaces the draft
			e.hooks.onCreated(res.IDs[0])
		}
		return ok
	}
	return e.apply(app.UpdateEvent{Event: ev}, fmt.Sprintf("Saved the event “%s”", ellipsize(ev.Title, 60)))
}

// apply runs a command that saves the fields; the refresh that follows
// then shows the stored event rather than keeping the edits.
func (e *eventEditor) apply(cmd app.Command, done string) bool {
	e.has = false
	_, ok := e.w.doNamed(cmd, done)
	if !ok {
		e.has = true
		return false
	}
	e.has = true
	return true
}

// decide accepts or rejects the event; unsaved edits are saved with it in
// the same command ("accept with edits").
func (e *eventEditor) decide(st app.Status) {
	if e.loaded.ID == 0 {
		return
	}
	verb := map[app.Status]string{app.StatusAccepted: "Accepted", app.StatusRejected: "Rejected"}[st]
	done := fmt.Sprintf("%s the event “%s”", verb, ellipsize(e.loaded.Title, 60))
	if e.dirty() {
		ev, err := e.value()
		if err != nil {
			showError(e.w.win, "Save event", err)
			return
		}
		ev.Status = st
		e.apply(app.UpdateEvent{Event: ev}, done+" with your edits")
		return
	}
	e.w.doNamed(app.SetEventStatus{EventIDs: []int64{e.loaded.ID}, Status: st}, done)
}

func (e *eventEditor) onRevert() {
	if e.has {
		e.fill(e.loaded)
	}
}

// onDelete deletes the event after asking; the store refuses to delete a
// suggestion (it is rejected instead) and says so.
func (e *eventEditor) onDelete() {
	ev := e.loaded
	if ev.ID == 0 {
		return
	}
	msg := fmt.Sprintf("Delete the event “%s”, its evidence, its place in cases and its links?\nCtrl+Z brings it back.",
		ellipsize(ev.Title, 60))
	dialog.ShowConfirm("Delete event", msg, func(ok bool) {
		if ok {
			e.w.doNamed(app.DeleteEvent{EventID: ev.ID}, fmt.Sprintf("Deleted the event “%s”", ellipsize(ev.Title, 60)))
		}
	}, e.w.win)
}

// removeEvidence removes a citation: a command for a saved event, an
// edit of the draft otherwise.
func (e *eventEditor) removeEvidence(ev app.Evidence) {
	if e.loaded.ID == 0 {
		e.loaded.Evidence = slices.DeleteFunc(e.loaded.Evidence, func(x app.Evidence) bool {
			return x.ArticleID == ev.ArticleID && x.Span == ev.Span
		})
		e.evid.set(e.loaded.Evidence)
		return
	}
	e.w.doNamed(app.RemoveEvidence{EventID: e.loaded.ID, Evidence: app.Evidence{ArticleID: ev.ArticleID, Span: ev.Span}},
		fmt.Sprintf("Removed a citation from the event “%s”", ellipsize(e.loaded.Title, 60)))
}

// doNamed applies cmd through w.do and, when it succeeds, says what was
// done in the status bar with the undo hint.
func (w *mainWindow) doNamed(cmd app.Command, done string) (app.Result, bool) {
	res, ok := w.do(cmd)
	if ok {
		w.updateStatus(done + " — Ctrl+Z to undo")
	}
	return res, ok
}
