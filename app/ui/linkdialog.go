package ui

import (
	"context"
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"dossier/app"
)

// linkEnd is an event or entity a link can join, with the evidence spans
// that could support a link from or to it.
type linkEnd struct {
	kind     string // app.TargetEvent or app.TargetEntity
	id       int64
	label    string
	evidence []app.Evidence
}

func eventEnd(e app.Event) linkEnd {
	return linkEnd{kind: app.TargetEvent, id: e.ID, label: fmt.Sprintf("%s (%s)", e.Title, e.Date), evidence: e.Evidence}
}

// The link kinds each pair of ends offers, in menu order.
var (
	eventKinds  = []app.LinkKind{app.LinkPrecedes, app.LinkCauses, app.LinkSameCampaign, app.LinkRelated, app.LinkOther}
	entityKinds = []app.LinkKind{app.LinkMemberOf, app.LinkLeaderOf, app.LinkLocatedIn, app.LinkAffiliated,
		app.LinkRelated, app.LinkOther}
)

// linkDialog makes one link from a fixed end to one the analyst finds:
// its kind, its direction (Swap), the evidence it rests on (chosen among
// the spans the two ends cite) and a note.
type linkDialog struct {
	w        *mainWindow
	caseID   int64
	from     linkEnd
	find     func(q string) []linkEnd
	cands    []linkEnd
	to       *linkEnd
	reversed bool
	kind     *widget.Select
	search   *widget.Entry
	list     *widget.List
	sentence *widget.Label
	evidence *widget.CheckGroup
	evByText map[string]app.Evidence
	titles   *evidenceList // reads article titles for the evidence lines
	note     *widget.Entry
	ok       *widget.Button
	dlg      *dialog.CustomDialog
}

// openLinkDialog links from to an end that find (given the search text)
// offers; caseID (may be 0) ties the link to a case.
func (w *mainWindow) openLinkDialog(caseID int64, from linkEnd, find func(q string) []linkEnd) *linkDialog {
	d := &linkDialog{w: w, caseID: caseID, from: from, find: find, evByText: map[string]app.Evidence{},
		titles: newEvidenceList(w, nil)}
	kinds := eventKinds
	if from.kind == app.TargetEntity {
		kinds = entityKinds
	}
	labels := make([]string, len(kinds))
	for i, k := range kinds {
		labels[i] = string(k)
	}
	d.kind = widget.NewSelect(labels, func(string) { d.update() })
	d.search = widget.NewEntry()
	d.search.SetPlaceHolder("Find the other end")
	d.search.OnChanged = func(string) { d.refind() }
	d.list = widget.NewList(func() int { return len(d.cands) }, newBoardRow, d.bind)
	d.list.OnSelected = d.pick
	d.sentence = widget.NewLabel("")
	d.sentence.Wrapping = fyne.TextWrapWord
	d.sentence.TextStyle.Bold = true
	d.evidence = widget.NewCheckGroup(nil, func([]string) { d.update() })
	d.note = widget.NewEntry()
	d.note.SetPlaceHolder("Note (optional)")
	d.ok = widget.NewButton("Link", d.confirm)
	d.ok.Importance = widget.HighImportance
	swap := widget.NewButtonWithIcon("Swap direction", theme.ViewRefreshIcon(), func() { d.reversed = !d.reversed; d.update() })
	d.dlg = dialog.NewCustomWithoutButtons("Link “"+ellipsize(from.label, 50)+"”", d.content(swap), w.win)
	d.dlg.SetButtons([]fyne.CanvasObject{widget.NewButton("Cancel", func() { d.dlg.Hide() }), d.ok})
	d.dlg.Resize(fyne.NewSize(660, 620))
	d.kind.SetSelectedIndex(0)
	d.refind()
	d.setEvidence()
	d.dlg.Show()
	w.cases.lastLink = d
	return d
}

func (d *linkDialog) content(swap fyne.CanvasObject) fyne.CanvasObject {
	top := container.NewVBox(container.NewBorder(nil, nil, widget.NewLabel("Kind"), nil, d.kind), d.search)
	evScroll := container.NewVScroll(d.evidence)
	evScroll.SetMinSize(fyne.NewSize(0, 140))
	bottom := container.NewVBox(container.NewBorder(nil, nil, nil, container.NewVBox(swap), d.sentence),
		widget.NewLabelWithStyle("Evidence", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), evScroll,
		container.NewBorder(nil, nil, widget.NewLabel("Note"), nil, d.note))
	return container.NewBorder(top, bottom, nil, nil, d.list)
}

