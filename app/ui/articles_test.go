package ui

import (
	"context"
	"fmt"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"

	"dossier/app"
)

// importMore adds articles with the given titles and texts to the fixture's case file.
func (f *articleFixture) importMore(t testing.TB, titles, texts []string) []int64 {
	t.Helper()
	var c app.ImportArticles
	for i := range titles {
		c.Articles = append(c.Articles, app.Article{Title: titles[i], Source: "Wire", Text: texts[i], Format: "txt"})
	}
	res, err := f.cf.Do(context.Background(), c)
	if err != nil {
		t.Fatal(err)
	}
	f.w.reload()
	return res.IDs
}

func TestFilterNarrowsTheList(t *testing.T) {
	f := newArticleFixture(t)
	f.importMore(t, []string{"Grain prices", "Border talks"},
		[]string{"Grain prices rose again in the northern markets.", "Talks at the border crossing stalled."})
	if f.s.total != 3 {
		t.Fatalf("total = %d, want 3", f.s.total)
	}
	f.s.focusFilter()
	if f.w.win.Canvas().Focused() != f.s.list.filter {
		t.Error("focusFilter did not focus the filter box")
	}
	test.Type(f.s.list.filter, "Kestrel")
	if f.s.total != 3 {
		t.Error("the filter ran before the debounce delay")
	}
	f.s.list.debounce.flush()
	if f.s.total != 1 || f.s.list.list.Length() != 1 {
		t.Fatalf("total = %d after filtering, want 1", f.s.total)
	}
	if a, _ := f.s.list.item(0); a.ID != f.id {
		t.Errorf("row 0 is article %d, want %d", a.ID, f.id)
	}
	if !strings.Contains(f.s.list.count.Text, "1 articles match") {
		t.Errorf("count line %q", f.s.list.count.Text)
	}
	f.s.list.filter.SetText("")
	f.s.list.debounce.flush()
	if f.s.total != 3 {
		t.Errorf("total = %d after clearing the filter, want 3", f.s.total)
	}
}

func TestDebouncerRunsOnceAfterThePause(t *testing.T) {
	test.NewTempApp(t)
	var runs atomic.Int32
	done := make(chan struct{}, 10)
	d := newDebouncer(20*time.Millisecond, func() { runs.Add(1); done <- struct{}{} })
	for i := 0; i < 5; i++ {
		d.call()
	}
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		t.Fatal("the debounced function never ran")
	}
	time.Sleep(60 * time.Millisecond)
	if n := runs.Load(); n != 1 {
		t.Errorf("ran %d times, want 1", n)
	}
	d.call()
	d.flush() // runs now and cancels the pending run
	time.Sleep(60 * time.Millisecond)
	if n := runs.Load(); n != 2 {
		t.Errorf("ran %d times after call+flush, want 2", n)
	}
}

func TestSortOrdersTheList(t *testing.T) {
	f := newArticleFixture(t)
	f.importMore(t, []string{"Zebra crossing", "Apple harvest"}, []string{"Zebras crossed.", "Apples were picked."})
	first := func() string { a, _ := f.s.list.item(0); return a.Title }
	if got := first(); got != "Apple harvest" {
		t.Errorf("newest import first: got %q", got)
	}
	for _, c := range []struct{ label, want string }{
		{"Title", "Apple harvest"},
		{"Most suggestions left", "Ribeiro meets the cooperative"},
	} {
		f.s.list.sort.SetSelected(c.label)
		if got := first(); got != c.want {
			t.Errorf("sorted by %s: first %q, want %q", c.label, got, c.want)
		}
	}
}

func TestTheListPagesThroughManyArticles(t *testing.T) {
	f := newArticleFixture(t)
	n := 2*listPageSize + 50
	titles, texts := make([]string, n), make([]string, n)
	for i := range titles {
		titles[i] = fmt.Sprintf("Report %04d", i)
		texts[i] = fmt.Sprintf("Field report number %d from the harbour district.", i)
	}
	ids := f.importMore(t, titles, texts)
	if f.s.total != n+1 {
		t.Fatalf("total = %d, want %d", f.s.total, n+1)
	}
	if len(f.s.list.pages) > 2 {
		t.Errorf("%d pages fetched for the first screen, want at most 2", len(f.s.list.pages))
	}
	last, ok := f.s.list.item(n)
	if !ok || last.ID != f.id {
		t.Errorf("last row = %+v, want the first import %d", last, f.id)
	}
	f.s.list.list.Select(10) // newest first: row 10 is the 11th newest
	if want := ids[len(ids)-11]; f.v.art.ID != want {
		t.Errorf("row 10 opened article %d, want %d", f.v.art.ID, want)
	}
}

