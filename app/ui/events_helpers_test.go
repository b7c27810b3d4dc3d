package ui

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"dossier/app"
)

// dockText is a second article written for these tests; the extractor
// "suggests" an arrest and a warning in it.
const dockText = "Police arrested two dock workers in Port Halden on 4 March 2024. " +
	"The harbour master warned of further raids on the Kestrel."

// importDock imports dockText with two suggested events and returns the
// article's id.
func (f *articleFixture) importDock(t *testing.T) int64 {
	t.Helper()
	ex := app.Extraction{
		Mentions: []app.ExtractedMention{{Span: spanOf(t, dockText, "Port Halden", 0), Type: app.TypeLoc,
			Text: "Port Halden", Entity: "Port Halden", Confidence: 0.9}},
		Events: []app.SuggestedEvent{
			{Type: app.EventArrest, Trigger: spanOf(t, dockText, "arrested", 0),
				Date: app.Date{Value: "2024-03-04", Precision: app.PrecisionDay}, Location: "Port Halden",
				Casualties: app.Casualties{Killed: -1, Injured: -1}},
			{Type: app.EventWarning, Trigger: spanOf(t, dockText, "warned", 0),
				Casualties: app.Casualties{Killed: -1, Injured: -1}},
		},
	}
	a := app.Article{Title: "Dock workers arrested", Source: "Harbour Gazette", Text: dockText, Format: "txt"}
	res, err := f.cf.Do(context.Background(), app.ImportArticles{Articles: []app.Article{a}, Extractions: []app.Extraction{ex}})
	if err != nil {
		t.Fatal(err)
	}
	f.w.changed() // the store changed behind the window's back
	return res.IDs[0]
}

// createEvent adds an accepted event citing the first sub of the harbour
// article, straight through the store.
func (f *articleFixture) createEvent(t *testing.T, title string, typ app.EventType, date, sub string) int64 {
	t.Helper()
	d, err := app.ParseDate(date)
	if err != nil {
		t.Fatal(err)
	}
	ev := app.Event{Title: title, Type: typ, Date: d, Casualties: app.Casualties{Killed: -1, Injured: -1},
		Evidence: []app.Evidence{{ArticleID: f.id, Span: spanOf(t, harbour, sub, 0)}}}
	res, err := f.cf.Do(context.Background(), app.CreateEvent{Event: ev})
	if err != nil {
		t.Fatal(err)
	}
	f.w.changed()
	return res.IDs[0]
}

// createCase opens a case straight through the store, holding events in that order.
func (f *articleFixture) createCase(t *testing.T, title string, events ...int64) int64 {
	t.Helper()
	res, err := f.cf.Do(context.Background(), app.CreateCase{Title: title})
	if err != nil {
		t.Fatal(err)
	}
	id := res.IDs[0]
	if len(events) > 0 {
		if _, err := f.cf.Do(context.Background(), app.AddToCase{CaseID: id, EventIDs: events}); err != nil {
			t.Fatal(err)
		}
	}
	f.w.changed()
	return id
}

// event reads an event from the store.
func (f *articleFixture) event(t *testing.T, id int64) app.Event {
	t.Helper()
	e, err := f.cf.Event(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	return e
}

// caseOf reads a case from the store.
func (f *articleFixture) caseOf(t *testing.T, id int64) app.Case {
	t.Helper()
	c, err := f.cf.Case(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// showEvents brings the Events screen forward.
func (f *articleFixture) showEvents() *eventsScreen {
	f.w.selectTab(f.w.events.ui)
	f.w.events.ui.refreshIfShown()
	return f.w.events
}

// showCase brings the Cases screen forward with case id on the board.
func (f *articleFixture) showCase(t *testing.T, id int64) *caseBoard {
	t.Helper()
	f.w.selectTab(f.w.cases.ui)
	f.w.cases.ui.refreshIfShown()
	f.w.cases.openCase(id)
	if f.w.cases.selID != id {
		t.Fatalf("case %d not on the board", id)
	}
	return f.w.cases.board
}

// tapButton taps the button labelled text inside root.
func tapButton(t *testing.T, root fyne.CanvasObject, text string) {
	t.Helper()
	var found *widget.Button
	walk(root, func(o fyne.CanvasObject) {
		if b, ok := o.(*widget.Button); ok && b.Text == text && found == nil {
			found = b
		}
	})
	if found == nil {
		t.Fatalf("no button %q", text)
	}
	if found.Disabled() {
		t.Fatalf("button %q is disabled", text)
	}
	test.Tap(found)
}

// labelsIn collects the text of every label inside root.
func labelsIn(root fyne.CanvasObject) string {
	var texts []string
	walk(root, func(o fyne.CanvasObject) {
		if l, ok := o.(*widget.Label); ok && l.Visible() {
			texts = append(texts, l.Text)
		}
	})
	return strings.Join(texts, "\n")
}
