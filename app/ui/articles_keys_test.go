package ui

import (
	"testing"

	"fyne.io/fyne/v2"

	"dossier/app"
)

func TestTypeKeyTagsTheSelection(t *testing.T) {
	f := newArticleFixture(t)
	f.selectText(t, "Tarsk", 0)
	f.press("3")
	f.noDialog(t)
	m := f.mustMentionAt(t, "Tarsk", 0)
	if m.Type != app.TypeLoc || m.Origin != app.OriginManual || m.Status != app.StatusAccepted {
		t.Errorf("mention = %s %s %s, want a manual accepted LOC", m.Type, m.Origin, m.Status)
	}
	if f.v.current != m.ID || f.v.text.FocusedHighlight() != m.ID {
		t.Errorf("current = %d, focused = %d; want the new mention %d", f.v.current, f.v.text.FocusedHighlight(), m.ID)
	}
	if s, e := f.v.text.Selection(); s != e {
		t.Errorf("selection %d–%d not cleared after tagging", s, e)
	}
}

func TestTypeKeyTrimsWhiteSpaceAroundTheSelection(t *testing.T) {
	f := newArticleFixture(t)
	sp := spanOf(t, harbour, "Tarsk", 0)
	f.v.text.SetSelection(sp.Start-1, sp.End) // " Tarsk", as a sloppy drag gives
	f.press("1")
	f.noDialog(t)
	var types []app.EntityType
	for _, m := range f.mentions(t) {
		if m.Span.Overlaps(sp) {
			if m.Span != sp {
				t.Errorf("mention over %v, want %v", m.Span, sp)
			}
			types = append(types, m.Type)
		}
	}
	if len(types) != 1 || types[0] != app.TypePerson {
		t.Errorf("mentions over “Tarsk” = %v, want one PERSON", types)
	}
}

func TestKeysAcceptRejectAndRetype(t *testing.T) {
	f := newArticleFixture(t)
	f.press("n") // Ana Ribeiro
	f.press("a")
	f.press("n") // Northern Grain Cooperative
	f.press("r")
	f.press("n") // Port Halden
	f.press("2")
	f.noDialog(t)
	if m := f.mustMentionAt(t, "Ana Ribeiro", 0); m.Status != app.StatusAccepted {
		t.Errorf("Ana Ribeiro is %s, want accepted", m.Status)
	}
	if m := f.mustMentionAt(t, "Northern Grain Cooperative", 0); m.Status != app.StatusRejected {
		t.Errorf("the cooperative is %s, want rejected", m.Status)
	}
	if m := f.mustMentionAt(t, "Port Halden", 0); m.Type != app.TypeOrg || m.Status != app.StatusAccepted {
		t.Errorf("Port Halden is %s %s, want an accepted ORG", m.Type, m.Status)
	}
	if m := f.mustMentionAt(t, "Port Halden", 1); m.Type != app.TypeLoc || m.Status != app.StatusSuggested {
		t.Errorf("the second Port Halden is %s %s, want an untouched LOC suggestion", m.Type, m.Status)
	}
	// The rejected mention is no longer drawn; the others are, accepted ones solid.
	rejected := f.mustMentionAt(t, "Northern Grain Cooperative", 0).ID
	for _, h := range f.v.text.Highlights() {
		if h.ID == rejected {
			t.Error("a rejected mention is still highlighted")
		}
	}
}

func TestTypeKeyOnTheCurrentMentionOfTheSameTypeAcceptsIt(t *testing.T) {
	f := newArticleFixture(t)
	f.press("n1") // Ana Ribeiro is a PERSON: confirm it
	if m := f.mustMentionAt(t, "Ana Ribeiro", 0); m.Status != app.StatusAccepted || m.Type != app.TypePerson {
		t.Errorf("Ana Ribeiro is %s %s, want an accepted PERSON", m.Type, m.Status)
	}
}

func TestShiftAAcceptsEverySuggestionOfTheName(t *testing.T) {
	f := newArticleFixture(t)
	f.v.setCurrent(f.mustMentionAt(t, "Ribeiro", 1).ID)
	f.press("A")
	f.noDialog(t)
	for _, c := range []struct {
		sub  string
		nth  int
		want app.Status
	}{
		{"Ana Ribeiro", 0, app.StatusAccepted},
		{"Ribeiro", 1, app.StatusAccepted},
		{"Ribeiro", 2, app.StatusAccepted},
		{"Port Halden", 0, app.StatusSuggested},
		{"Tuesday", 0, app.StatusSuggested},
	} {
		if m := f.mustMentionAt(t, c.sub, c.nth); m.Status != c.want {
			t.Errorf("%s #%d is %s, want %s", c.sub, c.nth, m.Status, c.want)
		}
	}
	// One command: one undo reverts them all.
	f.menuAction(t, "Edit", "Undo")
	for _, m := range f.mentions(t) {
		if m.Status != app.StatusSuggested {
			t.Errorf("after undo %q is %s", m.Text, m.Status)
		}
	}
}

