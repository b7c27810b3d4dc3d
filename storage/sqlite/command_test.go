package sqlite_test

import (
	"strings"
	"testing"

	"dossier/app"
	"dossier/storage/sqlite"
)

func TestImportArticles(t *testing.T) {
	t.Run("OK", func(t *testing.T) {
		s := newStore(t)
		id := importConvoy(t, s)
		a, err := s.Article(ctx, id)
		if err != nil || a.Title != "Convoy attacked" || a.Grade != "B" || a.Imported.IsZero() {
			t.Fatalf("article = %+v, %v", a, err)
		}
		ms, _ := s.Mentions(ctx, app.MentionFilter{ArticleID: id})
		if len(ms) != 7 {
			t.Fatalf("%d mentions, want 7", len(ms))
		}
		for _, m := range ms {
			if m.Origin != app.OriginAuto || m.Status != app.StatusSuggested || m.EntityID == 0 {
				t.Errorf("mention %+v", m)
			}
		}
		// "Clarke" resolves to the entity of its canonical name, and becomes its alias.
		clarke := mentionAt(t, s, id, convoyText, "Clarke", 1)
		full := entityNamed(t, s, "Colin P. Clarke")
		if clarke.EntityID != full.ID || full.Mentions != 2 || full.Articles != 1 {
			t.Errorf("Clarke -> %d, entity %+v", clarke.EntityID, full)
		}
		if strings.Join(full.Aliases, ",") != "Clarke" {
			t.Errorf("aliases %v", full.Aliases)
		}
		// ISKP is probably the Islamic State Khorasan Province: suggested, not linked.
		sug, _ := s.MergeSuggestions(ctx)
		iskp := entityNamed(t, s, "ISKP")
		long := entityNamed(t, s, "Islamic State Khorasan Province")
		if len(sug) != 1 || sug[0].FromID != iskp.ID || sug[0].IntoID != long.ID || !strings.Contains(sug[0].Reason, "acronym") {
			t.Errorf("merge suggestions %+v", sug)
		}
		list, total, _ := s.Articles(ctx, app.ArticleFilter{})
		if total != 1 || list[0].Suggestions != 7 || list[0].Mentions != 7 || list[0].Words < 40 {
			t.Errorf("summary %+v", list)
		}
	})
	t.Run("OKDuplicates", func(t *testing.T) {
		s := newStore(t)
		importConvoy(t, s)
		again := article("Same text, other name", convoyText)
		again.Filename = "copy.txt"
		res := mustDo(t, s, app.ImportArticles{Articles: []app.Article{again, article("Harbour", harbourText),
			article("Harbour twice", harbourText)}})
		if len(res.IDs) != 1 || strings.Join(res.Duplicates, ",") != "copy.txt,harbour-twice.txt" {
			t.Errorf("result %+v", res)
		}
		res = mustDo(t, s, app.ImportArticles{Articles: []app.Article{again}})
		if res.Seq != 0 || len(res.IDs) != 0 || len(res.Duplicates) != 1 {
			t.Errorf("all-duplicate import %+v should log nothing", res)
		}
	})
	t.Run("OKSkipsBadSuggestions", func(t *testing.T) {
		s := newStore(t)
		res := mustDo(t, s, app.ImportArticles{
			Articles: []app.Article{article("Harbour", harbourText)},
			Extractions: []app.Extraction{{Mentions: []app.ExtractedMention{
				{Span: app.Span{Start: 5, End: 99999}, Type: app.TypeLoc},
				{Span: app.Span{Start: 0, End: 4}, Type: "NOPE"},
				em(t, harbourText, "Valletta", app.TypeLoc, ""),
			}}},
		})
		ms, _ := s.Mentions(ctx, app.MentionFilter{ArticleID: res.IDs[0]})
		if len(ms) != 1 || ms[0].Text != "Valletta" {
			t.Errorf("mentions %+v", ms)
		}
	})
	t.Run("OKPointer", func(t *testing.T) {
		s := newStore(t)
		res := mustDo(t, s, &app.ImportArticles{Articles: []app.Article{article("Vote", electionText)}})
		if len(res.IDs) != 1 {
			t.Errorf("result %+v", res)
		}
	})
	t.Run("ErrInvalid", func(t *testing.T) {
		s := newStore(t)
		_, err := s.Do(ctx, nil)
		wantCode(t, err, app.EINVALID)
		_, err = s.Do(ctx, app.ImportArticles{})
		wantCode(t, err, app.EINVALID)
		_, err = s.Do(ctx, app.ImportArticles{Articles: []app.Article{{Title: "bad", Text: "caf\xe9"}}})
		wantCode(t, err, app.EINVALID)
	})
}