// refind lists the candidates for the search text.
func (d *linkDialog) refind() {
	d.cands = d.find(d.search.Text)
	d.list.UnselectAll()
	d.list.Refresh()
	if d.to != nil {
		d.to = nil
		d.setEvidence()
	}
	d.update()
}

func (d *linkDialog) bind(i widget.ListItemID, o fyne.CanvasObject) {
	if i < len(d.cands) {
		c := d.cands[i]
		setBoardRow(o, c.label, fmt.Sprintf("%s · %s", c.kind, countNoun(len(c.evidence), "citation")))
	}
}

// pick makes candidate i the other end.
func (d *linkDialog) pick(i widget.ListItemID) {
	if i < 0 || i >= len(d.cands) {
		return
	}
	c := d.cands[i]
	d.to = &c
	d.setEvidence()
	d.update()
}

// setEvidence offers the spans both ends cite (each once), none ticked.
func (d *linkDialog) setEvidence() {
	d.evByText = map[string]app.Evidence{}
	var opts []string
	ends := []linkEnd{d.from}
	if d.to != nil {
		ends = append(ends, *d.to)
	}
	seen := map[app.Evidence]bool{}
	for _, end := range ends {
		for _, ev := range end.evidence {
			key := app.Evidence{ArticleID: ev.ArticleID, Span: ev.Span}
			if seen[key] {
				continue
			}
			seen[key] = true
			label := fmt.Sprintf("%d. “%s” — %s", len(opts)+1, ellipsize(oneLine(ev.Quote), 70), ellipsize(d.titles.title(ev.ArticleID), 40))
			d.evByText[label] = key
			opts = append(opts, label)
		}
	}
	d.evidence.Options = opts
	d.evidence.Selected = nil
	d.evidence.Refresh()
}

// link is the link the dialog describes; ok is false until the other end
// is chosen and, when the ends cite anything, some evidence is ticked.
func (d *linkDialog) link() (app.Link, bool) {
	if d.to == nil || d.kind.Selected == "" {
		return app.Link{}, false
	}
	from, to := d.from, *d.to
	if d.reversed {
		from, to = to, from
	}
	l := app.Link{CaseID: d.caseID, Kind: app.LinkKind(d.kind.Selected), FromKind: from.kind, FromID: from.id,
		ToKind: to.kind, ToID: to.id, Note: strings.TrimSpace(d.note.Text)}
	for _, label := range d.evidence.Selected {
		l.Evidence = append(l.Evidence, d.evByText[label])
	}
	return l, len(l.Evidence) > 0 || len(d.evidence.Options) == 0
}

func (d *linkDialog) update() {
	if d.ok == nil || d.sentence == nil {
		return
	}
	_, ok := d.link()
	setEnabled(d.ok, ok)
	switch {
	case d.to == nil:
		d.sentence.SetText("Choose the other end in the list.")
	case d.reversed:
		d.sentence.SetText(fmt.Sprintf("%s — %s → %s", ellipsize(d.to.label, 60), d.kind.Selected, ellipsize(d.from.label, 60)))
	default:
		d.sentence.SetText(fmt.Sprintf("%s — %s → %s", ellipsize(d.from.label, 60), d.kind.Selected, ellipsize(d.to.label, 60)))
	}
	if d.to != nil && !ok {
		d.sentence.SetText(d.sentence.Text + "\nTick the evidence the link rests on.")
	}
}

func (d *linkDialog) confirm() {
	l, ok := d.link()
	if !ok {
		return
	}
	d.dlg.Hide()
	d.w.doNamed(app.CreateLink{Link: l}, "Linked "+ellipsize(d.sentence.Text, 80))
}

// linkEvent links event id to another event of the file (from the editor).
func (w *mainWindow) linkEvent(id int64) {
	if w.cf == nil || id == 0 {
		return
	}
	ev, err := w.cf.Event(context.Background(), id)
	if err != nil {
		showError(w.win, "Link event", err)
		return
	}
	w.openLinkDialog(0, eventEnd(ev), func(q string) []linkEnd {
		evs, _, err := w.cf.Events(context.Background(), app.EventFilter{Query: q, Limit: pickerLimit})
		if err != nil {
			showError(w.win, "Find events", err)
		}
		var out []linkEnd
		for _, e := range evs {
			if e.ID != id {
				out = append(out, eventEnd(e))
			}
		}
		return out
	})
}
