package sqlite_test

import (
	"strings"
	"testing"

	"dossier/app"
)

func TestCreateEvent(t *testing.T) {
	f := newFixture(t)
	t.Run("OK", func(t *testing.T) {
		id := f.create(t, f.meeting(t))
		e, err := f.s.Event(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		if e.Title != "Durand meets port officials" || e.Status != app.StatusAccepted || e.LocationID != f.city ||
			e.Date != (app.Date{Value: "2024-03", Precision: app.PrecisionMonth}) || e.Casualties.Killed != -1 ||
			e.Casualties.Injured != 0 || e.Credibility != 2 || e.Note != "routine" {
			t.Errorf("event %+v", e)
		}
		want := []app.Participant{{EntityID: f.durand, Name: "Émile Durand", Role: app.RoleAgent},
			{EntityID: f.agency, Name: "Coastal Guard Agency", Role: app.RoleOther}}
		if len(e.Participants) != 2 || e.Participants[0] != want[0] || e.Participants[1] != want[1] {
			t.Errorf("participants %+v", e.Participants)
		}
		ev := e.Evidence
		if len(ev) != 1 || ev[0].Quote != "Émile Durand of the Coastal Guard Agency met port officials" ||
			ev[0].Quote != ev[0].Span.Slice(zurichText) {
			t.Errorf("evidence %+v", ev)
		}
	})
	t.Run("OKSuggestedStatus", func(t *testing.T) {
		e := f.meeting(t)
		e.Status, e.Evidence, e.Participants, e.LocationID = app.StatusSuggested, nil, nil, 0
		got, _ := f.s.Event(ctx, f.create(t, e))
		if got.Status != app.StatusSuggested || got.Participants == nil || got.Evidence == nil {
			t.Errorf("event %+v", got)
		}
	})
	mod := func(change func(*app.Event)) app.Event {
		e := f.meeting(t)
		change(&e)
		return e
	}
	tests := []struct {
		name string
		e    app.Event
		code string
	}{
		{"ErrNoTitle", mod(func(e *app.Event) { e.Title = " " }), app.EINVALID},
		{"ErrType", mod(func(e *app.Event) { e.Type = "PICNIC" }), app.EINVALID},
		{"ErrDate", mod(func(e *app.Event) { e.Date = app.Date{Value: "last spring"} }), app.EINVALID},
		{"ErrStatus", mod(func(e *app.Event) { e.Status = "maybe" }), app.EINVALID},
		{"ErrRole", mod(func(e *app.Event) { e.Participants[0].Role = "bystander" }), app.EINVALID},
		{"ErrMissingLocation", mod(func(e *app.Event) { e.LocationID = 999 }), app.ENOTFOUND},
		{"ErrLocationNotLOC", mod(func(e *app.Event) { e.LocationID = f.agency }), app.ECONFLICT},
		{"ErrMissingParticipant", mod(func(e *app.Event) { e.Participants[1].EntityID = 999 }), app.ENOTFOUND},
		{"ErrMissingArticle", mod(func(e *app.Event) { e.Evidence[0].ArticleID = 99 }), app.ENOTFOUND},
		{"ErrEvidenceOutside", mod(func(e *app.Event) { e.Evidence[0].End = 100000 }), app.EINVALID},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := dump(t, f.s.Path(), allTables...)
			_, err := f.s.Do(ctx, app.CreateEvent{Event: tt.e})
			wantCode(t, err, tt.code)
			if dump(t, f.s.Path(), allTables...) != before {
				t.Error("a failed command changed the file")
			}
		})
	}
}

