package ui

import (
	"slices"
	"time"

	"dossier/app"
)

// addToCase adds events to a case. A case keeps its events in date order
// until the analyst orders them by hand: the store puts new events in their
// place by date in the same command, so one Ctrl+Z undoes the addition. The
// status bar shows the store's account of it, suggestions accepted included.
func (w *mainWindow) addToCase(caseID int64, ids []int64) bool {
	if w.cf == nil || len(ids) == 0 {
		return false
	}
	res, ok := w.do(app.AddToCase{CaseID: caseID, EventIDs: ids, InDateOrder: true})
	if ok {
		w.updateStatus(res.Summary + " — Ctrl+Z to undo")
	}
	return ok
}

// dateKey orders events by the first day of their date, undated ones last
// (as the store orders its lists), then by id.
func dateKey(e app.Event) (time.Time, bool) {
	from, _, ok := e.Date.Bounds()
	return from, ok
}

func dateLess(a, b app.Event) int {
	fa, oka := dateKey(a)
	fb, okb := dateKey(b)
	switch {
	case oka != okb:
		if oka {
			return -1
		}
		return 1
	case oka && !fa.Equal(fb):
		return fa.Compare(fb)
	}
	return cmpInt64(a.ID, b.ID)
}

func cmpInt64(a, b int64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// byDate returns the events in date order.
func byDate(evs []app.Event) []app.Event {
	out := slices.Clone(evs)
	slices.SortStableFunc(out, dateLess)
	return out
}

// inDateOrder reports whether the events are in date order.
func inDateOrder(evs []app.Event) bool { return slices.IsSortedFunc(evs, dateLess) }

func eventIDs(evs []app.Event) []int64 {
	ids := make([]int64, len(evs))
	for i, e := range evs {
		ids[i] = e.ID
	}
	return ids
}

// moved returns ids with the element at i swapped with its neighbour in
// direction dir (-1 up, +1 down); ok is false at either end.
func moved(ids []int64, i, dir int) ([]int64, bool) {
	j := i + dir
	if i < 0 || i >= len(ids) || j < 0 || j >= len(ids) {
		return nil, false
	}
	out := slices.Clone(ids)
	out[i], out[j] = out[j], out[i]
	return out, true
}
