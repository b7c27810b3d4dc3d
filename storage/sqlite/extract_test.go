package sqlite_test

import (
	"database/sql"
	"strings"
	"testing"

	"dossier/app"
	"dossier/storage/sqlite"
)

// TestReExtractionKeepsDecisions re-runs extraction over an article whose
// suggestions the analyst has partly decided: decisions survive untouched
// and nothing is suggested again over them (DESIGN invariant 4).
func TestReExtractionKeepsDecisions(t *testing.T) {
	s := newStore(t)
	aid := importConvoy(t, s)
	at := func(sub string, n int) app.Mention { return mentionAt(t, s, aid, convoyText, sub, n) }
	kandahar, soufan, email, clarke, iskp := at("Kandahar", 0), at("Soufan Group", 0),
		at("press@example.org", 0), at("Clarke", 1), at("ISKP", 0)
	other := mustDo(t, s, app.CreateEntity{Type: app.TypePerson, Name: "Kenneth Clarke"}).IDs[0]
	for _, c := range []app.Command{
		app.SetMentionStatus{MentionIDs: []int64{kandahar.ID}, Status: app.StatusAccepted},
		app.SetMentionStatus{MentionIDs: []int64{soufan.ID}, Status: app.StatusRejected},
		app.RetypeMention{MentionID: email.ID, Type: app.TypeURL},
		app.LinkMention{MentionID: clarke.ID, EntityID: other},
		app.SetMentionNote{MentionID: iskp.ID, Note: "check"},
		app.AddMention{ArticleID: aid, Span: span(t, convoyText, "supply convoy", 0), Type: app.TypeOrg},
	} {
		mustDo(t, s, c)
	}
	s = acceptEventsWithSQL(t, s, aid)
	before := map[int64]app.Mention{}
	for _, m := range []app.Mention{at("Kandahar", 0), at("Soufan Group", 0), at("press@example.org", 0),
		at("Clarke", 1), at("ISKP", 0), at("supply convoy", 0)} {
		before[m.ID] = m
	}

	ex := convoyExtraction(t)
	ex.Mentions = append(ex.Mentions,
		em(t, convoyText, "Tuesday", app.TypeDate, "2024-03-05"),
		app.ExtractedMention{Span: span(t, convoyText, "convoy", 0), Type: app.TypeOrg, Text: "convoy"})
	ex.Events = append(ex.Events, app.SuggestedEvent{Type: app.EventAttack, Trigger: span(t, convoyText, "killing", 0)})
	mustDo(t, s, app.StoreExtraction{ArticleID: aid, Extraction: ex})

	ms, _ := s.Mentions(ctx, app.MentionFilter{ArticleID: aid})
	bySpan := map[app.Span][]app.Mention{}
	for _, m := range ms {
		bySpan[m.Span] = append(bySpan[m.Span], m)
	}
	for id, old := range before {
		got := bySpan[old.Span]
		if len(got) != 1 || got[0] != old {
			t.Errorf("decided mention %d changed or doubled: %+v -> %+v", id, old, got)
		}
	}
	if got := bySpan[span(t, convoyText, "Tuesday", 0)]; len(got) != 1 || got[0].Status != app.StatusSuggested {
		t.Errorf("new suggestion missing: %+v", got)
	}
	if got := bySpan[span(t, convoyText, "convoy", 0)]; len(got) != 0 {
		t.Errorf("suggestion over a manual mention: %+v", got)
	}
	if got := bySpan[span(t, convoyText, "Colin P. Clarke", 0)]; len(got) != 1 || got[0].Status != app.StatusSuggested {
		t.Errorf("undecided suggestion not replaced once: %+v", got)
	}
	if n := countEvents(t, s.Path(), aid); n != [2]int{1, 1} {
		t.Errorf("events accepted/suggested = %v, want [1 1]", n)
	}

	// An empty extraction removes only what is still undecided.
	mustDo(t, s, app.StoreExtraction{ArticleID: aid})
	ms, _ = s.Mentions(ctx, app.MentionFilter{ArticleID: aid})
	if len(ms) != len(before) {
		t.Errorf("%d mentions left, want the %d decided ones", len(ms), len(before))
	}
	if n := countEvents(t, s.Path(), aid); n != [2]int{1, 0} {
		t.Errorf("events accepted/suggested = %v, want [1 0]", n)
	}
	_, err := s.Do(ctx, app.StoreExtraction{ArticleID: 99})
	wantCode(t, err, app.ENOTFOUND)
}

// acceptEventsWithSQL marks the article's events accepted as a future event
// command would, with plain SQL on the closed file, and reopens it.
func acceptEventsWithSQL(t *testing.T, s *sqlite.Store, aid int64) *sqlite.Store {
	path := s.Path()
	s.Close()
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec("UPDATE events SET status = 'accepted', touched = 1 WHERE article_id = ?", aid); err != nil {
		t.Fatal(err)
	}
	db.Close()
	s, err = sqlite.Open(path, testOptions())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func countEvents(t *testing.T, path string, aid int64) (n [2]int) {
	db := openRO(t, path)
	defer db.Close()
	err := db.QueryRow(`SELECT count(*) FILTER (WHERE status = 'accepted'), count(*) FILTER (WHERE status = 'suggested')
		FROM events WHERE article_id = ?`, aid).Scan(&n[0], &n[1])
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// TestSuggestedEventQuotesItsSentence: a suggested event's evidence and
// title come from the sentence the extractor gives; a sentence outside the
// text, or one not holding the trigger, falls back to the trigger.
func TestSuggestedEventQuotesItsSentence(t *testing.T) {
	s := newStore(t)
	first := "Militants attacked a supply convoy near Kandahar on Tuesday, killing four drivers, officials said."
	ex := app.Extraction{Events: []app.SuggestedEvent{
		{Type: app.EventAttack, Trigger: span(t, convoyText, "attacked", 0), Sentence: span(t, convoyText, first, 0)},
		{Type: app.EventOther, Trigger: span(t, convoyText, "added", 0), Sentence: app.Span{Start: 5, End: 99999}},
		{Type: app.EventWarning, Trigger: span(t, convoyText, "said", 1), Sentence: span(t, convoyText, first, 0)},
	}}
	res := mustDo(t, s, app.ImportArticles{Articles: []app.Article{article("Convoy", convoyText)},
		Extractions: []app.Extraction{ex}})
	evs, _, err := s.Events(ctx, app.EventFilter{ArticleID: res.IDs[0]})
	if err != nil {
		t.Fatal(err)
	}
	quotes := map[app.EventType]string{}
	titles := map[app.EventType]string{}
	for _, e := range evs {
		if len(e.Evidence) == 1 {
			quotes[e.Type], titles[e.Type] = e.Evidence[0].Quote, e.Title
		}
	}
	if quotes[app.EventAttack] != first || !strings.HasPrefix(titles[app.EventAttack], "Militants attacked") {
		t.Errorf("attack quotes %q, titled %q; want its sentence", quotes[app.EventAttack], titles[app.EventAttack])
	}
	if quotes[app.EventOther] != "added" || quotes[app.EventWarning] != "said" {
		t.Errorf("quotes %q and %q; want the triggers where the sentence is out of the text or elsewhere",
			quotes[app.EventOther], quotes[app.EventWarning])
	}
}