func TestUpdateEvent(t *testing.T) {
	f := newFixture(t)
	id := f.create(t, f.meeting(t))
	before, _ := f.s.Event(ctx, id)
	agencyRow := participantRow(t, f.s.Path(), id, f.agency)
	t.Run("OK", func(t *testing.T) {
		e := before
		e.Title, e.Type, e.Date = "Durand warns the port", app.EventWarning, app.Date{Value: "2024-W10"}
		e.Status = "" // keeps accepted
		e.Participants = []app.Participant{{EntityID: f.agency, Role: app.RoleOther}, {EntityID: f.iskp, Role: app.RoleTarget}}
		e.Evidence = nil // evidence is not touched by UpdateEvent
		mustDo(t, f.s, app.UpdateEvent{Event: e})
		got, _ := f.s.Event(ctx, id)
		if got.Title != e.Title || got.Type != app.EventWarning || got.Date.Precision != app.PrecisionWeek ||
			got.Status != app.StatusAccepted || len(got.Evidence) != 1 {
			t.Errorf("updated %+v", got)
		}
		if len(got.Participants) != 2 || got.Participants[0].EntityID != f.agency || got.Participants[1].EntityID != f.iskp {
			t.Errorf("participants %+v", got.Participants)
		}
		// The kept participant row is the same row: only the change is logged.
		if got := participantRow(t, f.s.Path(), id, f.agency); got != agencyRow {
			t.Errorf("the agency's participant row %d was replaced by %d", agencyRow, got)
		}
	})
	t.Run("OKSuggestedTouched", func(t *testing.T) {
		e, _ := f.s.Event(ctx, f.suggested)
		e.Title = "Convoy ambush near Kandahar"
		mustDo(t, f.s, app.UpdateEvent{Event: e})
		// An edited suggestion is the analyst's: re-extraction keeps it.
		mustDo(t, f.s, app.StoreExtraction{ArticleID: f.convoy})
		if got, err := f.s.Event(ctx, f.suggested); err != nil || got.Title != e.Title || got.Status != app.StatusSuggested {
			t.Errorf("after re-extraction %+v, %v", got, err)
		}
	})
	t.Run("ErrMissing", func(t *testing.T) {
		e := before
		e.ID = 999
		_, err := f.s.Do(ctx, app.UpdateEvent{Event: e})
		wantCode(t, err, app.ENOTFOUND)
	})
	t.Run("ErrNoID", func(t *testing.T) {
		e := before
		e.ID = 0
		_, err := f.s.Do(ctx, app.UpdateEvent{Event: e})
		wantCode(t, err, app.EINVALID)
	})
	t.Run("ErrLocation", func(t *testing.T) {
		e := before
		e.LocationID = f.durand
		_, err := f.s.Do(ctx, app.UpdateEvent{Event: e})
		wantCode(t, err, app.ECONFLICT)
	})
}

func TestSetEventStatus(t *testing.T) {
	f := newFixture(t)
	manual := f.create(t, f.meeting(t))
	t.Run("OK", func(t *testing.T) {
		mustDo(t, f.s, app.SetEventStatus{EventIDs: []int64{f.suggested, manual}, Status: app.StatusRejected})
		evs, total, _ := f.s.Events(ctx, app.EventFilter{Status: app.StatusRejected})
		if total != 2 || len(evs) != 2 {
			t.Errorf("rejected %d %+v", total, evs)
		}
		log, _ := f.s.Log(ctx, 1, 0)
		if log[0].Summary != "Rejected 2 events" || log[0].Target != "2 events" {
			t.Errorf("log %+v", log[0])
		}
	})
	t.Run("ErrMissing", func(t *testing.T) {
		_, err := f.s.Do(ctx, app.SetEventStatus{EventIDs: []int64{f.suggested, 999}, Status: app.StatusAccepted})
		wantCode(t, err, app.ENOTFOUND)
		if e, _ := f.s.Event(ctx, f.suggested); e.Status != app.StatusRejected {
			t.Error("a failed command changed an event")
		}
	})
	t.Run("ErrStatus", func(t *testing.T) {
		_, err := f.s.Do(ctx, app.SetEventStatus{EventIDs: []int64{manual}, Status: "done"})
		wantCode(t, err, app.EINVALID)
	})
}

func TestEvidence(t *testing.T) {
	f := newFixture(t)
	id := f.create(t, f.meeting(t))
	extra := cite(t, f.zurich, zurichText, "Ærø")
	t.Run("OKAdd", func(t *testing.T) {
		mustDo(t, f.s, app.AddEvidence{EventID: id, Evidence: extra})
		e, _ := f.s.Event(ctx, id)
		if len(e.Evidence) != 2 || e.Evidence[1].Quote != "Ærø" {
			t.Errorf("evidence %+v", e.Evidence)
		}
	})
	t.Run("ErrAddTwice", func(t *testing.T) {
		_, err := f.s.Do(ctx, app.AddEvidence{EventID: id, Evidence: extra})
		wantCode(t, err, app.ECONFLICT)
	})
	t.Run("ErrAddOutside", func(t *testing.T) {
		_, err := f.s.Do(ctx, app.AddEvidence{EventID: id, Evidence: app.Evidence{ArticleID: f.zurich, Span: app.Span{Start: 3, End: 9999}}})
		wantCode(t, err, app.EINVALID)
	})
	t.Run("ErrAddMissingEvent", func(t *testing.T) {
		_, err := f.s.Do(ctx, app.AddEvidence{EventID: 999, Evidence: extra})
		wantCode(t, err, app.ENOTFOUND)
	})
	t.Run("ErrAddMissingArticle", func(t *testing.T) {
		_, err := f.s.Do(ctx, app.AddEvidence{EventID: id, Evidence: app.Evidence{ArticleID: 99, Span: extra.Span}})
		wantCode(t, err, app.ENOTFOUND)
	})
	t.Run("OKRemove", func(t *testing.T) {
		mustDo(t, f.s, app.RemoveEvidence{EventID: id, Evidence: extra})
		if e, _ := f.s.Event(ctx, id); len(e.Evidence) != 1 {
			t.Errorf("evidence %+v", e.Evidence)
		}
	})
	t.Run("ErrRemoveNotCited", func(t *testing.T) {
		_, err := f.s.Do(ctx, app.RemoveEvidence{EventID: id, Evidence: extra})
		wantCode(t, err, app.ENOTFOUND)
	})
	t.Run("ErrEmptySpan", func(t *testing.T) {
		_, err := f.s.Do(ctx, app.RemoveEvidence{EventID: id, Evidence: app.Evidence{ArticleID: f.zurich}})
		wantCode(t, err, app.EINVALID)
	})
}

