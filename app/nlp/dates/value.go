package dates

import (
	"fmt"
	"time"

	"dossier/app"
)

// prec is the precision of a point; larger is coarser.
type prec uint8

const (
	pNone prec = iota
	pDay
	pWeek
	pMonth
	pYear
)

// point is a calendar period: t is its first day (UTC midnight).
type point struct {
	t time.Time
	p prec
}

// val is a resolved value: one point, or a range a/b when b is set.
type val struct{ a, b point }

func (v val) ok() bool { return v.a.p != pNone }

// date renders v as an app.Date.
func (v val) date() app.Date {
	if !v.ok() {
		return app.Date{}
	}
	if v.b.p == pNone {
		return app.Date{Value: v.a.String(), Precision: v.a.p.precision()}
	}
	return app.Date{Value: v.a.String() + "/" + v.b.String(), Precision: app.PrecisionRange}
}

func (p prec) precision() app.Precision {
	switch p {
	case pDay:
		return app.PrecisionDay
	case pWeek:
		return app.PrecisionWeek
	case pMonth:
		return app.PrecisionMonth
	case pYear:
		return app.PrecisionYear
	}
	return app.PrecisionUnknown
}

// String formats the point as ISO 8601.
func (p point) String() string {
	switch p.p {
	case pDay:
		return p.t.Format("2006-01-02")
	case pWeek:
		y, w := p.t.ISOWeek()
		return fmt.Sprintf("%04d-W%02d", y, w)
	case pMonth:
		return p.t.Format("2006-01")
	case pYear:
		return p.t.Format("2006")
	}
	return ""
}

func day(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

// validDay reports whether d is a day of month m of year y.
func validDay(y, m, d int) bool {
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return false
	}
	return day(y, m, d).Day() == d
}

// norm moves t to the first day of its period at precision p.
func norm(t time.Time, p prec) point {
	t = day(t.Year(), int(t.Month()), t.Day())
	switch p {
	case pWeek:
		t = t.AddDate(0, 0, -((int(t.Weekday()) + 6) % 7))
	case pMonth:
		t = day(t.Year(), int(t.Month()), 1)
	case pYear:
		t = day(t.Year(), 1, 1)
	}
	return point{t, p}
}

func single(t time.Time, p prec) val { return val{a: norm(t, p)} }

func span(a, b time.Time, p prec) val { return val{a: norm(a, p), b: norm(b, p)} }

// unitPrec is the precision a count of u keeps.
func unitPrec(u unit) prec {
	switch u {
	case uHour, uDay:
		return pDay
	case uWeek:
		return pWeek
	case uMonth:
		return pMonth
	}
	return pYear
}

// add moves t by n units.
func add(t time.Time, n int, u unit) time.Time {
	switch u {
	case uDay:
		return t.AddDate(0, 0, n)
	case uWeek:
		return t.AddDate(0, 0, 7*n)
	case uMonth:
		return addMonths(t, n)
	case uYear:
		return t.AddDate(n, 0, 0)
	case uDecade:
		return t.AddDate(10*n, 0, 0)
	}
	return t
}

// addMonths adds months without overflowing into the month after (Jan 31 + 1 = Feb 28).
func addMonths(t time.Time, n int) time.Time {
	f := day(t.Year(), int(t.Month()), 1).AddDate(0, n, 0)
	d := t.Day()
	for d > 28 && !validDay(f.Year(), int(f.Month()), d) {
		d--
	}
	return day(f.Year(), int(f.Month()), d)
}

// shift moves a point by n units, keeping the coarser of its precision and the unit's.
func shift(p point, n int, u unit) val {
	q := max(p.p, unitPrec(u))
	if u == uWeek && p.p == pDay {
		q = pDay // "a week later" than a day is a day
	}
	if u == uHour {
		return single(p.t, q)
	}
	return single(add(p.t, n, u), q)
}
