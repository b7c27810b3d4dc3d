package app

import (
	"fmt"
	"strings"
	"time"
)

// Precision says how exactly a date is known.
type Precision string

// Date precisions.
const (
	PrecisionUnknown Precision = ""
	PrecisionDay     Precision = "day"
	PrecisionWeek    Precision = "week"
	PrecisionMonth   Precision = "month"
	PrecisionYear    Precision = "year"
	PrecisionRange   Precision = "range"
)

// Date is a calendar position with its precision kept: Value is an ISO 8601
// date or period — "2024-03-07" (day), "2024-W10" (week), "2024-03" (month),
// "2024" (year), "2022-03-22/2024-03-22" or "2022/2024" (range).
// The zero Date is unknown.
type Date struct {
	Value     string    `json:"value,omitempty"`
	Precision Precision `json:"precision,omitempty"`
}

// IsZero reports whether the date is unknown.
func (d Date) IsZero() bool { return d.Value == "" }

// DayDate returns the day-precision Date of t.
func DayDate(t time.Time) Date {
	return Date{Value: t.Format("2006-01-02"), Precision: PrecisionDay}
}

// Bounds returns the first instant of the period and the first instant after
// it, in UTC. ok is false for an unknown or malformed date.
func (d Date) Bounds() (from, to time.Time, ok bool) {
	if d.Precision == PrecisionRange {
		a, b, found := strings.Cut(d.Value, "/")
		if !found {
			return time.Time{}, time.Time{}, false
		}
		f, _, ok1 := parsePoint(a)
		_, t, ok2 := parsePoint(b)
		return f, t, ok1 && ok2
	}
	return parsePoint(d.Value)
}

// Within reports whether d is a shorter period inside o ("15 February 2025"
// within "2025"): a more precise statement of the same time.
func (d Date) Within(o Date) bool {
	df, dt, ok1 := d.Bounds()
	of, ot, ok2 := o.Bounds()
	return ok1 && ok2 && !df.Before(of) && !dt.After(ot) && dt.Sub(df) < ot.Sub(of)
}

func parsePoint(v string) (from, to time.Time, ok bool) {
	if t, err := time.Parse("2006-01-02", v); err == nil {
		return t, t.AddDate(0, 0, 1), true
	}
	if t, err := time.Parse("2006-01", v); err == nil {
		return t, t.AddDate(0, 1, 0), true
	}
	if t, err := time.Parse("2006", v); err == nil {
		return t, t.AddDate(1, 0, 0), true
	}
	var y, w int
	if n, _ := fmt.Sscanf(v, "%4d-W%2d", &y, &w); n == 2 && w >= 1 && w <= 53 {
		f := isoWeekStart(y, w)
		return f, f.AddDate(0, 0, 7), true
	}
	return time.Time{}, time.Time{}, false
}

// isoWeekStart returns the Monday of ISO week w of year y.
func isoWeekStart(y, w int) time.Time {
	jan4 := time.Date(y, 1, 4, 0, 0, 0, 0, time.UTC)
	offset := (int(jan4.Weekday()) + 6) % 7 // days since Monday
	return jan4.AddDate(0, 0, -offset+(w-1)*7)
}

// String shows the date as an analyst reads it, with its precision:
// "7 March 2024", "week 10 of 2024", "March 2024", "2024", "2022 – 2024".
func (d Date) String() string {
	from, _, ok := d.Bounds()
	if !ok {
		if d.Value == "" {
			return "date unknown"
		}
		return d.Value
	}
	switch d.Precision {
	case PrecisionDay:
		return from.Format("2 January 2006")
	case PrecisionWeek:
		y, w := from.ISOWeek()
		return fmt.Sprintf("week %d of %d", w, y)
	case PrecisionMonth:
		return from.Format("January 2006")
	case PrecisionYear:
		return from.Format("2006")
	case PrecisionRange:
		a, b, _ := strings.Cut(d.Value, "/")
		return Date{Value: a, Precision: precisionOf(a)}.String() + " – " +
			Date{Value: b, Precision: precisionOf(b)}.String()
	}
	return d.Value
}

// precisionOf guesses the precision of a single ISO point.
func precisionOf(v string) Precision {
	switch {
	case strings.Contains(v, "W"):
		return PrecisionWeek
	case len(v) == 10:
		return PrecisionDay
	case len(v) == 7:
		return PrecisionMonth
	case len(v) == 4:
		return PrecisionYear
	}
	return PrecisionUnknown
}

// ParseDate builds a Date from an ISO value, inferring its precision.
func ParseDate(v string) (Date, error) {
	v = strings.TrimSpace(v)
	if v == "" {
		return Date{}, nil
	}
	p := precisionOf(v)
	if strings.Contains(v, "/") {
		p = PrecisionRange
	}
	d := Date{Value: v, Precision: p}
	if _, _, ok := d.Bounds(); !ok {
		return Date{}, Errorf(EINVALID, "%q is not an ISO date (YYYY-MM-DD, YYYY-MM, YYYY, YYYY-Www or A/B)", v)
	}
	return d, nil
}