func TestNextAndPreviousFollowTheSuggestionsInTextOrder(t *testing.T) {
	f := newArticleFixture(t)
	var want []int64
	for _, m := range f.mentions(t) {
		want = append(want, m.ID)
	}
	for i, id := range want {
		f.press("n")
		if got := f.v.text.FocusedHighlight(); got != id {
			t.Fatalf("N #%d focused %d, want %d", i+1, got, id)
		}
	}
	f.press("n") // wraps around
	if got := f.v.text.FocusedHighlight(); got != want[0] {
		t.Errorf("N past the last focused %d, want the first %d", got, want[0])
	}
	f.press("p") // and back
	if got := f.v.text.FocusedHighlight(); got != want[len(want)-1] {
		t.Errorf("P before the first focused %d, want the last %d", got, want[len(want)-1])
	}
	f.press("P")
	if got := f.v.text.FocusedHighlight(); got != want[len(want)-2] {
		t.Errorf("P focused %d, want %d", got, want[len(want)-2])
	}
	// Decided mentions are skipped.
	f.v.setCurrent(want[0])
	f.press("a")
	f.v.setCurrent(0)
	f.v.text.SetSelection(0, 0)
	f.press("n")
	if got := f.v.text.FocusedHighlight(); got != want[1] {
		t.Errorf("N skipped to %d, want %d (the accepted first one skipped)", got, want[1])
	}
}

func TestTapOnAHighlightMakesItCurrent(t *testing.T) {
	f := newArticleFixture(t)
	m := f.mustMentionAt(t, "Tuesday", 0)
	hits := f.v.text.HighlightsAt(m.Start + 1)
	f.v.text.OnTapped(m.Start+1, hits)
	if f.v.current != m.ID {
		t.Fatalf("current = %d, want %d", f.v.current, m.ID)
	}
	if f.v.inspector.heading.Text != "“Tuesday”" {
		t.Errorf("inspector heading %q", f.v.inspector.heading.Text)
	}
	f.v.text.OnTapped(2, nil)
	if f.v.current != 0 || f.v.inspector.body.Visible() {
		t.Error("a tap on plain text kept the current mention")
	}
}

// Runs app.AddMentions through the store.
func TestTTagsEveryWholeWordOccurrence(t *testing.T) {
	f := newArticleFixture(t)
	f.selectText(t, "Kestrel", 0)
	f.press("t")
	f.pickMenu(t, string(app.TypeOrg))
	f.noDialog(t)
	for nth := 0; nth < 2; nth++ {
		if m, ok := f.mentionAt(t, "Kestrel", nth); !ok || m.Type != app.TypeOrg {
			t.Errorf("Kestrel #%d not tagged ORG", nth)
		}
	}
	if _, ok := f.mentionAt(t, "Kestrels", 0); ok {
		t.Error("“Kestrels'” was tagged: not a whole word")
	}
	f.menuAction(t, "Edit", "Undo") // one command
	if _, ok := f.mentionAt(t, "Kestrel", 1); ok {
		t.Error("undo left a Kestrel tag")
	}
}

// Runs app.AddMentions through the store.
func TestTOnTheCurrentMentionTagsTheRestWithItsEntity(t *testing.T) {
	f := newArticleFixture(t)
	f.selectText(t, "Kestrel", 0)
	f.press("2") // the first Kestrel becomes the current ORG mention
	first := f.mustMentionAt(t, "Kestrel", 0)
	if f.v.current != first.ID {
		t.Fatalf("current = %d, want the new mention %d", f.v.current, first.ID)
	}
	f.press("T")
	f.noDialog(t)
	second, ok := f.mentionAt(t, "Kestrel", 1)
	if !ok || second.Type != app.TypeOrg || second.EntityID != first.EntityID {
		t.Errorf("second Kestrel = %+v (found %v), want an ORG of entity %d", second, ok, first.EntityID)
	}
	before := len(f.mentions(t))
	f.press("T") // every occurrence tagged now: only a hint
	f.noDialog(t)
	if got := len(f.mentions(t)); got != before {
		t.Errorf("a second T made %d mentions, want %d", got, before)
	}
}

