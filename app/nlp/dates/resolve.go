package dates

import "time"

// numOrder is the order of day and month in numeric dates of one text.
type numOrder uint8

const (
	orderUnknown numOrder = iota
	orderDMY
	orderMDY
)

// state is what resolution carries from one match to the next in a text.
type state struct {
	pub    time.Time // publication day, UTC; zero when unknown
	hasPub bool
	anchor val      // the most recently mentioned resolved date
	order  numOrder // day/month order learnt from unambiguous numeric dates
}

// rctx resolves one match: the shared state plus where the match is.
type rctx struct {
	st         *state
	s          *scanner
	start, end int // token range of the match
	t          tense
	tDone      bool
}

// tense returns the tense of the clause around the match (computed once).
// A deadline word before the date ("until February", "by April") points
// forward from the clause's event, so it asks for the nearest occurrence:
// "until" whatever the tense, "by" and "before" when the clause has none.
func (r *rctx) tense() tense {
	if !r.tDone {
		r.t, r.tDone = clauseTense(r.s, r.start, r.end), true
		switch r.s.w(r.start - 1) {
		case "until", "till":
			r.t = tNearest
		case "by", "before":
			if r.t == tNone {
				r.t = tNearest
			}
		}
	}
	return r.t
}

// pubDay returns the publication day as a day point.
func (r *rctx) pubDay() (point, bool) {
	if !r.st.hasPub {
		return point{}, false
	}
	return norm(r.st.pub, pDay), true
}

// base is the point that event-relative expressions count from: the last
// resolved date of the text, else the publication day.
func (r *rctx) base() (point, bool) {
	if r.st.anchor.ok() {
		return r.st.anchor.a, true
	}
	return r.pubDay()
}

// fromPub shifts the publication day by n units, at the unit's precision.
func (r *rctx) fromPub(n int, u unit) val {
	p, ok := r.pubDay()
	if !ok {
		return val{}
	}
	return single(add(p.t, n, u), unitPrec(u))
}

// fromBase shifts the event base by n units.
func (r *rctx) fromBase(n int, u unit) val {
	p, ok := r.base()
	if !ok {
		return val{}
	}
	return shift(p, n, u)
}

// choose picks, among candidate periods in ascending order, the one the
// clause's tense points to relative to the publication period ref.
func (r *rctx) choose(cands []time.Time, ref time.Time) time.Time {
	t := r.tense()
	var past, future time.Time
	for _, c := range cands {
		if !c.After(ref) {
			past = c
		}
		if !c.Before(ref) && future.IsZero() {
			future = c
		}
	}
	switch {
	case past.IsZero():
		return future
	case t == tFuture && !future.IsZero():
		return future
	case t == tNearest && !future.IsZero() && future.Sub(ref) < ref.Sub(past):
		return future
	}
	return past
}

// farPast and nearFuture bound when a past-tense day flips to the coming one.
const (
	farPast    = 300 * 24 * time.Hour
	nearFuture = 60 * 24 * time.Hour
)

// month resolves a month name without a year.
func (r *rctx) month(m int) val {
	if !r.st.hasPub {
		return val{}
	}
	y := r.st.pub.Year()
	ref := day(y, int(r.st.pub.Month()), 1)
	c := r.choose([]time.Time{day(y-1, m, 1), day(y, m, 1), day(y+1, m, 1)}, ref)
	return single(c, pMonth)
}

// monthDay resolves "March 7" (or "March 6-9" when d2 > 0) without a year.
func (r *rctx) monthDay(m, d, d2 int) val {
	p, ok := r.pubDay()
	if !ok {
		return val{}
	}
	var cands []time.Time
	for y := p.t.Year() - 1; y <= p.t.Year()+1; y++ {
		if validDay(y, m, d) && (d2 == 0 || validDay(y, m, d2)) {
			cands = append(cands, day(y, m, d))
		}
	}
	if len(cands) == 0 {
		return val{}
	}
	c := r.choose(cands, p.t)
	if c.Before(p.t) && p.t.Sub(c) > farPast {
		// A day written without its year is rarely most of a year ago: a
		// past-tense clause around a day a few weeks ahead ("was stepping up
		// activity before the elections on June 6-9") still means the coming one.
		for _, f := range cands {
			if f.After(p.t) && f.Sub(p.t) <= nearFuture {
				c = f
				break
			}
		}
	}
	if d2 > 0 {
		return span(c, day(c.Year(), m, d2), pDay)
	}
	return single(c, pDay)
}

// numericOrder resolves an ambiguous numeric date ("03/04/2024") by the order
// the text's unambiguous numeric dates used; unknown otherwise.
func (r *rctx) numericOrder(y, a, b int) val {
	switch r.st.order {
	case orderDMY:
		return single(day(y, b, a), pDay)
	case orderMDY:
		return single(day(y, a, b), pDay)
	}
	return val{}
}

// weekday resolves a weekday name (1 = Monday) with an optional "last",
// "next" or "this" before it. Bare weekdays in news mean the most recent such
// day up to and including the publication day, or the next one when the
// clause speaks of the future.
func (r *rctx) weekday(wd int, mod string) val {
	p, ok := r.pubDay()
	if !ok {
		return val{}
	}
	pw := (int(p.t.Weekday())+6)%7 + 1
	back := (pw - wd + 7) % 7
	ahead := (wd - pw + 7) % 7
	switch {
	case mod == "this":
		return single(p.t.AddDate(0, 0, wd-pw), pDay)
	case mod == "last" || mod == "past":
		if back == 0 {
			back = 7
		}
		return single(p.t.AddDate(0, 0, -back), pDay)
	case mod == "next" || mod == "coming" || mod == "" && r.tense() == tFuture:
		if ahead == 0 {
			ahead = 7
		}
		return single(p.t.AddDate(0, 0, ahead), pDay)
	case mod == "" && r.tense() == tNearest && ahead < back:
		return single(p.t.AddDate(0, 0, ahead), pDay)
	}
	return single(p.t.AddDate(0, 0, -back), pDay)
}

// weekend resolves "the weekend" (mod "") or "this/last/next weekend" to the
// Saturday–Sunday range.
func (r *rctx) weekend(mod string) val {
	p, ok := r.pubDay()
	if !ok {
		return val{}
	}
	pw := (int(p.t.Weekday())+6)%7 + 1
	monday := p.t.AddDate(0, 0, 1-pw)
	var sat time.Time
	switch {
	case mod == "this":
		sat = monday.AddDate(0, 0, 5)
	case mod == "next" || mod == "coming" || mod == "" && r.tense() == tFuture:
		sat = monday.AddDate(0, 0, 5)
		if !sat.After(p.t) {
			sat = sat.AddDate(0, 0, 7)
		}
	default:
		sat = monday.AddDate(0, 0, -2)
		if pw >= 6 && mod == "" {
			sat = monday.AddDate(0, 0, 5)
		}
	}
	return span(sat, sat.AddDate(0, 0, 1), pDay)
}
