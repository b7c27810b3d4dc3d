package dates

// matchYear matches a year ("2019"), a year range ("2013-2014", "2020–21")
// and a decade ("1990s", "the 1990s").
func matchYear(s *scanner, i int) (cand, bool) {
	if s.w(i) == "the" {
		if c, ok := matchDecade(s, i+1); ok && s.spaced(i+1) {
			return c, true
		}
		return cand{}, false
	}
	if c, ok := matchDecade(s, i); ok {
		return c, true
	}
	y, ok := s.yearAt(i)
	if !ok {
		return cand{}, false
	}
	if s.dash(i+1) && s.adj(i+1) && s.adj(i+2) {
		if y2, n, ok := s.num(i + 2); ok && (n == 4 || n == 2) {
			if n == 2 {
				y2 += y / 100 * 100
			}
			if y2 > y && y2-y <= 20 {
				return cand{end: i + 3, res: fixed(yearsRange(y, y2)), kind: kRange}, true
			}
		}
	}
	if !s.yearAlone(i, y) {
		return cand{}, false
	}
	return cand{end: i + 1, res: fixed(single(day(y, 1, 1), pYear)), kind: kYear}, true
}

// yearAt reads a four-digit number that may be a year at i.
func (s *scanner) yearAt(i int) (int, bool) {
	y, n, ok := s.num(i)
	if !ok || n != 4 || y < 1000 || y > 2100 {
		return 0, false
	}
	return y, true
}

// matchDecade matches "1990s" (a four-digit year ending in 0, then "s").
func matchDecade(s *scanner, i int) (cand, bool) {
	y, ok := s.yearAt(i)
	if !ok || y%10 != 0 || s.w(i+1) != "s" || !s.adj(i+1) {
		return cand{}, false
	}
	return cand{end: i + 2, res: fixed(yearsRange(y, y+9)), kind: kDecade}, true
}

// yearAlone decides whether a lone four-digit number is a year: it must not
// count things ("2000 people"), label them ("flight 1940") or be part of a
// larger number, phone number or amount.
func (s *scanner) yearAlone(i, y int) bool {
	prev, next := s.w(i-1), s.w(i+1)
	if y < 1900 && !yearContext[prev] {
		return false
	}
	if yearBlockers[prev] || s.tokIs(i-1, tkNum) && s.spaced(i) {
		return false
	}
	if s.tokIs(i+1, tkNum) && s.spaced(i+1) {
		return false // "0800 2019 555" or a list of numbers
	}
	if s.isPunct(i-1, "$", "€", "£", "¥", "₦", "₹", "₽", "#", "№") ||
		s.isPunct(i-1, "+", "-", "−") && s.adj(i) {
		return false
	}
	if next != "" && s.spaced(i+1) && (clockWords[next] || !s.capitalised(i+1) && countsThings(next)) {
		return false
	}
	return true
}

// countsThings reports whether a lower-case word after a number says the
// number counts something.
func countsThings(w string) bool {
	if countNouns[w] {
		return true
	}
	return len(w) > 3 && w[len(w)-1] == 's' && !notPluralS[w] && w[len(w)-2] != 's'
}
