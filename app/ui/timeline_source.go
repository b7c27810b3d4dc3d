package ui

import (
	"context"
	"fmt"

	"fyne.io/fyne/v2/widget"

	"dossier/app"
)

// allEventsLabel is the case selector's first choice: every accepted event of the file.
const allEventsLabel = "All accepted events"

// caseChooser is the case selector of the Timeline and Chart screens: all
// accepted events, or one case. It keeps the choice across reloads while the
// case still exists.
type caseChooser struct {
	sel      *widget.Select
	ids      map[string]int64 // option label -> case id (0: all)
	caseID   int64
	onChange func(caseID int64)
	syncing  bool
}

func newCaseChooser(onChange func(caseID int64)) *caseChooser {
	c := &caseChooser{ids: map[string]int64{allEventsLabel: 0}, onChange: onChange}
	c.sel = widget.NewSelect([]string{allEventsLabel}, c.picked)
	c.syncing = true // no callback while the screen is still being built
	c.sel.SetSelected(allEventsLabel)
	c.syncing = false
	return c
}

func (c *caseChooser) picked(label string) {
	if c.syncing {
		return
	}
	c.caseID = c.ids[label]
	if c.onChange != nil {
		c.onChange(c.caseID)
	}
}

// reload lists the case file's cases again (an error is shown).
func (c *caseChooser) reload(w *mainWindow) {
	cases, err := loadCases(w.cf)
	if err != nil {
		showError(w.win, "Read cases", err)
	}
	c.setCases(cases)
}

// setCases lists cases as choices; a vanished chosen case falls back to all events.
func (c *caseChooser) setCases(cases []app.Case) {
	opts := []string{allEventsLabel}
	c.ids = map[string]int64{allEventsLabel: 0}
	chosen := allEventsLabel
	for _, k := range cases {
		l := caseLabel(k)
		opts = append(opts, l)
		c.ids[l] = k.ID
		if k.ID == c.caseID {
			chosen = l
		}
	}
	if chosen == allEventsLabel {
		c.caseID = 0
	}
	c.syncing = true
	c.sel.SetOptions(opts)
	c.sel.SetSelected(chosen)
	c.syncing = false
}

// choose selects a case by id (0: all events) and reports the change.
func (c *caseChooser) choose(caseID int64) {
	for l, id := range c.ids {
		if id == caseID {
			c.sel.SetSelected(l) // calls picked
			return
		}
	}
}

// loadCases lists the case file's cases (none when no file is open).
func loadCases(cf app.CaseFile) ([]app.Case, error) {
	if cf == nil {
		return nil, nil
	}
	return cf.Cases(context.Background())
}

// loadEvents reads the events of a case in the case's order, or every
// accepted event by date (caseID 0), page by page.
func loadEvents(cf app.CaseFile, caseID int64) ([]app.Event, error) {
	if cf == nil {
		return nil, nil
	}
	f := app.EventFilter{CaseID: caseID, Limit: 5000}
	if caseID == 0 {
		f.Status = app.StatusAccepted
	}
	var out []app.Event
	for {
		page, total, err := cf.Events(context.Background(), f)
		if err != nil {
			return nil, fmt.Errorf("read events: %w", err)
		}
		out = append(out, page...)
		if len(page) == 0 || len(out) >= total {
			return out, nil
		}
		f.Offset += len(page)
	}
}
