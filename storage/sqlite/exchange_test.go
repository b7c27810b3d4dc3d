package sqlite_test

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"dossier/app"
)

func TestExchangeRoundTrip(t *testing.T) {
	f := newRichFile(t)
	for _, tt := range []struct {
		name   string
		caseID int64
	}{{"OKWholeFile", 0}, {"OKOneCase", f.coastal}} {
		t.Run(tt.name, func(t *testing.T) {
			x1, err := f.s.Exchange(ctx, tt.caseID)
			if err != nil {
				t.Fatal(err)
			}
			checkRich(t, x1, tt.caseID == 0)
			if again, _ := f.s.Exchange(ctx, tt.caseID); exchangeDiff(t, x1, again) != "" {
				t.Fatalf("two exports of the same file differ: %s", exchangeDiff(t, x1, again))
			}
			s2 := newStore(t)
			res := mustDo(t, s2, app.ImportExchange{Exchange: viaJSON(t, x1)})
			if len(res.IDs) != len(x1.Cases) || res.Exchange == nil || res.Exchange.ArticlesAdded != len(x1.Articles) ||
				res.Exchange.MentionsAdded != len(x1.Mentions) || res.Exchange.EventsAdded != len(x1.Events) {
				t.Fatalf("result %+v, stats %+v", res, res.Exchange)
			}
			scope := int64(0)
			if tt.caseID != 0 {
				scope = res.IDs[0]
			}
			x2, err := s2.Exchange(ctx, scope)
			if err != nil {
				t.Fatal(err)
			}
			if d := exchangeDiff(t, x1, x2); d != "" {
				t.Errorf("export → import into an empty file → export differs: %s", d)
			}
			orig, err := s2.ArticleOriginal(ctx, 1)
			if err != nil || !bytes.HasPrefix(orig, []byte("\ufeff")) {
				t.Errorf("original bytes not carried over: %q, %v", orig[:min(len(orig), 8)], err)
			}
		})
	}
}

// checkRich checks that the export of the rich file holds each kind of
// work the round trip must carry.
func checkRich(t *testing.T, x app.Exchange, whole bool) {
	t.Helper()
	if x.Format != app.ExchangeFormat || x.Version != app.ExchangeVersion || x.Exported.IsZero() {
		t.Errorf("header %q %d %v", x.Format, x.Version, x.Exported)
	}
	seen := map[string]bool{}
	for _, m := range x.Mentions {
		seen[string(m.Origin)+"/"+string(m.Status)] = true
		seen["note"] = seen["note"] || m.Note != ""
	}
	for _, e := range x.Events {
		seen[string(e.Date.Precision)] = true
		seen["trigger"] = seen["trigger"] || e.Trigger != nil
	}
	for _, e := range x.Entities {
		seen["alias"] = seen["alias"] || len(e.Aliases) > 0
	}
	want := []string{"auto/suggested", "manual/accepted", "trigger", "alias", "day", "week", "month"}
	if whole {
		want = append(want, "auto/accepted", "auto/rejected", "note", "year", "range")
	}
	for _, w := range want {
		if !seen[w] {
			t.Errorf("the export has no %s", w)
		}
	}
	if len(x.Cases) == 0 || len(x.Cases[0].Events) != 4 || len(x.Links) == 0 || x.Articles[0].Original == nil {
		t.Errorf("cases %+v, links %d, original %v", x.Cases, len(x.Links), x.Articles[0].Original != nil)
	}
}

