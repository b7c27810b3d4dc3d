package sqlite_test

import (
	"fmt"
	"path/filepath"
	"slices"
	"testing"

	"dossier/app"
	"dossier/storage/sqlite"
)

func TestEventsList(t *testing.T) {
	f := newFixture(t)
	// Dates of every precision, given out of order; the undated come last.
	dates := []string{"2024-03-05", "", "2024", "2024-W10", "2023-12/2024-02", "2024-03", "2024-03-04", "2022/2023"}
	ids := map[string]int64{}
	for _, d := range dates {
		e := f.meeting(t)
		date, err := app.ParseDate(d)
		if err != nil {
			t.Fatal(err)
		}
		e.Title, e.Date = "meeting "+d, date
		if d == "2024-03" {
			e.Type, e.Participants = app.EventArrest, []app.Participant{{EntityID: f.iskp, Role: app.RoleTarget}}
		}
		ids[d] = f.create(t, e)
	}
	t.Run("OKByDate", func(t *testing.T) {
		evs, total, err := f.s.Events(ctx, app.EventFilter{Status: app.StatusAccepted})
		if err != nil || total != len(dates) {
			t.Fatalf("%d events, %v", total, err)
		}
		// 2024-W10 starts on Monday 4 March 2024; the suggested convoy event is not accepted.
		want := []string{"2022/2023", "2023-12/2024-02", "2024", "2024-03", "2024-W10", "2024-03-04", "2024-03-05", ""}
		var got []string
		for _, e := range evs {
			got = append(got, e.Date.Value)
		}
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("order %q, want %q", got, want)
		}
	})
	for _, tt := range []struct {
		name  string
		f     app.EventFilter
		total int
		first int64
	}{
		{"OKAll", app.EventFilter{}, len(dates) + 1, ids["2022/2023"]},
		{"OKPage", app.EventFilter{Status: app.StatusAccepted, Limit: 2, Offset: 3}, len(dates), ids["2024-03"]},
		{"OKByArticle", app.EventFilter{ArticleID: f.convoy}, 1, f.suggested},
		{"OKByEvidenceArticle", app.EventFilter{ArticleID: f.zurich}, len(dates), ids["2022/2023"]},
		{"OKByParticipant", app.EventFilter{EntityID: f.iskp}, 2, ids["2024-03"]},
		{"OKByLocation", app.EventFilter{EntityID: f.kandahar}, 1, f.suggested},
		{"OKByType", app.EventFilter{Type: app.EventArrest}, 1, ids["2024-03"]},
		{"OKBySuggested", app.EventFilter{Status: app.StatusSuggested}, 1, f.suggested},
		{"OKByTitle", app.EventFilter{Query: "MEETING 2024-w"}, 1, ids["2024-W10"]},
		{"OKTitleWildcardsLiteral", app.EventFilter{Query: "%"}, 0, 0},
		{"OKNothing", app.EventFilter{CaseID: 99}, 0, 0},
	} {
		t.Run(tt.name, func(t *testing.T) {
			evs, total, err := f.s.Events(ctx, tt.f)
			if err != nil || total != tt.total || (tt.total > 0 && evs[0].ID != tt.first) || evs == nil {
				t.Errorf("total %d, first %v, %v; want %d, first %d", total, evs, err, tt.total, tt.first)
			}
			if tt.f.Limit > 0 && len(evs) != tt.f.Limit {
				t.Errorf("page of %d", len(evs))
			}
		})
	}
	t.Run("ErrEventMissing", func(t *testing.T) {
		_, err := f.s.Event(ctx, 999)
		wantCode(t, err, app.ENOTFOUND)
	})
}

