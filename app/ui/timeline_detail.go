package ui

import (
	"context"
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"dossier/app"
)

// eventDetail shows one event under the timeline or the chart: title, date
// with its precision, place, participants, and a button per evidence span
// that opens the article at that span.
type eventDetail struct {
	w       *mainWindow
	eventID int64
	title   *widget.Label
	facts   *widget.Label
	people  *widget.Label
	sources *fyne.Container
	ui      *fyne.Container
}

func newEventDetail(w *mainWindow) *eventDetail {
	d := &eventDetail{w: w, title: widget.NewLabel(""), facts: widget.NewLabel(""), people: widget.NewLabel("")}
	d.title.TextStyle = fyne.TextStyle{Bold: true}
	d.title.Truncation = fyne.TextTruncateEllipsis
	d.facts.Wrapping = fyne.TextWrapWord
	d.people.Wrapping = fyne.TextWrapWord
	d.sources = container.NewVBox()
	d.ui = container.NewVBox(d.title, d.facts, d.people, d.sources)
	d.clear("Tap an event to see its details.")
	return d
}

// clear empties the panel, showing hint.
func (d *eventDetail) clear(hint string) {
	d.eventID = 0
	d.title.SetText(hint)
	d.facts.SetText("")
	d.people.SetText("")
	d.sources.RemoveAll()
}

// show reads event id and fills the panel; false when it cannot be read.
func (d *eventDetail) show(id int64) bool {
	cf := d.w.cf
	if cf == nil {
		return false
	}
	e, err := cf.Event(context.Background(), id)
	if err != nil {
		showError(d.w.win, "Open event", err)
		return false
	}
	d.eventID = e.ID
	d.title.SetText(eventTitle(e))
	d.facts.SetText(d.factLine(e))
	d.people.SetText(participantLine(e.Participants))
	d.sources.RemoveAll()
	open := widget.NewButton("Open in Events", func() { d.w.openEvent(e.ID) })
	var toCase *widget.Button
	toCase = widget.NewButton("Add to case…", func() { d.w.chooseCase([]int64{e.ID}, toCase) })
	d.sources.Add(container.NewHBox(open, toCase))
	for _, ev := range e.Evidence {
		d.sources.Add(d.evidenceButton(ev))
	}
	return true
}

// factLine is "attack · 7 March 2024 · Kabul · credibility 2".
func (d *eventDetail) factLine(e app.Event) string {
	parts := []string{eventTypeLabel(e.Type), e.Date.String()}
	if e.LocationID != 0 {
		if loc, err := d.w.cf.Entity(context.Background(), e.LocationID); err == nil {
			parts = append(parts, "in "+loc.Name)
		}
	}
	if e.Credibility > 0 {
		parts = append(parts, fmt.Sprintf("credibility %d", e.Credibility))
	}
	if e.Status != app.StatusAccepted && e.Status != "" {
		parts = append(parts, string(e.Status))
	}
	return strings.Join(parts, " · ")
}

// participantLine is "Participants: A (perpetrator), B (target)".
func participantLine(ps []app.Participant) string {
	if len(ps) == 0 {
		return "No participants recorded."
	}
	names := make([]string, len(ps))
	for i, p := range ps {
		names[i] = fmt.Sprintf("%s (%s)", participantLane(p), p.Role)
	}
	return "Participants: " + strings.Join(names, ", ")
}

// evidenceButton opens the cited article at the cited span.
func (d *eventDetail) evidenceButton(ev app.Evidence) fyne.CanvasObject {
	quote := strings.Join(strings.Fields(ev.Quote), " ")
	if r := []rune(quote); len(r) > 90 {
		quote = string(r[:89]) + "…"
	}
	if quote == "" {
		quote = fmt.Sprintf("article #%d [%d, %d)", ev.ArticleID, ev.Start, ev.End)
	}
	b := widget.NewButton("“"+quote+"”", func() { d.w.showArticle(ev.ArticleID, ev.Span) })
	b.Alignment = widget.ButtonAlignLeading
	return b
}
