package dates

// ordinal skips an ordinal suffix ("7th") touching the number at i-1.
func (s *scanner) ordinal(i int) int {
	switch s.w(i) {
	case "st", "nd", "rd", "th":
		if s.adj(i) {
			return i + 1
		}
	}
	return i
}

// dayNum reads a day of month (1–31, one or two digits) at i.
func (s *scanner) dayNum(i int) (int, bool) {
	v, n, ok := s.num(i)
	if s.isPunct(i+1, ",", ".") && s.adj(i+1) && s.tokIs(i+2, tkNum) && s.adj(i+2) {
		return 0, false // "August 2,000 people"
	}
	return v, ok && n <= 2 && v >= 1 && v <= 31
}

// yearNum reads a four-digit year at i that follows i-1 in the same phrase.
func (s *scanner) yearNum(i int) (int, bool) {
	v, n, ok := s.num(i)
	if !ok || n != 4 || v < 1000 || v > 2999 || !s.spaced(i) {
		return 0, false
	}
	// "March 7, 2024.5" or "2024,000" is no year.
	if s.isPunct(i+1, ".", ",", ":", "/") && s.adj(i+1) && s.tokIs(i+2, tkNum) && s.adj(i+2) {
		return 0, false
	}
	return v, true
}

func (s *scanner) tokIs(i int, k tokKind) bool { return i >= 0 && i < len(s.toks) && s.toks[i].k == k }

// dash reports whether token i is a hyphen or dash joining a range.
func (s *scanner) dash(i int) bool { return s.isPunct(i, "-", "–", "—") }

// monthAt reads a month name at i ("March", "Sept." ) and returns the index after it.
func (s *scanner) monthAt(i int) (m, end int, abbr bool) {
	inf := s.info(i)
	if inf.month == 0 || !s.titleOrUpper(i) {
		return 0, i, false
	}
	end = i + 1
	if inf.abbr && s.isPunct(end, ".") && s.adj(end) {
		end++
	}
	return inf.month, end, inf.abbr
}

// matchMonthFirst matches "March 7", "March 7, 2024", "March 6-9", "March 2024"
// and, in context, "March" alone.
func matchMonthFirst(s *scanner, i int) (cand, bool) {
	m, j, abbr := s.monthAt(i)
	if m == 0 {
		return cand{}, false
	}
	if d, ok := s.dayNum(j); ok && s.spaced(j) && !s.isPunct(j+1, ":") {
		return s.monthDayTail(m, d, s.ordinal(j+1))
	}
	if y, ok := s.yearNum(j); ok {
		return cand{end: j + 1, res: fixed(single(day(y, m, 1), pMonth)), kind: kMonth}, true
	}
	if s.w(j) == "of" && s.spaced(j) {
		if y, ok := s.yearNum(j + 1); ok {
			return cand{end: j + 2, res: fixed(single(day(y, m, 1), pMonth)), kind: kMonth}, true
		}
	}
	if abbr || !s.bareMonthOK(i, m, j) {
		return cand{}, false
	}
	return cand{end: j, res: func(r *rctx) val { return r.month(m) }, kind: kMonth}, true
}

// monthDayTail finishes "March 7" at j: a day range "-9" and a year ", 2024".
func (s *scanner) monthDayTail(m, d, j int) (cand, bool) {
	d2 := 0
	if s.dash(j) && s.adj(j) {
		if v, ok := s.dayNum(j + 1); ok && v > d && s.adj(j+1) {
			d2, j = v, s.ordinal(j+2)
		}
	}
	k := j
	if s.isPunct(k, ",") && s.adj(k) {
		k++
	}
	if y, ok := s.yearNum(k); ok {
		return s.dayValue(y, m, d, d2, k+1)
	}
	return cand{end: j, res: func(r *rctx) val { return r.monthDay(m, d, d2) }, kind: kDay}, true
}

// dayValue builds the fixed value of a day (or day range) with a known year.
func (s *scanner) dayValue(y, m, d, d2, end int) (cand, bool) {
	if !validDay(y, m, d) || (d2 > 0 && !validDay(y, m, d2)) {
		return cand{}, false
	}
	v := single(day(y, m, d), pDay)
	if d2 > 0 {
		v = span(day(y, m, d), day(y, m, d2), pDay)
	}
	return cand{end: end, res: fixed(v), kind: kDay}, true
}