func TestSuggestionCountsInTheList(t *testing.T) {
	f := newArticleFixture(t)
	row := newArticleRow().(*articleRow)
	f.s.list.updateRow(0, row)
	if row.left.Text != fmt.Sprintf("%d left", len(harbourSuggestions)) {
		t.Errorf("count %q, want %d left", row.left.Text, len(harbourSuggestions))
	}
	f.press("nA") // accept the three Ribeiro mentions
	f.s.list.updateRow(0, row)
	if row.left.Text != fmt.Sprintf("%d left", len(harbourSuggestions)-3) {
		t.Errorf("count %q after Shift+A", row.left.Text)
	}
	if !strings.Contains(row.sub.Text, "Harbour Gazette") {
		t.Errorf("second line %q lacks the source", row.sub.Text)
	}
}

// longArticle is harbour after many paragraphs of filler, so that its
// mentions sit far below the first screen.
func longArticle() string {
	var b strings.Builder
	for i := 0; i < 120; i++ {
		fmt.Fprintf(&b, "Paragraph %d of routine shipping notices, tide tables and berth assignments.\n", i)
	}
	return b.String() + harbour
}

func TestCommandsKeepScrollSelectionAndCurrentMention(t *testing.T) {
	f := newArticleFixture(t)
	text := longArticle()
	sp := spanOf(t, text, "Tuesday", 0)
	sp2 := spanOf(t, text, "Tarsk", 0)
	res, err := f.cf.Do(context.Background(), app.ImportArticles{
		Articles:    []app.Article{{Title: "Long", Text: text}},
		Extractions: []app.Extraction{{Mentions: []app.ExtractedMention{{Span: sp, Type: app.TypeDate, Text: "Tuesday"}}}}})
	if err != nil {
		t.Fatal(err)
	}
	f.w.reload()
	f.s.list.list.Select(0)
	if f.v.art.ID != res.IDs[0] {
		t.Fatalf("opened %d, want %d", f.v.art.ID, res.IDs[0])
	}
	f.press("n")
	cur := f.v.current
	scroll := textScroll(t, f.v)
	before := scroll.Offset
	if before.Y == 0 {
		t.Fatal("N did not scroll to the suggestion far down")
	}
	f.v.text.SetSelection(sp2.Start, sp2.End)
	f.v.inspector.accept.OnTapped() // a command from the side panel, not the keys
	if got := textScroll(t, f.v).Offset; got != before {
		t.Errorf("scroll moved from %v to %v", before, got)
	}
	if f.v.current != cur {
		t.Errorf("current mention %d, want %d", f.v.current, cur)
	}
	if s, e := f.v.text.Selection(); s != sp2.Start || e != sp2.End {
		t.Errorf("text selection %d–%d, want %v", s, e, sp2)
	}
	if a, _ := f.s.list.item(0); a.ID != f.v.art.ID {
		t.Errorf("list row 0 is %d", a.ID)
	}
}

// textScroll finds the annotated text's scroll container.
func textScroll(t testing.TB, v *articleView) *container.Scroll {
	t.Helper()
	for _, o := range test.WidgetRenderer(v.text).Objects() {
		if sc, ok := o.(*container.Scroll); ok {
			return sc
		}
	}
	t.Fatal("no scroll container in the annotated text")
	return nil
}

func TestUndoThroughTheMenuRestoresTheView(t *testing.T) {
	f := newArticleFixture(t)
	m := f.mustMentionAt(t, "Tuesday", 0)
	f.v.setCurrent(m.ID)
	f.press("r")
	f.menuAction(t, "Edit", "Undo")
	if got := f.mustMentionAt(t, "Tuesday", 0); got.Status != app.StatusSuggested {
		t.Fatalf("after undo Tuesday is %s", got.Status)
	}
	var pending bool
	for _, h := range f.v.text.Highlights() {
		if h.ID == m.ID {
			pending = h.Style.Pending
		}
	}
	if !pending || f.v.current != m.ID {
		t.Errorf("after undo: highlight pending %v, current %d; want pending and %d", pending, f.v.current, m.ID)
	}
	f.menuAction(t, "Edit", "Redo")
	if got := f.mustMentionAt(t, "Tuesday", 0); got.Status != app.StatusRejected {
		t.Errorf("after redo Tuesday is %s", got.Status)
	}
}

func TestUndoingTheImportClosesTheArticle(t *testing.T) {
	f := newArticleFixture(t)
	f.menuAction(t, "Edit", "Undo")
	if f.v.art.ID != 0 || f.s.right.Objects[0] != f.s.empty {
		t.Error("the article of an undone import is still open")
	}
	if f.s.total != 0 {
		t.Errorf("total = %d, want 0", f.s.total)
	}
}

func TestOpenWithASpanMakesItsMentionCurrent(t *testing.T) {
	f := newArticleFixture(t)
	m := f.mustMentionAt(t, "Ribeiro", 2)
	f.s.open(f.id, m.Span)
	if f.v.current != m.ID {
		t.Errorf("current = %d, want %d", f.v.current, m.ID)
	}
	sp := spanOf(t, harbour, "Kestrel", 1)
	f.w.showArticle(f.id, sp)
	if s, e := f.v.text.Selection(); s != sp.Start || e != sp.End {
		t.Errorf("selection %d–%d, want %v", s, e, sp)
	}
}
