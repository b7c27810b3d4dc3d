package ui

import (
	"strconv"

	"fyne.io/fyne/v2"

	"dossier/app"
	"dossier/widgets"
)

// eventColors gives every event type its hue on the timeline and the chart.
// Violent events get the warm hues, legal and political ones the cool hues.
var eventColors = map[app.EventType]fyne.ThemeColorName{
	app.EventAttack:         widgets.ColorNameHighlightRed,
	app.EventBombing:        widgets.ColorNameHighlightOrange,
	app.EventArrest:         widgets.ColorNameHighlightIndigo,
	app.EventWarning:        widgets.ColorNameHighlightAmber,
	app.EventClaim:          widgets.ColorNameHighlightPink,
	app.EventSanction:       widgets.ColorNameHighlightPurple,
	app.EventCyberIntrusion: widgets.ColorNameHighlightCyan,
	app.EventElection:       widgets.ColorNameHighlightBlue,
	app.EventProtest:        widgets.ColorNameHighlightYellow,
	app.EventVerdict:        widgets.ColorNameHighlightTeal,
	app.EventSeizure:        widgets.ColorNameHighlightLime,
	app.EventMeeting:        widgets.ColorNameHighlightGreen,
}

// eventColor is the hue of an event type; OTHER and unknown types get a neutral one.
func eventColor(t app.EventType) fyne.ThemeColorName {
	if c, ok := eventColors[t]; ok {
		return c
	}
	return fyne.ThemeColorName("disabled")
}

// Lane modes of the timeline.
const (
	laneByType        = "Lanes by type"
	laneByParticipant = "Lanes by participant"
)

// noParticipantLane holds the events without participants when lanes are by participant.
const noParticipantLane = "(no participant)"

// timelineItems turns events into timeline items. A date known to the day
// is a point (End = Start); a week, month, year or range is a bar over the
// whole period, so the precision shows. Events of unknown date are left out
// (counted in skipped). By participant, an event appears once in the lane of
// each of its participants.
func timelineItems(evs []app.Event, mode string) (items []widgets.TimelineItem, skipped int) {
	for _, e := range evs {
		from, to, ok := e.Date.Bounds()
		if !ok {
			skipped++
			continue
		}
		it := widgets.TimelineItem{ID: e.ID, Label: eventTitle(e), Start: from, End: to,
			Color: eventColor(e.Type), Lane: eventTypeLabel(e.Type)}
		if e.Date.Precision == app.PrecisionDay {
			it.End = from
		}
		if mode != laneByParticipant {
			items = append(items, it)
			continue
		}
		if len(e.Participants) == 0 {
			it.Lane = noParticipantLane
			items = append(items, it)
		}
		seen := map[int64]bool{}
		for _, p := range e.Participants {
			if seen[p.EntityID] {
				continue
			}
			seen[p.EntityID] = true
			it.Lane = participantLane(p)
			items = append(items, it)
		}
	}
	return items, skipped
}

// participantLane names a participant's lane (its name, or its id when unnamed).
func participantLane(p app.Participant) string {
	if p.Name != "" {
		return p.Name
	}
	return "entity #" + strconv.FormatInt(p.EntityID, 10)
}

// eventTitle is an event's title, or its type when untitled.
func eventTitle(e app.Event) string {
	if e.Title != "" {
		return e.Title
	}
	return eventTypeLabel(e.Type)
}

// presentTypeLanes lists the type lanes the items use, in menu order.
func presentTypeLanes(items []widgets.TimelineItem) []string {
	used := map[string]bool{}
	for _, it := range items {
		used[it.Lane] = true
	}
	var out []string
	for _, l := range eventTypeLabels() {
		if used[l] {
			out = append(out, l)
		}
	}
	return out
}
