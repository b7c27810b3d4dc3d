// Command timelinedemo shows the timeline widget with an invented case, for trying it out and for
// screenshots: go run ./widgets/internal/timelinedemo [-by participant] [-n 400] [-quit 10s].
//
// Day-precision events are points; month-precision events and ranges are bars as long as the
// period. Scroll to zoom around the pointer, drag to pan, tap an event; +, - and 0 zoom.
package main

import (
	"flag"
	"fmt"
	"math/rand/v2"
	"time"

	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"dossier/widgets"
)

// event is an invented case event: a type, participants, a date with its precision.
type event struct {
	id           int64
	kind, title  string
	participants []string
	start, end   time.Time // end is zero for a day-precision date
}

var kinds = []struct {
	name  string
	color fyne.ThemeColorName
}{
	{"meeting", widgets.ColorNameHighlightBlue}, {"seizure", widgets.ColorNameHighlightRed},
	{"transfer", widgets.ColorNameHighlightGreen}, {"statement", widgets.ColorNameHighlightPurple},
	{"arrest", widgets.ColorNameHighlightOrange}, {"sanction", widgets.ColorNameHighlightTeal},
}

var people = []string{"Ana Ribeiro", "Idris Amaro", "Nisha Corvo", "Coastal Guard", "Baltar Bank", "Kestrel Institute"}
var topics = []string{"grain convoy", "Vell docks", "Tarsk talks", "export rules", "frozen account", "shipment papers"}

// sampleEvents invents n events over two years: mostly days, some months, some ranges.
func sampleEvents(n int) []event {
	rng := rand.New(rand.NewPCG(3, 5))
	base := time.Date(2023, 1, 1, 0, 0, 0, 0, time.UTC)
	evs := make([]event, n)
	for i := range evs {
		k := kinds[rng.IntN(len(kinds))]
		start := base.AddDate(0, 0, rng.IntN(730))
		var end time.Time
		switch rng.IntN(10) {
		case 0, 1: // known to the month
			start = time.Date(start.Year(), start.Month(), 1, 0, 0, 0, 0, time.UTC)
			end = start.AddDate(0, 1, 0)
		case 2: // a range of days to months
			end = start.AddDate(0, 0, 3+rng.IntN(120))
		}
		ps := []string{people[rng.IntN(len(people))]}
		if rng.IntN(3) == 0 {
			ps = append(ps, people[rng.IntN(len(people))])
		}
		evs[i] = event{id: int64(i + 1), kind: k.name, title: fmt.Sprintf("%s: %s", k.name, topics[rng.IntN(len(topics))]),
			participants: ps, start: start, end: end}
	}
	return evs
}

// items maps events to timeline items, one per lane: by type, or one per participant.
func items(evs []event, byParticipant bool) []widgets.TimelineItem {
	colour := map[string]fyne.ThemeColorName{}
	for _, k := range kinds {
		colour[k.name] = k.color
	}
	var out []widgets.TimelineItem
	for _, e := range evs {
		lanes := []string{e.kind}
		if byParticipant {
			lanes = e.participants
		}
		for _, l := range lanes {
			out = append(out, widgets.TimelineItem{ID: e.id, Label: e.title, Lane: l, Start: e.start, End: e.end,
				Color: colour[e.kind]})
		}
	}
	return out
}

func main() {
	n := flag.Int("n", 120, "number of events")
	by := flag.String("by", "type", "lanes by type or by participant")
	quit := flag.Duration("quit", 0, "quit after this long (0: stay open)")
	dark := flag.Bool("dark", false, "use the dark theme")
	flag.Parse()

	a := fyneapp.NewWithID("dossier.widgets.timelinedemo")
	variant := theme.VariantLight
	if *dark {
		variant = theme.VariantDark
	}
	a.Settings().SetTheme(widgets.ForcedVariant(widgets.HighlightTheme(theme.DefaultTheme()), variant))
	evs := sampleEvents(*n)
	tl := widgets.NewTimeline()
	status := widget.NewLabel("Tap an event; scroll to zoom around the pointer; drag to pan.")
	tl.OnTapped = func(id int64) { status.SetText(evs[id-1].title + " — " + evs[id-1].start.Format("2 Jan 2006")) }
	lanes := widget.NewRadioGroup([]string{"type", "participant"}, func(s string) {
		tl.SetItems(items(evs, s == "participant"))
	})
	lanes.Horizontal = true
	lanes.SetSelected(*by)
	zoom := widget.NewButton("March 2024", func() {
		tl.ZoomTo(time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC), time.Date(2024, 4, 1, 0, 0, 0, 0, time.UTC))
	})
	bar := container.NewHBox(widget.NewLabel("Lanes by"), lanes, widget.NewButton("Fit", tl.Fit), zoom)
	w := a.NewWindow("Timeline demo")
	w.SetContent(container.NewBorder(bar, status, nil, nil, tl))
	w.Resize(fyne.NewSize(1280, 800))
	if *quit > 0 {
		go func() {
			time.Sleep(*quit)
			fyne.Do(a.Quit)
		}()
	}
	w.ShowAndRun()
}
