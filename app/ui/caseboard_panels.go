package ui

import (
	"fmt"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"dossier/app"
)

// newBoardRow is a two-line row of the board's side panels.
func newBoardRow() fyne.CanvasObject {
	top := widget.NewLabel("Name")
	top.Truncation = fyne.TextTruncateEllipsis
	sub := widget.NewLabel("facts")
	sub.Truncation = fyne.TextTruncateEllipsis
	sub.SizeName = theme.SizeNameCaptionText
	return container.New(tightVBox{}, top, sub)
}

func setBoardRow(o fyne.CanvasObject, top, sub string) {
	objs := o.(*fyne.Container).Objects
	objs[0].(*widget.Label).SetText(top)
	objs[1].(*widget.Label).SetText(sub)
}

// boardEntities lists the entities the case's events involve, with the
// roles they play; one can be shown on the Entities screen or linked to
// another.
type boardEntities struct {
	b       *caseBoard
	ui      fyne.CanvasObject
	heading *widget.Label
	list    *widget.List
	sel     int64
	showBtn *widget.Button
	link    *widget.Button
}

func newBoardEntities(b *caseBoard) *boardEntities {
	p := &boardEntities{b: b, heading: widget.NewLabel("Entities")}
	p.list = widget.NewList(func() int { return len(b.b.Entities) }, newBoardRow, p.bind)
	p.list.OnSelected = func(i widget.ListItemID) {
		if i < len(b.b.Entities) {
			p.sel = b.b.Entities[i].ID
			p.update()
		}
	}
	p.showBtn = widget.NewButtonWithIcon("Show", theme.InfoIcon(), p.onShow)
	p.link = widget.NewButtonWithIcon("Link…", theme.MailForwardIcon(), p.onLink)
	p.ui = panel(p.heading, []fyne.CanvasObject{p.showBtn, p.link}, p.list, nil)
	return p
}

func (p *boardEntities) show() {
	p.heading.SetText(fmt.Sprintf("Entities (%d)", len(p.b.b.Entities)))
	if _, ok := p.b.b.EntityByID(p.sel); !ok {
		p.sel = 0
		p.list.UnselectAll()
	}
	p.list.Refresh()
	p.update()
}

func (p *boardEntities) update() {
	setEnabled(p.showBtn, p.sel != 0)
	setEnabled(p.link, p.sel != 0 && len(p.b.b.Entities) > 1)
}

func (p *boardEntities) bind(i widget.ListItemID, o fyne.CanvasObject) {
	if i >= len(p.b.b.Entities) {
		return
	}
	e := p.b.b.Entities[i]
	setBoardRow(o, e.Name, string(e.Type)+" · "+strings.Join(entityRoles(p.b.b.Events, e.ID), ", "))
}

// entityRoles lists the roles an entity plays in the events ("place" for
// an event's location), each once, in the order met.
func entityRoles(evs []app.Event, id int64) []string {
	var roles []string
	add := func(r string) {
		if !slices.Contains(roles, r) {
			roles = append(roles, r)
		}
	}
	for _, e := range evs {
		if e.LocationID == id {
			add("place")
		}
		for _, pt := range e.Participants {
			if pt.EntityID == id {
				add(string(pt.Role))
			}
		}
	}
	if len(roles) == 0 {
		roles = []string{"linked"}
	}
	return roles
}

func (p *boardEntities) onShow() {
	if p.sel == 0 {
		return
	}
	w := p.b.w
	w.selectTab(w.entities.ui)
	w.entities.selectEntity(p.sel)
}

// entityEnd is an entity of the case as a link end: its evidence is what
// the case's events that involve it cite.
func (p *boardEntities) entityEnd(e app.Entity) linkEnd {
	end := linkEnd{kind: app.TargetEntity, id: e.ID, label: fmt.Sprintf("%s (%s)", e.Name, e.Type)}
	for _, ev := range p.b.b.Events {
		if ev.LocationID == e.ID || slices.ContainsFunc(ev.Participants, func(pt app.Participant) bool { return pt.EntityID == e.ID }) {
			end.evidence = append(end.evidence, ev.Evidence...)
		}
	}
	return end
}

func (p *boardEntities) onLink() {
	from, ok := p.b.b.EntityByID(p.sel)
	if !ok {
		return
	}
	p.b.w.openLinkDialog(p.b.b.Case.ID, p.entityEnd(from), func(q string) []linkEnd {
		var out []linkEnd
		for _, e := range p.b.b.Entities {
			if e.ID != from.ID && matches(e.Name, q) {
				out = append(out, p.entityEnd(e))
			}
		}
		return out
	})
}

// boardSources lists the articles the case's events cite; choosing one
// opens it at its first cited span.
type boardSources struct {
	b       *caseBoard
	ui      fyne.CanvasObject
	heading *widget.Label
	list    *widget.List
}

