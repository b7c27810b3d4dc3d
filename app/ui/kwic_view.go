package ui

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"dossier/app"
)

// kwicView lists an entity's mentions as keyword-in-context lines with the
// article's title and date; tapping a line opens the article at the span.
// Rejected mentions are greyed, or left out with "Hide rejected".
type kwicView struct {
	w            *mainWindow
	model        *kwicModel
	all          []app.Mention
	list         *widget.List
	header       *widget.Label
	hideRejected *widget.Check
	ui           fyne.CanvasObject
}

func newKwicView(w *mainWindow, model *kwicModel) *kwicView {
	v := &kwicView{w: w, model: model}
	v.list = widget.NewList(model.len, newKwicRow, v.bindRow)
	v.list.OnSelected = v.onSelected
	v.header = widget.NewLabelWithStyle("Mentions", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	v.hideRejected = widget.NewCheck("Hide rejected", func(bool) { v.apply(false) })
	v.ui = container.NewBorder(container.NewBorder(nil, nil, nil, v.hideRejected, v.header), nil, nil, nil, v.list)
	return v
}

// show replaces the mentions; top scrolls the list back to the start (a
// new entity) rather than keeping the place (a refresh).
func (v *kwicView) show(ms []app.Mention, top bool) {
	v.all = ms
	v.apply(top)
}

func (v *kwicView) apply(top bool) {
	shown := v.all
	rejected := 0
	for _, m := range v.all {
		if m.Status == app.StatusRejected {
			rejected++
		}
	}
	if v.hideRejected.Checked && rejected > 0 {
		shown = make([]app.Mention, 0, len(v.all)-rejected)
		for _, m := range v.all {
			if m.Status != app.StatusRejected {
				shown = append(shown, m)
			}
		}
	}
	v.model.set(shown)
	v.header.SetText(kwicHeader(v.all, rejected))
	v.list.UnselectAll()
	if top {
		v.list.ScrollToTop()
	}
	v.list.Refresh()
}

// kwicHeader is "Mentions: 7 in 3 articles (2 rejected)".
func kwicHeader(ms []app.Mention, rejected int) string {
	arts := map[int64]bool{}
	for _, m := range ms {
		arts[m.ArticleID] = true
	}
	h := fmt.Sprintf("Mentions: %d in %s", len(ms), countNoun(len(arts), "article"))
	if rejected > 0 {
		h += fmt.Sprintf(" (%d rejected)", rejected)
	}
	return h
}

func (v *kwicView) onSelected(id widget.ListItemID) {
	v.list.UnselectAll() // a row is a link: it can be tapped again
	r, ok := v.model.row(id)
	if !ok {
		return
	}
	v.w.showArticle(r.Mention.ArticleID, r.Mention.Span)
}

// newKwicRow is the row template: the context line over the article line.
func newKwicRow() fyne.CanvasObject {
	left := widget.NewLabel("")
	word := widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	right := widget.NewLabel("")
	line := container.New(kwicLineLayout{}, left, word, right)
	meta := widget.NewLabel("")
	meta.SizeName = theme.SizeNameCaptionText
	meta.Truncation = fyne.TextTruncateEllipsis
	return container.New(kwicRowLayout{}, line, meta)
}

func (v *kwicView) bindRow(id widget.ListItemID, o fyne.CanvasObject) {
	c := o.(*fyne.Container)
	line, meta := c.Objects[0].(*fyne.Container), c.Objects[1].(*widget.Label)
	left, word, right := line.Objects[0].(*widget.Label), line.Objects[1].(*widget.Label), line.Objects[2].(*widget.Label)
	r, ok := v.model.row(id)
	if !ok {
		return
	}
	imp := widget.MediumImportance
	if r.Mention.Status == app.StatusRejected || r.Missing {
		imp = widget.LowImportance
	}
	for _, l := range []*widget.Label{left, word, right, meta} {
		l.Importance = imp
	}
	left.SetText(r.Left)
	word.SetText(r.Word)
	right.SetText(r.Right)
	meta.SetText(kwicMeta(r))
	line.Refresh()
}

// kwicMeta is the article line under the context: title, date, status.
func kwicMeta(r kwicRow) string {
	s := r.Title
	if r.Date != "" {
		s += " · " + r.Date
	}
	switch {
	case r.Missing:
		s += " · the span could not be read"
	case r.Mention.Status != app.StatusAccepted:
		s += " · " + string(r.Mention.Status)
	}
	return s
}

// kwicLineLayout lines up every row's keyword at the same column (45 % of
// the width): the left context ends there, the right context follows the
// keyword. Overflow on either side is clipped by the list's scroller, so
// the minimum width stays small and the panel can be narrow.
type kwicLineLayout struct{}

func (kwicLineLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	if len(objs) != 3 {
		return
	}
	left, word, right := objs[0], objs[1], objs[2]
	pad := theme.InnerPadding()
	x0 := size.Width * 0.45
	ww := min(word.MinSize().Width, size.Width*0.4)
	lw, rw := left.MinSize().Width, right.MinSize().Width
	// Labels pad their text on both sides: overlap the paddings so the
	// context's own spaces are the only gap around the keyword.
	left.Move(fyne.NewPos(x0-lw+2*pad, 0))
	left.Resize(fyne.NewSize(lw, size.Height))
	word.Move(fyne.NewPos(x0, 0))
	word.Resize(fyne.NewSize(ww, size.Height))
	right.Move(fyne.NewPos(x0+ww-2*pad, 0))
	right.Resize(fyne.NewSize(rw, size.Height))
}

func (kwicLineLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	h := float32(0)
	for _, o := range objs {
		h = max(h, o.MinSize().Height)
	}
	return fyne.NewSize(0, h)
}

// kwicRowLayout stacks the context line and the article line tightly.
type kwicRowLayout struct{}

func (kwicRowLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	y := float32(0)
	for _, o := range objs {
		h := o.MinSize().Height
		o.Move(fyne.NewPos(0, y))
		o.Resize(fyne.NewSize(size.Width, h))
		y += h - theme.InnerPadding()
	}
}

func (kwicRowLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	h := float32(0)
	for _, o := range objs {
		h += o.MinSize().Height - theme.InnerPadding()
	}
	return fyne.NewSize(0, h+theme.InnerPadding())
}