// bareMonthOK decides whether a month name standing alone is a date.
func (s *scanner) bareMonthOK(i, m, end int) bool {
	prev := s.w(i - 1)
	if s.dash(i-1) && s.adj(i) {
		prev = s.w(i - 2)
	}
	if !bareMonthContext[prev] || !s.next(i) {
		return false
	}
	if firstNameMonths[m] && s.capitalised(end) && s.spaced(end) {
		return false // "to April Smith"
	}
	return true
}

// matchDayFirst matches "7 March", "7th of March 2024", "6-9 June".
func matchDayFirst(s *scanner, i int) (cand, bool) {
	d, ok := s.dayNum(i)
	if !ok {
		return cand{}, false
	}
	j, d2 := s.ordinal(i+1), 0
	if s.dash(j) && s.adj(j) {
		if v, ok := s.dayNum(j + 1); ok && v > d && s.adj(j+1) {
			d2, j = v, s.ordinal(j+2)
		}
	}
	if s.w(j) == "of" && s.spaced(j) {
		j++
	}
	m, k, _ := s.monthAt(j)
	if m == 0 || !s.spaced(j) {
		return cand{}, false
	}
	if y, ok := s.yearNum(k); ok {
		return s.dayValue(y, m, d, d2, k+1)
	}
	return cand{end: k, res: func(r *rctx) val { return r.monthDay(m, d, d2) }, kind: kDay}, true
}

// matchNumeric matches "2024-03-07", "2024/03/07", "07/03/2024", "7.3.2024".
func matchNumeric(s *scanner, i int) (cand, bool) {
	a, na, ok := s.num(i)
	if !ok || !s.isPunct(i+1, "-", "/", ".") || !s.adj(i+1) {
		return cand{}, false
	}
	sep := s.raw(i + 1)
	b, nb, ok2 := s.num(i + 2)
	c, nc, ok3 := s.num(i + 4)
	if !ok2 || !ok3 || !s.adj(i+2) || !s.isPunct(i+3, sep) || !s.adj(i+3) || !s.adj(i+4) {
		return cand{}, false
	}
	if s.isPunct(i+5, sep, ".") && s.adj(i+5) && s.tokIs(i+6, tkNum) {
		return cand{}, false // an IP address or version number
	}
	if na == 4 && nb <= 2 && nc <= 2 && validDay(a, b, c) {
		return cand{end: i + 5, res: fixed(single(day(a, b, c), pDay)), kind: kDay}, true
	}
	if na > 2 || nb > 2 || nc != 4 || sep == "." && (na != 2 || nb != 2) {
		return cand{}, false // "1.2.2024" is a version more often than a date
	}
	dmy, mdy := validDay(c, b, a), validDay(c, a, b)
	switch {
	case !dmy && !mdy:
		return cand{}, false
	case a == b:
		return cand{end: i + 5, res: fixed(single(day(c, b, a), pDay)), kind: kDay}, true
	case !mdy:
		return cand{end: i + 5, res: learnOrder(orderDMY, single(day(c, b, a), pDay)), kind: kDay}, true
	case !dmy:
		return cand{end: i + 5, res: learnOrder(orderMDY, single(day(c, a, b), pDay)), kind: kDay}, true
	}
	return cand{end: i + 5, res: func(r *rctx) val { return r.numericOrder(c, a, b) }, kind: kDay}, true
}

// learnOrder returns a resolver for an unambiguous numeric date that also
// records its day/month order, to read later ambiguous ones of the text.
func learnOrder(o numOrder, v val) func(*rctx) val {
	return func(r *rctx) val {
		r.st.order = o
		return v
	}
}

// fixed returns a resolver for a value that needs no context.
func fixed(v val) func(*rctx) val { return func(*rctx) val { return v } }

// yearsRange builds "2013/2014" (year precision).
func yearsRange(a, b int) val { return span(day(a, 1, 1), day(b, 1, 1), pYear) }
