package widgets

import (
	"math"
	"time"
)

// Zoom limits of the timeline: the span shown across the content area.
const (
	timelineMinSpan = float64(time.Hour / time.Second)
	timelineMaxSpan = 5000 * 365.2425 * 86400
)

// minTickSpacing is the least room, in widget units, between two labelled ticks.
const minTickSpacing = 90

// timeAxis maps instants to x: t0 (Unix seconds) is drawn at x = left, and every widget unit to
// the right is spu seconds later.
type timeAxis struct {
	t0   float64
	spu  float64 // seconds per widget unit
	left float32 // the x of the content area's left edge
}

func unixSeconds(t time.Time) float64 {
	return float64(t.Unix()) + float64(t.Nanosecond())/1e9
}

func fromUnixSeconds(s float64) time.Time {
	sec := math.Floor(s)
	return time.Unix(int64(sec), int64((s-sec)*1e9)).UTC()
}

// x returns where instant s (Unix seconds) is drawn.
func (a timeAxis) x(s float64) float32 {
	return a.left + float32((s-a.t0)/a.spu)
}

// at returns the instant (Unix seconds) drawn at x.
func (a timeAxis) at(x float32) float64 {
	return a.t0 + float64(x-a.left)*a.spu
}

// span returns the instants at the content area's edges for a content width.
func (a timeAxis) span(width float32) (from, to float64) {
	return a.t0, a.t0 + float64(width)*a.spu
}

// zoomAt scales the axis by f (above 1 zooms in) keeping the instant under x in place; the span
// shown over width stays within the zoom limits.
func (a *timeAxis) zoomAt(f float64, x, width float32) {
	if !(f > 0) || math.IsInf(f, 0) || width <= 0 {
		return
	}
	s := a.at(x)
	span := clampF(a.spu*float64(width)/f, timelineMinSpan, timelineMaxSpan)
	a.spu = span / float64(width)
	a.t0 = s - float64(x-a.left)*a.spu
}

// show sets the axis so that [from, to] fills width, widened to the zoom limits.
func (a *timeAxis) show(from, to float64, width float32) {
	if width <= 0 {
		return
	}
	if to < from {
		from, to = to, from
	}
	span := clampF(to-from, timelineMinSpan, timelineMaxSpan)
	mid := (from + to) / 2
	a.spu = span / float64(width)
	a.t0 = mid - span/2
}

// tickStep is a calendar step between ticks: n units of unit.
type tickStep struct {
	unit   tickUnit
	n      int
	approx float64 // seconds, for choosing a step
}

type tickUnit int

const (
	unitMinute tickUnit = iota
	unitHour
	unitDay
	unitMonth
	unitYear
)

const day = 86400.0

var tickSteps = []tickStep{
	{unitMinute, 1, 60}, {unitMinute, 5, 300}, {unitMinute, 15, 900}, {unitMinute, 30, 1800},
	{unitHour, 1, 3600}, {unitHour, 3, 3 * 3600}, {unitHour, 6, 6 * 3600}, {unitHour, 12, 12 * 3600},
	{unitDay, 1, day}, {unitDay, 2, 2 * day}, {unitDay, 7, 7 * day}, {unitDay, 14, 14 * day},
	{unitMonth, 1, 30.44 * day}, {unitMonth, 3, 91.3 * day}, {unitMonth, 6, 182.6 * day},
	{unitYear, 1, 365.24 * day}, {unitYear, 2, 730.5 * day}, {unitYear, 5, 1826 * day},
	{unitYear, 10, 3652 * day}, {unitYear, 20, 7305 * day}, {unitYear, 50, 18262 * day},
	{unitYear, 100, 36524 * day}, {unitYear, 200, 73048 * day}, {unitYear, 500, 182621 * day},
	{unitYear, 1000, 365242 * day},
}

// chooseStep returns the finest step whose ticks are at least minTickSpacing apart.
func chooseStep(spu float64) tickStep {
	for _, s := range tickSteps {
		if s.approx/spu >= minTickSpacing {
			return s
		}
	}
	return tickSteps[len(tickSteps)-1]
}

// tick is a labelled instant on the axis.
type tick struct {
	t     time.Time
	label string
}

// ticks returns the ticks of step between from and to (Unix seconds), in UTC, at most 200.
func ticks(from, to float64, step tickStep) []tick {
	var out []tick
	for t := alignDown(fromUnixSeconds(from), step); unixSeconds(t) <= to && len(out) < 200; t = advance(t, step) {
		if unixSeconds(t) >= from {
			out = append(out, tick{t: t, label: tickLabel(t, step)})
		}
	}
	return out
}

// alignDown returns the last tick of step at or before t.
func alignDown(t time.Time, s tickStep) time.Time {
	y, m, d := t.Date()
	switch s.unit {
	case unitMinute:
		return t.Truncate(time.Duration(s.n) * time.Minute)
	case unitHour:
		return time.Date(y, m, d, t.Hour()-t.Hour()%s.n, 0, 0, 0, time.UTC)
	case unitDay:
		if s.n == 7 || s.n == 14 { // weeks start on Monday
			back := (int(t.Weekday()) + 6) % 7
			return time.Date(y, m, d-back, 0, 0, 0, 0, time.UTC)
		}
		return time.Date(y, m, d-(d-1)%s.n, 0, 0, 0, 0, time.UTC)
	case unitMonth:
		return time.Date(y, m-(m-1)%time.Month(s.n), 1, 0, 0, 0, 0, time.UTC)
	}
	return time.Date(y-mod(y, s.n), 1, 1, 0, 0, 0, 0, time.UTC)
}

func mod(a, n int) int { return ((a % n) + n) % n }

// advance returns the tick after t.
func advance(t time.Time, s tickStep) time.Time {
	switch s.unit {
	case unitMinute:
		return t.Add(time.Duration(s.n) * time.Minute)
	case unitHour:
		return t.Add(time.Duration(s.n) * time.Hour)
	case unitDay:
		return t.AddDate(0, 0, s.n)
	case unitMonth:
		return t.AddDate(0, s.n, 0)
	}
	return t.AddDate(s.n, 0, 0)
}

// tickLabel formats a tick as precisely as its step needs.
func tickLabel(t time.Time, s tickStep) string {
	switch s.unit {
	case unitMinute, unitHour:
		if t.Hour() == 0 && t.Minute() == 0 {
			return t.Format("2 Jan")
		}
		return t.Format("15:04")
	case unitDay:
		return t.Format("2 Jan 2006")
	case unitMonth:
		return t.Format("Jan 2006")
	}
	return t.Format("2006")
}