func TestCaseBundle(t *testing.T) {
	f := newFixture(t)
	late := f.meeting(t)
	late.Title, late.Date = "Second meeting", app.Date{Value: "2024-03-20"}
	early := f.meeting(t)
	early.Title, early.Date, early.Participants = "First meeting", app.Date{Value: "2024-03-01"}, nil
	lateID, earlyID := f.create(t, late), f.create(t, early)
	outsider := f.create(t, f.meeting(t))
	mustDo(t, f.s, app.SetEventStatus{EventIDs: []int64{outsider}, Status: app.StatusRejected})
	cs := mustDo(t, f.s, app.CreateCase{Title: "Port", Summary: "Two meetings and an ambush."}).IDs[0]
	mustDo(t, f.s, app.AddToCase{CaseID: cs, EventIDs: []int64{lateID, f.suggested, earlyID}})
	link := func(l app.Link) int64 { return mustDo(t, f.s, app.CreateLink{Link: l}).IDs[0] }
	precedes := link(app.Link{CaseID: cs, Kind: app.LinkPrecedes, FromKind: app.TargetEvent, FromID: earlyID,
		ToKind: app.TargetEvent, ToID: lateID, Evidence: []app.Evidence{cite(t, f.convoy, convoyText, "Militants")}})
	// An entity end outside the events still brings its entity in.
	leader := link(app.Link{CaseID: cs, Kind: app.LinkLeaderOf, FromKind: app.TargetEntity, FromID: f.iskp,
		ToKind: app.TargetEntity, ToID: f.agency})
	link(app.Link{CaseID: cs, Kind: app.LinkRelated, FromKind: app.TargetEvent, FromID: lateID, ToKind: app.TargetEvent, ToID: outsider})

	b, err := f.s.CaseBundle(ctx, cs)
	if err != nil {
		t.Fatal(err)
	}
	if len(b.Mentions) == 0 {
		t.Error("the bundle carries no mentions of its entities")
	}
	for _, m := range b.Mentions {
		_, okE := b.EntityByID(m.EntityID)
		_, okA := b.ArticleByID(m.ArticleID)
		if !okE || !okA || m.Status == app.StatusRejected {
			t.Errorf("bundle mention %+v: entity in bundle %v, article in bundle %v", m, okE, okA)
		}
	}
	t.Run("OKCaseAndEvents", func(t *testing.T) {
		if b.Case.Title != "Port" || !slices.Equal(b.Case.EventIDs, []int64{lateID, f.suggested, earlyID}) ||
			b.Actor != "tester" || b.FilePath != f.s.Path() || b.Generated.IsZero() {
			t.Errorf("bundle %+v", b)
		}
		if len(b.Events) != 3 || b.Events[0].ID != lateID || b.Events[1].ID != f.suggested || b.Events[2].ID != earlyID {
			t.Fatalf("events %+v", b.Events)
		}
		p, ev := b.Events[0].Participants, b.Events[0].Evidence
		if len(p) != 2 || p[0].Name != "Émile Durand" || len(ev) != 1 || ev[0].Quote != ev[0].Span.Slice(zurichText) || ev[0].Quote == "" {
			t.Errorf("participants %+v evidence %+v", p, ev)
		}
		// A suggestion cites the sentence of its trigger, full stop included.
		want := "Militants attacked a supply convoy near Kandahar on Tuesday, killing four drivers, officials said."
		if q := b.Events[1].Evidence[0].Quote; q != want {
			t.Errorf("suggested event's evidence %q, want %q", q, want)
		}
	})
	t.Run("OKLinks", func(t *testing.T) {
		// The link to the event outside the case is left out.
		if len(b.Links) != 2 || b.Links[0].ID != precedes || b.Links[1].ID != leader || b.Links[0].Evidence[0].Quote != "Militants" {
			t.Errorf("links %+v", b.Links)
		}
	})
	t.Run("OKEntities", func(t *testing.T) {
		var names []string
		for _, e := range b.Entities {
			names = append(names, e.Name)
		}
		// Participants, places (Genève, Kandahar) and link ends (ISKP's long
		// name), by name as the entity list sorts them (bytes of the lower case).
		want := []string{"Coastal Guard Agency", "Genève", "Islamic State Khorasan Province", "Kandahar", "Émile Durand"}
		if fmt.Sprint(names) != fmt.Sprint(want) {
			t.Errorf("entities %q, want %q", names, want)
		}
		if d, ok := b.EntityByID(f.durand); !ok || !slices.Equal(d.Aliases, []string{"Durand"}) {
			t.Errorf("Durand %+v", d)
		}
	})
	t.Run("OKArticles", func(t *testing.T) {
		full, _ := f.s.Article(ctx, f.zurich)
		z, ok := b.ArticleByID(f.zurich)
		if len(b.Articles) != 2 || !ok || z.SHA256 != full.SHA256 || z.Grade != "B" || z.Source != "Test Wire" ||
			!z.Published.Equal(full.Published) || z.Published.IsZero() || z.Text != "" || z.Title != "Zürich" {
			t.Errorf("articles %+v", b.Articles)
		}
	})
	t.Run("OKWholeFile", func(t *testing.T) {
		all, err := f.s.CaseBundle(ctx, 0)
		if err != nil {
			t.Fatal(err)
		}
		// Accepted events by date: the rejected one stays out, and so do its links; the
		// suggestion was accepted by joining the case.
		if all.Case.Title != "Test case" || !slices.Equal(all.Case.EventIDs, []int64{earlyID, f.suggested, lateID}) ||
			len(all.Events) != 3 || len(all.Links) != 2 {
			t.Errorf("whole file: case %+v, %d events, links %+v", all.Case, len(all.Events), all.Links)
		}
	})
	t.Run("ErrMissing", func(t *testing.T) {
		_, err := f.s.CaseBundle(ctx, 99)
		wantCode(t, err, app.ENOTFOUND)
	})
}

// TestUpgradeKeepsEvents opens a version-2 file with events: the upgrade
// gives them their date order and the event commands work on them.
func TestUpgradeKeepsEvents(t *testing.T) {
	path := filepath.Join(t.TempDir(), "v2.dossier")
	old, err := sqlite.CreateVersion(path, "Old case", testOptions(), 2)
	if err != nil {
		t.Fatal(err)
	}
	importConvoy(t, old)
	if err := old.Close(); err != nil {
		t.Fatal(err)
	}
	s, err := sqlite.Open(path, testOptions())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	evs, total, err := s.Events(ctx, app.EventFilter{})
	if err != nil || total != 1 || evs[0].Date.Value != "2024-03-05" || len(evs[0].Participants) != 1 {
		t.Fatalf("events after upgrade %+v, %v", evs, err)
	}
	mustDo(t, s, app.SetEventStatus{EventIDs: []int64{evs[0].ID}, Status: app.StatusAccepted})
	if b, err := s.CaseBundle(ctx, 0); err != nil || len(b.Events) != 1 || len(b.Articles) != 1 {
		t.Errorf("bundle %+v, %v", b, err)
	}
	// Undo reaches back across the upgrade, to the import.
	for i := 0; i < 2; i++ {
		if _, err := s.Undo(ctx); err != nil {
			t.Fatal(err)
		}
	}
	if _, total, _ := s.Events(ctx, app.EventFilter{}); total != 0 {
		t.Errorf("%d events after undoing the import", total)
	}
}
