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

// maxQuote is how many code points of a cited span a row shows.
const maxQuote = 240

// evidenceList shows the spans an event cites: the quote, the article it
// is from, a button that opens the article there and one that removes the
// citation. For a saved event removing is a command (RemoveEvidence);
// for a draft it only edits the draft.
type evidenceList struct {
	w        *mainWindow
	rows     *fyne.Container
	ui       fyne.CanvasObject
	titles   map[int64]string // article titles, read once per article
	onRemove func(app.Evidence)
	canOpen  bool // offer "Open" (not from a dialog, which the article screen would hide behind)
}

func newEvidenceList(w *mainWindow, onRemove func(app.Evidence)) *evidenceList {
	l := &evidenceList{w: w, rows: container.NewVBox(), titles: map[int64]string{}, onRemove: onRemove, canOpen: true}
	l.ui = l.rows
	return l
}

// set shows evs; quotes missing from a draft are cut from the articles.
func (l *evidenceList) set(evs []app.Evidence) {
	l.rows.RemoveAll()
	if len(evs) == 0 {
		none := widget.NewLabel("No evidence yet: select text in an article and use “Add selection as evidence…”")
		none.Wrapping = fyne.TextWrapWord
		none.Importance = widget.LowImportance
		l.rows.Add(none)
	}
	for _, ev := range evs {
		l.rows.Add(l.row(ev))
	}
	l.rows.Refresh()
}

func (l *evidenceList) row(ev app.Evidence) fyne.CanvasObject {
	quote := widget.NewLabel("“" + ellipsize(oneLine(ev.Quote), maxQuote) + "”")
	quote.Wrapping = fyne.TextWrapWord
	quote.TextStyle.Italic = true
	from := widget.NewLabel(fmt.Sprintf("%s · characters %d–%d", l.title(ev.ArticleID), ev.Start, ev.End))
	from.SizeName = theme.SizeNameCaptionText
	from.Truncation = fyne.TextTruncateEllipsis
	remove := widget.NewButtonWithIcon("", theme.DeleteIcon(), func() { l.onRemove(ev) })
	buttons := container.NewHBox(remove)
	if l.canOpen {
		open := widget.NewButtonWithIcon("", theme.NavigateNextIcon(), func() { l.w.showArticle(ev.ArticleID, ev.Span) })
		buttons = container.NewHBox(open, remove)
	}
	return container.NewBorder(nil, nil, nil, container.NewVBox(buttons), container.New(tightVBox{}, quote, from))
}

// title is an article's title, or its id when it cannot be read.
func (l *evidenceList) title(id int64) string {
	if t, ok := l.titles[id]; ok {
		return t
	}
	t := fmt.Sprintf("article %d", id)
	if l.w.cf != nil {
		if a, err := l.w.cf.Article(context.Background(), id); err == nil && a.Title != "" {
			t = a.Title
		}
	}
	l.titles[id] = t
	return t
}

// oneLine turns every run of white space (line breaks too) into one space.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
