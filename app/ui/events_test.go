package ui

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"dossier/app"
)

func TestKeyEMakesAnEventFromTheSelection(t *testing.T) {
	f := newArticleFixture(t)
	sentence := "Ribeiro said the Kestrel would leave Port Halden within a week."
	f.selectText(t, sentence, 0)
	f.press("e")
	d := f.w.events.lastDraft
	if d == nil {
		t.Fatal("E opened no event editor")
	}
	// The draft takes its place and participants from the mentions inside the selection.
	if d.editor.loc.id == 0 || d.editor.loc.name.Text != "Port Halden" {
		t.Errorf("draft place = %d %q, want Port Halden", d.editor.loc.id, d.editor.loc.name.Text)
	}
	if ps := d.editor.parts.parts; len(ps) != 1 || ps[0].Name != "Ribeiro" {
		t.Errorf("draft participants = %+v, want Ribeiro", ps)
	}
	d.editor.title.SetText("The Kestrel is to leave Port Halden")
	d.editor.kind.SetSelected("warning")
	d.editor.date.entry.SetText("2024-03")
	tapButton(t, f.w.win.Canvas().Overlays().Top(), "Save event")
	f.noDialog(t)

	evs, _, err := f.cf.Events(context.Background(), app.EventFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(evs) != 1 {
		t.Fatalf("%d events in the store, want 1", len(evs))
	}
	e := evs[0]
	want := spanOf(t, harbour, sentence, 0)
	if len(e.Evidence) != 1 || e.Evidence[0].ArticleID != f.id || e.Evidence[0].Span != want {
		t.Errorf("evidence = %+v, want article %d span %v", e.Evidence, f.id, want)
	}
	if e.Title != "The Kestrel is to leave Port Halden" || e.Type != app.EventWarning ||
		e.Date != (app.Date{Value: "2024-03", Precision: app.PrecisionMonth}) || e.Status != app.StatusAccepted {
		t.Errorf("event = %q %s %+v %s", e.Title, e.Type, e.Date, e.Status)
	}
	if !strings.Contains(f.w.status.Text, "Created the event") {
		t.Errorf("status %q", f.w.status.Text)
	}
}

func TestKeyEWithoutSelectionTakesTheSentence(t *testing.T) {
	f := newArticleFixture(t)
	sp := spanOf(t, harbour, "Tarsk", 0)
	f.v.text.SetSelection(sp.Start, sp.Start) // the caret in "Later, Ribeiro flew to Tarsk."
	f.press("E")
	d := f.w.events.lastDraft
	if d == nil {
		t.Fatal("E opened no event editor")
	}
	want := spanOf(t, harbour, "Later, Ribeiro flew to Tarsk.", 0)
	if ev := d.editor.loaded.Evidence; len(ev) != 1 || ev[0].Span != want {
		t.Errorf("draft evidence %+v, want the sentence %v", ev, want)
	}
	tapButton(t, f.w.win.Canvas().Overlays().Top(), "Cancel")
	if n := len(f.eventsInStore(t)); n != 0 {
		t.Errorf("Cancel stored %d events", n)
	}
}

func (f *articleFixture) eventsInStore(t *testing.T) []app.Event {
	t.Helper()
	evs, _, err := f.cf.Events(context.Background(), app.EventFilter{})
	if err != nil {
		t.Fatal(err)
	}
	return evs
}

func TestEditDateAtMonthPrecisionShowsAsMonth(t *testing.T) {
	f := newArticleFixture(t)
	id := f.createEvent(t, "Ribeiro meets the envoys", app.EventMeeting, "2024-03-05", "Colonel Ana Ribeiro met envoys")
	s := f.showEvents()
	s.list.Select(0)
	ed := s.editor
	if ed.eventID() != id {
		t.Fatalf("editor shows event %d, want %d", ed.eventID(), id)
	}
	if ed.date.shown.Text != "Reads: 5 March 2024" {
		t.Errorf("date reads %q", ed.date.shown.Text)
	}
	ed.date.prec.SetSelected("month")
	if ed.date.entry.Text != "2024-03" {
		t.Errorf("month precision rewrote the date to %q, want 2024-03", ed.date.entry.Text)
	}
	tapButton(t, ed.ui, "Save")
	f.noDialog(t)
	if got := f.event(t, id).Date; got != (app.Date{Value: "2024-03", Precision: app.PrecisionMonth}) {
		t.Errorf("stored date %+v", got)
	}
	if text := labelsIn(s.list); !strings.Contains(text, "March 2024") || strings.Contains(text, "2024-03") {
		t.Errorf("list rows read %q, want “March 2024”", text)
	}
	if ed.date.shown.Text != "Reads: March 2024" || ed.save.Disabled() == false {
		t.Errorf("after saving the editor reads %q, save enabled %v", ed.date.shown.Text, !ed.save.Disabled())
	}
}

func TestSuggestedEventsAreShownApartAndAccepted(t *testing.T) {
	f := newArticleFixture(t)
	f.importDock(t)
	s := f.showEvents()
	s.status.SetSelected(string(app.StatusSuggested))
	if s.pager.total != 2 {
		t.Fatalf("%d suggested events listed, want 2", s.pager.total)
	}
	var rows []*eventRow
	walk(s.list, func(o fyne.CanvasObject) {
		if r, ok := o.(*eventRow); ok && r.Visible() && r.title.Text != "" {
			rows = append(rows, r)
		}
	})
	if len(rows) < 2 {
		t.Fatalf("%d rows drawn", len(rows))
	}
	r := rows[0]
	if !r.title.TextStyle.Italic || r.icon.Resource != theme.QuestionIcon() || !r.accept.Visible() {
		t.Error("a suggested row is not shown apart (italic, question mark, Accept)")
	}
	first, _ := s.pager.at(0)
	test.Tap(r.accept)
	f.noDialog(t)
	if got := f.event(t, first.ID).Status; got != app.StatusAccepted {
		t.Errorf("status after Accept = %s", got)
	}
	if s.pager.total != 1 {
		t.Errorf("%d suggestions left in the filtered list, want 1", s.pager.total)
	}
	f.w.onUndo()
	if got := f.event(t, first.ID).Status; got != app.StatusSuggested {
		t.Errorf("status after undo = %s", got)
	}
}

func TestAcceptWithEditsIsOneCommand(t *testing.T) {
	f := newArticleFixture(t)
	f.importDock(t)
	s := f.showEvents()
	s.kind.SetSelected("arrest")
	s.list.Select(0)
	ed := s.editor
	ed.title.SetText("Two dock workers arrested")
	ed.killed.SetText("0")
	tapButton(t, ed.ui, "Accept")
	f.noDialog(t)
	e := f.event(t, ed.eventID())
	if e.Status != app.StatusAccepted || e.Title != "Two dock workers arrested" || e.Casualties.Killed != 0 {
		t.Errorf("event = %s %q killed %d", e.Status, e.Title, e.Casualties.Killed)
	}
	if e.Date.String() != "4 March 2024" {
		t.Errorf("date %q", e.Date.String())
	}
	f.w.onUndo()
	if e := f.event(t, e.ID); e.Status != app.StatusSuggested || e.Title == "Two dock workers arrested" {
		t.Errorf("one undo left %s %q", e.Status, e.Title)
	}
}

func TestEventFilters(t *testing.T) {
	f := newArticleFixture(t)
	f.importDock(t)
	a := f.createEvent(t, "Kestrel leaves", app.EventOther, "2024-03", "the Kestrel would leave")
	c := f.createCase(t, "Kestrel", a)
	s := f.showEvents()
	cases := []struct {
		name   string
		set    func()
		want   int
		search string
	}{
		{"all", func() {}, 3, ""},
		{"type", func() { s.kind.SetSelected("warning") }, 1, ""},
		{"status", func() { s.status.SetSelected(string(app.StatusAccepted)) }, 1, ""},
		{"case", func() { s.inCase.SetSelected(caseLabel(f.caseOf(t, c))) }, 1, ""},
		{"text", func() {}, 1, "LEAVES"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			s.kind.SetSelectedIndex(0)
			s.status.SetSelectedIndex(0)
			s.inCase.SetSelectedIndex(0)
			s.search.SetText(tc.search)
			s.debounce.flush()
			tc.set()
			if s.pager.total != tc.want {
				t.Errorf("%d events listed, want %d (count %q)", s.pager.total, tc.want, s.count.Text)
			}
		})
	}
}

