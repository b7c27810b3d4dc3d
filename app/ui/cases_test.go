package ui

import (
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"dossier/app"
)

func TestCreateRenameAndCloseACase(t *testing.T) {
	f := newArticleFixture(t)
	id := f.w.createCase("Harbour ring", nil)
	if id == 0 {
		t.Fatal("no case created")
	}
	b := f.w.cases.board
	if f.w.cases.selID != id || !b.has {
		t.Fatal("the new case is not on the board")
	}
	b.title.SetText("Harbour smuggling ring")
	test.Tap(b.rename)
	b.status.SetSelected(string(app.CaseClosed))
	f.noDialog(t)
	c := f.caseOf(t, id)
	if c.Title != "Harbour smuggling ring" || c.Status != app.CaseClosed {
		t.Errorf("case = %q %s", c.Title, c.Status)
	}
	if !strings.Contains(labelsIn(f.w.cases.list), "closed · 0 events") {
		t.Errorf("case list reads %q", labelsIn(f.w.cases.list))
	}
	f.w.onUndo()
	if c := f.caseOf(t, id); c.Status != app.CaseOpen || b.status.Selected != string(app.CaseOpen) {
		t.Errorf("after undo the case is %s, the menu %s", c.Status, b.status.Selected)
	}
}

func TestAddEventToCaseFromTheEventsList(t *testing.T) {
	f := newArticleFixture(t)
	late := f.createEvent(t, "Ribeiro flies to Tarsk", app.EventOther, "2024-03-20", "Later, Ribeiro flew to Tarsk.")
	early := f.createEvent(t, "Ribeiro meets the envoys", app.EventMeeting, "2024-03-05", "Ribeiro met envoys")
	c := f.createCase(t, "Harbour ring")
	s := f.showEvents()
	for _, id := range []int64{late, early} {
		s.showEvent(id)
		menu := f.w.chooseCase([]int64{id}, s.editor.toCase)
		if menu == nil {
			t.Fatal("no case menu")
		}
		pick := menu.Items[0]
		if pick.Label != "Harbour ring" {
			t.Fatalf("first case item %q", pick.Label)
		}
		f.w.win.Canvas().Overlays().Top().Hide() // the pop-up menu, as a tap on an item would
		pick.Action()
		f.noDialog(t)
	}
	// Added late first, then early: the case keeps date order by default.
	if got := f.caseOf(t, c).EventIDs; !slices.Equal(got, []int64{early, late}) {
		t.Errorf("case events %v, want %v (date order)", got, []int64{early, late})
	}
	if !strings.Contains(s.editor.cases.Text, "Harbour ring") {
		t.Errorf("editor says %q", s.editor.cases.Text)
	}
	f.w.onUndo() // the addition, in date order, is one command
	if got := f.caseOf(t, c).EventIDs; !slices.Equal(got, []int64{late}) {
		t.Errorf("after one undo the case holds %v", got)
	}
}

func TestAddEventsDialogOnTheBoard(t *testing.T) {
	f := newArticleFixture(t)
	a := f.createEvent(t, "Ribeiro meets the envoys", app.EventMeeting, "2024-03-05", "Ribeiro met envoys")
	b := f.createEvent(t, "Ribeiro flies to Tarsk", app.EventOther, "2024-03-20", "Later, Ribeiro flew to Tarsk.")
	c := f.createCase(t, "Harbour ring", a)
	board := f.showCase(t, c)
	test.Tap(board.ev.add)
	d := board.ev.lastAdd
	if d == nil || len(d.picker.rows) != 1 || d.picker.rows[0].ID != b {
		t.Fatalf("the add dialog offers %v, want only event %d", d.picker.rows, b)
	}
	d.picker.list.Select(0)
	test.Tap(d.ok)
	f.noDialog(t)
	if got := f.caseOf(t, c).EventIDs; !slices.Equal(got, []int64{a, b}) {
		t.Errorf("case events %v", got)
	}
	if len(board.b.Events) != 2 || len(board.srcs.b.b.Articles) != 1 {
		t.Errorf("board shows %d events and %d sources", len(board.b.Events), len(board.b.Articles))
	}
}

func TestMoveDownReordersAndUndoRestores(t *testing.T) {
	f := newArticleFixture(t)
	a := f.createEvent(t, "Ribeiro meets the envoys", app.EventMeeting, "2024-03-05", "Ribeiro met envoys")
	b := f.createEvent(t, "Ribeiro flies to Tarsk", app.EventOther, "2024-03-20", "Later, Ribeiro flew to Tarsk.")
	c := f.createCase(t, "Harbour ring", a, b)
	board := f.showCase(t, c)
	if !board.ev.sortDate.Disabled() {
		t.Error("Sort by date enabled on a case already in date order")
	}
	board.ev.list.Select(0)
	if !board.ev.up.Disabled() || board.ev.down.Disabled() {
		t.Error("on the first event Up should be off and Down on")
	}
	test.Tap(board.ev.down)
	f.noDialog(t)
	if got := f.caseOf(t, c).EventIDs; !slices.Equal(got, []int64{b, a}) {
		t.Fatalf("after Down the case holds %v, want %v", got, []int64{b, a})
	}
	if board.ev.sel != a || board.ev.index() != 1 {
		t.Errorf("the moved event is not still selected (sel %d at %d)", board.ev.sel, board.ev.index())
	}
	if board.ev.sortDate.Disabled() {
		t.Error("Sort by date disabled on a case out of date order")
	}
	f.w.onUndo()
	if got := f.caseOf(t, c).EventIDs; !slices.Equal(got, []int64{a, b}) {
		t.Errorf("after undo the case holds %v", got)
	}
	if got := eventIDs(board.b.Events); !slices.Equal(got, []int64{a, b}) {
		t.Errorf("after undo the board shows %v", got)
	}
}

