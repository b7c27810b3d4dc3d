package sqlite_test

import (
	"database/sql"
	"strings"
	"testing"

	"dossier/app"
	"dossier/storage/sqlite"
)

// allTables adds the derived per-article counters to the domain tables:
// undo and redo must keep them right too.
var allTables = append([]string{"article_counts"}, domainTables...)

// commandScript runs one command of every kind against s, in an order where
// each finds what it needs. It returns the commands for logging in failures.
func commandScript(t *testing.T, s *sqlite.Store) []func() app.Command {
	var aid, iskp, long, added, created int64
	return []func() app.Command{
		func() app.Command {
			return app.ImportArticles{Articles: []app.Article{article("Convoy attacked", convoyText),
				article("Harbour", harbourText)}, Extractions: []app.Extraction{convoyExtraction(t)}}
		},
		func() app.Command {
			aid = 1
			return app.SetArticleField{ArticleID: aid, Field: app.FieldTitle, Value: "Kandahar ambush"}
		},
		func() app.Command {
			return app.SetMentionStatus{MentionIDs: []int64{mentionAt(t, s, aid, convoyText, "Kandahar", 0).ID},
				Status: app.StatusAccepted}
		},
		func() app.Command {
			return app.SetMentionStatus{MentionIDs: []int64{mentionAt(t, s, aid, convoyText, "Soufan Group", 0).ID},
				Status: app.StatusRejected}
		},
		func() app.Command {
			return app.RetypeMention{MentionID: mentionAt(t, s, aid, convoyText, "press@example.org", 0).ID, Type: app.TypeURL}
		},
		func() app.Command {
			return app.SetMentionNote{MentionID: mentionAt(t, s, aid, convoyText, "Clarke", 1).ID, Note: "same person?"}
		},
		func() app.Command {
			return app.AddMention{ArticleID: aid, Span: span(t, convoyText, "four drivers", 0), Type: app.TypeNORP}
		},
		func() app.Command {
			added = mentionAt(t, s, aid, convoyText, "four drivers", 0).ID
			return app.LinkMention{MentionID: added}
		},
		func() app.Command { return app.DeleteMention{MentionID: added} },
		func() app.Command {
			return app.CreateEntity{Type: app.TypeOrg, Name: "Europol", Aliases: []string{"EU police"}}
		},
		func() app.Command {
			created = entityNamed(t, s, "Europol").ID
			return app.RenameEntity{EntityID: created, Name: "European Union Agency for Law Enforcement Cooperation"}
		},
		func() app.Command { return app.SetEntityNotes{EntityID: created, Notes: "The Hague"} },
		func() app.Command {
			sug, _ := s.MergeSuggestions(ctx)
			return app.DismissMergeSuggestion{SuggestionID: sug[0].ID}
		},
		func() app.Command {
			iskp = entityNamed(t, s, "ISKP").ID
			long = entityNamed(t, s, "Islamic State Khorasan Province").ID
			return app.MergeEntities{FromID: iskp, IntoID: long, Reason: "acronym"}
		},
		func() app.Command { return app.SplitAlias{EntityID: long, Alias: "ISKP"} },
		func() app.Command {
			ex := convoyExtraction(t)
			ex.Mentions = append(ex.Mentions, em(t, convoyText, "Tuesday", app.TypeDate, "2024-03-05"))
			return app.StoreExtraction{ArticleID: aid, Extraction: ex}
		},
	}
}

func TestUndoRedoAll(t *testing.T) {
	s := newStore(t)
	s = undoRedoAll(t, s, commandScript(t, s))
	if hits, _ := s.Search(ctx, "ambush", 5); len(hits) != 1 {
		t.Errorf("search after redo: %v", hits)
	}
}