func TestExchangeMerge(t *testing.T) {
	f := newRichFile(t)
	x, err := f.s.Exchange(ctx, 0)
	if err != nil {
		t.Fatal(err)
	}
	var attack app.ExEvent
	for _, e := range x.Events {
		if e.Origin == app.OriginAuto {
			attack = e
		}
	}
	// The other analyst's file: the convoy article (their copy, no
	// suggestions), their own decisions on it, an entity known by an
	// alias, the same attack event, a case of the same title.
	s2 := newStore(t)
	conv := mustDo(t, s2, app.ImportArticles{Articles: []app.Article{article("Convoy, our copy", convoyText)}}).IDs[0]
	isk := mustDo(t, s2, app.CreateEntity{Type: app.TypeOrg, Name: "IS-K", Aliases: []string{"ISKP"}}).IDs[0]
	drClarke := mustDo(t, s2, app.CreateEntity{Type: app.TypePerson, Name: "Dr. Clarke"}).IDs[0]
	kandahar := mustDo(t, s2, app.AddMention{ArticleID: conv, Span: span(t, convoyText, "Kandahar", 0), Type: app.TypeLoc}).IDs[0]
	mustDo(t, s2, app.SetMentionStatus{MentionIDs: []int64{kandahar}, Status: app.StatusRejected})
	mustDo(t, s2, app.AddMention{ArticleID: conv, Span: span(t, convoyText, "Soufan Group", 0), Type: app.TypeOrg})
	loc := entityNamed(t, s2, "Kandahar").ID
	ours := mustDo(t, s2, app.CreateEvent{Event: app.Event{Type: attack.Type, Title: attack.Title, Date: attack.Date,
		LocationID: loc, Evidence: []app.Evidence{{ArticleID: conv, Span: attack.Evidence[0].Span}}}}).IDs[0]
	mustDo(t, s2, app.CreateCase{Title: "coastal INQUIRY"})
	// The undo check leaves out article_counts, as undoRedoAll does: a
	// zero row of a removed article stays there, harmlessly.
	before := dump(t, s2.Path(), domainTables...)
	_, maxOld, err := s2.Entities(ctx, app.EntityFilter{}) // ids run 1…n
	if err != nil {
		t.Fatal(err)
	}

	res := mustDo(t, s2, app.ImportExchange{Exchange: x})
	after := dump(t, s2.Path(), allTables...)
	st := res.Exchange
	if st.ArticlesReused != 1 || st.ArticlesAdded != 1 || st.EventsSkipped != 1 || st.EntitiesMerged < 2 ||
		st.MentionsSkipped != 2 || st.CasesAdded != 2 || len(res.IDs) != 2 {
		t.Fatalf("stats %+v, ids %v", st, res.IDs)
	}
	t.Run("OKLogged", func(t *testing.T) {
		log, err := s2.Log(ctx, 1, 0)
		if err != nil || len(log) != 1 || log[0].Name != "exchange.import" || log[0].Seq != res.Seq ||
			!strings.Contains(log[0].Summary, "1 article (1 already present)") || strings.Contains(log[0].Summary, "entitys") {
			t.Errorf("log %+v, %v", log, err)
		}
	})
	t.Run("OKDecisionsKept", func(t *testing.T) {
		ms, _ := s2.Mentions(ctx, app.MentionFilter{ArticleID: conv})
		byText := map[string][]app.Mention{}
		for _, m := range ms {
			byText[m.Text] = append(byText[m.Text], m)
		}
		if k := byText["Kandahar"]; len(k) != 1 || k[0].Status != app.StatusRejected || k[0].Origin != app.OriginManual {
			t.Errorf("Kandahar mentions %+v: the analyst's rejection must stay alone", k)
		}
		if g := byText["Soufan Group"]; len(g) != 1 || g[0].Status != app.StatusAccepted {
			t.Errorf("Soufan Group mentions %+v: the analyst's acceptance must stay", g)
		}
		if c := byText["Colin P. Clarke"]; len(c) != 1 || c[0].Status != app.StatusAccepted {
			t.Errorf("Colin P. Clarke mentions %+v: the sender's decision is added", c)
		}
		if i := byText["ISKP"]; len(i) != 1 || i[0].EntityID != isk {
			t.Errorf("ISKP mentions %+v, want linked to IS-K (%d), matched by its alias", i, isk)
		}
	})
	t.Run("OKMergedByAlias", func(t *testing.T) {
		e, err := s2.Entity(ctx, isk)
		if err != nil || e.Name != "IS-K" || !slices.Equal(e.Aliases, []string{"ISKP"}) {
			t.Errorf("IS-K = %+v, %v", e, err)
		}
		durand := entityNamed(t, s2, "Émile Durand")
		if durand.Notes == "" || !slices.Contains(durand.Aliases, "Durand") {
			t.Errorf("Durand = %+v", durand)
		}
	})
	t.Run("OKCasesAndEvents", func(t *testing.T) {
		cases, _ := s2.Cases(ctx)
		var titles []string
		for _, c := range cases {
			titles = append(titles, c.Title)
		}
		if !slices.Equal(titles, []string{"coastal INQUIRY", "Coastal inquiry (imported)", "Closed lead"}) {
			t.Errorf("case titles %q", titles)
		}
		if !slices.Contains(cases[1].EventIDs, ours) || len(cases[1].EventIDs) != 4 {
			t.Errorf("imported case events %v, want the file's own attack event %d among them", cases[1].EventIDs, ours)
		}
	})
	t.Run("OKMergeSuggestionsAgainstTheFile", func(t *testing.T) {
		sug, _ := s2.MergeSuggestions(ctx)
		found := false
		for _, m := range sug {
			if m.IntoID > int64(maxOld) {
				t.Errorf("suggestion %+v points to an entity the import added", m)
			}
			found = found || m.IntoID == drClarke
		}
		if !found {
			t.Errorf("no suggestion to merge Colin P. Clarke into Dr. Clarke: %+v", sug)
		}
	})
	t.Run("OKUndoRedo", func(t *testing.T) {
		if _, err := s2.Undo(ctx); err != nil {
			t.Fatal(err)
		}
		if got := dump(t, s2.Path(), domainTables...); got != before {
			t.Errorf("undo left the import behind:\n%s\nwant\n%s", got, before)
		}
		if _, err := s2.Redo(ctx); err != nil {
			t.Fatal(err)
		}
		if got := dump(t, s2.Path(), allTables...); got != after {
			t.Error("redo does not bring the import back")
		}
		if rep, err := s2.Check(ctx); err != nil || !rep.OK() {
			t.Errorf("check %+v, %v", rep, err)
		}
	})
	t.Run("OKAgainChangesNothingButCases", func(t *testing.T) {
		res := mustDo(t, s2, app.ImportExchange{Exchange: x})
		st := res.Exchange
		if st.ArticlesAdded != 0 || st.EntitiesAdded != 0 || st.MentionsAdded != 0 || st.EventsAdded != 0 ||
			st.LinksAdded != 0 || st.CasesAdded != 2 {
			t.Errorf("a second import added %+v", st)
		}
	})
}
