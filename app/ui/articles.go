package ui

import (
	"context"
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"dossier/app"
)

// articlesScreen lists the case file's articles and shows the selected one.
type articlesScreen struct {
	w     *mainWindow
	ui    fyne.CanvasObject
	list  *widget.List
	items []app.ArticleSummary
	total int
	text  *widget.Label
	meta  *widget.Label
}

func newArticlesScreen(w *mainWindow) *articlesScreen {
	s := &articlesScreen{w: w}
	s.list = widget.NewList(
		func() int { return len(s.items) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("title")
			l.Truncation = fyne.TextTruncateEllipsis
			return l
		},
		func(id widget.ListItemID, o fyne.CanvasObject) {
			o.(*widget.Label).SetText(articleLine(s.items[id]))
		})
	s.list.OnSelected = s.onSelected
	s.text = widget.NewLabel("")
	s.text.Wrapping = fyne.TextWrapWord
	s.meta = widget.NewLabel("")
	s.meta.Wrapping = fyne.TextWrapWord
	reader := container.NewBorder(s.meta, nil, nil, nil, container.NewVScroll(s.text))
	split := container.NewHSplit(s.list, reader)
	split.Offset = 0.35
	s.ui = split
	return s
}

func articleLine(a app.ArticleSummary) string {
	date := "—"
	if !a.Published.IsZero() {
		date = a.Published.Format("2006-01-02")
	}
	return fmt.Sprintf("%s  %s  (%s)", date, a.Title, a.Source)
}

func (s *articlesScreen) reload() {
	s.items, s.total = nil, 0
	s.text.SetText("")
	s.meta.SetText("")
	if cf := s.w.cf; cf != nil {
		items, total, err := cf.Articles(context.Background(), app.ArticleFilter{Sort: app.SortImported})
		if err != nil {
			showError(s.w.win, "List articles", err)
		}
		s.items, s.total = items, total
	}
	s.list.UnselectAll()
	s.list.Refresh()
}

func (s *articlesScreen) onSelected(id widget.ListItemID) {
	if s.w.cf == nil || id >= len(s.items) {
		return
	}
	a, err := s.w.cf.Article(context.Background(), s.items[id].ID)
	if err != nil {
		showError(s.w.win, "Open article", err)
		return
	}
	s.meta.SetText(fmt.Sprintf("%s\n%s · %s · grade %s · sha256 %.12s…", a.Title, a.Source, articleLine(s.items[id])[:10], gradeOrDash(a.Grade), a.SHA256))
	s.text.SetText(a.Text)
}

func gradeOrDash(g app.Grade) string {
	if g == "" {
		return "—"
	}
	return string(g)
}

func importLine(p ImportProgress) string {
	if p.Total > 0 {
		return fmt.Sprintf("%d of %d files — %s", p.Done, p.Total, p.Current)
	}
	return p.Current
}

// showImportReport summarises an import in the status bar, with problems in a dialog.
func (w *mainWindow) showImportReport(sum ImportSummary) {
	w.updateStatus(fmt.Sprintf("Imported %d articles, %d duplicates skipped, %d problems", sum.Imported, sum.Duplicates, len(sum.Problems)))
	if len(sum.Problems) > 0 {
		showProblems(w.win, sum.Problems)
	}
}

func (s *articlesScreen) changed() { s.reload() }

// open shows article id with span in view.
func (s *articlesScreen) open(id int64, span app.Span) {
	for i, it := range s.items {
		if it.ID == id {
			s.list.Select(i)
			return
		}
	}
}

// focusFilter puts the keyboard focus in the filter box.
func (s *articlesScreen) focusFilter() {}
