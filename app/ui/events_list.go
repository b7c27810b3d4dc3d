package ui

import (
	"context"
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"dossier/app"
)

// eventPageSize is how many events one store query fetches for the list.
const eventPageSize = 200

// eventMaxPages bounds the pages kept in memory while scrolling a long list.
const eventMaxPages = 20

// eventPager feeds the virtualised events list from paged store queries:
// a page is read when one of its rows is first drawn.
type eventPager struct {
	query  func(context.Context, app.EventFilter) ([]app.Event, int, error)
	filter app.EventFilter
	total  int
	pages  map[int][]app.Event
}

func newEventPager() *eventPager { return &eventPager{pages: map[int][]app.Event{}} }

// reset forgets every page and reads the first, which gives the total.
// A nil query (no case file) empties the list.
func (p *eventPager) reset(query func(context.Context, app.EventFilter) ([]app.Event, int, error), f app.EventFilter) error {
	p.query, p.filter = query, f
	p.filter.Limit, p.filter.Offset = 0, 0
	p.pages, p.total = map[int][]app.Event{}, 0
	if query == nil {
		return nil
	}
	_, err := p.page(0)
	return err
}

func (p *eventPager) page(n int) ([]app.Event, error) {
	if rows, ok := p.pages[n]; ok {
		return rows, nil
	}
	if p.query == nil {
		return nil, nil
	}
	f := p.filter
	f.Limit, f.Offset = eventPageSize, n*eventPageSize
	rows, total, err := p.query(context.Background(), f)
	if err != nil {
		return nil, err
	}
	if len(p.pages) >= eventMaxPages {
		p.pages = map[int][]app.Event{}
	}
	p.pages[n], p.total = rows, total
	return rows, nil
}

// at returns row i; ok is false while it cannot be read.
func (p *eventPager) at(i int) (app.Event, bool) {
	if i < 0 || i >= p.total {
		return app.Event{}, false
	}
	rows, err := p.page(i / eventPageSize)
	if err != nil || i%eventPageSize >= len(rows) {
		return app.Event{}, false
	}
	return rows[i%eventPageSize], true
}

// index is the row of event id among the pages read, or -1.
func (p *eventPager) index(id int64) int {
	for n, rows := range p.pages {
		for i, e := range rows {
			if e.ID == id {
				return n*eventPageSize + i
			}
		}
	}
	return -1
}

func (p *eventPager) len() int { return p.total }

// eventRow is one line of the events list: a status icon, the title, a
// line of facts, and Accept / Reject for the extractor's suggestions.
type eventRow struct {
	widget.BaseWidget
	icon   *widget.Icon
	title  *widget.Label
	facts  *widget.Label
	accept *widget.Button
	reject *widget.Button
	box    *fyne.Container
}

func newEventRow() fyne.CanvasObject {
	r := &eventRow{icon: widget.NewIcon(theme.ConfirmIcon())}
	r.title = widget.NewLabel("Event title")
	r.title.Truncation = fyne.TextTruncateEllipsis
	r.facts = widget.NewLabel("7 March 2024 · attack")
	r.facts.Truncation = fyne.TextTruncateEllipsis
	r.facts.SizeName = theme.SizeNameCaptionText
	r.accept = widget.NewButtonWithIcon("", theme.ConfirmIcon(), nil)
	r.reject = widget.NewButtonWithIcon("", theme.CancelIcon(), nil)
	lines := container.New(tightVBox{}, r.title, r.facts)
	r.box = container.NewBorder(nil, nil, container.NewCenter(r.icon), container.NewHBox(r.accept, r.reject), lines)
	r.ExtendBaseWidget(r)
	return r
}

// CreateRenderer is a private method to Fyne which links this widget to its renderer.
func (r *eventRow) CreateRenderer() fyne.WidgetRenderer { return widget.NewSimpleRenderer(r.box) }

// set shows e; suggested events get a question mark, italics and (when
// accept is not nil) the two decision buttons, rejected ones are greyed.
func (r *eventRow) set(e app.Event, place string, accept, reject func()) {
	r.title.SetText(e.Title)
	r.facts.SetText(eventFacts(e, place))
	r.title.TextStyle = fyne.TextStyle{Italic: e.Status == app.StatusSuggested, Bold: e.Status == app.StatusAccepted}
	r.title.Importance = widget.MediumImportance
	switch e.Status {
	case app.StatusSuggested:
		r.icon.SetResource(theme.QuestionIcon())
	case app.StatusRejected:
		r.icon.SetResource(theme.CancelIcon())
		r.title.Importance = widget.LowImportance
	default:
		r.icon.SetResource(theme.ConfirmIcon())
	}
	r.title.Refresh()
	r.accept.OnTapped, r.reject.OnTapped = accept, reject
	if e.Status == app.StatusSuggested && accept != nil {
		r.accept.Show()
		r.reject.Show()
	} else {
		r.accept.Hide()
		r.reject.Hide()
	}
}

// eventFacts is the row's second line: "suggested · March 2024 · attack ·
// Port Halden · 2 sources".
func eventFacts(e app.Event, place string) string {
	parts := []string{}
	if e.Status != app.StatusAccepted && e.Status != "" {
		parts = append(parts, string(e.Status))
	}
	parts = append(parts, e.Date.String(), eventTypeLabel(e.Type))
	if place != "" {
		parts = append(parts, place)
	}
	if n := len(e.Evidence); n > 0 {
		parts = append(parts, countNoun(n, "source"))
	}
	return strings.Join(parts, " · ")
}

func (s *eventsScreen) bindRow(id widget.ListItemID, o fyne.CanvasObject) {
	r := o.(*eventRow)
	e, ok := s.pager.at(id)
	if !ok {
		r.set(app.Event{Title: "…", Status: app.StatusAccepted}, "", nil, nil)
		return
	}
	r.set(e, s.names.name(e.LocationID),
		func() { s.decide(e, app.StatusAccepted) },
		func() { s.decide(e, app.StatusRejected) })
}

// decide accepts or rejects a suggested event from its row.
func (s *eventsScreen) decide(e app.Event, st app.Status) {
	if _, ok := s.w.do(app.SetEventStatus{EventIDs: []int64{e.ID}, Status: st}); ok {
		s.w.updateStatus(fmt.Sprintf("%s “%s” — Ctrl+Z to undo", map[app.Status]string{
			app.StatusAccepted: "Accepted", app.StatusRejected: "Rejected"}[st], ellipsize(e.Title, 60)))
	}
}

// tightVBox stacks objects without padding: a title over its caption.
type tightVBox struct{}

func (tightVBox) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	y := float32(0)
	for _, o := range objs {
		h := o.MinSize().Height
		o.Move(fyne.NewPos(0, y))
		o.Resize(fyne.NewSize(size.Width, h))
		y += h - theme.InnerPadding()/2
	}
}

func (tightVBox) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var s fyne.Size
	for _, o := range objs {
		m := o.MinSize()
		s.Width = max(s.Width, m.Width)
		s.Height += m.Height - theme.InnerPadding()/2
	}
	return s
}