func TestCiteSelectionAsEvidence(t *testing.T) {
	f := newArticleFixture(t)
	id := f.createEvent(t, "Ribeiro flies", app.EventOther, "", "Later, Ribeiro flew to Tarsk.")
	f.selectText(t, "Ribeiro met envoys", 0)
	f.w.citeFromArticle(f.v)
	d := f.w.events.lastCite
	if d == nil {
		t.Fatal("no cite dialog")
	}
	if !d.cite.Disabled() {
		t.Error("Cite enabled before an event is chosen")
	}
	d.picker.list.Select(0)
	test.Tap(d.cite)
	f.noDialog(t)
	ev := f.event(t, id).Evidence
	if len(ev) != 2 || ev[1].Span != spanOf(t, harbour, "Ribeiro met envoys", 0) {
		t.Errorf("evidence %+v", ev)
	}
}

func TestRemovingEvidenceIsUndoable(t *testing.T) {
	f := newArticleFixture(t)
	id := f.createEvent(t, "Ribeiro flies", app.EventOther, "", "Later, Ribeiro flew to Tarsk.")
	if _, err := f.cf.Do(context.Background(), app.AddEvidence{EventID: id,
		Evidence: app.Evidence{ArticleID: f.id, Span: spanOf(t, harbour, "Tarsk", 0)}}); err != nil {
		t.Fatal(err)
	}
	f.w.changed()
	s := f.showEvents()
	s.showEvent(id)
	s.editor.removeEvidence(f.event(t, id).Evidence[0])
	if n := len(f.event(t, id).Evidence); n != 1 {
		t.Errorf("%d citations after removing one of 2", n)
	}
	f.w.onUndo()
	if n := len(f.event(t, id).Evidence); n != 2 {
		t.Errorf("%d citations after undo", n)
	}
}