func TestRemoveFromCaseKeepsTheEvent(t *testing.T) {
	f := newArticleFixture(t)
	a := f.createEvent(t, "Ribeiro meets the envoys", app.EventMeeting, "2024-03-05", "Ribeiro met envoys")
	c := f.createCase(t, "Harbour ring", a)
	board := f.showCase(t, c)
	board.ev.list.Select(0)
	test.Tap(board.ev.remove)
	if got := f.caseOf(t, c).EventIDs; len(got) != 0 {
		t.Errorf("case still holds %v", got)
	}
	if f.event(t, a).ID != a {
		t.Error("the event went with it")
	}
}

func TestLinkTwoEventsOnTheBoard(t *testing.T) {
	f := newArticleFixture(t)
	a := f.createEvent(t, "Ribeiro meets the envoys", app.EventMeeting, "2024-03-05", "Ribeiro met envoys")
	b := f.createEvent(t, "Ribeiro flies to Tarsk", app.EventOther, "2024-03-20", "Later, Ribeiro flew to Tarsk.")
	c := f.createCase(t, "Harbour ring", a, b)
	board := f.showCase(t, c)
	board.ev.list.Select(0)
	test.Tap(board.ev.link)
	d := f.w.cases.lastLink
	if d == nil || len(d.cands) != 1 || d.cands[0].id != b {
		t.Fatal("the link dialog does not offer the other event")
	}
	d.kind.SetSelected(string(app.LinkCauses))
	d.list.Select(0)
	if !d.ok.Disabled() {
		t.Error("Link enabled before any evidence is ticked")
	}
	d.evidence.SetSelected([]string{d.evidence.Options[1]})
	d.note.SetText("the meeting set up the flight")
	test.Tap(d.ok)
	f.noDialog(t)
	links := board.b.Links
	if len(links) != 1 {
		t.Fatalf("%d links on the board", len(links))
	}
	l := links[0]
	if l.Kind != app.LinkCauses || l.FromID != a || l.ToID != b || l.CaseID != c || l.Note != "the meeting set up the flight" {
		t.Errorf("link = %+v", l)
	}
	if len(l.Evidence) != 1 || l.Evidence[0].Span != spanOf(t, harbour, "Later, Ribeiro flew to Tarsk.", 0) {
		t.Errorf("link evidence %+v", l.Evidence)
	}
	if text := labelsIn(board.links.list); !strings.Contains(text, "Ribeiro meets the envoys — causes → Ribeiro flies to Tarsk") {
		t.Errorf("links panel reads %q", text)
	}
}

func TestSummaryPreviewAndSave(t *testing.T) {
	f := newArticleFixture(t)
	c := f.createCase(t, "Harbour ring")
	board := f.showCase(t, c)
	board.tabs.SelectIndex(1)
	sum := board.sum
	sum.text.SetText("# The ring\n\nRibeiro **met** the envoys.")
	sum.debounce.flush()
	if got := sum.preview.String(); !strings.Contains(got, "The ring") || !strings.Contains(got, "met") || strings.Contains(got, "**") {
		t.Errorf("preview %q", got)
	}
	test.Tap(sum.save)
	f.noDialog(t)
	if got := f.caseOf(t, c).Summary; got != "# The ring\n\nRibeiro **met** the envoys." {
		t.Errorf("stored summary %q", got)
	}
	if !sum.save.Disabled() {
		t.Error("Save still enabled after saving")
	}
}

func TestBoardSourcesOpenTheArticle(t *testing.T) {
	f := newArticleFixture(t)
	a := f.createEvent(t, "Ribeiro meets the envoys", app.EventMeeting, "2024-03-05", "Ribeiro met envoys")
	c := f.createCase(t, "Harbour ring", a)
	board := f.showCase(t, c)
	var got app.Span
	f.w.shownArticle = func(id int64, sp app.Span) { got = sp }
	board.srcs.list.Select(0)
	if want := spanOf(t, harbour, "Ribeiro met envoys", 0); got != want {
		t.Errorf("opened the article at %v, want %v", got, want)
	}
}

// TestScreensDoNotStretchTheWindow guards against content whose minimum
// size would force the window taller than a laptop screen (a wrapping label
// in a centring container once asked for 1,800 pixels).
func TestScreensDoNotStretchTheWindow(t *testing.T) {
	f := newArticleFixture(t)
	a := f.createEvent(t, "Ribeiro meets the envoys", app.EventMeeting, "2024-03-05", "Ribeiro met envoys")
	c := f.createCase(t, "Harbour ring", a)
	check := func(state string) {
		t.Helper()
		for _, it := range f.w.tabs.Items {
			if m := it.Content.MinSize(); m.Height > 500 || m.Width > 1000 {
				t.Errorf("%s: the %s tab asks for %v", state, it.Text, m)
			}
		}
	}
	check("empty screens")
	f.showEvents().showEvent(a)
	f.showCase(t, c)
	check("an event and a case shown")
}
