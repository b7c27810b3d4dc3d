package sqlite_test

import (
	"slices"
	"strings"
	"testing"

	"dossier/app"
)

func TestCreateEntity(t *testing.T) {
	s := newStore(t)
	t.Run("OK", func(t *testing.T) {
		id := mustDo(t, s, app.CreateEntity{Type: app.TypeOrg, Name: "  Red   Delta Front ",
			Aliases: []string{"RDF", "red delta front", "RDF"}}).IDs[0]
		e, err := s.Entity(ctx, id)
		if err != nil || e.Name != "Red Delta Front" || !slices.Equal(e.Aliases, []string{"RDF"}) {
			t.Errorf("entity %+v, %v", e, err)
		}
	})
	t.Run("ErrDuplicate", func(t *testing.T) {
		_, err := s.Do(ctx, app.CreateEntity{Type: app.TypeOrg, Name: "RED DELTA FRONT"})
		wantCode(t, err, app.EDUPLICATE)
	})
	t.Run("OKSameNameOtherType", func(t *testing.T) {
		mustDo(t, s, app.CreateEntity{Type: app.TypeLoc, Name: "Red Delta Front"})
	})
	t.Run("ErrInvalid", func(t *testing.T) {
		_, err := s.Do(ctx, app.CreateEntity{Type: "THING", Name: "x"})
		wantCode(t, err, app.EINVALID)
	})
}

func TestRenameAndNotes(t *testing.T) {
	s := newStore(t)
	id := mustDo(t, s, app.CreateEntity{Type: app.TypePerson, Name: "Y. Demir", Aliases: []string{"Yusuf Demir"}}).IDs[0]
	other := mustDo(t, s, app.CreateEntity{Type: app.TypePerson, Name: "Leila Haddad"}).IDs[0]
	t.Run("OKRename", func(t *testing.T) {
		mustDo(t, s, app.RenameEntity{EntityID: id, Name: "Yusuf Demir"})
		e, _ := s.Entity(ctx, id)
		if e.Name != "Yusuf Demir" || !slices.Equal(e.Aliases, []string{"Y. Demir"}) {
			t.Errorf("renamed %+v", e)
		}
	})
	t.Run("ErrRenameTaken", func(t *testing.T) {
		_, err := s.Do(ctx, app.RenameEntity{EntityID: other, Name: "yusuf demir"})
		wantCode(t, err, app.EDUPLICATE)
	})
	t.Run("ErrRenameMissing", func(t *testing.T) {
		_, err := s.Do(ctx, app.RenameEntity{EntityID: 999, Name: "x"})
		wantCode(t, err, app.ENOTFOUND)
	})
	t.Run("OKNotes", func(t *testing.T) {
		mustDo(t, s, app.SetEntityNotes{EntityID: id, Notes: "Seen in Sarnova, 2023."})
		if e, _ := s.Entity(ctx, id); e.Notes != "Seen in Sarnova, 2023." {
			t.Errorf("notes %q", e.Notes)
		}
	})
	t.Run("ErrNotesMissing", func(t *testing.T) {
		_, err := s.Do(ctx, app.SetEntityNotes{EntityID: 999, Notes: "x"})
		wantCode(t, err, app.ENOTFOUND)
	})
}

func TestMergeAndSplit(t *testing.T) {
	s := newStore(t)
	aid := importConvoy(t, s)
	iskp := entityNamed(t, s, "ISKP")
	long := entityNamed(t, s, "Islamic State Khorasan Province")
	mustDo(t, s, app.SetEntityNotes{EntityID: iskp.ID, Notes: "cell in the south"})

	t.Run("OKMerge", func(t *testing.T) {
		res := mustDo(t, s, app.MergeEntities{FromID: iskp.ID, IntoID: long.ID, Reason: "same group, acronym"})
		_, err := s.Entity(ctx, iskp.ID)
		wantCode(t, err, app.ENOTFOUND)
		e, _ := s.Entity(ctx, long.ID)
		if e.Mentions != 2 || !slices.Contains(e.Aliases, "ISKP") || !strings.Contains(e.Notes, "cell in the south") {
			t.Errorf("merged into %+v", e)
		}
		if m := mentionAt(t, s, aid, convoyText, "ISKP", 0); m.EntityID != long.ID {
			t.Errorf("ISKP mention still on %d", m.EntityID)
		}
		if sug, _ := s.MergeSuggestions(ctx); len(sug) != 0 {
			t.Errorf("merge left suggestions %+v", sug)
		}
		log, _ := s.Log(ctx, 1, 0)
		if log[0].Seq != res.Seq || !strings.Contains(log[0].Summary, "same group, acronym") {
			t.Errorf("log %+v", log[0])
		}
	})
	t.Run("ErrMergeMissing", func(t *testing.T) {
		_, err := s.Do(ctx, app.MergeEntities{FromID: iskp.ID, IntoID: long.ID})
		wantCode(t, err, app.ENOTFOUND)
	})
	t.Run("ErrMergeSelf", func(t *testing.T) {
		_, err := s.Do(ctx, app.MergeEntities{FromID: long.ID, IntoID: long.ID})
		wantCode(t, err, app.EINVALID)
	})
	t.Run("OKSplit", func(t *testing.T) {
		res := mustDo(t, s, app.SplitAlias{EntityID: long.ID, Alias: "iskp"})
		e, _ := s.Entity(ctx, res.IDs[0])
		if e.Name != "ISKP" || e.Type != app.TypeOrg || e.Mentions != 1 {
			t.Errorf("split off %+v", e)
		}
		if m := mentionAt(t, s, aid, convoyText, "ISKP", 0); m.EntityID != e.ID {
			t.Errorf("ISKP mention on %d, want %d", m.EntityID, e.ID)
		}
	})
	t.Run("ErrSplitNoAlias", func(t *testing.T) {
		_, err := s.Do(ctx, app.SplitAlias{EntityID: long.ID, Alias: "Daesh"})
		wantCode(t, err, app.ENOTFOUND)
	})
}

