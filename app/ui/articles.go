package ui

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"dossier/app"
)

// articlesScreen is the Articles destination: the filtered, sorted list of
// the case file's articles on the left, the open article on the right.
type articlesScreen struct {
	w     *mainWindow
	ui    fyne.CanvasObject
	total int // articles the list shows (matching the filter)
	list  *articleList
	view  *articleView
	right *fyne.Container // holds the article view, or the placeholder when none is open
	empty fyne.CanvasObject
}

func newArticlesScreen(w *mainWindow) *articlesScreen {
	s := &articlesScreen{w: w}
	s.list = newArticleList(w)
	s.view = newArticleView(w)
	s.list.openID = func() int64 { return s.view.art.ID }
	s.list.onOpen = s.openArticle
	s.list.onTotal = func(n int) { s.total = n }
	empty := widget.NewLabel("Choose an article on the left to read and annotate it.")
	empty.Importance = widget.LowImportance
	s.empty = container.NewCenter(empty)
	s.right = container.NewStack(s.empty)
	split := container.NewHSplit(s.list.ui, s.right)
	split.Offset = 0.26
	s.ui = split
	return s
}

// reload shows the case file just opened (or nothing when it was closed).
func (s *articlesScreen) reload() {
	s.view.clear()
	s.showView(false)
	s.list.reload(true)
}

// changed refreshes the list and the open article after a command, an
// undo or a redo, keeping scroll positions, the selection and the current
// mention.
func (s *articlesScreen) changed() {
	if s.view.art.ID != 0 && !s.view.refresh() {
		s.view.clear()
		s.showView(false)
	}
	s.list.reload(false)
}

// openArticle shows article id; false when it could not be read.
func (s *articlesScreen) openArticle(id int64) bool {
	if !s.view.load(id) {
		return false
	}
	s.showView(true)
	s.view.focusText()
	return true
}

func (s *articlesScreen) showView(on bool) {
	want := s.empty
	if on {
		want = s.view.ui
	}
	if len(s.right.Objects) == 1 && s.right.Objects[0] == want {
		return
	}
	s.right.Objects = []fyne.CanvasObject{want}
	s.right.Refresh()
}

// open shows article id with span in view (the mention there current, or
// the span selected); a zero span just opens the article.
func (s *articlesScreen) open(id int64, span app.Span) {
	if s.view.art.ID != id && !s.openArticle(id) {
		return
	}
	s.list.selectID(id)
	if span.End > span.Start {
		s.view.reveal(span)
	}
}

// focusFilter puts the keyboard focus in the filter box.
func (s *articlesScreen) focusFilter() {
	s.w.win.Canvas().Focus(s.list.filter)
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