// undoRedoAll runs the script's commands, then undoes every one (closing
// and reopening the file halfway) and redoes every one, checking after
// each step that the content is exactly what it was at that point. It
// returns the store, which it may have reopened.
func undoRedoAll(t *testing.T, s *sqlite.Store, script []func() app.Command) *sqlite.Store {
	t.Helper()
	path := s.Path()
	states := []string{dump(t, path, domainTables...)}
	full := []string{dump(t, path, allTables...)}
	for _, step := range script {
		cmd := step()
		if res := mustDo(t, s, cmd); res.Seq == 0 {
			t.Fatalf("%s logged nothing", cmd.CommandName())
		}
		states = append(states, dump(t, path, domainTables...))
		full = append(full, dump(t, path, allTables...))
	}
	n := len(states) - 1
	// Undo half, close and reopen, undo the rest: every state comes back.
	for i := n; i > 0; i-- {
		if i == n/2 {
			s.Close()
			var err error
			if s, err = sqlite.Open(path, testOptions()); err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { s.Close() })
		}
		e, err := s.Undo(ctx)
		if err != nil {
			t.Fatalf("undo %d: %v", i, err)
		}
		if e.Kind != app.LogUndo || e.Ref == 0 {
			t.Errorf("undo entry %+v", e)
		}
		if got := dump(t, path, domainTables...); got != states[i-1] {
			t.Fatalf("after undoing step %d (%s) the content differs:\n%s", i, e.Name, diff(states[i-1], got))
		}
	}
	_, err := s.Undo(ctx)
	wantCode(t, err, app.ENOTFOUND)
	for i := 1; i <= n; i++ {
		if _, err := s.Redo(ctx); err != nil {
			t.Fatalf("redo %d: %v", i, err)
		}
		if got := dump(t, path, allTables...); got != full[i] {
			t.Fatalf("after redoing step %d the content differs:\n%s", i, diff(full[i], got))
		}
	}
	_, err = s.Redo(ctx)
	wantCode(t, err, app.ENOTFOUND)
	if rep, err := s.Check(ctx); err != nil || !rep.OK() {
		t.Fatalf("Check = %+v, %v", rep, err)
	}
	return s
}

// diff shows the first differing line of two dumps.
func diff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < len(w) && i < len(g); i++ {
		if w[i] != g[i] {
			return "want " + w[i] + "\n got " + g[i]
		}
	}
	return "lengths differ"
}

func TestUndoRedoState(t *testing.T) {
	s := newStore(t)
	u, r, err := s.UndoRedoState(ctx)
	if err != nil || u != nil || r != nil {
		t.Fatalf("empty state %v %v %v", u, r, err)
	}
	_, err = s.Redo(ctx)
	wantCode(t, err, app.ENOTFOUND)
	a := mustDo(t, s, app.CreateEntity{Type: app.TypeLoc, Name: "Valmora"})
	b := mustDo(t, s, app.CreateEntity{Type: app.TypeLoc, Name: "Sarnova"})
	if u, _, _ = s.UndoRedoState(ctx); u == nil || u.Seq != b.Seq {
		t.Fatalf("undo would act on %+v, want seq %d", u, b.Seq)
	}
	if _, err := s.Undo(ctx); err != nil {
		t.Fatal(err)
	}
	u, r, _ = s.UndoRedoState(ctx)
	if u == nil || u.Seq != a.Seq || r == nil || r.Seq != b.Seq || r.Name != "entity.create" {
		t.Fatalf("after undo: undo %+v redo %+v", u, r)
	}
	// A new command clears the redo stack, also after reopening.
	mustDo(t, s, app.CreateEntity{Type: app.TypeLoc, Name: "Tessaly"})
	path := s.Path()
	s.Close()
	s2, err := sqlite.Open(path, testOptions())
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	if _, r, _ = s2.UndoRedoState(ctx); r != nil {
		t.Errorf("redo survived a new command: %+v", r)
	}
	log, err := s2.Log(ctx, 10, 0)
	if err != nil || len(log) != 4 || log[0].Seq != 4 || log[1].Kind != app.LogUndo || log[1].Ref != b.Seq ||
		log[0].Actor != "tester" || len(log[0].Hash) != 64 {
		t.Errorf("log %+v, %v", log, err)
	}
}

func TestTamperedLog(t *testing.T) {
	s := newStore(t)
	importConvoy(t, s)
	mustDo(t, s, app.CreateEntity{Type: app.TypeLoc, Name: "Valmora"})
	mustDo(t, s, app.CreateEntity{Type: app.TypeLoc, Name: "Sarnova"})
	path := s.Path()
	s.Close()

	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec("UPDATE log SET summary = 'nothing happened' WHERE seq = 2"); err == nil {
		t.Error("the log accepted an UPDATE")
	}
	for _, q := range []string{"DROP TRIGGER log_no_update", "UPDATE log SET summary = 'nothing happened' WHERE seq = 2"} {
		if _, err := db.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	db.Close()

	s, err = sqlite.Open(path, testOptions())
	if err != nil {
		t.Fatalf("a file with a broken chain should still open: %v", err)
	}
	defer s.Close()
	rep, err := s.Check(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if rep.OK() || rep.FirstBroken != 2 || rep.LogRows != 3 || rep.Integrity != "ok" {
		t.Errorf("report %+v", rep)
	}
}
