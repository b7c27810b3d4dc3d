package ui

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"dossier/app"
)

// listPageSize is how many summaries one store query fetches. The list asks
// for rows as they scroll into view, so a case file of any size costs a page
// per screenful, never the whole list (BenchmarkArticleListPages).
const listPageSize = 200

// filterDelay is how long the filter box waits after the last keystroke
// before it runs the full-text query.
var filterDelay = 200 * time.Millisecond

// sortChoices are the sort menu's labels and the orders they stand for.
var sortChoices = []struct {
	label string
	sort  app.ArticleSort
}{
	{"Newest import", app.SortImported},
	{"Published", app.SortPublished},
	{"Title", app.SortTitle},
	{"Most suggestions left", app.SortSuggestions},
}

// articleList is the left pane: the filter box, the sort menu and the
// virtualised list of article summaries, fetched a page at a time.
type articleList struct {
	w        *mainWindow
	ui       fyne.CanvasObject
	filter   *widget.Entry
	sort     *widget.Select
	list     *widget.List
	count    *widget.Label
	debounce *debouncer

	query   string
	order   app.ArticleSort
	total   int
	pages   map[int][]app.ArticleSummary
	failed  bool                // a page query failed: do not retry (and re-report) until reload
	openID  func() int64        // the article open in the view, to keep it selected
	onOpen  func(id int64) bool // opens an article; false when it could not be read
	onTotal func(total int)     // the number of articles changed
}

func newArticleList(w *mainWindow) *articleList {
	l := &articleList{w: w, order: app.SortImported}
	l.filter = widget.NewEntry()
	l.filter.SetPlaceHolder("Filter: words in title or text")
	l.filter.ActionItem = widget.NewButtonWithIcon("", theme.ContentClearIcon(), func() { l.filter.SetText("") })
	l.debounce = newDebouncer(filterDelay, l.applyFilter)
	l.filter.OnChanged = func(string) { l.debounce.call() }
	l.filter.OnSubmitted = func(string) { l.debounce.flush() }
	labels := make([]string, len(sortChoices))
	for i, c := range sortChoices {
		labels[i] = c.label
	}
	l.sort = widget.NewSelect(labels, l.onSort)
	l.sort.SetSelectedIndex(0)
	l.count = widget.NewLabel("")
	l.count.Importance = widget.LowImportance
	l.list = widget.NewList(l.length, newArticleRow, l.updateRow)
	l.list.OnSelected = l.onSelected
	top := container.NewVBox(l.filter, container.NewBorder(nil, nil, widget.NewLabel("Sort"), nil, l.sort))
	l.ui = container.NewBorder(top, l.count, nil, nil, l.list)
	return l
}

// applyFilter runs the filter box's query (on the UI goroutine).
func (l *articleList) applyFilter() {
	q := strings.TrimSpace(l.filter.Text)
	if q == l.query {
		return
	}
	l.query = q
	l.reload(true)
}

func (l *articleList) onSort(label string) {
	for _, c := range sortChoices {
		if c.label == label && c.sort != l.order {
			l.order = c.sort
			l.reload(true)
		}
	}
}

// reload forgets the fetched pages and asks the store again; top scrolls
// the list back to the first row (a new filter or order), otherwise the
// scroll position is kept (a command changed some rows).
func (l *articleList) reload(top bool) {
	l.pages, l.total, l.failed = nil, 0, false
	if l.w.cf != nil {
		l.page(0)
	}
	l.updateCount()
	if top {
		l.list.ScrollToTop()
	}
	l.list.Refresh()
	l.keepSelection()
	if l.onTotal != nil {
		l.onTotal(l.total)
	}
}

func (l *articleList) updateCount() {
	switch {
	case l.w.cf == nil:
		l.count.SetText("")
	case l.query != "":
		l.count.SetText(fmt.Sprintf("%d articles match", l.total))
	default:
		l.count.SetText(fmt.Sprintf("%d articles", l.total))
	}
}

// page returns page p of the list, fetching it when needed.
func (l *articleList) page(p int) []app.ArticleSummary {
	if pg, ok := l.pages[p]; ok || l.failed || l.w.cf == nil {
		return pg
	}
	items, total, err := l.w.cf.Articles(context.Background(), app.ArticleFilter{
		Query: l.query, Sort: l.order, Limit: listPageSize, Offset: p * listPageSize})
	if err != nil {
		l.failed = true
		showError(l.w.win, "List articles", err)
		return nil
	}
	if l.pages == nil {
		l.pages = make(map[int][]app.ArticleSummary)
	}
	l.pages[p], l.total = items, total
	return items
}

