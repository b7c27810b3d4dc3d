package dates

import "time"

// weekdayMods may stand before a weekday name and belong to the date.
var weekdayMods = set("last", "next", "this", "past", "coming")

// matchWeekday matches "Friday", "last Thursday", "Saturday morning",
// "Tuesday night" and "Monday, March 4" (then the date decides the value).
func matchWeekday(s *scanner, i int) (cand, bool) {
	mod, j := "", i
	if weekdayMods[s.w(i)] && s.spaced(i+1) {
		mod, j = s.w(i), i+1
	}
	wd := s.info(j).weekday
	if wd == 0 || !s.titleOrUpper(j) || s.weekdayInName(j) {
		return cand{}, false
	}
	end := j + 1
	if mod == "" {
		k := end
		if s.isPunct(k, ",") && s.adj(k) {
			k++
		}
		if s.next(k) {
			if c, ok := matchMonthFirst(s, k); ok && c.kind == kDay {
				return cand{end: c.end, res: c.res, kind: kDay}, true
			}
			if c, ok := matchDayFirst(s, k); ok {
				return cand{end: c.end, res: c.res, kind: kDay}, true
			}
		}
	}
	if s.info(end).part && s.spaced(end) {
		end++
	}
	return cand{end: end, res: func(r *rctx) val { return r.weekday(wd, mod) }, kind: kWeekday}, true
}

// matchRelWord matches "yesterday", "today", "tomorrow", "tonight", "this
// morning", "last night", with an optional part of the day.
func matchRelWord(s *scanner, i int) (cand, bool) {
	n, end := 0, i+1
	switch s.w(i) {
	case "today", "tonight":
	case "yesterday":
		n = -1
	case "tomorrow":
		n = 1
	case "this":
		if !s.info(i+1).part || s.w(i+1) == "night" || !s.spaced(i+1) {
			return cand{}, false
		}
		end++
	case "last":
		if s.w(i+1) != "night" || !s.spaced(i+1) {
			return cand{}, false
		}
		n, end = -1, end+1
	default:
		return cand{}, false
	}
	if s.info(end).part && s.spaced(end) && s.w(i) != "this" && s.w(i) != "last" {
		end++
	}
	return cand{end: end, res: func(r *rctx) val { return r.fromPub(n, uDay) }, kind: kDay}, true
}

// periodMods relate "week", "month", "year" to the publication date.
var periodMods = map[string]int{"this": 0, "current": 0, "last": -1, "past": -1,
	"previous": -1, "next": 1, "coming": 1}

// matchThisLastNext matches "this week", "last month", "next year", "last
// weekend", "this decade".
func matchThisLastNext(s *scanner, i int) (cand, bool) {
	mod, j := s.w(i), i+1
	if mod == "this" && s.w(j) == "past" && s.spaced(j) {
		mod, j = "past", j+1 // "this past weekend"
	}
	n, ok := periodMods[mod]
	if !ok || mod == "previous" || !s.spaced(j) {
		return cand{}, false
	}
	if s.w(j) == "weekend" {
		return cand{end: j + 1, res: func(r *rctx) val { return r.weekend(mod) }, kind: kRel}, true
	}
	u := s.info(j).unit
	if u < uWeek || u > uYear || s.w(j) != unitSingular[u] {
		return cand{}, false
	}
	return cand{end: j + 1, res: func(r *rctx) val { return r.fromPub(n, u) }, kind: kRel}, true
}

var unitSingular = map[unit]string{uHour: "hour", uDay: "day", uWeek: "week", uMonth: "month",
	uYear: "year", uDecade: "decade"}

// matchWeekend matches "the weekend".
func matchWeekend(s *scanner, i int) (cand, bool) {
	if s.w(i) != "the" || s.w(i+1) != "weekend" || !s.spaced(i+1) {
		return cand{}, false
	}
	return cand{end: i + 2, res: func(r *rctx) val { return r.weekend("") }, kind: kRel}, true
}

// count reads a small number at i: digits, a number word, or "a"/"an".
func (s *scanner) count(i int) (int, bool) {
	if v, n, ok := s.num(i); ok && n <= 3 && v > 0 {
		return v, true
	}
	if v := s.info(i).num; v > 0 {
		return v, true
	}
	return 0, false
}

// matchPastN matches "the past two years", "the last six months", "the past
// decade": a range that ends at the publication date.
func matchPastN(s *scanner, i int) (cand, bool) {
	if s.w(i) != "the" || !s.spaced(i+1) || !s.spaced(i+2) {
		return cand{}, false
	}
	switch s.w(i + 1) {
	case "past", "last", "previous":
	default:
		return cand{}, false
	}
	n, j := 1, i+2
	if v, ok := s.count(j); ok && s.w(j) != "a" && s.w(j) != "an" {
		n, j = v, j+1
	} else if w := s.w(j); w == "few" || w == "several" {
		n, j = 0, j+1 // "the past few years": too vague to place
	}
	u := s.info(j).unit
	if u == uNone || !s.spaced(j) || (n == 1) != (s.w(j) == unitSingular[u]) {
		return cand{}, false
	}
	return cand{end: j + 1, res: func(r *rctx) val { return r.pastN(n, u) }, kind: kRange}, true
}

// pastN is the range from n units before the publication date to it.
func (r *rctx) pastN(n int, u unit) val {
	p, ok := r.pubDay()
	if !ok || n == 0 {
		return val{}
	}
	if u == uHour { // "the past 24 hours": the days they touch
		return span(p.t.Add(-time.Duration(n)*time.Hour), p.t, pDay)
	}
	return span(add(p.t, -n, u), p.t, unitPrec(u))
}

// weekdayInName reports whether the weekday at j is part of a name or a
// feast: "Bloody Sunday", "Good Friday", "the Sunday Times".
func (s *scanner) weekdayInName(j int) bool {
	if s.capitalised(j-1) && weekdayNameBefore[s.w(j-1)] && s.spaced(j) {
		return true
	}
	return s.capitalised(j+1) && weekdayNameAfter[s.w(j+1)] && s.spaced(j+1)
}