func TestImportEvents(t *testing.T) {
	s := newStore(t)
	id := importConvoy(t, s)
	var n, killed, participants int
	var title, loc string
	db := openRO(t, s.Path())
	defer db.Close()
	err := db.QueryRow(`SELECT count(*), max(e.title), max(l.name), max(e.killed),
		(SELECT count(*) FROM participants) FROM events e JOIN entities l ON l.id = e.location_id
		WHERE e.article_id = ? AND e.status = 'suggested'`, id).Scan(&n, &title, &loc, &killed, &participants)
	if err != nil || n != 1 || loc != "Kandahar" || killed != 4 || participants != 1 ||
		!strings.HasPrefix(title, "Militants attacked a supply convoy") {
		t.Errorf("events n=%d title=%q loc=%q killed=%d participants=%d err=%v", n, title, loc, killed, participants, err)
	}
}

func TestSetArticleField(t *testing.T) {
	s := newStore(t)
	id := importConvoy(t, s)
	tests := []struct {
		name  string
		cmd   app.SetArticleField
		code  string
		check func(app.Article) bool
	}{
		{"OKTitle", app.SetArticleField{ArticleID: id, Field: app.FieldTitle, Value: "Kandahar ambush"},
			"", func(a app.Article) bool { return a.Title == "Kandahar ambush" }},
		{"OKPublished", app.SetArticleField{ArticleID: id, Field: app.FieldPublished, Value: "2024-03-05"},
			"", func(a app.Article) bool { return a.Published.Format("2006-01-02") == "2024-03-05" }},
		{"OKClearPublished", app.SetArticleField{ArticleID: id, Field: app.FieldPublished, Value: ""},
			"", func(a app.Article) bool { return a.Published.IsZero() }},
		{"OKGrade", app.SetArticleField{ArticleID: id, Field: app.FieldGrade, Value: "E"},
			"", func(a app.Article) bool { return a.Grade == "E" }},
		{"ErrField", app.SetArticleField{ArticleID: id, Field: "text", Value: "x"}, app.EINVALID, nil},
		{"ErrDate", app.SetArticleField{ArticleID: id, Field: app.FieldPublished, Value: "March"}, app.EINVALID, nil},
		{"ErrNotFound", app.SetArticleField{ArticleID: 99, Field: app.FieldTitle, Value: "x"}, app.ENOTFOUND, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := s.Do(ctx, tt.cmd)
			wantCode(t, err, tt.code)
			if tt.check != nil {
				a, _ := s.Article(ctx, id)
				if !tt.check(a) {
					t.Errorf("article after %+v: %+v", tt.cmd, a)
				}
			}
		})
	}
	if hits, _ := s.Search(ctx, "ambush", 5); len(hits) != 1 {
		t.Errorf("renamed title not searchable: %v", hits)
	}
}

func TestMentionCommands(t *testing.T) {
	s := newStore(t)
	id := importConvoy(t, s)
	kandahar := mentionAt(t, s, id, convoyText, "Kandahar", 0)
	soufan := mentionAt(t, s, id, convoyText, "Soufan Group", 0)
	email := mentionAt(t, s, id, convoyText, "press@example.org", 0)

	t.Run("OKSetStatus", func(t *testing.T) {
		mustDo(t, s, app.SetMentionStatus{MentionIDs: []int64{kandahar.ID, soufan.ID}, Status: app.StatusAccepted})
		got := mentionAt(t, s, id, convoyText, "Kandahar", 0)
		if got.Status != app.StatusAccepted {
			t.Errorf("status %q", got.Status)
		}
		list, _, _ := s.Articles(ctx, app.ArticleFilter{})
		if list[0].Suggestions != 5 {
			t.Errorf("suggestions %d, want 5", list[0].Suggestions)
		}
	})
	t.Run("ErrSetStatusMissing", func(t *testing.T) {
		_, err := s.Do(ctx, app.SetMentionStatus{MentionIDs: []int64{kandahar.ID, 999}, Status: app.StatusRejected})
		wantCode(t, err, app.ENOTFOUND)
		if mentionAt(t, s, id, convoyText, "Kandahar", 0).Status != app.StatusAccepted {
			t.Error("a failed command changed a mention")
		}
	})
	t.Run("OKRetype", func(t *testing.T) {
		mustDo(t, s, app.RetypeMention{MentionID: soufan.ID, Type: app.TypePerson})
		got := mentionAt(t, s, id, convoyText, "Soufan Group", 0)
		e, _ := s.Entity(ctx, got.EntityID)
		if got.Type != app.TypePerson || e.Type != app.TypePerson || e.Name != "Soufan Group" {
			t.Errorf("retyped %+v -> %+v", got, e)
		}
	})
	t.Run("ErrRetypeMissing", func(t *testing.T) {
		_, err := s.Do(ctx, app.RetypeMention{MentionID: 999, Type: app.TypeOrg})
		wantCode(t, err, app.ENOTFOUND)
	})
	t.Run("OKLinkAndUnlink", func(t *testing.T) {
		org := mustDo(t, s, app.CreateEntity{Type: app.TypeOrg, Name: "Soufan Center"}).IDs[0]
		mustDo(t, s, app.LinkMention{MentionID: soufan.ID, EntityID: org})
		got := mentionAt(t, s, id, convoyText, "Soufan Group", 0)
		if got.EntityID != org || got.Type != app.TypeOrg {
			t.Errorf("linked %+v", got)
		}
		mustDo(t, s, app.LinkMention{MentionID: soufan.ID})
		if got := mentionAt(t, s, id, convoyText, "Soufan Group", 0); got.EntityID != 0 {
			t.Errorf("unlinked %+v", got)
		}
	})
	t.Run("ErrLinkMissingEntity", func(t *testing.T) {
		_, err := s.Do(ctx, app.LinkMention{MentionID: soufan.ID, EntityID: 999})
		wantCode(t, err, app.ENOTFOUND)
	})
	t.Run("OKNote", func(t *testing.T) {
		mustDo(t, s, app.SetMentionNote{MentionID: email.ID, Note: "press office, not personal"})
		if got := mentionAt(t, s, id, convoyText, "press@example.org", 0); got.Note != "press office, not personal" {
			t.Errorf("note %q", got.Note)
		}
	})
	t.Run("ErrNoteMissing", func(t *testing.T) {
		_, err := s.Do(ctx, app.SetMentionNote{MentionID: 999, Note: "x"})
		wantCode(t, err, app.ENOTFOUND)
	})
	testAddDeleteMention(t, s, id)
}