func TestNewEventOnTheScreenThenDeleteAndUndo(t *testing.T) {
	f := newArticleFixture(t)
	s := f.showEvents()
	tapButton(t, s.ui, "New event")
	ed := s.editor
	if ed.eventID() != 0 || ed.save.Disabled() {
		t.Fatal("New event did not open an empty draft ready to save")
	}
	ed.title.SetText("Harbour closed")
	ed.kind.SetSelected("other")
	ed.date.entry.SetText("2024")
	tapButton(t, ed.ui, "Save")
	f.noDialog(t)
	id := ed.eventID()
	if id == 0 || s.selID != id || f.event(t, id).Date.String() != "2024" {
		t.Fatalf("the saved event is not shown (editor %d, selected %d)", id, s.selID)
	}
	tapButton(t, ed.ui, "Delete event")
	tapButton(t, f.w.win.Canvas().Overlays().Top(), "Yes")
	f.noDialog(t)
	if n := len(f.eventsInStore(t)); n != 0 || ed.eventID() != 0 {
		t.Fatalf("%d events left after Delete, editor on %d", n, ed.eventID())
	}
	f.w.onUndo()
	if n := len(f.eventsInStore(t)); n != 1 || s.pager.total != 1 {
		t.Errorf("undo brought back %d events (%d listed)", n, s.pager.total)
	}
}

// TestAddingASuggestionToACaseAcceptsIt: a case holds accepted events, so
// adding a suggestion accepts it in the same command, and says so.
func TestAddingASuggestionToACaseAcceptsIt(t *testing.T) {
	f := newArticleFixture(t)
	f.importDock(t)
	s := f.showEvents()
	s.status.SetSelected(string(app.StatusSuggested))
	sug, ok := s.pager.at(0)
	if !ok {
		t.Fatal("no suggested event")
	}
	c := f.createCase(t, "Dock")
	if !f.w.addToCase(c, []int64{sug.ID}) {
		t.Fatal("addToCase failed")
	}
	f.noDialog(t)
	if got := f.event(t, sug.ID).Status; got != app.StatusAccepted {
		t.Errorf("status %s after joining a case, want accepted", got)
	}
	if !strings.Contains(f.w.status.Text, "accepting 1 suggestion") {
		t.Errorf("status bar %q does not say the suggestion was accepted", f.w.status.Text)
	}
	f.w.onUndo()
	if got := f.event(t, sug.ID).Status; got != app.StatusSuggested {
		t.Errorf("status %s after one undo, want suggested", got)
	}
}
