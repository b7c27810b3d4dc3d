package sqlite_test

import (
	"strings"
	"testing"

	"dossier/app"
)

const sarnovaText = `Sarnova police closed the bridge. Traders in Sarnova said the market stayed open.
By evening the Sarnova council had met twice.`

func TestAddMentions(t *testing.T) {
	s := newStore(t)
	res := mustDo(t, s, app.ImportArticles{Articles: []app.Article{article("Sarnova", sarnovaText)},
		Extractions: []app.Extraction{{Mentions: []app.ExtractedMention{em(t, sarnovaText, "Sarnova", app.TypeLoc, "")}}}})
	aid := res.IDs[0]
	all := []app.Span{span(t, sarnovaText, "Sarnova", 0), span(t, sarnovaText, "Sarnova", 1), span(t, sarnovaText, "Sarnova", 2)}
	loc := mentionAt(t, s, aid, sarnovaText, "Sarnova", 0).EntityID
	before := dump(t, s.Path(), allTables...)

	t.Run("OKSkipsTagged", func(t *testing.T) {
		res := mustDo(t, s, app.AddMentions{ArticleID: aid, Spans: append(all, all[2]), Type: app.TypeLoc, Name: "sarnova"})
		if len(res.IDs) != 2 || res.Seq == 0 {
			t.Fatalf("result %+v", res)
		}
		for i := 1; i < 3; i++ {
			m := mentionAt(t, s, aid, sarnovaText, "Sarnova", i)
			if m.EntityID != loc || m.Origin != app.OriginManual || m.Status != app.StatusAccepted || m.ID != res.IDs[i-1] {
				t.Errorf("mention %d: %+v", i, m)
			}
		}
		if auto := mentionAt(t, s, aid, sarnovaText, "Sarnova", 0); auto.Origin != app.OriginAuto {
			t.Errorf("the suggested mention was touched: %+v", auto)
		}
		log, _ := s.Log(ctx, 1, 0)
		if !strings.Contains(log[0].Summary, "Tagged 2 × “Sarnova” as LOC") || !strings.Contains(log[0].Summary, "1 already tagged") {
			t.Errorf("summary %q", log[0].Summary)
		}
	})
	t.Run("ErrAllTagged", func(t *testing.T) {
		_, err := s.Do(ctx, app.AddMentions{ArticleID: aid, Spans: all, Type: app.TypeLoc})
		wantCode(t, err, app.ECONFLICT)
	})
	t.Run("OKUndoRemovesAll", func(t *testing.T) {
		if _, err := s.Undo(ctx); err != nil {
			t.Fatal(err)
		}
		if got := dump(t, s.Path(), allTables...); got != before {
			t.Errorf("undo left a difference:\n%s", diff(before, got))
		}
	})
	t.Run("OKOtherTypeNewEntity", func(t *testing.T) {
		res := mustDo(t, s, app.AddMentions{ArticleID: aid, Spans: all[:2], Type: app.TypeOrg})
		e, _ := s.Entity(ctx, mentionAt(t, s, aid, sarnovaText, "Sarnova", 1).EntityID)
		if len(res.IDs) != 2 || e.Type != app.TypeOrg || e.Name != "Sarnova" || e.ID == loc {
			t.Errorf("result %+v entity %+v", res, e)
		}
	})
	errs := []struct {
		name string
		cmd  app.AddMentions
		code string
	}{
		{"ErrNoSpans", app.AddMentions{ArticleID: aid, Type: app.TypeLoc}, app.EINVALID},
		{"ErrOutside", app.AddMentions{ArticleID: aid, Spans: []app.Span{all[1], {Start: 1, End: 9999}}, Type: app.TypeLoc}, app.EINVALID},
		{"ErrMissingArticle", app.AddMentions{ArticleID: 99, Spans: all, Type: app.TypeLoc}, app.ENOTFOUND},
		{"ErrWrongEntityType", app.AddMentions{ArticleID: aid, Spans: all, Type: app.TypePerson, EntityID: loc}, app.ECONFLICT},
		{"ErrMissingEntity", app.AddMentions{ArticleID: aid, Spans: all, Type: app.TypePerson, EntityID: 999}, app.ENOTFOUND},
	}
	for _, tt := range errs {
		t.Run(tt.name, func(t *testing.T) {
			before := dump(t, s.Path(), allTables...)
			_, err := s.Do(ctx, tt.cmd)
			wantCode(t, err, tt.code)
			if dump(t, s.Path(), allTables...) != before {
				t.Error("a failed command changed the file")
			}
		})
	}
}

func TestSetArticleFieldReextract(t *testing.T) {
	s := newStore(t)
	aid := importConvoy(t, s)
	kandahar := mentionAt(t, s, aid, convoyText, "Kandahar", 0)
	mustDo(t, s, app.SetMentionStatus{MentionIDs: []int64{kandahar.ID}, Status: app.StatusAccepted})
	before := dump(t, s.Path(), allTables...)
	ex := app.Extraction{Mentions: []app.ExtractedMention{
		em(t, convoyText, "Kandahar", app.TypeLoc, "Kandahar"),
		em(t, convoyText, "Tuesday", app.TypeDate, "2024-03-05"),
	}}

	t.Run("OK", func(t *testing.T) {
		res := mustDo(t, s, app.SetArticleField{ArticleID: aid, Field: app.FieldPublished, Value: "2024-03-08", Reextract: &ex})
		a, _ := s.Article(ctx, aid)
		ms, _ := s.Mentions(ctx, app.MentionFilter{ArticleID: aid})
		if a.Published.Format("2006-01-02") != "2024-03-08" || len(ms) != 2 || len(res.IDs) != 1 {
			t.Fatalf("published %v, %d mentions (%+v), ids %v", a.Published, len(ms), ms, res.IDs)
		}
		if ms[0].ID != kandahar.ID || ms[0].Status != app.StatusAccepted || ms[1].Text != "Tuesday" || ms[1].ID != res.IDs[0] {
			t.Errorf("mentions %+v", ms)
		}
		if n := countEvents(t, s.Path(), aid); n != [2]int{0, 0} {
			t.Errorf("undecided event not replaced: %v", n)
		}
		log, _ := s.Log(ctx, 1, 0)
		if log[0].Name != "article.set" || !strings.Contains(log[0].Summary, "re-extracted: 6 suggestions replaced by 1") {
			t.Errorf("log %+v", log[0])
		}
	})
	t.Run("OKOneUndoRevertsBoth", func(t *testing.T) {
		if _, err := s.Undo(ctx); err != nil {
			t.Fatal(err)
		}
		if got := dump(t, s.Path(), allTables...); got != before {
			t.Errorf("after undo:\n%s", diff(before, got))
		}
	})
	t.Run("ErrMissingArticle", func(t *testing.T) {
		_, err := s.Do(ctx, app.SetArticleField{ArticleID: 99, Field: app.FieldPublished, Value: "2024-03-08", Reextract: &ex})
		wantCode(t, err, app.ENOTFOUND)
	})
	t.Run("ErrBadValueKeepsSuggestions", func(t *testing.T) {
		_, err := s.Do(ctx, app.SetArticleField{ArticleID: aid, Field: app.FieldPublished, Value: "soon", Reextract: &ex})
		wantCode(t, err, app.EINVALID)
		if got := dump(t, s.Path(), allTables...); got != before {
			t.Errorf("a failed command changed the file:\n%s", diff(before, got))
		}
	})
}
