package ui

import (
	"context"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"dossier/app"
)

// entMergeClarke merges "Clarke" into "Colin P. Clarke" through the dialog.
func entMergeClarke(t *testing.T, w *mainWindow, s *entitiesScreen) (from, into app.Entity) {
	t.Helper()
	from, into = entByName(t, w, "Clarke"), entByName(t, w, "Colin P. Clarke")
	entSelect(t, s, "Clarke")
	m := s.openMerge(s.page.ent)
	test.Type(m.search, "Colin")
	if len(m.results) != 1 || m.results[0].ID != into.ID {
		t.Fatalf("merge candidates for “Colin”: %v", m.results)
	}
	m.list.Select(0)
	if !m.ok.Disabled() {
		t.Error("Merge is enabled before a reason is given")
	}
	if m.keep.Selected != keepLabel(into) {
		t.Errorf("keeps %q by default, want the name with more mentions", m.keep.Selected)
	}
	if !strings.Contains(m.summary.Text, "2 mentions in 2 articles") {
		t.Errorf("summary does not say what moves: %q", m.summary.Text)
	}
	test.Type(m.reason, "same analyst, same quotes")
	if m.ok.Disabled() {
		t.Fatal("Merge stays disabled with an entity and a reason")
	}
	test.Tap(m.ok)
	return from, into
}

func TestMergeThroughTheDialogThenUndo(t *testing.T) {
	w, s := entSeed(t)
	ctx := context.Background()
	from, into := entMergeClarke(t, w, s)

	if _, err := w.cf.Entity(ctx, from.ID); app.ErrorCode(err) != app.ENOTFOUND {
		t.Fatalf("merged-away entity still there: %v", err)
	}
	kept, _ := w.cf.Entity(ctx, into.ID)
	if kept.Mentions != 3 || !slices.Contains(kept.Aliases, "Clarke") {
		t.Fatalf("kept entity: %d mentions, aliases %v", kept.Mentions, kept.Aliases)
	}
	if s.selID != into.ID || s.page.title.Text != "Colin P. Clarke" || s.page.model.len() != 3 {
		t.Errorf("after merge the page shows %q (id %d, %d mentions), want the kept entity",
			s.page.title.Text, s.selID, s.page.model.len())
	}
	if slices.Contains(entNames(s), "Clarke") {
		t.Error("the list still holds the merged-away entity")
	}
	log, err := w.cf.Log(ctx, 1, 0)
	if err != nil || len(log) != 1 {
		t.Fatal(log, err)
	}
	if e := log[0]; e.Name != "entity.merge" || e.Actor != "tester" ||
		!strings.Contains(e.Summary, "same analyst, same quotes") || !strings.Contains(e.Summary, "Clarke") {
		t.Errorf("newest log entry: %+v", e)
	}

	w.onUndo()
	back, err := w.cf.Entity(ctx, from.ID)
	if err != nil || back.Mentions != 2 {
		t.Fatalf("undo did not restore “Clarke” with its 2 mentions: %+v %v", back, err)
	}
	kept, _ = w.cf.Entity(ctx, into.ID)
	if kept.Mentions != 1 || slices.Contains(kept.Aliases, "Clarke") {
		t.Errorf("after undo the kept entity has %d mentions, aliases %v", kept.Mentions, kept.Aliases)
	}
	if !slices.Contains(entNames(s), "Clarke") || s.selID != into.ID {
		t.Errorf("after undo: list %v, selected %d", entNames(s), s.selID)
	}
}

func TestMergeDialogRefusesNothingAndCancels(t *testing.T) {
	w, s := entSeed(t)
	entSelect(t, s, "Kabul")
	m := s.openMerge(s.page.ent)
	for _, e := range m.results {
		if e.ID == s.selID || e.Type != app.TypeLoc {
			t.Errorf("candidate %v: the entity itself or another type", e)
		}
	}
	if _, ok := m.command(); ok || !m.ok.Disabled() {
		t.Error("a merge is possible before anything is picked")
	}
	test.Tap(m.anyType)
	test.Type(m.search, "Soufan")
	if len(m.results) != 1 {
		t.Fatalf("“Any type” search: %v", m.results)
	}
	m.dlg.Hide()
	if n := len(entNames(s)); n != 8 {
		t.Errorf("cancel changed the list: %d entities", n)
	}
	if log, _ := w.cf.Log(context.Background(), 1, 0); len(log) > 0 && log[0].Name == "entity.merge" {
		t.Error("cancel merged")
	}
}

