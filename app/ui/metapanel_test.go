package ui

import (
	"context"
	"sync"
	"testing"
	"time"

	"fyne.io/fyne/v2"

	"dossier/app"
)

func (f *articleFixture) article(t testing.TB) app.Article {
	t.Helper()
	a, err := f.cf.Article(context.Background(), f.id)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func TestMetadataEditsAreCommandsAndUndo(t *testing.T) {
	f := newArticleFixture(t)
	p := f.v.meta
	if p.hash.Text != f.article(t).SHA256 || p.hash.Text == "" {
		t.Errorf("hash shown %q", p.hash.Text)
	}
	title := p.entries[app.FieldTitle]
	title.SetText("Ribeiro and the grain cooperative")
	if p.save.Disabled() {
		t.Error("Save disabled after an edit")
	}
	title.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	f.noDialog(t)
	if got := f.article(t).Title; got != "Ribeiro and the grain cooperative" {
		t.Errorf("title %q", got)
	}
	if a, _ := f.s.list.item(0); a.Title != "Ribeiro and the grain cooperative" {
		t.Errorf("list row title %q", a.Title)
	}
	p.grade.SetSelected(gradeLabel("B"))
	if got := f.article(t).Grade; got != "B" {
		t.Errorf("grade %q, want B", got)
	}
	f.menuAction(t, "Edit", "Undo")
	if got := f.article(t).Grade; got != "" {
		t.Errorf("grade %q after undo", got)
	}
	if p.grade.Selected != gradeChoices[0] {
		t.Errorf("grade menu shows %q after undo", p.grade.Selected)
	}
	f.menuAction(t, "Edit", "Undo")
	if got := f.article(t).Title; got != "Ribeiro meets the cooperative" || title.Text != got {
		t.Errorf("title %q (entry %q) after the second undo", got, title.Text)
	}
}

func TestMetadataSaveCommitsEveryEditedField(t *testing.T) {
	f := newArticleFixture(t)
	p := f.v.meta
	p.entries[app.FieldSource].SetText("Harbour Gazette (evening)")
	p.entries[app.FieldAuthor].SetText("M. Osei")
	p.entries[app.FieldURL].SetText("https://gazette.example/ribeiro")
	p.save.OnTapped()
	a := f.article(t)
	if a.Source != "Harbour Gazette (evening)" || a.Author != "M. Osei" || a.URL != "https://gazette.example/ribeiro" {
		t.Errorf("article after Save: %q %q %q", a.Source, a.Author, a.URL)
	}
	if !p.save.Disabled() {
		t.Error("Save still enabled")
	}
}

func TestMetadataRejectsABadDate(t *testing.T) {
	f := newArticleFixture(t)
	p := f.v.meta
	p.entries[app.FieldPublished].SetText("next Tuesday")
	p.commit(app.FieldPublished)
	if f.w.win.Canvas().Overlays().Top() == nil {
		t.Error("no message for a bad date")
	}
	if !f.article(t).Published.IsZero() {
		t.Error("a bad date was stored")
	}
}

// fakeExtractor resolves "Tuesday" in the harbour text against the publication date.
type fakeExtractor struct {
	mu   sync.Mutex
	got  []time.Time
	span app.Span
}

func (x *fakeExtractor) Extract(_ context.Context, _ string, published time.Time) (app.Extraction, error) {
	x.mu.Lock()
	x.got = append(x.got, published)
	x.mu.Unlock()
	d := app.Date{}
	if !published.IsZero() { // the Tuesday before the publication date, as the pipeline would say
		back := (int(published.Weekday()) - int(time.Tuesday) + 7) % 7
		d = app.DayDate(published.AddDate(0, 0, -back))
	}
	return app.Extraction{Mentions: []app.ExtractedMention{{Span: x.span, Type: app.TypeDate, Text: "Tuesday",
		Entity: "Tuesday", Date: d, Confidence: 0.9}}}, nil
}

// Runs SetArticleField.Reextract through the store: the date and the fresh suggestions in one command.
func TestPublishedDateReextractsInOneCommand(t *testing.T) {
	x := &fakeExtractor{span: spanOf(t, harbour, "Tuesday", 0)}
	svc := testServices()
	svc.Extractor = func() (app.Extractor, error) { return x, nil }
	f := newArticleFixtureWith(t, svc)
	f.v.setCurrent(f.mustMentionAt(t, "Ana Ribeiro", 0).ID)
	f.press("a") // a decision the re-extraction must not touch
	oldTuesday := f.mustMentionAt(t, "Tuesday", 0).ID
	f.v.setCurrent(oldTuesday)
	p := f.v.meta
	p.entries[app.FieldPublished].SetText("2024-03-08")
	p.commit(app.FieldPublished)
	if p.lastJob == nil {
		t.Fatal("no re-extraction job started")
	}
	<-p.lastJob
	f.noDialog(t)
	if len(x.got) != 1 || x.got[0].Format("2006-01-02") != "2024-03-08" {
		t.Errorf("extractor called with %v, want 2024-03-08", x.got)
	}
	if got := f.article(t).Published.Format("2006-01-02"); got != "2024-03-08" {
		t.Errorf("published %s", got)
	}
	if m := f.mustMentionAt(t, "Ana Ribeiro", 0); m.Status != app.StatusAccepted {
		t.Errorf("the analyst's decision became %s", m.Status)
	}
	m := f.mustMentionAt(t, "Tuesday", 0)
	if m.Date.Value != "2024-03-05" {
		t.Errorf("Tuesday resolves to %q, want 2024-03-05", m.Date.Value)
	}
	if m.ID == oldTuesday || f.v.current != m.ID {
		t.Errorf("current = %d, want the fresh Tuesday suggestion %d (was %d)", f.v.current, m.ID, oldTuesday)
	}
	f.menuAction(t, "Edit", "Undo") // one command: the date and the suggestions go back together
	if !f.article(t).Published.IsZero() {
		t.Error("undo left the published date")
	}
	if m := f.mustMentionAt(t, "Tuesday", 0); m.Date.Value != "" {
		t.Errorf("after undo Tuesday resolves to %q", m.Date.Value)
	}
}

func TestGradeLabels(t *testing.T) {
	for _, g := range []app.Grade{"", "A", "C", "F"} {
		if got := gradeOf(gradeLabel(g)); got != g {
			t.Errorf("grade %q round-trips to %q", g, got)
		}
	}
}
