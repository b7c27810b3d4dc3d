package ui

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"dossier/app"
	"dossier/widgets"
)

// timelineScreen shows the events of a case (or every accepted event) on a
// time axis: a day is a point, a longer period a bar; lanes by event type or
// by participant; tapping an event shows its details and sources below.
type timelineScreen struct {
	w       *mainWindow
	ui      *tabPane
	cases   *caseChooser
	lanes   *widget.RadioGroup
	tl      *widgets.Timeline
	info    *widget.Label
	detail  *eventDetail
	events  []app.Event
	items   []widgets.TimelineItem // as last set on the widget (for tests)
	skipped int
	fitNext bool // fit the view to the next items (a new file or case)
}

func newTimelineScreen(w *mainWindow) *timelineScreen {
	s := &timelineScreen{w: w, tl: widgets.NewTimeline(), info: widget.NewLabel(""), detail: newEventDetail(w)}
	s.cases = newCaseChooser(func(int64) { s.fitNext = true; s.refresh() })
	s.lanes = widget.NewRadioGroup([]string{laneByType, laneByParticipant}, func(string) { s.setItems() })
	s.lanes.Horizontal = true
	s.lanes.Required = true
	s.lanes.SetSelected(laneByType)
	s.tl.OnTapped = s.onTapped
	fit := widget.NewButton("Fit", func() { s.tl.Fit() })
	top := container.NewHBox(widget.NewLabel("Show:"), s.cases.sel, s.lanes, fit, s.info)
	detail := container.NewVScroll(container.NewPadded(s.detail.ui))
	split := container.NewVSplit(s.tl, detail)
	split.Offset = 0.7
	s.ui = newTabPane(container.NewBorder(top, nil, nil, nil, split), s.catchUp)
	return s
}

// reload starts afresh for a newly opened (or closed) case file.
func (s *timelineScreen) reload() {
	if s == nil {
		return // the window is still being built
	}
	s.cases.caseID = 0
	s.fitNext = true
	s.detail.clear("Tap an event to see its details.")
	s.ui.markStale()
	s.ui.refreshIfShown()
}

// changed re-reads the cases and events after a command (at once when
// shown, else when next shown), keeping the view.
func (s *timelineScreen) changed() {
	if s == nil {
		return // the window is still being built
	}
	s.ui.markStale()
	s.ui.refreshIfShown()
}

// catchUp re-reads the cases, the events and the shown event.
func (s *timelineScreen) catchUp() {
	s.cases.reload(s.w)
	s.refresh()
	if id := s.detail.eventID; id != 0 && !s.detail.show(id) {
		s.detail.clear("The event is gone.")
	}
}

// refresh reads the chosen case's events and redraws.
func (s *timelineScreen) refresh() {
	evs, err := loadEvents(s.w.cf, s.cases.caseID)
	if err != nil {
		showError(s.w.win, "Timeline", err)
	}
	s.events = evs
	s.setItems()
}

// setItems builds the items for the lane mode and hands them to the widget.
func (s *timelineScreen) setItems() {
	if s.tl == nil {
		return // the radio group fires while the screen is being built
	}
	s.items, s.skipped = timelineItems(s.events, s.lanes.Selected)
	if s.lanes.Selected == laneByParticipant {
		s.tl.SetLanes(nil)
	} else {
		s.tl.SetLanes(presentTypeLanes(s.items))
	}
	s.tl.SetItems(s.items)
	if s.fitNext {
		s.fitNext = false
		s.tl.Fit() // before the first layout too: the widget keeps it for its first size
	}
	s.info.SetText(s.summary())
}

func (s *timelineScreen) summary() string {
	if s.w.cf == nil {
		return "No case file open"
	}
	txt := fmt.Sprintf("%d events", len(s.events)-s.skipped)
	if s.skipped > 0 {
		txt += fmt.Sprintf(" (%d of unknown date not shown)", s.skipped)
	}
	return txt
}

// onTapped shows the tapped event's details.
func (s *timelineScreen) onTapped(id int64) {
	s.detail.show(id)
}

// initTimeline builds the Timeline screen into the window and returns its content.
func (w *mainWindow) initTimeline() fyne.CanvasObject {
	w.timeline = newTimelineScreen(w)
	return w.timeline.ui
}
