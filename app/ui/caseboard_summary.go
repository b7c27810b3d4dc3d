package ui

import (
	"fmt"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"dossier/app"
)

// previewDelay is how long the preview waits after the last keystroke.
var previewDelay = 300 * time.Millisecond

// caseSummary edits the case's narrative summary in Markdown beside a
// live preview; Save stores it (one SetCaseField). A refresh keeps what
// the analyst typed since the last save.
type caseSummary struct {
	b        *caseBoard
	ui       fyne.CanvasObject
	text     *widget.Entry
	preview  *widget.RichText
	save     *widget.Button
	revert   *widget.Button
	loaded   string
	debounce *debouncer
}

func newCaseSummary(b *caseBoard) *caseSummary {
	s := &caseSummary{b: b}
	s.text = widget.NewMultiLineEntry()
	s.text.Wrapping = fyne.TextWrapWord
	s.text.SetPlaceHolder("The narrative of the case, in Markdown: # headings, **bold**, lists …")
	s.preview = widget.NewRichTextFromMarkdown("")
	s.preview.Wrapping = fyne.TextWrapWord
	s.debounce = newDebouncer(previewDelay, s.updatePreview)
	s.text.OnChanged = func(string) {
		s.debounce.call()
		s.updateButtons()
	}
	s.save = widget.NewButtonWithIcon("Save summary", theme.DocumentSaveIcon(), s.onSave)
	s.save.Importance = widget.HighImportance
	s.revert = widget.NewButtonWithIcon("Revert", theme.ContentUndoIcon(), func() { s.text.SetText(s.loaded) })
	head := func(t string) *widget.Label {
		return widget.NewLabelWithStyle(t, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	}
	editor := container.NewBorder(head("Markdown"), nil, nil, nil, s.text)
	preview := container.NewBorder(head("Preview"), nil, nil, nil, container.NewVScroll(s.preview))
	split := container.NewHSplit(editor, preview)
	s.ui = container.NewBorder(nil, container.NewHBox(s.save, s.revert, layout.NewSpacer()), nil, nil, split)
	return s
}

// show puts the case's summary in the editor unless the analyst has
// typed since it was loaded (same: the same case as before).
func (s *caseSummary) show(same bool) {
	setUnlessEdited(s.text, s.b.b.Case.Summary, &s.loaded, same)
	s.debounce.flush()
	s.updateButtons()
}

func (s *caseSummary) updatePreview() { s.preview.ParseMarkdown(s.text.Text) }

func (s *caseSummary) updateButtons() {
	dirty := s.b.has && s.text.Text != s.loaded
	setEnabled(s.save, dirty)
	setEnabled(s.revert, dirty)
}

func (s *caseSummary) onSave() {
	if !s.b.has || s.text.Text == s.loaded {
		return
	}
	// The refresh that follows the command loads the stored summary, which
	// is what was typed, so the editor then counts as saved.
	s.b.w.doNamed(app.SetCaseField{CaseID: s.b.b.Case.ID, Field: app.CaseFieldSummary, Value: s.text.Text},
		fmt.Sprintf("Saved the summary of “%s”", s.b.b.Case.Title))
}
