package ui

import (
	"context"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"dossier/app"
)

// tabPane holds a screen's content and refreshes it lazily: a command
// marks every screen stale, but only the shown one re-reads the store at
// once; a hidden one does it when its tab is next shown (AppTabs shows
// the selected content on every layout). So tagging mentions at speed in
// the article view does not also re-read the events and the case board.
type tabPane struct {
	widget.BaseWidget
	content fyne.CanvasObject
	refresh func()
	stale   bool
}

func newTabPane(content fyne.CanvasObject, refresh func()) *tabPane {
	p := &tabPane{content: content, refresh: refresh}
	p.ExtendBaseWidget(p)
	return p
}

// CreateRenderer is a private method to Fyne which links this widget to its renderer.
func (p *tabPane) CreateRenderer() fyne.WidgetRenderer { return widget.NewSimpleRenderer(p.content) }

// Show shows the pane and catches up with the changes it missed.
func (p *tabPane) Show() {
	p.BaseWidget.Show()
	p.refreshIfShown()
}

// markStale notes that the content no longer matches the case file.
func (p *tabPane) markStale() { p.stale = true }

// refreshIfShown refreshes a stale pane that is visible.
func (p *tabPane) refreshIfShown() {
	if p.stale && p.Visible() {
		p.stale = false
		p.refresh()
	}
}

// entityNames caches entity names for rows that show ids (an event's
// place, link ends) until the next refresh.
type entityNames struct {
	w     *mainWindow
	names map[int64]string
}

func newEntityNames(w *mainWindow) *entityNames { return &entityNames{w: w, names: map[int64]string{}} }

func (n *entityNames) reset() { n.names = map[int64]string{} }

// name returns the canonical name of entity id ("" for 0 or a missing entity).
func (n *entityNames) name(id int64) string {
	if id == 0 || n.w.cf == nil {
		return ""
	}
	if s, ok := n.names[id]; ok {
		return s
	}
	e, err := n.w.cf.Entity(context.Background(), id)
	if err != nil {
		n.names[id] = ""
		return ""
	}
	n.names[id] = e.Name
	return e.Name
}

// eventTypeLabel is how people read an event type: "cyber intrusion".
func eventTypeLabel(t app.EventType) string {
	return strings.ToLower(strings.ReplaceAll(string(t), "_", " "))
}

// eventTypeOf is the type a label names (the inverse of eventTypeLabel).
func eventTypeOf(label string) app.EventType {
	return app.EventType(strings.ToUpper(strings.ReplaceAll(label, " ", "_")))
}

// eventTypeLabels lists every type's label in menu order.
func eventTypeLabels() []string {
	out := make([]string, len(app.EventTypes))
	for i, t := range app.EventTypes {
		out[i] = eventTypeLabel(t)
	}
	return out
}