func newBoardSources(b *caseBoard) *boardSources {
	p := &boardSources{b: b, heading: widget.NewLabel("Sources")}
	p.list = widget.NewList(func() int { return len(b.b.Articles) }, newBoardRow, p.bind)
	p.list.OnSelected = p.onSelected
	p.ui = panel(p.heading, nil, p.list, nil)
	return p
}

func (p *boardSources) show() {
	p.heading.SetText(fmt.Sprintf("Sources (%d)", len(p.b.b.Articles)))
	p.list.UnselectAll()
	p.list.Refresh()
}

func (p *boardSources) bind(i widget.ListItemID, o fyne.CanvasObject) {
	if i >= len(p.b.b.Articles) {
		return
	}
	a := p.b.b.Articles[i]
	facts := []string{}
	if a.Source != "" {
		facts = append(facts, a.Source)
	}
	if a.Grade != "" {
		facts = append(facts, "grade "+string(a.Grade))
	}
	facts = append(facts, countNoun(len(p.citations(a.ID)), "citation"))
	setBoardRow(o, a.Title, strings.Join(facts, " · "))
}

// citations are the case's evidence spans in article id, events then links.
func (p *boardSources) citations(id int64) []app.Evidence {
	var out []app.Evidence
	for _, e := range p.b.b.Events {
		for _, ev := range e.Evidence {
			if ev.ArticleID == id {
				out = append(out, ev)
			}
		}
	}
	for _, l := range p.b.b.Links {
		for _, ev := range l.Evidence {
			if ev.ArticleID == id {
				out = append(out, ev)
			}
		}
	}
	return out
}

func (p *boardSources) onSelected(i widget.ListItemID) {
	if i >= len(p.b.b.Articles) {
		return
	}
	id := p.b.b.Articles[i].ID
	var span app.Span
	if cs := p.citations(id); len(cs) > 0 {
		span = cs[0].Span
	}
	p.list.UnselectAll()
	p.b.w.showArticle(id, span)
}

// boardLinks lists the case's links, "A — precedes → B", with their note
// and evidence; the selected one can be deleted.
type boardLinks struct {
	b       *caseBoard
	ui      fyne.CanvasObject
	heading *widget.Label
	list    *widget.List
	sel     int64
	del     *widget.Button
}

func newBoardLinks(b *caseBoard) *boardLinks {
	p := &boardLinks{b: b, heading: widget.NewLabel("Links")}
	p.list = widget.NewList(func() int { return len(b.b.Links) }, newBoardRow, p.bind)
	p.list.OnSelected = func(i widget.ListItemID) {
		if i < len(b.b.Links) {
			p.sel = b.b.Links[i].ID
			setEnabled(p.del, true)
		}
	}
	p.del = widget.NewButtonWithIcon("Delete", theme.DeleteIcon(), p.onDelete)
	p.ui = panel(p.heading, []fyne.CanvasObject{p.del}, p.list, nil)
	return p
}

func (p *boardLinks) show() {
	p.heading.SetText(fmt.Sprintf("Links (%d)", len(p.b.b.Links)))
	p.sel = 0
	p.list.UnselectAll()
	p.list.Refresh()
	p.del.Disable()
}

func (p *boardLinks) bind(i widget.ListItemID, o fyne.CanvasObject) {
	if i >= len(p.b.b.Links) {
		return
	}
	l := p.b.b.Links[i]
	sub := countNoun(len(l.Evidence), "citation")
	if len(l.Evidence) > 0 {
		sub += ": “" + ellipsize(oneLine(l.Evidence[0].Quote), 60) + "”"
	}
	if l.Note != "" {
		sub = l.Note + " · " + sub
	}
	setBoardRow(o, p.sentence(l), sub)
}

// sentence is "A — precedes → B".
func (p *boardLinks) sentence(l app.Link) string {
	return fmt.Sprintf("%s — %s → %s", p.endName(l.FromKind, l.FromID), l.Kind, p.endName(l.ToKind, l.ToID))
}

func (p *boardLinks) endName(kind string, id int64) string {
	if kind == app.TargetEvent {
		return p.b.eventTitle(id)
	}
	return p.b.entityName(id)
}

func (p *boardLinks) onDelete() {
	for _, l := range p.b.b.Links {
		if l.ID == p.sel {
			p.b.w.doNamed(app.DeleteLink{LinkID: l.ID}, "Removed the link "+ellipsize(p.sentence(l), 80))
			return
		}
	}
}

// matches reports whether s holds q, ignoring case.
func matches(s, q string) bool {
	return q == "" || strings.Contains(strings.ToLower(s), strings.ToLower(strings.TrimSpace(q)))
}
