package ui

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"dossier/app"
	"dossier/storage/sqlite"
)

// harbour is a short article written for these tests. "Kestrel" occurs
// twice as a whole word (and once inside "Kestrels'"); "Tarsk" and the
// e-mail address are left for the analyst to tag.
const harbour = "Colonel Ana Ribeiro met envoys of the Northern Grain Cooperative in Port Halden on Tuesday. " +
	"Ribeiro said the Kestrel would leave Port Halden within a week. The crew of the Kestrel and the " +
	"Kestrels' owners declined to comment.\nLater, Ribeiro flew to Tarsk. Contact: ops@halden-port.example."

// harbourSuggestions are the extractor's suggestions for harbour, in text order.
var harbourSuggestions = []struct {
	sub  string
	nth  int
	typ  app.EntityType
	name string
}{
	{"Ana Ribeiro", 0, app.TypePerson, "Ana Ribeiro"},
	{"Northern Grain Cooperative", 0, app.TypeOrg, "Northern Grain Cooperative"},
	{"Port Halden", 0, app.TypeLoc, "Port Halden"},
	{"Tuesday", 0, app.TypeDate, "Tuesday"},
	{"Ribeiro", 1, app.TypePerson, "Ana Ribeiro"},
	{"Port Halden", 1, app.TypeLoc, "Port Halden"},
	{"Ribeiro", 2, app.TypePerson, "Ana Ribeiro"},
}

// spanOf returns the code-point span of the nth (from 0) occurrence of sub in text.
func spanOf(t testing.TB, text, sub string, nth int) app.Span {
	t.Helper()
	from := 0
	for i := 0; ; i++ {
		k := strings.Index(text[from:], sub)
		if k < 0 {
			t.Fatalf("%q occurs fewer than %d times", sub, nth+1)
		}
		if i == nth {
			start := utf8.RuneCountInString(text[:from+k])
			return app.Span{Start: start, End: start + utf8.RuneCountInString(sub)}
		}
		from += k + len(sub)
	}
}

// harbourArticle is harbour as an article with its suggestions.
func harbourArticle(t testing.TB, title string) (app.Article, app.Extraction) {
	t.Helper()
	var ex app.Extraction
	for _, s := range harbourSuggestions {
		ex.Mentions = append(ex.Mentions, app.ExtractedMention{Span: spanOf(t, harbour, s.sub, s.nth), Type: s.typ,
			Text: s.sub, Entity: s.name, Confidence: 0.8})
	}
	a := app.Article{Title: title, Source: "Harbour Gazette", Text: harbour, Format: "txt", Filename: "harbour.txt"}
	return a, ex
}

// articleFixture is a main window on a real case file holding the harbour
// article, open in the Articles screen.
type articleFixture struct {
	w  *mainWindow
	cf *sqlite.Store
	s  *articlesScreen
	v  *articleView
	id int64
}

func newArticleFixture(t *testing.T) *articleFixture {
	t.Helper()
	return newArticleFixtureWith(t, testServices())
}

func newArticleFixtureWith(t *testing.T, svc Services) *articleFixture {
	t.Helper()
	cf, err := sqlite.Create(filepath.Join(t.TempDir(), "case.dossier"), "Harbour", sqlite.Options{Actor: "tester"})
	if err != nil {
		t.Fatal(err)
	}
	a, ex := harbourArticle(t, "Ribeiro meets the cooperative")
	res, err := cf.Do(context.Background(), app.ImportArticles{Articles: []app.Article{a}, Extractions: []app.Extraction{ex}})
	if err != nil {
		t.Fatal(err)
	}
	w := newTestWindow(t, svc)
	applyTheme(w.app) // the highlight colours, which the test theme lacks
	w.setCaseFile(cf)
	f := &articleFixture{w: w, cf: cf, s: w.articles, v: w.articles.view, id: res.IDs[0]}
	f.s.open(f.id, app.Span{})
	if f.v.art.ID != f.id {
		t.Fatalf("article %d not open", f.id)
	}
	return f
}

// mentions reads the article's mentions from the store.
func (f *articleFixture) mentions(t testing.TB) []app.Mention {
	t.Helper()
	ms, err := f.cf.Mentions(context.Background(), app.MentionFilter{ArticleID: f.id})
	if err != nil {
		t.Fatal(err)
	}
	return ms
}

// mentionAt returns the live (not rejected) mention over the nth sub, if any.
func (f *articleFixture) mentionAt(t testing.TB, sub string, nth int) (app.Mention, bool) {
	t.Helper()
	sp := spanOf(t, harbour, sub, nth)
	var found app.Mention
	ok := false
	for _, m := range f.mentions(t) {
		if m.Span == sp && (!ok || m.Status != app.StatusRejected) {
			found, ok = m, true
		}
	}
	return found, ok
}

// mustMentionAt is mentionAt that fails the test when there is none.
func (f *articleFixture) mustMentionAt(t testing.TB, sub string, nth int) app.Mention {
	t.Helper()
	m, ok := f.mentionAt(t, sub, nth)
	if !ok {
		t.Fatalf("no mention over %q #%d", sub, nth)
	}
	return m
}

// selectText selects the nth sub in the article text, as a drag would.
func (f *articleFixture) selectText(t testing.TB, sub string, nth int) {
	t.Helper()
	sp := spanOf(t, harbour, sub, nth)
	f.v.text.SetSelection(sp.Start, sp.End)
}

// press types characters into the focused article text.
func (f *articleFixture) press(keys string) { test.Type(f.v.text, keys) }

// key sends a named key to the article text.
func (f *articleFixture) key(k fyne.KeyName) { f.v.text.TypedKey(&fyne.KeyEvent{Name: k}) }

// menuAction runs a main-menu item (menus are not wired in the test window).
func (f *articleFixture) menuAction(t testing.TB, menu, label string) {
	t.Helper()
	for _, m := range f.w.buildMenu().Items {
		if m.Label == menu {
			if it := findItem(m, label); it != nil {
				it.Action()
				return
			}
		}
	}
	t.Fatalf("no menu item %s › %s", menu, label)
}

// noDialog fails when an error dialog (or any overlay) is showing.
func (f *articleFixture) noDialog(t testing.TB) {
	t.Helper()
	if o := f.w.win.Canvas().Overlays().Top(); o != nil {
		var texts []string
		walk(o, func(c fyne.CanvasObject) {
			if l, ok := c.(*widget.Label); ok {
				texts = append(texts, l.Text)
			}
		})
		t.Fatalf("a dialog is showing: %s", strings.Join(texts, " "))
	}
}

// pickMenu chooses an item of the type menu the view popped up last.
func (f *articleFixture) pickMenu(t testing.TB, label string) {
	t.Helper()
	if f.v.typeMenu == nil {
		t.Fatal("no type menu shown")
	}
	for _, it := range f.v.typeMenu.Items {
		if it.Label == label && it.Action != nil {
			f.v.typePop.Hide()
			it.Action()
			return
		}
	}
	t.Fatalf("type menu has no %q", label)
}
