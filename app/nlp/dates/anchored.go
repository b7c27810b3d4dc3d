package dates

// dayPeriods are the units "the same …" and "that …" may name, with the unit
// they resolve at.
var dayPeriods = map[string]unit{"day": uDay, "night": uDay, "morning": uDay,
	"evening": uDay, "afternoon": uDay, "week": uWeek, "month": uMonth, "year": uYear}

// matchAnchored matches expressions relative to the last mentioned date:
// "the same night", "that day", "the next day", "the following week",
// "the day before", "two days later", "11 days before", "three years ago".
func matchAnchored(s *scanner, i int) (cand, bool) {
	if c, ok := matchSameNext(s, i); ok {
		return c, true
	}
	if c, ok := matchTheUnitBefore(s, i); ok {
		return c, true
	}
	return matchNUnitsLater(s, i)
}

// matchSameNext matches "the same day", "that night", "the next morning",
// "the following year", "the previous week".
func matchSameNext(s *scanner, i int) (cand, bool) {
	j, n := i+1, 0
	switch s.w(i) {
	case "that":
		if s.w(j) == "same" && s.spaced(j) {
			j++ // "that same night"
		}
	case "the":
		switch s.w(i + 1) {
		case "same":
		case "next", "following":
			n = 1
		case "previous", "preceding":
			n = -1
		default:
			return cand{}, false
		}
		if !s.spaced(i + 1) {
			return cand{}, false
		}
		j++
	default:
		return cand{}, false
	}
	if wd := s.info(j).weekday; wd > 0 && n != 0 && s.spaced(j) && s.titleOrUpper(j) {
		return cand{end: j + 1, res: func(r *rctx) val { return r.weekdayFromBase(wd, n) }, kind: kDay}, true
	}
	u, ok := dayPeriods[s.w(j)]
	if !ok || !s.spaced(j) {
		return cand{}, false
	}
	return cand{end: j + 1, res: func(r *rctx) val { return r.fromBase(n, u) }, kind: kRel}, true
}

// matchTheUnitBefore matches "the day before", "the night after", "the week before".
func matchTheUnitBefore(s *scanner, i int) (cand, bool) {
	if s.w(i) != "the" || !s.spaced(i+1) || !s.spaced(i+2) {
		return cand{}, false
	}
	u, ok := dayPeriods[s.w(i+1)]
	if !ok {
		return cand{}, false
	}
	n := 0
	switch s.w(i + 2) {
	case "before":
		n = -1
	case "after":
		n = 1
	default:
		return cand{}, false
	}
	if s.w(i+1) == "day" && s.w(i+3) == "yesterday" && s.spaced(i+3) {
		return cand{end: i + 4, res: func(r *rctx) val { return r.fromPub(-2, uDay) }, kind: kDay}, true
	}
	if s.w(i+1) == "day" && s.w(i+3) == "tomorrow" && s.spaced(i+3) {
		return cand{end: i + 4, res: func(r *rctx) val { return r.fromPub(2, uDay) }, kind: kDay}, true
	}
	return cand{end: i + 3, res: func(r *rctx) val { return r.fromBase(n, u) }, kind: kRel}, true
}

// relDirection maps the word after "two days" to a direction and whether it
// counts from the publication date ("ago") rather than the last event.
var relDirection = map[string]int{"later": 1, "after": 1, "afterwards": 1, "earlier": -1,
	"before": -1, "ago": -1, "previously": -1}

// matchNUnitsLater matches "two days later", "a week earlier", "11 days
// before", "three years ago", "hours later".
func matchNUnitsLater(s *scanner, i int) (cand, bool) {
	n, j, counted := 0, i, false
	if v, ok := s.count(i); ok {
		n, j, counted = v, i+1, true
		if !s.spaced(j) {
			return cand{}, false
		}
	}
	u := s.info(j).unit
	if u == uNone || !s.spaced(j+1) {
		return cand{}, false
	}
	if counted && (n == 1) != (s.w(j) == unitSingular[u]) || !counted && s.w(j) == unitSingular[u] {
		return cand{}, false
	}
	dir, ok := relDirection[s.w(j+1)]
	if !ok || s.w(j+1) == "after" && !counted {
		return cand{}, false
	}
	ago := s.w(j+1) == "ago"
	res := func(r *rctx) val {
		switch {
		case !counted && u != uHour:
			return val{} // "days later": too vague to place
		case ago:
			p, ok := r.pubDay()
			if !ok {
				return val{}
			}
			return shift(p, dir*n, u)
		}
		return r.fromBase(dir*n, u)
	}
	return cand{end: j + 2, res: res, kind: kRel}, true
}

// weekdayFromBase resolves "the following Monday" (dir 1) or "the previous
// Monday" (dir -1) from the last mentioned day.
func (r *rctx) weekdayFromBase(wd, dir int) val {
	p, ok := r.base()
	if !ok || p.p != pDay {
		return val{}
	}
	bw := (int(p.t.Weekday())+6)%7 + 1
	step := (wd - bw + 7) % 7
	if dir < 0 {
		step = -((bw - wd + 7) % 7)
	}
	if step == 0 {
		step = 7 * dir
	}
	return single(p.t.AddDate(0, 0, step), pDay)
}