// item returns row i; ok is false when it is not (or no longer) there.
func (l *articleList) item(i int) (app.ArticleSummary, bool) {
	if i < 0 {
		return app.ArticleSummary{}, false
	}
	pg := l.page(i / listPageSize)
	if k := i % listPageSize; k < len(pg) {
		return pg[k], true
	}
	return app.ArticleSummary{}, false
}

func (l *articleList) length() int { return l.total }

func (l *articleList) onSelected(i widget.ListItemID) {
	a, ok := l.item(i)
	if !ok || (l.openID != nil && a.ID == l.openID()) {
		return
	}
	if l.onOpen != nil && !l.onOpen(a.ID) {
		l.list.UnselectAll()
	}
}

// keepSelection selects the open article's row after the rows changed, so
// the selection follows the article rather than the row number. Only the
// fetched pages are searched: an article that moved out of them is left
// unselected rather than fetching the whole list.
func (l *articleList) keepSelection() {
	id := int64(0)
	if l.openID != nil {
		id = l.openID()
	}
	if id == 0 {
		l.list.UnselectAll()
		return
	}
	for p, pg := range l.pages {
		for k, a := range pg {
			if a.ID == id {
				l.list.Select(p*listPageSize + k) // a no-op when it is already selected
				return
			}
		}
	}
	l.list.UnselectAll()
}

// selectID selects the row of article id if it is in a fetched page.
func (l *articleList) selectID(int64) { l.keepSelection() }

// articleRow is one line of the list: title, then source, date and counts.
type articleRow struct {
	widget.BaseWidget
	title, sub, left *widget.Label
}

func newArticleRow() fyne.CanvasObject {
	r := &articleRow{title: widget.NewLabel("Title"), sub: widget.NewLabel("Source"), left: widget.NewLabel("")}
	r.title.TextStyle.Bold = true
	r.title.Truncation = fyne.TextTruncateEllipsis
	r.sub.Truncation = fyne.TextTruncateEllipsis
	r.sub.SizeName = theme.SizeNameCaptionText
	r.left.SizeName = theme.SizeNameCaptionText
	r.ExtendBaseWidget(r)
	return r
}

// CreateRenderer is a private method to Fyne which links this widget to its renderer.
func (r *articleRow) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(container.New(layout.NewCustomPaddedVBoxLayout(-2*theme.Padding()),
		r.title, container.NewBorder(nil, nil, nil, r.left, r.sub)))
}

func (l *articleList) updateRow(i widget.ListItemID, o fyne.CanvasObject) {
	r := o.(*articleRow)
	a, ok := l.item(i)
	if !ok {
		r.title.SetText("…")
		r.sub.SetText("")
		r.left.SetText("")
		return
	}
	r.title.SetText(a.Title)
	r.sub.SetText(summaryLine(a))
	switch {
	case a.Suggestions > 0:
		r.left.Importance = widget.WarningImportance
		r.left.SetText(fmt.Sprintf("%d left", a.Suggestions))
	case a.Mentions > 0:
		r.left.Importance = widget.SuccessImportance
		r.left.SetText("reviewed")
	default:
		r.left.Importance = widget.LowImportance
		r.left.SetText("")
	}
}

// summaryLine is the second line of a list row: source and published date.
func summaryLine(a app.ArticleSummary) string {
	date := "undated"
	if !a.Published.IsZero() {
		date = a.Published.Format("2006-01-02")
	}
	if a.Source == "" {
		return date
	}
	return a.Source + " · " + date
}

// debouncer runs fn on the UI goroutine once calls have paused for delay.
type debouncer struct {
	delay time.Duration
	fn    func()
	mu    sync.Mutex
	timer *time.Timer
	gen   int // bumped by every call and flush, so a stale timer does nothing
}

func newDebouncer(delay time.Duration, fn func()) *debouncer {
	return &debouncer{delay: delay, fn: fn}
}

// call (re)starts the delay.
func (d *debouncer) call() {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.gen++
	gen := d.gen
	if d.timer != nil {
		d.timer.Stop()
	}
	d.timer = time.AfterFunc(d.delay, func() {
		fyne.Do(func() {
			d.mu.Lock()
			current := gen == d.gen
			d.mu.Unlock()
			if current {
				d.fn()
			}
		})
	})
}

// flush runs fn now (on the calling UI goroutine) and cancels a pending run.
func (d *debouncer) flush() {
	d.mu.Lock()
	d.gen++
	if d.timer != nil {
		d.timer.Stop()
	}
	d.mu.Unlock()
	d.fn()
}
