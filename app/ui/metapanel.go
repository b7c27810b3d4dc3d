package ui

import (
	"context"
	"fmt"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"

	"dossier/app"
)

// gradeChoices are the grade menu's labels, "" (not graded) first.
var gradeChoices = []string{
	"not graded",
	"A — completely reliable",
	"B — usually reliable",
	"C — fairly reliable",
	"D — not usually reliable",
	"E — unreliable",
	"F — cannot be judged",
}

// gradeLabel and gradeOf convert between a grade and its menu label.
func gradeLabel(g app.Grade) string {
	if g == "" {
		return gradeChoices[0]
	}
	for _, c := range gradeChoices[1:] {
		if c[:1] == string(g) {
			return c
		}
	}
	return string(g)
}

func gradeOf(label string) app.Grade {
	if label == gradeChoices[0] || label == "" {
		return ""
	}
	return app.Grade(label[:1])
}

// metaPanel shows and edits the open article's metadata. Text fields are
// saved with Enter or the Save button (one command per changed field); the
// grade when it is chosen. A new published date re-reads the article's
// relative dates through the extractor, off the UI goroutine, and the
// store applies both in one undoable command.
type metaPanel struct {
	v       *articleView
	ui      fyne.CanvasObject
	entries map[app.ArticleField]*widget.Entry
	loaded  map[app.ArticleField]string // values as last read, to spot edits
	grade   *widget.Select
	hash    *widget.Label
	origin  *widget.Label
	save    *widget.Button
	revert  *widget.Button
	lastJob <-chan struct{} // closes when the latest re-extraction job has finished (for tests)
}

// metaTextFields are the fields edited in an entry, in display order.
var metaTextFields = []app.ArticleField{app.FieldTitle, app.FieldSource, app.FieldAuthor, app.FieldURL, app.FieldPublished}

func newMetaPanel(v *articleView) *metaPanel {
	p := &metaPanel{v: v, entries: map[app.ArticleField]*widget.Entry{}, loaded: map[app.ArticleField]string{}}
	form := container.New(layout.NewFormLayout())
	for _, f := range metaTextFields {
		e := widget.NewEntry()
		e.OnChanged = func(string) { p.updateButtons() }
		e.OnSubmitted = func(string) { p.commit(f) }
		p.entries[f] = e
		form.Add(widget.NewLabel(fieldLabel(f)))
		form.Add(e)
	}
	p.entries[app.FieldPublished].SetPlaceHolder("YYYY-MM-DD")
	p.grade = widget.NewSelect(gradeChoices, nil)
	p.hash = widget.NewLabel("")
	p.hash.TextStyle.Monospace = true
	p.hash.Wrapping = fyne.TextWrapBreak
	p.hash.Selectable = true
	p.origin = widget.NewLabel("")
	p.origin.Wrapping = fyne.TextWrapWord
	p.origin.Importance = widget.LowImportance
	form.Add(widget.NewLabel("Source grade"))
	form.Add(p.grade)
	form.Add(widget.NewLabel("SHA-256"))
	form.Add(p.hash)
	p.save = widget.NewButton("Save changes", p.commitAll)
	p.save.Importance = widget.HighImportance
	p.revert = widget.NewButton("Revert", func() { p.show(p.v.art, true) })
	p.ui = container.NewVScroll(container.NewVBox(form, container.NewHBox(p.save, p.revert), p.origin))
	p.updateButtons()
	return p
}

func fieldLabel(f app.ArticleField) string {
	switch f {
	case app.FieldURL:
		return "URL"
	case app.FieldPublished:
		return "Published"
	}
	return strings.ToUpper(string(f[:1])) + string(f[1:])
}

// articleValue is a field's current value as the entries show it.
func articleValue(a app.Article, f app.ArticleField) string {
	switch f {
	case app.FieldTitle:
		return a.Title
	case app.FieldSource:
		return a.Source
	case app.FieldAuthor:
		return a.Author
	case app.FieldURL:
		return a.URL
	case app.FieldPublished:
		if a.Published.IsZero() {
			return ""
		}
		return a.Published.Format("2006-01-02")
	case app.FieldGrade:
		return string(a.Grade)
	}
	return ""
}

// show fills the panel from a; unless all is set, a field the analyst is
// editing (its text differs from the value last read) keeps the edit.
func (p *metaPanel) show(a app.Article, all bool) {
	for _, f := range metaTextFields {
		e, v := p.entries[f], articleValue(a, f)
		if all || e.Text == p.loaded[f] {
			e.SetText(v)
		}
		p.loaded[f] = v
	}
	p.grade.OnChanged = nil // showing the grade is not choosing one
	p.grade.SetSelected(gradeLabel(a.Grade))
	p.grade.OnChanged = p.onGrade
	p.hash.SetText(a.SHA256)
	p.origin.SetText(fmt.Sprintf("Imported %s from %s (%s).", a.Imported.Local().Format("2006-01-02 15:04"),
		orDash(a.Filename), orDash(a.Format)))
	p.updateButtons()
}

func orDash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}

func (p *metaPanel) dirty() []app.ArticleField {
	var out []app.ArticleField
	for _, f := range metaTextFields {
		if p.entries[f].Text != p.loaded[f] {
			out = append(out, f)
		}
	}
	return out
}

func (p *metaPanel) updateButtons() {
	if len(p.dirty()) > 0 {
		p.save.Enable()
		p.revert.Enable()
	} else {
		p.save.Disable()
		p.revert.Disable()
	}
}

func (p *metaPanel) onGrade(label string) {
	if g := gradeOf(label); g != p.v.art.Grade && p.v.art.ID != 0 {
		p.v.w.do(app.SetArticleField{ArticleID: p.v.art.ID, Field: app.FieldGrade, Value: string(g)})
	}
}

// commitAll saves every edited field, one command each.
func (p *metaPanel) commitAll() {
	for _, f := range p.dirty() {
		p.commit(f)
	}
}

// commit saves one field if it was edited.
func (p *metaPanel) commit(f app.ArticleField) {
	value := strings.TrimSpace(p.entries[f].Text)
	if p.v.art.ID == 0 || value == p.loaded[f] {
		return
	}
	cmd := app.SetArticleField{ArticleID: p.v.art.ID, Field: f, Value: value}
	if err := cmd.Validate(); err != nil {
		showError(p.v.w.win, "Edit article", err)
		return
	}
	if f == app.FieldPublished && p.v.w.svc.Extractor != nil {
		p.reextract(cmd)
		return
	}
	p.v.w.do(cmd)
}

// reextract runs the extractor against the new published date in a job,
// then applies the date with the fresh extraction in one command. If the
// extractor fails the date is still set, without re-reading the dates.
func (p *metaPanel) reextract(cmd app.SetArticleField) {
	w, text := p.v.w, p.v.art.Text
	var published time.Time
	if cmd.Value != "" {
		published, _ = time.Parse("2006-01-02", cmd.Value) // Validate checked it
	}
	var ex app.Extraction
	p.lastJob = runJob(w.win, "Re-reading the article's dates", func(ctx context.Context, progress Progress) error {
		progress(-1, "Resolving relative dates against the new publication date…")
		extractor, err := w.svc.Extractor()
		if err != nil {
			return err
		}
		ex, err = extractor.Extract(ctx, text, published)
		return err
	}, func(err error) {
		if isCanceled(err) || w.cf == nil {
			return
		}
		if err == nil {
			cmd.Reextract = &ex
		}
		w.do(cmd)
	})
}
