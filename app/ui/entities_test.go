package ui

import (
	"context"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"dossier/app"
	"dossier/storage/sqlite"
)

// The seed articles. Non-ASCII text (ü, —, é) comes before some mentions so
// that byte offsets used in place of code points would show.
const (
	entText1 = "Colin P. Clarke, director of research at the Soufan Group, warned on Monday that ISIS-K " +
		"remains active from Zürich — and beyond. Clarke said the group recruits online. Analysts in Kabul agreed."
	entText2 = "In Kabul, Clarke told reporters that Ahmad Massoud had left the café. " +
		"Massoud was not available for comment."
)

// entMention is a seed mention: the nth occurrence of text in an article.
type entMention struct {
	text   string
	nth    int
	typ    app.EntityType
	entity string
}

// entSpan is the code-point span of the nth (0-based) occurrence of sub.
func entSpan(t testing.TB, text, sub string, nth int) app.Span {
	t.Helper()
	from := 0
	for i := 0; ; i++ {
		j := strings.Index(text[from:], sub)
		if j < 0 {
			t.Fatalf("%q not in the text %d times", sub, nth+1)
		}
		if i == nth {
			start := utf8.RuneCountInString(text[:from+j])
			return app.Span{Start: start, End: start + utf8.RuneCountInString(sub)}
		}
		from += j + len(sub)
	}
}

func entExtraction(t testing.TB, text string, ms []entMention) app.Extraction {
	var ex app.Extraction
	for _, m := range ms {
		ex.Mentions = append(ex.Mentions, app.ExtractedMention{
			Span: entSpan(t, text, m.text, m.nth), Type: m.typ, Text: m.text, Entity: m.entity, Confidence: 0.8,
		})
	}
	return ex
}

// entSeedCommand imports the two seed articles: "Clarke" and "Massoud"
// arrive as entities of their own, each with a merge suggestion into the
// full name.
func entSeedCommand(t testing.TB) app.ImportArticles {
	day := func(d int) time.Time { return time.Date(2024, 3, d, 0, 0, 0, 0, time.UTC) }
	return app.ImportArticles{
		Articles: []app.Article{
			{Title: "Briefing", Source: "Desk", Published: day(4), Format: "txt", Text: entText1},
			{Title: "Wire", Source: "Agency", Published: day(5), Format: "txt", Text: entText2},
		},
		Extractions: []app.Extraction{
			entExtraction(t, entText1, []entMention{
				{"Colin P. Clarke", 0, app.TypePerson, ""}, {"Soufan Group", 0, app.TypeOrg, ""},
				{"ISIS-K", 0, app.TypeOrg, ""}, {"Zürich", 0, app.TypeLoc, ""},
				{"Clarke", 1, app.TypePerson, "Clarke"}, {"Kabul", 0, app.TypeLoc, ""},
			}),
			entExtraction(t, entText2, []entMention{
				{"Kabul", 0, app.TypeLoc, ""}, {"Clarke", 0, app.TypePerson, "Clarke"},
				{"Ahmad Massoud", 0, app.TypePerson, ""}, {"Massoud", 1, app.TypePerson, "Massoud"},
			}),
		},
	}
}

// entSeed opens a 1100×720 window, Entities tab shown, on a fresh case
// file holding the seed articles.
func entSeed(t *testing.T) (*mainWindow, *entitiesScreen) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "ent.dossier")
	cf, err := sqlite.Create(path, "Entities", sqlite.Options{Actor: "tester"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := cf.Do(context.Background(), entSeedCommand(t)); err != nil {
		t.Fatal(err)
	}
	w := newTestWindow(t, testServices())
	w.win.Resize(fyne.NewSize(1100, 720))
	w.setCaseFile(cf)
	w.tabs.SelectIndex(1)
	return w, w.entities
}

// entByName finds an entity by canonical name through the store.
func entByName(t *testing.T, w *mainWindow, name string) app.Entity {
	t.Helper()
	es, _, err := w.cf.Entities(context.Background(), app.EntityFilter{Query: name, Limit: 100})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range es {
		if e.Name == name {
			return e
		}
	}
	t.Fatalf("no entity named %q", name)
	return app.Entity{}
}

// entSelect taps the entity's row in the list (found through the pager).
func entSelect(t *testing.T, s *entitiesScreen, name string) {
	t.Helper()
	for i := 0; i < s.pager.len(); i++ {
		if e, _ := s.pager.at(i); e.Name == name {
			s.list.Select(i)
			if s.selID != e.ID || s.page.title.Text != name {
				t.Fatalf("selecting %q shows %q (id %d)", name, s.page.title.Text, s.selID)
			}
			return
		}
	}
	t.Fatalf("%q is not in the list", name)
}

func entNames(s *entitiesScreen) []string {
	var out []string
	for i := 0; i < s.pager.len(); i++ {
		e, _ := s.pager.at(i)
		out = append(out, e.Name)
	}
	return out
}

func TestEntitiesListFiltersByTypeAndSearch(t *testing.T) {
	_, s := entSeed(t)
	all := []string{"Ahmad Massoud", "Clarke", "Colin P. Clarke", "ISIS-K", "Kabul", "Massoud", "Soufan Group", "Zürich"}
	tests := []struct {
		name, kind, query string
		want              []string
	}{
		{"all", entityAllTypes, "", all},
		{"type", "PERSON", "", []string{"Ahmad Massoud", "Clarke", "Colin P. Clarke", "Massoud"}},
		{"search", entityAllTypes, "clar", []string{"Clarke", "Colin P. Clarke"}},
		{"both", "LOC", "zü", []string{"Zürich"}},
		{"nothing", "EMAIL", "", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s.kind.SetSelected(tc.kind)
			s.search.SetText("")
			test.Type(s.search, tc.query)
			if got := entNames(s); strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("list = %v, want %v", got, tc.want)
			}
			if s.count.Text != entityCount(len(tc.want)) {
				t.Errorf("count label %q", s.count.Text)
			}
		})
	}
}