func TestDeleteRemovesAManualMentionOnly(t *testing.T) {
	f := newArticleFixture(t)
	f.selectText(t, "Tarsk", 0)
	f.press("3")
	f.key(fyne.KeyDelete)
	f.noDialog(t)
	if _, ok := f.mentionAt(t, "Tarsk", 0); ok {
		t.Error("Delete left the manual mention")
	}
	if f.v.current != 0 {
		t.Errorf("current = %d after deleting it", f.v.current)
	}
	auto := f.mustMentionAt(t, "Tuesday", 0)
	f.v.setCurrent(auto.ID)
	f.key(fyne.KeyDelete)
	f.noDialog(t) // a hint in the status bar, not an error
	if _, ok := f.mentionAt(t, "Tuesday", 0); !ok {
		t.Error("Delete removed an automatic mention")
	}
	f.menuAction(t, "Edit", "Undo")
	if _, ok := f.mentionAt(t, "Tarsk", 0); !ok {
		t.Error("undo did not bring the deleted mention back")
	}
}

func TestSixPicksASelectorType(t *testing.T) {
	f := newArticleFixture(t)
	f.selectText(t, "ops@halden-port.example", 0)
	f.press("6")
	if f.v.typeMenu == nil || len(f.v.typeMenu.Items) != len(app.SelectorTypes)+1 {
		t.Fatalf("selector menu = %v", f.v.typeMenu)
	}
	f.pickMenu(t, string(app.TypeEmail))
	f.noDialog(t)
	if m := f.mustMentionAt(t, "ops@halden-port.example", 0); m.Type != app.TypeEmail {
		t.Errorf("type %s, want EMAIL", m.Type)
	}
}

func TestEscapeClearsTheSelectionThenTheCurrentMention(t *testing.T) {
	f := newArticleFixture(t)
	f.press("n")
	f.selectText(t, "Tarsk", 0)
	f.key(fyne.KeyEscape)
	if s, e := f.v.text.Selection(); s != e {
		t.Errorf("selection %d–%d after Escape", s, e)
	}
	if f.v.current == 0 {
		t.Error("the first Escape also dropped the current mention")
	}
	f.key(fyne.KeyEscape)
	if f.v.current != 0 {
		t.Error("the second Escape kept the current mention")
	}
}

func TestKeysWithoutATargetOnlyExplain(t *testing.T) {
	f := newArticleFixture(t)
	before := len(f.mentions(t))
	f.press("arA3tT")
	f.key(fyne.KeyDelete)
	f.noDialog(t)
	if got := len(f.mentions(t)); got != before {
		t.Errorf("%d mentions, want %d", got, before)
	}
	if f.w.status.Text == "" {
		t.Error("no hint in the status bar")
	}
}

func TestWholeWordOccurrences(t *testing.T) {
	for _, c := range []struct {
		text, needle string
		want         []app.Span
	}{
		{"Kestrel and the Kestrel", "Kestrel", []app.Span{{Start: 0, End: 7}, {Start: 16, End: 23}}},
		{"Kestrels' Kestrel", "Kestrel", []app.Span{{Start: 10, End: 17}}},
		{"kestrel Kestrel", "Kestrel", []app.Span{{Start: 8, End: 15}}},
		{"Zürich, Zürich", "Zürich", []app.Span{{Start: 0, End: 6}, {Start: 8, End: 14}}},
		{"aaaa", "aa", nil},
		{"(#halden)#halden", "#halden", []app.Span{{Start: 1, End: 8}, {Start: 9, End: 16}}},
		{"x", "", nil},
		{"ab", "abc", nil},
	} {
		got := wholeWordOccurrences([]rune(c.text), []rune(c.needle))
		if len(got) != len(c.want) {
			t.Errorf("%q in %q: %v, want %v", c.needle, c.text, got, c.want)
			continue
		}
		for i := range got {
			if got[i] != c.want[i] {
				t.Errorf("%q in %q: %v, want %v", c.needle, c.text, got, c.want)
			}
		}
	}
}

func TestSameName(t *testing.T) {
	p := func(text string, entity int64) app.Mention {
		return app.Mention{Type: app.TypePerson, Text: text, EntityID: entity}
	}
	for _, c := range []struct {
		a, b app.Mention
		want bool
	}{
		{p("Ribeiro", 1), p("Ana Ribeiro", 1), true},
		{p("Ribeiro", 0), p("ribeiro", 0), true},
		{p("Ribeiro", 1), p("Ribeiro", 2), true},
		{p("Ribeiro", 1), p("Ribeira", 2), false},
		{p("Jordan", 0), app.Mention{Type: app.TypeLoc, Text: "Jordan"}, false},
	} {
		if got := sameName(c.a, c.b); got != c.want {
			t.Errorf("sameName(%v, %v) = %v", c.a, c.b, got)
		}
	}
}
