package ui

import (
	"context"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"dossier/app"
)

func TestInspectorShowsTheCurrentMention(t *testing.T) {
	f := newArticleFixture(t)
	in := f.v.inspector
	if in.body.Visible() {
		t.Error("the inspector shows a mention before one is chosen")
	}
	m := f.mustMentionAt(t, "Ribeiro", 1)
	f.v.setCurrent(m.ID)
	if !in.body.Visible() || in.heading.Text != "“Ribeiro”" {
		t.Fatalf("heading %q", in.heading.Text)
	}
	if in.typeSel.Selected != string(app.TypePerson) || in.entity.Text != "Ana Ribeiro" {
		t.Errorf("type %q, entity %q", in.typeSel.Selected, in.entity.Text)
	}
	if in.del.Visible() {
		t.Error("Delete offered for an automatic mention")
	}
	if in.accept.Disabled() || in.reject.Disabled() {
		t.Error("accept or reject disabled on a suggestion")
	}
}

func TestInspectorButtonsAcceptRejectAndRetype(t *testing.T) {
	f := newArticleFixture(t)
	in := f.v.inspector
	m := f.mustMentionAt(t, "Port Halden", 0)
	f.v.setCurrent(m.ID)
	test.Tap(in.accept)
	if got := f.mustMentionAt(t, "Port Halden", 0); got.Status != app.StatusAccepted {
		t.Errorf("after Accept: %s", got.Status)
	}
	if !in.accept.Disabled() {
		t.Error("Accept still enabled on an accepted mention")
	}
	test.Tap(in.reject)
	if got := f.mustMentionAt(t, "Port Halden", 0); got.Status != app.StatusRejected {
		t.Errorf("after Reject: %s", got.Status)
	}
	if f.v.current != m.ID || !in.body.Visible() {
		t.Error("a rejected mention left the inspector")
	}
	in.typeSel.SetSelected(string(app.TypeOrg))
	f.noDialog(t)
	if got := f.mustMentionAt(t, "Port Halden", 0); got.Type != app.TypeOrg {
		t.Errorf("after retype: %s", got.Type)
	}
	// Showing another mention must not retype it.
	other := f.mustMentionAt(t, "Tuesday", 0)
	f.v.setCurrent(other.ID)
	if got := f.mustMentionAt(t, "Tuesday", 0); got.Type != app.TypeDate || got.Status != app.StatusSuggested {
		t.Errorf("showing Tuesday changed it to %s %s", got.Type, got.Status)
	}
}

func TestInspectorLinksAndUnlinks(t *testing.T) {
	f := newArticleFixture(t)
	res, err := f.cf.Do(context.Background(), app.CreateEntity{Type: app.TypePerson, Name: "Ana Maria Ribeiro"})
	if err != nil {
		t.Fatal(err)
	}
	other := res.IDs[0]
	in := f.v.inspector
	m := f.mustMentionAt(t, "Ribeiro", 1)
	f.v.setCurrent(m.ID)
	in.search.SetText("Maria")
	in.debounce.flush()
	var link *widget.Button
	for _, o := range in.results.Objects {
		if b, ok := o.(*widget.Button); ok {
			link = b
		}
	}
	if link == nil || len(in.results.Objects) != 1 {
		t.Fatalf("results = %d objects, want one button", len(in.results.Objects))
	}
	test.Tap(link)
	f.noDialog(t)
	if got := f.mustMentionAt(t, "Ribeiro", 1); got.EntityID != other {
		t.Fatalf("linked to %d, want %d", got.EntityID, other)
	}
	if in.entity.Text != "Ana Maria Ribeiro" {
		t.Errorf("entity shown %q", in.entity.Text)
	}
	test.Tap(in.unlink)
	if got := f.mustMentionAt(t, "Ribeiro", 1); got.EntityID != 0 {
		t.Errorf("after Unlink the mention is linked to %d", got.EntityID)
	}
	if !in.unlink.Disabled() {
		t.Error("Unlink enabled on an unlinked mention")
	}
}

func TestInspectorNoteSurvivesOtherCommandsUntilSaved(t *testing.T) {
	f := newArticleFixture(t)
	in := f.v.inspector
	m := f.mustMentionAt(t, "Tuesday", 0)
	f.v.setCurrent(m.ID)
	if !in.save.Disabled() {
		t.Error("Save note enabled with nothing typed")
	}
	in.note.SetText("Which Tuesday? Check the wire copy.")
	f.v.focusText()
	f.press("a") // another command refreshes the inspector
	if in.note.Text != "Which Tuesday? Check the wire copy." {
		t.Fatalf("the unsaved note was replaced by %q", in.note.Text)
	}
	test.Tap(in.save)
	if got := f.mustMentionAt(t, "Tuesday", 0); got.Note != "Which Tuesday? Check the wire copy." {
		t.Errorf("stored note %q", got.Note)
	}
	if !in.save.Disabled() {
		t.Error("Save note still enabled after saving")
	}
	if f.w.win.Canvas().Focused() != fyne.Focusable(f.v.text) {
		t.Error("the keyboard did not go back to the text")
	}
}

func TestInspectorDeletesManualMentions(t *testing.T) {
	f := newArticleFixture(t)
	f.selectText(t, "Tarsk", 0)
	f.press("3")
	in := f.v.inspector
	if !in.del.Visible() {
		t.Fatal("no Delete for a manual mention")
	}
	test.Tap(in.del)
	if _, ok := f.mentionAt(t, "Tarsk", 0); ok {
		t.Error("Delete left the mention")
	}
	if in.body.Visible() {
		t.Error("the inspector still shows a deleted mention")
	}
}
