package ui

import (
	"context"
	"fmt"
	"strings"

	"fyne.io/fyne/v2/widget"

	"dossier/app"
)

// onTapped shows an event's details, or an entity's name with a way to
// open it on the Entities screen (the tap may be the first of a Shift-click
// selection, so it does not switch screens by itself).
func (s *chartScreen) onTapped(nodeID string) {
	kind, id, ok := parseNode(nodeID)
	if !ok {
		return
	}
	s.entBox.RemoveAll()
	if kind == app.TargetEvent {
		s.detail.show(id)
		return
	}
	s.detail.clear("")
	e, found := s.lookup(id)
	if !found {
		s.detail.clear("The entity is gone.")
		return
	}
	s.detail.title.SetText(fmt.Sprintf("%s — %s", e.Name, e.Type))
	if s.w.entities != nil {
		s.w.entities.selectEntity(id) // ready on the Entities screen
	}
	s.entBox.Add(widget.NewButton("Open on the Entities screen", func() { s.openEntity(id) }))
	s.entBox.Add(widget.NewButton("Expand: add its other events", func() { s.expand(nodeID) }))
}

// openEntity switches to the Entities screen with the entity shown.
func (s *chartScreen) openEntity(id int64) {
	if s.w.entities == nil {
		return
	}
	s.w.selectTab(s.w.entities.ui)
	s.w.entities.selectEntity(id)
}

// entityEvents reads the events an entity takes part in (or is the place of).
func (s *chartScreen) entityEvents(id int64) []app.Event {
	if s.w.cf == nil {
		return nil
	}
	evs, _, err := s.w.cf.Events(context.Background(), app.EventFilter{EntityID: id, Limit: 1000})
	if err != nil {
		showError(s.w.win, "Expand", err)
		return nil
	}
	return evs
}

// expand adds an entity's other events and their participants to the chart;
// for an event node, it expands each participant.
func (s *chartScreen) expand(nodeID string) {
	kind, id, ok := parseNode(nodeID)
	if !ok {
		return
	}
	before := len(s.nodes)
	var ents []int64
	if kind == app.TargetEntity {
		ents = []int64{id}
	} else {
		for _, e := range append(append([]app.Event(nil), s.events...), s.extra...) {
			if e.ID == id {
				for _, p := range e.Participants {
					ents = append(ents, p.EntityID)
				}
			}
		}
	}
	for _, ent := range ents {
		if !s.expanded[ent] {
			s.expanded[ent] = true
			s.extra = append(s.extra, s.entityEvents(ent)...)
		}
	}
	s.draw()
	s.w.updateStatus(fmt.Sprintf("Expanded: %d nodes added to the chart", len(s.nodes)-before))
}

func (s *chartScreen) expandSelected() {
	for _, id := range s.chart.Selected() {
		s.expand(id)
	}
}

// pathBetweenSelected highlights a shortest path between the two selected nodes.
func (s *chartScreen) pathBetweenSelected() []string {
	sel := s.chart.Selected()
	if len(sel) != 2 {
		s.w.updateStatus("Select exactly two nodes (Shift- or Ctrl-click) to find a path between them")
		return nil
	}
	p := s.chart.ShortestPath(sel[0], sel[1])
	if p == nil {
		s.w.updateStatus("No path joins the two selected nodes")
		return nil
	}
	s.w.updateStatus("Path: " + strings.Join(s.labels(p), " → "))
	return p
}

// labels names nodes for the status bar.
func (s *chartScreen) labels(ids []string) []string {
	byID := map[string]string{}
	for _, n := range s.nodes {
		byID[n.ID] = n.Label
	}
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = byID[id]
	}
	return out
}

// hideSelected hides the selected nodes (kept hidden across refreshes).
func (s *chartScreen) hideSelected() {
	for _, id := range s.chart.Selected() {
		s.hidden[id] = true
		s.chart.HideNode(id)
	}
	s.info.SetText(s.summary())
}

// showAll shows every hidden node again.
func (s *chartScreen) showAll() {
	for id := range s.hidden {
		s.chart.ShowNode(id)
	}
	s.hidden = map[string]bool{}
	s.info.SetText(s.summary())
}

// shown lists the IDs of the nodes drawn (not hidden).
func (s *chartScreen) shown() []string {
	var out []string
	for _, n := range s.nodes {
		if !s.hidden[n.ID] {
			out = append(out, n.ID)
		}
	}
	return out
}
