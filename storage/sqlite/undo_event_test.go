package sqlite_test

import (
	"testing"

	"dossier/app"
	"dossier/storage/sqlite"
)

// eventScript runs the event, case and link commands (and the mention
// commands that act on several rows) in an order where each finds what it
// needs, starting from an empty case file.
func eventScript(t *testing.T, s *sqlite.Store) []func() app.Command {
	const convoy, zurich = 1, 2
	event := func(title string) int64 {
		evs, _, err := s.Events(ctx, app.EventFilter{Query: title})
		if err != nil || len(evs) != 1 {
			t.Fatalf("event %q: %+v, %v", title, evs, err)
		}
		return evs[0].ID
	}
	id := func(name string) int64 { return entityNamed(t, s, name).ID }
	meeting := func(title string) app.Event {
		return app.Event{Type: app.EventMeeting, Title: title, Date: app.Date{Value: "2024-03-03"}, LocationID: id("Genève"),
			Participants: []app.Participant{{EntityID: id("Émile Durand"), Role: app.RoleAgent}},
			Evidence:     []app.Evidence{cite(t, zurich, zurichText, "met port officials")}}
	}
	extra := cite(t, zurich, zurichText, "Ærø")
	return []func() app.Command{
		func() app.Command {
			return app.ImportArticles{Articles: []app.Article{article("Convoy attacked", convoyText), article("Zürich", zurichText)},
				Extractions: []app.Extraction{convoyExtraction(t)}}
		},
		func() app.Command { return app.CreateEntity{Type: app.TypePerson, Name: "Émile Durand"} },
		func() app.Command { return app.CreateEntity{Type: app.TypeLoc, Name: "Genève"} },
		func() app.Command {
			return app.AddMentions{ArticleID: convoy, Type: app.TypePerson, Name: "Colin P. Clarke",
				Spans: []app.Span{span(t, convoyText, "Clarke", 0), span(t, convoyText, "Clarke", 1)}}
		},
		func() app.Command {
			ex := app.Extraction{Mentions: []app.ExtractedMention{em(t, convoyText, "Tuesday", app.TypeDate, "2024-03-05")}}
			return app.SetArticleField{ArticleID: convoy, Field: app.FieldPublished, Value: "2024-03-06", Reextract: &ex}
		},
		func() app.Command { return app.CreateEvent{Event: meeting("First meeting")} },
		func() app.Command { return app.CreateEvent{Event: meeting("Second meeting")} },
		func() app.Command {
			e, _ := s.Event(ctx, event("First meeting"))
			e.Date, e.Credibility, e.Participants = app.Date{Value: "2024-03-02"}, 3, nil
			return app.UpdateEvent{Event: e}
		},
		func() app.Command {
			return app.CreateEvent{Event: app.Event{Type: app.EventAttack, Title: "Convoy ambush", Status: app.StatusSuggested}}
		},
		func() app.Command {
			return app.SetEventStatus{EventIDs: []int64{event("Convoy ambush")}, Status: app.StatusAccepted}
		},
		func() app.Command { return app.AddEvidence{EventID: event("Second meeting"), Evidence: extra} },
		func() app.Command { return app.RemoveEvidence{EventID: event("Second meeting"), Evidence: extra} },
		func() app.Command { return app.CreateCase{Title: "Port"} },
		func() app.Command {
			return app.SetCaseField{CaseID: 1, Field: app.CaseFieldSummary, Value: "Meetings."}
		},
		func() app.Command {
			return app.AddToCase{CaseID: 1, EventIDs: []int64{event("First"), event("Second"), event("Convoy ambush")}}
		},
		func() app.Command {
			return app.ReorderCase{CaseID: 1, EventIDs: []int64{event("Convoy ambush"), event("First"), event("Second")}}
		},
		func() app.Command { return app.RemoveFromCase{CaseID: 1, EventIDs: []int64{event("Convoy ambush")}} },
		func() app.Command {
			return app.CreateLink{Link: app.Link{Kind: app.LinkLocatedIn, FromKind: app.TargetEntity, FromID: id("Émile Durand"),
				ToKind: app.TargetEntity, ToID: id("Genève"), Evidence: []app.Evidence{extra}}}
		},
		func() app.Command {
			return app.CreateLink{Link: app.Link{CaseID: 1, Kind: app.LinkPrecedes, FromKind: app.TargetEvent,
				FromID: event("First"), ToKind: app.TargetEvent, ToID: event("Second")}}
		},
		func() app.Command { return app.DeleteLink{LinkID: 1} },
		func() app.Command { return app.DeleteEvent{EventID: event("Second")} },
		func() app.Command { return app.SetCaseField{CaseID: 1, Field: app.CaseFieldStatus, Value: "closed"} },
	}
}

func TestUndoRedoEventCommands(t *testing.T) {
	s := newStore(t)
	s = undoRedoAll(t, s, eventScript(t, s))
	b, err := s.CaseBundle(ctx, 1)
	if err != nil || b.Case.Status != app.CaseClosed || len(b.Events) != 1 || b.Events[0].Title != "First meeting" {
		t.Errorf("bundle after redo-all: %+v, %v", b, err)
	}
}