func TestDeleteEvent(t *testing.T) {
	f := newFixture(t)
	id := f.create(t, f.meeting(t))
	other := f.create(t, f.meeting(t))
	cs := mustDo(t, f.s, app.CreateCase{Title: "Port"}).IDs[0]
	mustDo(t, f.s, app.AddToCase{CaseID: cs, EventIDs: []int64{other, id, f.suggested}})
	mustDo(t, f.s, app.CreateLink{Link: app.Link{Kind: app.LinkPrecedes, FromKind: app.TargetEvent, FromID: other,
		ToKind: app.TargetEvent, ToID: id, Evidence: []app.Evidence{cite(t, f.zurich, zurichText, "Ärger")}}})
	mustDo(t, f.s, app.CreateLink{Link: app.Link{Kind: app.LinkRelated, FromKind: app.TargetEvent, FromID: id,
		ToKind: app.TargetEvent, ToID: f.suggested, CaseID: cs}})
	keep := mustDo(t, f.s, app.CreateLink{Link: app.Link{Kind: app.LinkCauses, FromKind: app.TargetEvent, FromID: other,
		ToKind: app.TargetEvent, ToID: f.suggested}}).IDs[0]
	before := dump(t, f.s.Path(), allTables...)

	t.Run("ErrSuggested", func(t *testing.T) {
		_, err := f.s.Do(ctx, app.DeleteEvent{EventID: f.suggested})
		wantCode(t, err, app.ECONFLICT)
		if !strings.Contains(app.ErrorMessage(err), "reject it instead") {
			t.Errorf("message %q", app.ErrorMessage(err))
		}
	})
	t.Run("OK", func(t *testing.T) {
		mustDo(t, f.s, app.DeleteEvent{EventID: id})
		_, err := f.s.Event(ctx, id)
		wantCode(t, err, app.ENOTFOUND)
		c, _ := f.s.Case(ctx, cs)
		links, _ := f.s.Links(ctx, 0)
		if len(c.EventIDs) != 2 || c.EventIDs[0] != other || c.EventIDs[1] != f.suggested || len(links) != 1 || links[0].ID != keep {
			t.Errorf("case %+v links %+v", c, links)
		}
		log, _ := f.s.Log(ctx, 1, 0)
		if !strings.HasSuffix(log[0].Summary, "and 2 links") {
			t.Errorf("summary %q", log[0].Summary)
		}
	})
	t.Run("OKUndoRestoresAll", func(t *testing.T) {
		if _, err := f.s.Undo(ctx); err != nil {
			t.Fatal(err)
		}
		if got := dump(t, f.s.Path(), allTables...); got != before {
			t.Errorf("after undo:\n%s", diff(before, got))
		}
	})
	t.Run("ErrMissing", func(t *testing.T) {
		_, err := f.s.Do(ctx, app.DeleteEvent{EventID: 999})
		wantCode(t, err, app.ENOTFOUND)
	})
}

// participantRow returns the id of the event's participant row for an entity.
func participantRow(t *testing.T, path string, event, entity int64) (id int64) {
	db := openRO(t, path)
	defer db.Close()
	if err := db.QueryRow("SELECT id FROM participants WHERE event_id = ? AND entity_id = ?", event, entity).Scan(&id); err != nil {
		t.Fatal(err)
	}
	return id
}
