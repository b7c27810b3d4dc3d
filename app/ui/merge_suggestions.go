package ui

import (
	"context"
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"dossier/app"
)

// suggestionsPanel lists the extractor's merge suggestions still awaiting
// a decision, each with its reason: "Merge" applies it (MergeEntities with
// the suggestion's reason), "Not the same" dismisses it for good.
type suggestionsPanel struct {
	s     *entitiesScreen
	items []app.MergeSuggestion
	names map[int64]app.Entity // entities named by the suggestions, read as rows are bound
	list  *widget.List
	info  *widget.Label
	ui    fyne.CanvasObject
}

func newSuggestionsPanel(s *entitiesScreen) *suggestionsPanel {
	p := &suggestionsPanel{s: s, names: map[int64]app.Entity{}}
	p.list = widget.NewList(func() int { return len(p.items) }, newSuggestionRow, p.bindRow)
	p.list.OnSelected = p.onSelected
	p.info = widget.NewLabel("")
	p.info.Wrapping = fyne.TextWrapWord
	p.ui = container.NewBorder(p.info, nil, nil, nil, p.list)
	return p
}

// reload re-reads the pending suggestions and names the count in the tab.
func (p *suggestionsPanel) reload() {
	p.items, p.names = nil, map[int64]app.Entity{}
	if cf := p.s.w.cf; cf != nil {
		items, err := cf.MergeSuggestions(context.Background())
		if err != nil {
			showError(p.s.w.win, "List merge suggestions", err)
		}
		p.items = items
	}
	if len(p.items) == 0 {
		p.info.SetText("No merge suggestions are waiting. The extractor suggests merges when a new name looks like one already in the case file.")
	} else {
		p.info.SetText("Names the extractor thinks are the same thing. Click a suggestion to open its first entity.")
	}
	p.list.UnselectAll()
	p.list.Refresh()
	if tabs := p.s.side; tabs != nil && len(tabs.Items) > 1 {
		tabs.Items[1].Text = fmt.Sprintf("Merge suggestions (%d)", len(p.items))
		tabs.Refresh()
	}
}

// entity names a suggestion's entity, reading it once per reload.
func (p *suggestionsPanel) entity(id int64) app.Entity {
	if e, ok := p.names[id]; ok {
		return e
	}
	e, err := p.s.w.cf.Entity(context.Background(), id)
	if err != nil {
		e = app.Entity{ID: id, Name: fmt.Sprintf("entity %d", id)}
	}
	p.names[id] = e
	return e
}

// newSuggestionRow is the row template: the pair, the reason, the buttons.
func newSuggestionRow() fyne.CanvasObject {
	pair := widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	pair.Truncation = fyne.TextTruncateEllipsis
	reason := widget.NewLabel("")
	reason.Truncation = fyne.TextTruncateEllipsis
	merge := widget.NewButtonWithIcon("Merge", theme.ConfirmIcon(), nil)
	dismiss := widget.NewButtonWithIcon("Not the same", theme.CancelIcon(), nil)
	buttons := container.NewCenter(container.NewHBox(merge, dismiss))
	return container.NewBorder(nil, nil, nil, buttons, container.NewVBox(pair, reason))
}

func (p *suggestionsPanel) bindRow(id widget.ListItemID, o fyne.CanvasObject) {
	if id >= len(p.items) {
		return
	}
	sg := p.items[id]
	c := o.(*fyne.Container)
	texts := c.Objects[0].(*fyne.Container)
	buttons := c.Objects[1].(*fyne.Container).Objects[0].(*fyne.Container)
	from, into := p.entity(sg.FromID), p.entity(sg.IntoID)
	texts.Objects[0].(*widget.Label).SetText(fmt.Sprintf("“%s” into “%s” · %s", from.Name, into.Name, from.Type))
	texts.Objects[1].(*widget.Label).SetText(sg.Reason)
	buttons.Objects[0].(*widget.Button).OnTapped = func() { p.accept(sg) }
	buttons.Objects[1].(*widget.Button).OnTapped = func() { p.dismiss(sg) }
}

// onSelected shows the suggestion's first entity on the entity page.
func (p *suggestionsPanel) onSelected(id widget.ListItemID) {
	p.list.UnselectAll()
	if id < len(p.items) {
		p.s.selectEntity(p.items[id].FromID)
		p.s.side.SelectIndex(0)
	}
}

// accept merges the pair with the suggestion's reason; the kept entity is
// then the selected one.
func (p *suggestionsPanel) accept(sg app.MergeSuggestion) bool {
	return p.s.merge(app.MergeEntities{FromID: sg.FromID, IntoID: sg.IntoID, Reason: sg.Reason})
}

// dismiss records that the pair is not the same thing.
func (p *suggestionsPanel) dismiss(sg app.MergeSuggestion) bool {
	_, ok := p.s.w.do(app.DismissMergeSuggestion{SuggestionID: sg.ID})
	return ok
}