func TestSplitAliasBackOut(t *testing.T) {
	w, s := entSeed(t)
	_, into := entMergeClarke(t, w, s)
	test.Tap(aliasSplitButton(t, s, "Clarke"))

	kept, _ := w.cf.Entity(context.Background(), into.ID)
	if slices.Contains(kept.Aliases, "Clarke") || kept.Mentions != 1 {
		t.Errorf("after split the kept entity has aliases %v and %d mentions", kept.Aliases, kept.Mentions)
	}
	out := entByName(t, w, "Clarke")
	if out.Mentions != 2 || out.Type != app.TypePerson {
		t.Errorf("split-out entity: %+v", out)
	}
	if s.selID != into.ID || strings.Contains(aliasTexts(s), "Clarke|") {
		t.Errorf("after split: selected %d, aliases shown %q", s.selID, aliasTexts(s))
	}
}

// entSuggestion binds the suggestion rows and returns, for the one whose reason has reasonPart, its Merge and Not-the-same buttons.
func entSuggestion(t *testing.T, s *entitiesScreen, reasonPart string) (merge, dismiss *widget.Button, pair string) {
	t.Helper()
	for i := range s.sugg.items {
		o := newSuggestionRow()
		s.sugg.bindRow(i, o)
		var labels []string
		var buttons []*widget.Button
		walk(o, func(x fyne.CanvasObject) {
			switch v := x.(type) {
			case *widget.Label:
				labels = append(labels, v.Text)
			case *widget.Button:
				buttons = append(buttons, v)
			}
		})
		if strings.Contains(labels[1], reasonPart) {
			return buttons[0], buttons[1], labels[0]
		}
	}
	t.Fatalf("no suggestion with reason containing %q", reasonPart)
	return nil, nil, ""
}

func TestMergeSuggestionsAcceptAndDismiss(t *testing.T) {
	w, s := entSeed(t)
	if n := len(s.sugg.items); n != 2 {
		t.Fatalf("%d suggestions, want Clarke and Massoud", n)
	}
	if got := s.side.Items[1].Text; got != "Merge suggestions (2)" {
		t.Errorf("tab title %q", got)
	}
	_, dismiss, pair := entSuggestion(t, s, "massoud")
	if !strings.Contains(pair, "“Massoud” into “Ahmad Massoud”") {
		t.Errorf("pair shown as %q", pair)
	}
	test.Tap(dismiss)
	merge, _, _ := entSuggestion(t, s, "clarke")
	test.Tap(merge)

	ctx := context.Background()
	into := entByName(t, w, "Colin P. Clarke")
	if !slices.Contains(into.Aliases, "Clarke") || into.Mentions != 3 {
		t.Errorf("accepting did not merge: %+v", into)
	}
	if log, _ := w.cf.Log(ctx, 1, 0); !strings.Contains(log[0].Summary, "share the last name") {
		t.Errorf("the merge does not carry the suggestion's reason: %q", log[0].Summary)
	}
	if s.selID != into.ID {
		t.Errorf("selected %d after accepting, want the kept entity %d", s.selID, into.ID)
	}
	if len(s.sugg.items) != 0 || entByName(t, w, "Massoud").ID == 0 {
		t.Errorf("suggestions left: %v", s.sugg.items)
	}
	path := w.cf.Path()
	w.closeCaseFile()
	w.openPath(path)
	if w.cf == nil || len(s.sugg.items) != 0 {
		t.Errorf("after reopening, suggestions %v (the dismissed one must stay dismissed)", s.sugg.items)
	}
}
