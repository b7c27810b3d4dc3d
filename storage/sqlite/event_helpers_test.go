package sqlite_test

import (
	"testing"
	"time"

	"dossier/app"
	"dossier/storage/sqlite"
)

// zurichText has accents, a non-BMP character and a ligature before its
// names, so quotes only come out right if spans count code points.
const zurichText = `Ärger in Zürich: 🚢 the vessel Ærø docked on 3 März.
Émile Durand of the Coastal Guard Agency met port officials in Genève.`

// fixture is a case file with two articles, entities and the suggested
// event of the convoy article.
type fixture struct {
	s                    *sqlite.Store
	convoy, zurich       int64 // articles
	iskp, kandahar       int64 // entities from the extraction
	durand, agency, city int64 // entities created by hand (PERSON, ORG, LOC)
	suggested            int64 // the extractor's event
}

func newFixture(t *testing.T) fixture {
	t.Helper()
	s := newStore(t)
	f := fixture{s: s, convoy: importConvoy(t, s)}
	zur := article("Zürich", zurichText)
	zur.Published = mustTime(t, "2024-03-04")
	f.zurich = mustDo(t, s, app.ImportArticles{Articles: []app.Article{zur}}).IDs[0]
	f.iskp = entityNamed(t, s, "Islamic State Khorasan Province").ID
	f.kandahar = entityNamed(t, s, "Kandahar").ID
	f.durand = mustDo(t, s, app.CreateEntity{Type: app.TypePerson, Name: "Émile Durand", Aliases: []string{"Durand"}}).IDs[0]
	f.agency = mustDo(t, s, app.CreateEntity{Type: app.TypeOrg, Name: "Coastal Guard Agency"}).IDs[0]
	f.city = mustDo(t, s, app.CreateEntity{Type: app.TypeLoc, Name: "Genève"}).IDs[0]
	evs, _, err := s.Events(ctx, app.EventFilter{ArticleID: f.convoy})
	if err != nil || len(evs) != 1 {
		t.Fatalf("suggested events %+v, %v", evs, err)
	}
	f.suggested = evs[0].ID
	return f
}

// cite is evidence for sub (first occurrence) in text of article id.
func cite(t testing.TB, id int64, text, sub string) app.Evidence {
	return app.Evidence{ArticleID: id, Span: span(t, text, sub, 0)}
}

// meeting is a hand-made event in Genève, cited from the Zürich article.
func (f fixture) meeting(t testing.TB) app.Event {
	return app.Event{
		Type: app.EventMeeting, Title: "  Durand meets   port officials ", Date: app.Date{Value: "2024-03"},
		LocationID: f.city, Credibility: 2, Casualties: app.Casualties{Killed: -5, Injured: 0}, Note: "routine",
		Participants: []app.Participant{
			{EntityID: f.durand, Role: app.RoleAgent}, {EntityID: f.agency, Role: app.RoleOther},
			{EntityID: f.durand, Role: app.RoleAgent},
		},
		Evidence: []app.Evidence{cite(t, f.zurich, zurichText, "Émile Durand of the Coastal Guard Agency met port officials")},
	}
}

func (f fixture) create(t testing.TB, e app.Event) int64 {
	t.Helper()
	return mustDo(t, f.s, app.CreateEvent{Event: e}).IDs[0]
}

func mustTime(t testing.TB, day string) time.Time {
	t.Helper()
	d, err := app.ParseDate(day)
	if err != nil {
		t.Fatal(err)
	}
	from, _, _ := d.Bounds()
	return from
}
