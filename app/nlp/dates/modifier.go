package dates

// vagueMods are modifiers kept inside the span that do not change the value:
// "early April" is April, "late 2021" is 2021.
var vagueMods = set("early", "mid", "late")

// periodParts name a part of a period: "the end of February" is February.
var periodParts = set("end", "start", "beginning", "middle", "close", "turn")

// innerKinds are the kinds a vague modifier may wrap.
var innerKinds = map[candKind]bool{kMonth: true, kYear: true, kDecade: true, kWeekday: true,
	kRel: true, kSeason: true}

// matchModified matches "early April", "mid-March", "late 2021", "the early
// 1990s", "the end of February", "the end of the year", "later this year",
// "earlier that month".
func matchModified(s *scanner, i int) (cand, bool) {
	switch w := s.w(i); {
	case w == "the" && vagueMods[s.w(i+1)] && s.spaced(i+1):
		c, ok := s.vague(i + 1)
		return c, ok && c.kind == kDecade
	case vagueMods[w]:
		return s.vague(i)
	case w == "the" && periodParts[s.w(i+1)] && s.w(i+2) == "of" && s.spaced(i+1) && s.spaced(i+2):
		return s.partOf(i + 3)
	case w == "earlier" || w == "later":
		switch s.w(i + 1) {
		case "this", "that", "last", "next":
			c, ok := bestAt(s, i+1, baseMatchers)
			if ok && c.kind == kRel && s.spaced(i+1) {
				return c, true
			}
		}
	}
	return cand{}, false
}

// vague matches "early|mid|late" + a month, year, decade, weekday or period.
func (s *scanner) vague(i int) (cand, bool) {
	j := i + 1
	if s.dash(j) && s.adj(j) && s.adj(j+1) {
		j++
	} else if !s.spaced(j) {
		return cand{}, false
	}
	c, ok := bestAt(s, j, baseMatchers)
	if !ok || !innerKinds[c.kind] {
		return cand{}, false
	}
	return c, true
}

// partOf matches what follows "the end of": a dated period, or "the year",
// "the month", "the week" of publication.
func (s *scanner) partOf(j int) (cand, bool) {
	if !s.spaced(j) {
		return cand{}, false
	}
	if s.w(j) == "the" && s.spaced(j+1) {
		u := s.info(j + 1).unit
		if u >= uWeek && u <= uYear && s.w(j+1) == unitSingular[u] {
			return cand{end: j + 2, res: func(r *rctx) val { return r.fromPub(0, u) }, kind: kRel}, true
		}
	}
	c, ok := bestAt(s, j, baseMatchers)
	if !ok || c.kind == kDay || c.kind == kWeekday {
		return cand{}, false
	}
	return c, true
}

// dayParts may open "the early hours of last Thursday", "the night of March 7".
var dayParts = set("morning", "afternoon", "evening", "night", "hours")

// matchPartOfDay matches "the early hours of X", "the morning of X", "the
// night of X" where X is a day.
func matchPartOfDay(s *scanner, i int) (cand, bool) {
	if s.w(i) != "the" {
		return cand{}, false
	}
	j := i + 1
	if (s.w(j) == "early" || s.w(j) == "small" || s.w(j) == "late") && s.spaced(j) {
		j++
	}
	if !dayParts[s.w(j)] || !s.spaced(j) || s.w(j+1) != "of" || !s.spaced(j+1) || !s.spaced(j+2) {
		return cand{}, false
	}
	if s.w(j) == "hours" && j == i+1 {
		return cand{}, false // "the hours of" is no part of a day
	}
	c, ok := bestAt(s, j+2, baseMatchers)
	if !ok || (c.kind != kDay && c.kind != kWeekday) {
		return cand{}, false
	}
	return c, true
}

// ordinals name quarters and halves.
var ordinals = map[string]int{"first": 1, "second": 2, "third": 3, "fourth": 4, "last": -1,
	"final": -1}

// matchQuarter matches "the first quarter of 2024", "the second half of last
// year", "Q3 2023": ranges of months.
func matchQuarter(s *scanner, i int) (cand, bool) {
	if s.raw(i) == "Q" && s.adj(i+1) {
		q, _, ok := s.num(i + 1)
		if y, ok2 := s.yearNum(i + 2); ok && ok2 && q >= 1 && q <= 4 {
			return cand{end: i + 3, res: fixed(partRange(y, 3, q)), kind: kRange}, true
		}
		return cand{}, false
	}
	if s.w(i) != "the" || !s.spaced(i+1) || !s.spaced(i+2) || s.w(i+3) != "of" || !s.spaced(i+3) {
		return cand{}, false
	}
	k, ok := ordinals[s.w(i+1)]
	months := map[string]int{"quarter": 3, "half": 6}[s.w(i+2)]
	if !ok || months == 0 || (months == 6 && k > 2) {
		return cand{}, false
	}
	if k < 0 {
		k = 12 / months
	}
	c, ok := bestAt(s, i+4, baseMatchers)
	if !ok || !s.spaced(i+4) || (c.kind != kYear && c.kind != kRel) {
		return cand{}, false
	}
	res := func(r *rctx) val {
		v := c.res(r)
		if !v.ok() || v.a.p != pYear {
			return val{}
		}
		return partRange(v.a.t.Year(), months, k)
	}
	return cand{end: c.end, res: res, kind: kRange}, true
}

// partRange is the k-th run of n months of year y as a month range.
func partRange(y, n, k int) val {
	a := day(y, (k-1)*n+1, 1)
	return span(a, a.AddDate(0, n-1, 0), pMonth)
}
