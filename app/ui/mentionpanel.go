package ui

import (
	"fmt"
	"sort"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"dossier/app"
)

// mentionPanel lists the open article's mentions grouped by entity: a
// header per entity (type colour, name, count) and a line per mention with
// its status and a little context. Rejected mentions stay listed, greyed,
// so a rejection can be found and reverted. Choosing a line makes that
// mention current.
type mentionPanel struct {
	v       *articleView
	ui      fyne.CanvasObject
	list    *widget.List
	rows    []mentionLine
	syncing bool // the list selection is being set to follow the current mention
}

// mentionLine is one row of the panel: a group header or a mention.
type mentionLine struct {
	header   bool
	typ      app.EntityType
	text     string // a header's fallback name (the first mention's text); a mention's status
	span     app.Span
	entity   int64 // a header's entity, whose name is shown when it has one
	count    string
	id       int64 // the mention, or for a header the group's first live mention
	rejected bool
}

func newMentionPanel(v *articleView) *mentionPanel {
	p := &mentionPanel{v: v}
	p.list = widget.NewList(func() int { return len(p.rows) }, newMentionRow, p.updateRow)
	p.list.OnSelected = p.onSelected
	p.ui = p.list
	return p
}

// update regroups the view's mentions.
func (p *mentionPanel) update() {
	p.rows = groupMentions(p.v.ms)
	p.list.Refresh()
	p.showCurrent()
}

// mentionGroup is the mentions of one entity (or, unlinked, of one text and type).
type mentionGroup struct {
	typ    app.EntityType
	entity int64
	name   string
	ms     []app.Mention
}

// groupMentions builds the panel's rows: groups in type order (the keys'
// order, then selectors) and by their first mention's text, mentions in
// text order. Entity names are looked up only for the rows drawn (one
// store query each), which keeps opening an article with hundreds of
// entities fast.
func groupMentions(ms []app.Mention) []mentionLine {
	groups := map[string]*mentionGroup{}
	var order []*mentionGroup
	for _, m := range ms {
		key := fmt.Sprintf("%s|%d", m.Type, m.EntityID)
		if m.EntityID == 0 {
			key = fmt.Sprintf("%s|text|%s", m.Type, m.Text)
		}
		g, ok := groups[key]
		if !ok {
			g = &mentionGroup{typ: m.Type, entity: m.EntityID, name: m.Text}
			if m.EntityID == 0 {
				g.name = m.Text + " (no entity)"
			}
			groups[key] = g
			order = append(order, g)
		}
		g.ms = append(g.ms, m)
	}
	rank := map[app.EntityType]int{}
	for i, t := range allTypes() {
		rank[t] = i
	}
	sort.SliceStable(order, func(i, j int) bool {
		a, b := order[i], order[j]
		if a.typ != b.typ {
			return rank[a.typ] < rank[b.typ]
		}
		return strings.ToLower(a.name) < strings.ToLower(b.name)
	})
	rows := make([]mentionLine, 0, len(order)+len(ms))
	for _, g := range order {
		rows = append(rows, groupHeader(g))
		for _, m := range g.ms {
			rows = append(rows, mentionLine{typ: m.Type, id: m.ID, rejected: m.Status == app.StatusRejected,
				text: string(m.Status), span: m.Span})
		}
	}
	return rows
}

func groupHeader(g *mentionGroup) mentionLine {
	live, first := 0, g.ms[0].ID
	for i := len(g.ms) - 1; i >= 0; i-- {
		if g.ms[i].Status != app.StatusRejected {
			live++
			first = g.ms[i].ID
		}
	}
	return mentionLine{header: true, typ: g.typ, text: g.name, entity: g.entity, id: first, rejected: live == 0,
		count: fmt.Sprintf("%s ×%d", g.typ, live)}
}

// kwic shows a span in a little of its context, on one line: a short left
// context, so the mention stays in view when the row truncates the right.
func kwic(text []rune, sp app.Span, left, right int) string {
	if sp.Start < 0 || sp.End > len(text) || sp.Start >= sp.End {
		return ""
	}
	from, to := max(sp.Start-left, 0), min(sp.End+right, len(text))
	var b strings.Builder
	if from > 0 {
		b.WriteString("…")
	}
	b.WriteString(string(text[from:sp.Start]))
	b.WriteString("«" + string(text[sp.Start:sp.End]) + "»")
	b.WriteString(string(text[sp.End:to]))
	if to < len(text) {
		b.WriteString("…")
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

func (p *mentionPanel) onSelected(i widget.ListItemID) {
	if p.syncing || i < 0 || i >= len(p.rows) {
		return
	}
	p.v.setCurrent(p.rows[i].id)
}

// showCurrent selects the current mention's row, scrolling the panel to it.
func (p *mentionPanel) showCurrent() {
	p.syncing = true
	defer func() { p.syncing = false }()
	for i, r := range p.rows {
		if !r.header && r.id == p.v.current && r.id != 0 {
			p.list.Select(i)
			return
		}
	}
	p.list.UnselectAll()
}

// mentionRow draws one mentionLine.
type mentionRow struct {
	widget.BaseWidget
	kind  *swatch
	text  *widget.Label
	count *widget.Label
}

func newMentionRow() fyne.CanvasObject {
	r := &mentionRow{kind: newSwatch(typeColor(app.TypePerson)), text: widget.NewLabel(""), count: widget.NewLabel("")}
	r.text.Truncation = fyne.TextTruncateEllipsis
	r.count.Importance = widget.LowImportance
	r.ExtendBaseWidget(r)
	return r
}

// CreateRenderer is a private method to Fyne which links this widget to its renderer.
func (r *mentionRow) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(container.NewBorder(nil, nil, container.NewCenter(r.kind), r.count, r.text))
}

func (p *mentionPanel) updateRow(i widget.ListItemID, o fyne.CanvasObject) {
	r := o.(*mentionRow)
	if i < 0 || i >= len(p.rows) {
		return
	}
	line := p.rows[i]
	r.kind.setColor(typeColor(line.typ))
	r.text.TextStyle.Bold = line.header
	r.text.Importance = widget.MediumImportance
	if line.rejected {
		r.text.Importance = widget.LowImportance
	}
	if line.header {
		name := p.v.entityName(line.entity)
		if name == "" {
			name = line.text
		}
		r.kind.Show()
		r.text.SetText(name)
		r.count.SetText(line.count)
		return
	}
	r.kind.Hide()
	r.text.SetText("      " + kwic(p.v.runes, line.span, 6, 40)) // drawn rows only: cheap
	r.count.SetText(line.text)
}
