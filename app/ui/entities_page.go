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

// entityPage shows one entity: canonical name (renamable), type, counts,
// aliases (each can be split back out), notes, a merge button, and every
// mention across articles in context.
type entityPage struct {
	s        *entitiesScreen
	ent      app.Entity
	has      bool
	ui       fyne.CanvasObject
	body     fyne.CanvasObject
	empty    fyne.CanvasObject
	title    *widget.Label
	facts    *widget.Label
	name     *widget.Entry
	rename   *widget.Button
	merge    *widget.Button
	aliases  *fyne.Container
	notes    *widget.Entry
	saveNote *widget.Button
	model    *kwicModel
	kwic     *kwicView

	// loadedName and loadedNotes are what the entries held when the entity
	// was last shown: a refresh keeps what the analyst typed since.
	loadedName, loadedNotes string
}

func newEntityPage(s *entitiesScreen) *entityPage {
	p := &entityPage{s: s}
	p.title = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	p.title.SizeName = theme.SizeNameSubHeadingText
	p.title.Truncation = fyne.TextTruncateEllipsis
	p.facts = widget.NewLabel("")
	p.name = widget.NewEntry()
	p.name.OnSubmitted = func(string) { p.onRename() }
	p.rename = widget.NewButtonWithIcon("Rename", theme.DocumentCreateIcon(), p.onRename)
	p.merge = widget.NewButton("Merge with…", func() { s.openMerge(p.ent) })
	p.aliases = container.NewVBox()
	p.notes = widget.NewMultiLineEntry()
	p.notes.SetMinRowsVisible(3)
	p.notes.Wrapping = fyne.TextWrapWord
	p.notes.SetPlaceHolder("Notes on this entity")
	p.saveNote = widget.NewButtonWithIcon("Save notes", theme.DocumentSaveIcon(), p.onSaveNotes)
	p.model = newKwicModel(func(ctx context.Context, id int64) (app.Article, error) {
		return s.w.cf.Article(ctx, id)
	})
	p.kwic = newKwicView(s.w, p.model)
	p.body = p.layout()
	p.empty = container.NewCenter(widget.NewLabel("Select an entity in the list"))
	p.ui = container.NewStack(p.empty, p.body)
	p.body.Hide()
	return p
}

func (p *entityPage) layout() fyne.CanvasObject {
	nameRow := container.NewBorder(nil, nil, widget.NewLabel("Name"), container.NewHBox(p.rename, p.merge), p.name)
	notesRow := container.NewBorder(nil, nil, nil, container.NewVBox(p.saveNote), p.notes)
	top := container.NewVBox(
		container.NewBorder(nil, nil, nil, p.facts, p.title), nameRow,
		widget.NewLabelWithStyle("Aliases", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), p.aliases,
		widget.NewLabelWithStyle("Notes", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), notesRow,
	)
	split := container.NewVSplit(container.NewVScroll(top), p.kwic.ui)
	split.Offset = 0.5
	return split
}

// show puts e on the page. Showing the same entity again (a refresh after
// a change) keeps unsaved edits in the name and notes boxes.
func (p *entityPage) show(e app.Entity) {
	same := p.has && p.ent.ID == e.ID
	p.ent, p.has = e, true
	p.title.SetText(e.Name)
	p.facts.SetText(entityFacts(e))
	setUnlessEdited(p.name, e.Name, &p.loadedName, same)
	setUnlessEdited(p.notes, e.Notes, &p.loadedNotes, same)
	p.showAliases(e)
	p.kwic.show(p.mentions(e.ID), !same)
	p.empty.Hide()
	p.body.Show()
}

// setUnlessEdited puts value in the entry unless the analyst has typed
// there since the value was last loaded (for the same entity).
func setUnlessEdited(en *widget.Entry, value string, loaded *string, same bool) {
	if !same || en.Text == *loaded {
		en.SetText(value)
	}
	*loaded = value
}

func (p *entityPage) mentions(id int64) []app.Mention {
	ms, err := p.s.w.cf.Mentions(context.Background(), app.MentionFilter{EntityID: id})
	if err != nil {
		showError(p.s.w.win, "List mentions", err)
		return nil
	}
	return ms
}

// clear empties the page (no entity selected).
func (p *entityPage) clear() {
	p.ent, p.has = app.Entity{}, false
	p.loadedName, p.loadedNotes = "", ""
	p.name.SetText("")
	p.notes.SetText("")
	p.kwic.show(nil, true)
	p.body.Hide()
	p.empty.Show()
}

func entityFacts(e app.Entity) string {
	return fmt.Sprintf("%s · entity %d · %s in %s", e.Type, e.ID,
		countNoun(e.Mentions, "mention"), countNoun(e.Articles, "article"))
}

// countNoun is "1 mention", "3 mentions", "2 aliases".
func countNoun(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	if strings.HasSuffix(word, "s") {
		return fmt.Sprintf("%d %ses", n, word)
	}
	return fmt.Sprintf("%d %ss", n, word)
}

func (p *entityPage) showAliases(e app.Entity) {
	p.aliases.RemoveAll()
	if len(e.Aliases) == 0 {
		none := widget.NewLabel("No aliases")
		none.Importance = widget.LowImportance
		p.aliases.Add(none)
		return
	}
	for _, a := range e.Aliases {
		alias := a
		split := widget.NewButtonWithIcon("Split out", theme.ContentCutIcon(), func() { p.onSplit(alias) })
		split.Importance = widget.LowImportance
		label := widget.NewLabel(alias)
		label.Truncation = fyne.TextTruncateEllipsis
		p.aliases.Add(container.NewBorder(nil, nil, nil, split, label))
	}
}

func (p *entityPage) onRename() {
	name := strings.TrimSpace(p.name.Text)
	if !p.has || name == "" || name == p.ent.Name {
		return
	}
	p.loadedName = p.name.Text // the new name is no longer an unsaved edit
	p.s.w.do(app.RenameEntity{EntityID: p.ent.ID, Name: name})
}

func (p *entityPage) onSaveNotes() {
	if !p.has || p.notes.Text == p.ent.Notes {
		return
	}
	p.loadedNotes = p.notes.Text
	p.s.w.do(app.SetEntityNotes{EntityID: p.ent.ID, Notes: p.notes.Text})
}

// onSplit takes an alias back out into an entity of its own; the page stays
// on this entity, and the status bar offers the undo.
func (p *entityPage) onSplit(alias string) {
	if !p.has {
		return
	}
	p.s.w.do(app.SplitAlias{EntityID: p.ent.ID, Alias: alias})
}