func TestMergeSuggestions(t *testing.T) {
	s := newStore(t)
	importConvoy(t, s)
	// A later article names a "Clarke" of another first initial and an
	// unrelated person with the same surname but a different first letter.
	text := "Dr. Clarke and Helen Clarke met Colin Clarke in Kandahar."
	mustDo(t, s, app.ImportArticles{
		Articles: []app.Article{article("Clarkes", text)},
		Extractions: []app.Extraction{{Mentions: []app.ExtractedMention{
			{Span: span(t, text, "Clarke", 0), Type: app.TypePerson, Text: "Clarke", Entity: "Dr. Clarke"},
			em(t, text, "Helen Clarke", app.TypePerson, "Helen Clarke"),
			em(t, text, "Colin Clarke", app.TypePerson, "Colin Clarke"),
			em(t, text, "Kandahar", app.TypeLoc, "Kandahar"),
		}}},
	})
	sug, _ := s.MergeSuggestions(ctx)
	full := entityNamed(t, s, "Colin P. Clarke")
	colin := entityNamed(t, s, "Colin Clarke")
	helen := entityNamed(t, s, "Helen Clarke")
	pairs := map[[2]int64]string{}
	for _, m := range sug {
		pairs[[2]int64{m.FromID, m.IntoID}] = m.Reason
	}
	if r := pairs[[2]int64{colin.ID, full.ID}]; !strings.Contains(r, "last name") {
		t.Errorf("no suggestion Colin Clarke -> Colin P. Clarke: %v", pairs)
	}
	if r := pairs[[2]int64{entityNamed(t, s, "Dr. Clarke").ID, full.ID}]; r == "" {
		t.Errorf("no suggestion Dr. Clarke -> Colin P. Clarke: %v", pairs)
	}
	if _, ok := pairs[[2]int64{helen.ID, full.ID}]; ok {
		t.Errorf("Helen Clarke suggested as Colin P. Clarke: %v", pairs)
	}
	if kandahar := entityNamed(t, s, "Kandahar"); kandahar.Articles != 2 {
		t.Errorf("Kandahar not resolved across articles: %+v", kandahar)
	}
	t.Run("OKDismiss", func(t *testing.T) {
		before := len(sug)
		mustDo(t, s, app.DismissMergeSuggestion{SuggestionID: sug[0].ID})
		after, _ := s.MergeSuggestions(ctx)
		if len(after) != before-1 {
			t.Errorf("%d suggestions after dismissing one of %d", len(after), before)
		}
		db := openRO(t, s.Path())
		defer db.Close()
		var status string
		if err := db.QueryRow("SELECT status FROM merge_suggestions WHERE id = ?", sug[0].ID).Scan(&status); err != nil || status != "rejected" {
			t.Errorf("dismissed suggestion not remembered: %q %v", status, err)
		}
	})
	t.Run("ErrDismissMissing", func(t *testing.T) {
		_, err := s.Do(ctx, app.DismissMergeSuggestion{SuggestionID: 999})
		wantCode(t, err, app.ENOTFOUND)
	})
}

func TestEntitiesList(t *testing.T) {
	s := newStore(t)
	importConvoy(t, s)
	all, total, err := s.Entities(ctx, app.EntityFilter{})
	if err != nil || total != len(all) || total != 6 {
		t.Fatalf("%d of %d entities, %v", len(all), total, err)
	}
	for i := 1; i < len(all); i++ {
		if strings.ToLower(all[i-1].Name) > strings.ToLower(all[i].Name) {
			t.Errorf("not by name: %q before %q", all[i-1].Name, all[i].Name)
		}
	}
	orgs, total, _ := s.Entities(ctx, app.EntityFilter{Type: app.TypeOrg, Limit: 2})
	if total != 3 || len(orgs) != 2 {
		t.Errorf("orgs page %d of %d", len(orgs), total)
	}
	byAlias, total, _ := s.Entities(ctx, app.EntityFilter{Query: "CLARK"})
	if total != 1 || byAlias[0].Name != "Colin P. Clarke" || byAlias[0].Mentions != 2 {
		t.Errorf("query by alias %+v", byAlias)
	}
	_, err = s.Entity(ctx, 999)
	wantCode(t, err, app.ENOTFOUND)
}
