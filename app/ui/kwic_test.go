package ui

import (
	"context"
	"errors"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"dossier/app"
)

func TestKwicLine(t *testing.T) {
	tests := []struct {
		name, text, word string
		nth, width       int
		left, kw, right  string
	}{
		{"start of text", "Clarke said no.", "Clarke", 0, 40, "", "Clarke", " said no."},
		{"code points after ü and —", "Zürich — Kabul agreed", "Kabul", 0, 40, "Zürich — ", "Kabul", " agreed"},
		{"cut at word boundaries", "one two three four five six", "four", 0, 6, "…three ", "four", " five …"},
		{"cut inside a word", "xxabcdef yy Kabul", "Kabul", 0, 10, "… yy ", "Kabul", ""},
		{"line breaks collapse", "alpha\n\nbeta  gamma", "gamma", 0, 40, "alpha beta ", "gamma", ""},
		{"emoji count as one", "🙂🙂 Massoud left", "Massoud", 0, 3, "🙂🙂 ", "Massoud", " le…"},
		{"second occurrence", "Kabul and Kabul", "Kabul", 1, 40, "Kabul and ", "Kabul", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			sp := entSpan(t, tc.text, tc.word, tc.nth)
			left, kw, right, ok := newKwicText(tc.text).line(sp, tc.width)
			if !ok || left != tc.left || kw != tc.kw || right != tc.right {
				t.Errorf("line = %q %q %q %v, want %q %q %q", left, kw, right, ok, tc.left, tc.kw, tc.right)
			}
		})
	}
	t.Run("ErrSpanOutside", func(t *testing.T) {
		for _, sp := range []app.Span{{Start: 3, End: 99}, {Start: -1, End: 2}, {Start: 2, End: 2}} {
			if _, _, _, ok := newKwicText("short").line(sp, 40); ok {
				t.Errorf("span %v outside the text gave a line", sp)
			}
		}
	})
}

func TestKwicModelReadsEachArticleOncePerPage(t *testing.T) {
	reads := map[int64]int{}
	texts := map[int64]string{1: "Kabul is far. Kabul again.", 2: "In Kabul."}
	m := newKwicModel(func(_ context.Context, id int64) (app.Article, error) {
		reads[id]++
		if texts[id] == "" {
			return app.Article{}, errors.New("gone")
		}
		return app.Article{ID: id, Title: "T", Text: texts[id]}, nil
	})
	m.set([]app.Mention{
		{ArticleID: 1, Span: app.Span{Start: 0, End: 5}, Text: "Kabul"},
		{ArticleID: 1, Span: app.Span{Start: 14, End: 19}, Text: "Kabul"},
		{ArticleID: 2, Span: app.Span{Start: 3, End: 8}, Text: "Kabul"},
		{ArticleID: 3, Span: app.Span{Start: 0, End: 5}, Text: "Kabul"},
	})
	for i := range m.len() {
		m.row(i)
		m.row(i)
	}
	if reads[1] != 1 || reads[2] != 1 {
		t.Errorf("article reads %v, want one each", reads)
	}
	if r, _ := m.row(3); !r.Missing || r.Word != "Kabul" {
		t.Errorf("unreadable article row: %+v", r)
	}
	if r, _ := m.row(1); r.Left != "Kabul is far. " || r.Word != "Kabul" || r.Right != " again." {
		t.Errorf("row 1: %+v", r)
	}
}

func TestKwicShowsEveryMentionAndTapOpensTheArticle(t *testing.T) {
	w, s := entSeed(t)
	kabul := entByName(t, w, "Kabul")
	ms, _ := w.cf.Mentions(context.Background(), app.MentionFilter{EntityID: kabul.ID})
	if _, err := w.cf.Do(context.Background(), app.SetMentionStatus{
		MentionIDs: []int64{ms[1].ID}, Status: app.StatusRejected}); err != nil {
		t.Fatal(err)
	}
	w.changed()
	entSelect(t, s, "Kabul")
	v := s.page.kwic
	if v.model.len() != 2 {
		t.Fatalf("%d KWIC rows, want 2", v.model.len())
	}
	r0, _ := v.model.row(0)
	if r0.Word != "Kabul" || !strings.HasSuffix(r0.Left, "Analysts in ") || r0.Title != "Briefing" || r0.Date != "2024-03-04" {
		t.Errorf("row 0: %+v", r0)
	}
	row := newKwicRow()
	v.bindRow(1, row)
	if got := kwicMeta(mustRow(t, v, 1)); !strings.Contains(got, "Wire · 2024-03-05 · rejected") {
		t.Errorf("rejected row meta %q", got)
	}
	if !strings.Contains(v.header.Text, "2 in 2 articles (1 rejected)") {
		t.Errorf("header %q", v.header.Text)
	}
	test.Tap(v.hideRejected)
	if v.model.len() != 1 {
		t.Errorf("Hide rejected leaves %d rows", v.model.len())
	}

	var gotID int64
	var gotSpan app.Span
	calls := 0
	w.shownArticle = func(id int64, sp app.Span) { gotID, gotSpan = id, sp; calls++ }
	v.list.Select(0)
	if w.tabs.SelectedIndex() != 0 {
		t.Errorf("tab %d selected after a KWIC tap, want the Articles tab", w.tabs.SelectedIndex())
	}
	if gotID != r0.Mention.ArticleID || gotSpan != r0.Mention.Span {
		t.Errorf("showArticle(%d, %v), want (%d, %v)", gotID, gotSpan, r0.Mention.ArticleID, r0.Mention.Span)
	}
	v.list.Select(0)
	if calls != 2 {
		t.Errorf("a second tap on the row made %d calls, want 2 in all", calls)
	}
}

func mustRow(t *testing.T, v *kwicView, i int) kwicRow {
	t.Helper()
	r, ok := v.model.row(i)
	if !ok {
		t.Fatalf("no row %d", i)
	}
	return r
}