func testAddDeleteMention(t *testing.T, s *sqlite.Store, id int64) {
	sp := span(t, convoyText, "supply convoy", 0)
	var added int64
	t.Run("OKAdd", func(t *testing.T) {
		res, err := s.Do(ctx, app.AddMention{ArticleID: id, Span: sp, Type: app.TypeOrg, Name: "Logistics Convoy 7"})
		if err != nil {
			t.Fatal(err)
		}
		added = res.IDs[0]
		ms, _ := s.Mentions(ctx, app.MentionFilter{ArticleID: id, Status: app.StatusAccepted})
		var m app.Mention
		for _, x := range ms {
			if x.ID == added {
				m = x
			}
		}
		e, _ := s.Entity(ctx, m.EntityID)
		if m.Origin != app.OriginManual || m.Text != "supply convoy" || e.Name != "Logistics Convoy 7" ||
			len(e.Aliases) != 1 || e.Aliases[0] != "supply convoy" {
			t.Errorf("added %+v entity %+v", m, e)
		}
	})
	t.Run("ErrAddTwice", func(t *testing.T) {
		_, err := s.Do(ctx, app.AddMention{ArticleID: id, Span: sp, Type: app.TypeOrg})
		wantCode(t, err, app.ECONFLICT)
	})
	t.Run("ErrAddOutside", func(t *testing.T) {
		_, err := s.Do(ctx, app.AddMention{ArticleID: id, Span: app.Span{Start: 5, End: 100000}, Type: app.TypeOrg})
		wantCode(t, err, app.EINVALID)
	})
	t.Run("ErrAddMissingArticle", func(t *testing.T) {
		_, err := s.Do(ctx, app.AddMention{ArticleID: 99, Span: sp, Type: app.TypeOrg})
		wantCode(t, err, app.ENOTFOUND)
	})
	t.Run("ErrAddWrongEntityType", func(t *testing.T) {
		loc := mentionAt(t, s, id, convoyText, "Kandahar", 0).EntityID
		_, err := s.Do(ctx, app.AddMention{ArticleID: id, Span: sp, Type: app.TypePerson, EntityID: loc})
		wantCode(t, err, app.ECONFLICT)
	})
	t.Run("ErrDeleteAuto", func(t *testing.T) {
		auto := mentionAt(t, s, id, convoyText, "Kandahar", 0)
		_, err := s.Do(ctx, app.DeleteMention{MentionID: auto.ID})
		wantCode(t, err, app.ECONFLICT)
		if !strings.Contains(app.ErrorMessage(err), "reject it instead") {
			t.Errorf("message %q", app.ErrorMessage(err))
		}
	})
	t.Run("OKDelete", func(t *testing.T) {
		if _, err := s.Do(ctx, app.DeleteMention{MentionID: added}); err != nil {
			t.Fatal(err)
		}
		_, err := s.Do(ctx, app.DeleteMention{MentionID: added})
		wantCode(t, err, app.ENOTFOUND)
	})
}
