package ui

import (
	"context"
	"fmt"
	"strings"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"dossier/app"
)

// mergeCandidates is how many search results the merge dialog lists.
const mergeCandidates = 50

// mergeDialog merges the current entity with another one picked through a
// search: the analyst chooses which name is kept, gives a reason (recorded
// in the log with the analyst's name) and sees what will move first.
type mergeDialog struct {
	s       *entitiesScreen
	cur     app.Entity
	other   app.Entity
	picked  bool
	results []app.Entity
	search  *widget.Entry
	anyType *widget.Check
	list    *widget.List
	keep    *widget.RadioGroup
	reason  *widget.Entry
	summary *widget.Label
	ok      *widget.Button
	dlg     *dialog.CustomDialog
}

// openMerge shows the merge dialog for e.
func (s *entitiesScreen) openMerge(e app.Entity) *mergeDialog {
	if s.w.cf == nil || e.ID == 0 {
		return nil
	}
	m := &mergeDialog{s: s, cur: e}
	m.search = widget.NewEntry()
	m.search.SetPlaceHolder("Search the other entity by name or alias")
	m.search.OnChanged = func(string) { m.find() }
	m.anyType = widget.NewCheck("Any type", func(bool) { m.find() })
	m.list = widget.NewList(func() int { return len(m.results) }, newEntityRow, m.bindResult)
	m.list.OnSelected = m.pick
	m.keep = widget.NewRadioGroup(nil, func(string) { m.update() })
	m.reason = widget.NewEntry()
	m.reason.SetPlaceHolder("Why they are the same (recorded in the log)")
	m.reason.OnChanged = func(string) { m.update() }
	m.reason.OnSubmitted = func(string) { m.confirm() }
	m.summary = widget.NewLabel("")
	m.summary.Wrapping = fyne.TextWrapWord
	m.ok = widget.NewButton("Merge", m.confirm)
	m.ok.Importance = widget.HighImportance
	cancel := widget.NewButton("Cancel", func() { m.dlg.Hide() })
	m.dlg = dialog.NewCustomWithoutButtons(fmt.Sprintf("Merge “%s” with…", e.Name), m.content(), s.w.win)
	m.dlg.SetButtons([]fyne.CanvasObject{cancel, m.ok})
	m.dlg.Resize(fyne.NewSize(620, 560))
	m.find()
	m.update()
	m.dlg.Show()
	s.w.win.Canvas().Focus(m.search)
	return m
}

func (m *mergeDialog) content() fyne.CanvasObject {
	top := container.NewBorder(nil, nil, nil, m.anyType, m.search)
	bottom := container.NewVBox(widget.NewSeparator(), m.keep,
		widget.NewLabel("Reason"), m.reason, m.summary)
	return container.NewBorder(top, bottom, nil, nil, m.list)
}

// find lists the candidates for the search text: same type unless "Any
// type", never the entity itself.
func (m *mergeDialog) find() {
	if m.list == nil {
		return
	}
	f := app.EntityFilter{Query: m.search.Text, Limit: mergeCandidates + 1}
	if !m.anyType.Checked {
		f.Type = m.cur.Type
	}
	rows, _, err := m.s.w.cf.Entities(context.Background(), f)
	if err != nil {
		showError(m.s.w.win, "Find entities", err)
		return
	}
	m.results = m.results[:0]
	for _, e := range rows {
		if e.ID != m.cur.ID && len(m.results) < mergeCandidates {
			m.results = append(m.results, e)
		}
	}
	m.list.UnselectAll()
	m.list.Refresh()
}

func (m *mergeDialog) bindResult(id widget.ListItemID, o fyne.CanvasObject) {
	if id < len(m.results) {
		setEntityRow(o, m.results[id])
	}
}

// pick makes result i the other entity. The fuller (longer) name is kept
// by default — "Colin P. Clarke" over "Clarke" —, on a tie the one with
// more mentions.
func (m *mergeDialog) pick(i widget.ListItemID) {
	if i < 0 || i >= len(m.results) {
		return
	}
	m.other, m.picked = m.results[i], true
	m.keep.Options = []string{keepLabel(m.cur), keepLabel(m.other)}
	lo, lc := utf8.RuneCountInString(m.other.Name), utf8.RuneCountInString(m.cur.Name)
	if lo > lc || (lo == lc && m.other.Mentions >= m.cur.Mentions) {
		m.keep.SetSelected(keepLabel(m.other))
	} else {
		m.keep.SetSelected(keepLabel(m.cur))
	}
	m.keep.Refresh()
	m.update()
}

func keepLabel(e app.Entity) string { return fmt.Sprintf("Keep “%s” (entity %d)", e.Name, e.ID) }

// command is the merge the dialog describes; ok is false while the other
// entity, the name to keep or the reason is missing.
func (m *mergeDialog) command() (app.MergeEntities, bool) {
	if !m.picked || m.keep.Selected == "" {
		return app.MergeEntities{}, false
	}
	from, into := m.other, m.cur
	if m.keep.Selected == keepLabel(m.other) {
		from, into = m.cur, m.other
	}
	reason := strings.TrimSpace(m.reason.Text)
	return app.MergeEntities{FromID: from.ID, IntoID: into.ID, Reason: reason}, reason != ""
}

// update shows what the merge will move and enables Merge when it is complete.
func (m *mergeDialog) update() {
	if m.summary == nil || m.ok == nil {
		return
	}
	cmd, ok := m.command()
	if !m.picked || m.keep.Selected == "" {
		m.summary.SetText("Pick the other entity in the list.")
	} else {
		from, into := m.cur, m.other
		if cmd.FromID == m.other.ID {
			from, into = m.other, m.cur
		}
		m.summary.SetText(mergeSummary(from, into))
	}
	if ok {
		m.ok.Enable()
	} else {
		m.ok.Disable()
	}
}

// mergeSummary says what a merge of from into into moves.
func mergeSummary(from, into app.Entity) string {
	moves := countNoun(from.Mentions, "mention") + " in " + countNoun(from.Articles, "article")
	if n := len(from.Aliases); n > 0 {
		moves += " and " + countNoun(n, "alias")
	}
	s := fmt.Sprintf("“%s” goes away: its %s move to “%s”, and its name becomes an alias.",
		from.Name, moves, into.Name)
	if from.Type != into.Type {
		s += fmt.Sprintf(" Its mentions become %s.", into.Type)
	}
	return s + " Undo with Ctrl+Z; Split out the alias later to separate them again."
}

// confirm applies the merge; the screen then shows the kept entity.
func (m *mergeDialog) confirm() {
	cmd, ok := m.command()
	if !ok {
		return
	}
	m.dlg.Hide()
	m.s.merge(cmd)
}

// merge applies cmd through the shell and keeps the surviving entity selected.
func (s *entitiesScreen) merge(cmd app.MergeEntities) bool {
	prev := s.selID
	s.selID = cmd.IntoID // changed() selects it when the merge succeeds
	if _, ok := s.w.do(cmd); !ok {
		s.selID = prev
		return false
	}
	return true
}