func TestEntityRowsShowTypeAndCounts(t *testing.T) {
	_, s := entSeed(t)
	for i := 0; i < s.pager.len(); i++ {
		row := newEntityRow()
		s.bindEntityRow(i, row)
		name, kind, counts := entityRowLabels(row)
		if name.Text == "Kabul" {
			if counts.Text != "2 · 2" {
				t.Errorf("Kabul counts %q, want 2 mentions in 2 articles", counts.Text)
			}
			if got := kind.Text; got != "LOC" {
				t.Errorf("Kabul type %q", got)
			}
			return
		}
	}
	t.Fatal("Kabul not listed")
}

func TestEntityRenameKeepsOldNameAsAlias(t *testing.T) {
	w, s := entSeed(t)
	entSelect(t, s, "Soufan Group")
	id := s.selID
	s.page.name.SetText("")
	test.Type(s.page.name, "The Soufan Group")
	test.Tap(s.page.rename)
	e, err := w.cf.Entity(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	if e.Name != "The Soufan Group" || !slices.Contains(e.Aliases, "Soufan Group") {
		t.Fatalf("after rename: %q aliases %v", e.Name, e.Aliases)
	}
	if s.selID != id || s.page.title.Text != "The Soufan Group" {
		t.Errorf("page shows %q (id %d), want the renamed entity", s.page.title.Text, s.selID)
	}
	if sel, ok := s.pager.at(s.selRow); !ok || sel.ID != id {
		t.Errorf("list selection at row %d is %v, want entity %d", s.selRow, sel, id)
	}
	if !strings.Contains(aliasTexts(s), "Soufan Group") {
		t.Errorf("aliases shown: %s", aliasTexts(s))
	}
}

func TestEntityNotesAreSavedAndSurviveARefresh(t *testing.T) {
	w, s := entSeed(t)
	entSelect(t, s, "Kabul")
	test.Type(s.page.notes, "Capital; see the March briefings.")
	test.Tap(s.page.saveNote)
	e, _ := w.cf.Entity(context.Background(), s.selID)
	if e.Notes != "Capital; see the March briefings." {
		t.Fatalf("notes stored: %q", e.Notes)
	}
	// An unsaved edit stays while another change refreshes the screen.
	test.Type(s.page.notes, " Draft")
	w.do(app.SetEntityNotes{EntityID: entByName(t, w, "Zürich").ID, Notes: "x"})
	if !strings.HasSuffix(s.page.notes.Text, " Draft") {
		t.Errorf("refresh overwrote the unsaved notes: %q", s.page.notes.Text)
	}
}

// aliasTexts joins the alias labels shown on the entity page.
func aliasTexts(s *entitiesScreen) string {
	var out []string
	for _, row := range s.page.aliases.Objects {
		walk(row, func(o fyne.CanvasObject) {
			if l, ok := o.(*widget.Label); ok {
				out = append(out, l.Text)
			}
		})
	}
	return strings.Join(out, "|")
}

// aliasSplitButton is the "Split out" button of the alias row showing alias.
func aliasSplitButton(t *testing.T, s *entitiesScreen, alias string) *widget.Button {
	t.Helper()
	for _, row := range s.page.aliases.Objects {
		c, ok := row.(*fyne.Container)
		if !ok || len(c.Objects) < 2 {
			continue
		}
		if l, ok := c.Objects[0].(*widget.Label); ok && l.Text == alias {
			return c.Objects[1].(*widget.Button)
		}
	}
	t.Fatalf("no alias row %q in %s", alias, aliasTexts(s))
	return nil
}

// TestEntityOrderMatchesTheStore checks the pager's binary search against
// the real store's order (mixed case, "Zürich", "ISIS-K").
func TestEntityOrderMatchesTheStore(t *testing.T) {
	w, s := entSeed(t)
	w.do(app.CreateEntity{Type: app.TypeOrg, Name: "zürich group"})
	w.do(app.CreateEntity{Type: app.TypeOrg, Name: "isis"})
	for i := 0; i < s.pager.len(); i++ {
		e, _ := s.pager.at(i)
		s.pager.pages = map[int][]app.Entity{}
		if got := s.pager.locate(e, -1); got != i {
			t.Errorf("%q: located at %d, listed at %d", e.Name, got, i)
		}
	}
}
