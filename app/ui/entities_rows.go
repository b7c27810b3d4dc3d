package ui

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"dossier/app"
)

// newEntityRow is the list's row template: type, name, counts.
func newEntityRow() fyne.CanvasObject {
	name := widget.NewLabel("Entity name")
	name.Truncation = fyne.TextTruncateEllipsis
	kind := widget.NewLabel("HASHTAG")
	counts := widget.NewLabel("00000 · 0000")
	return container.NewBorder(nil, nil, container.New(entityTypeColumn{}, kind), counts, name)
}

func (s *entitiesScreen) bindEntityRow(id widget.ListItemID, o fyne.CanvasObject) {
	e, ok := s.pager.at(id)
	if !ok {
		e = app.Entity{Name: "…"}
	}
	setEntityRow(o, e)
}

// setEntityRow shows e in a row made by newEntityRow.
func setEntityRow(o fyne.CanvasObject, e app.Entity) {
	name, kind, counts := entityRowLabels(o)
	name.SetText(e.Name)
	kind.SetText(string(e.Type))
	if e.ID == 0 {
		counts.SetText("")
		return
	}
	counts.SetText(mentionCounts(e))
}

// entityRowLabels are a row's name, type and counts labels.
func entityRowLabels(o fyne.CanvasObject) (name, kind, counts *widget.Label) {
	c := o.(*fyne.Container)
	kind = c.Objects[1].(*fyne.Container).Objects[0].(*widget.Label)
	return c.Objects[0].(*widget.Label), kind, c.Objects[2].(*widget.Label)
}

// entityTypeColumn gives the type label one width in every row, wide
// enough for the longest type name, so the names line up.
type entityTypeColumn struct{}

func (entityTypeColumn) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs {
		o.Move(fyne.NewPos(0, 0))
		o.Resize(size)
	}
}

func (entityTypeColumn) MinSize(objs []fyne.CanvasObject) fyne.Size {
	h := float32(0)
	for _, o := range objs {
		h = max(h, o.MinSize().Height)
	}
	w := fyne.MeasureText("HASHTAG", theme.TextSize(), fyne.TextStyle{}).Width + 2*theme.InnerPadding()
	return fyne.NewSize(w, h)
}

// mentionCounts is "12 · 4": mentions and the articles they are in (the
// list header names the columns). Rejected mentions are not counted.
func mentionCounts(e app.Entity) string {
	return fmt.Sprintf("%d · %d", e.Mentions, e.Articles)
}

// entityListHeader names the list's columns, aligned like its rows.
func entityListHeader() fyne.CanvasObject {
	row := newEntityRow()
	name, kind, counts := entityRowLabels(row)
	for l, text := range map[*widget.Label]string{name: "Name", kind: "Type", counts: "Mentions · articles"} {
		l.TextStyle.Bold = true
		l.SetText(text)
	}
	return row
}
