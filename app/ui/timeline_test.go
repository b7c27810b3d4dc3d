package ui

import (
	"context"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"dossier/app"
)

// caseFixture is the harbour article with three entities, three events (a
// day, a month, and one outside the case), a case and a link.
type caseFixture struct {
	*articleFixture
	ana, coop, port int64 // entities
	meet, warn, arr int64 // events: day (in case), month (in case), day (not in case)
	caseID          int64
}

func newCaseFixture(t *testing.T) *caseFixture {
	t.Helper()
	f := &caseFixture{articleFixture: newArticleFixture(t)}
	f.ana = f.entity(t, app.TypePerson, "Mara Voss")
	f.coop = f.entity(t, app.TypeOrg, "Halden Shipping Board")
	f.port = f.entity(t, app.TypeLoc, "Tarsk")
	f.meet = f.event(t, app.Event{Title: "Ribeiro meets the cooperative", Type: app.EventMeeting,
		Date: app.Date{Value: "2024-03-05", Precision: app.PrecisionDay}, LocationID: f.port,
		Participants: []app.Participant{{EntityID: f.ana, Role: app.RoleAgent}, {EntityID: f.coop, Role: app.RoleTarget}},
		Evidence:     []app.Evidence{{ArticleID: f.id, Span: spanOf(t, harbour, "Ana Ribeiro", 0)}}})
	f.warn = f.event(t, app.Event{Title: "Ribeiro warns of a departure", Type: app.EventWarning,
		Date:         app.Date{Value: "2024-03", Precision: app.PrecisionMonth},
		Participants: []app.Participant{{EntityID: f.ana, Role: app.RoleReporter}}})
	f.arr = f.event(t, app.Event{Title: "Cooperative clerk arrested", Type: app.EventArrest,
		Date:         app.Date{Value: "2024-04-01", Precision: app.PrecisionDay},
		Participants: []app.Participant{{EntityID: f.coop, Role: app.RoleTarget}}})
	f.caseID = f.createCase(t, "Harbour deal", f.meet, f.warn)
	f.do(t, app.CreateLink{Link: app.Link{CaseID: f.caseID, Kind: app.LinkMemberOf, FromKind: app.TargetEntity,
		FromID: f.ana, ToKind: app.TargetEntity, ToID: f.coop}})
	return f
}

func (f *caseFixture) do(t *testing.T, cmd app.Command) int64 {
	t.Helper()
	res, err := f.cf.Do(context.Background(), cmd)
	if err != nil {
		t.Fatal(err)
	}
	f.w.changed()
	if len(res.IDs) == 0 {
		return 0
	}
	return res.IDs[0]
}

func (f *caseFixture) entity(t *testing.T, typ app.EntityType, name string) int64 {
	t.Helper()
	return f.do(t, app.CreateEntity{Type: typ, Name: name})
}

func (f *caseFixture) event(t *testing.T, e app.Event) int64 {
	t.Helper()
	e.Casualties = app.Casualties{Killed: -1, Injured: -1}
	return f.do(t, app.CreateEvent{Event: e})
}

func day(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

func TestTimelineDrawsPrecisionHonestly(t *testing.T) {
	f := newCaseFixture(t)
	s := showTimeline(f)
	if got := len(s.items); got != 3 {
		t.Fatalf("all accepted events: %d items, want 3", got)
	}
	s.cases.choose(f.caseID)
	if len(s.items) != 2 {
		t.Fatalf("case: %d items, want 2: %+v", len(s.items), s.items)
	}
	want := map[int64][2]time.Time{
		f.meet: {day("2024-03-05"), day("2024-03-05")}, // a day is a point
		f.warn: {day("2024-03-01"), day("2024-04-01")}, // a month is a bar over the month
	}
	for _, it := range s.items {
		w, ok := want[it.ID]
		if !ok {
			t.Errorf("unexpected item %+v", it)
			continue
		}
		if !it.Start.Equal(w[0]) || !it.End.Equal(w[1]) {
			t.Errorf("item %q: [%v, %v), want [%v, %v)", it.Label, it.Start, it.End, w[0], w[1])
		}
		if it.Color != eventColor(map[int64]app.EventType{f.meet: app.EventMeeting, f.warn: app.EventWarning}[it.ID]) {
			t.Errorf("item %q has colour %s", it.Label, it.Color)
		}
	}
}

func TestTimelineLanesByParticipant(t *testing.T) {
	f := newCaseFixture(t)
	s := showTimeline(f)
	s.cases.choose(f.caseID)
	s.lanes.SetSelected(laneByParticipant)
	lanes := map[int64][]string{}
	for _, it := range s.items {
		lanes[it.ID] = append(lanes[it.ID], it.Lane)
	}
	if got := lanes[f.meet]; len(got) != 2 || got[0] != "Mara Voss" || got[1] != "Halden Shipping Board" {
		t.Errorf("meeting lanes %v, want one per participant", got)
	}
	if got := lanes[f.warn]; len(got) != 1 || got[0] != "Mara Voss" {
		t.Errorf("warning lanes %v", got)
	}
	s.lanes.SetSelected(laneByType)
	if len(s.items) != 2 || s.items[0].Lane != "meeting" {
		t.Errorf("by type: %+v", s.items)
	}
}

func TestTimelineTapShowsTheEventAndItsSources(t *testing.T) {
	f := newCaseFixture(t)
	s := showTimeline(f)
	s.tl.OnTapped(f.meet)
	if s.detail.eventID != f.meet || s.detail.title.Text != "Ribeiro meets the cooperative" {
		t.Fatalf("detail shows %d %q", s.detail.eventID, s.detail.title.Text)
	}
	for _, want := range []string{"5 March 2024", "Tarsk", "meeting"} {
		if !contains(s.detail.facts.Text, want) {
			t.Errorf("facts %q lack %q", s.detail.facts.Text, want)
		}
	}
	if !contains(s.detail.people.Text, "Mara Voss (agent)") {
		t.Errorf("participants %q", s.detail.people.Text)
	}
	var shown app.Span
	f.w.shownArticle = func(id int64, sp app.Span) { shown = sp }
	btn := evidenceButtons(s.detail)
	if len(btn) != 1 {
		t.Fatalf("%d evidence buttons, want 1", len(btn))
	}
	btn[0].OnTapped()
	if shown != spanOf(t, harbour, "Ana Ribeiro", 0) {
		t.Errorf("evidence opened span %v", shown)
	}
	s.tl.OnTapped(f.warn)
	if !contains(s.detail.facts.Text, "March 2024") || len(evidenceButtons(s.detail)) != 0 {
		t.Errorf("warning facts %q", s.detail.facts.Text)
	}
}

// TestTimelineAddsTheTappedEventToACase: the detail's "Add to case…" offers
// the open cases in a pop-up menu.
func TestTimelineAddsTheTappedEventToACase(t *testing.T) {
	f := newCaseFixture(t)
	s := showTimeline(f)
	s.tl.OnTapped(f.warn)
	var add *widget.Button
	for _, o := range s.detail.sources.Objects {
		if box, ok := o.(*fyne.Container); ok {
			for _, c := range box.Objects {
				if b, ok := c.(*widget.Button); ok && b.Text == "Add to case…" {
					add = b
				}
			}
		}
	}
	if add == nil {
		t.Fatal("no Add to case… button in the event detail")
	}
	if f.w.win.Canvas().Overlays().Top() != nil {
		t.Fatal("an overlay is already shown")
	}
	test.Tap(add)
	if f.w.win.Canvas().Overlays().Top() == nil {
		t.Fatal("Add to case… did not pop up the cases")
	}
}
