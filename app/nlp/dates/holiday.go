package dates

// holiday is a fixed-date holiday, written as lowercase words.
type holiday struct {
	words []string
	m, d  int
}

// holidays are tried longest first. Movable feasts are left out: their date
// needs a calendar computation the news rarely relies on.
var holidays = []holiday{
	{[]string{"new", "year", "'", "s", "day"}, 1, 1},
	{[]string{"new", "year", "'", "s", "eve"}, 12, 31},
	{[]string{"new", "year", "’", "s", "day"}, 1, 1},
	{[]string{"new", "year", "’", "s", "eve"}, 12, 31},
	{[]string{"valentine", "'", "s", "day"}, 2, 14},
	{[]string{"valentine", "’", "s", "day"}, 2, 14},
	{[]string{"christmas", "day"}, 12, 25},
	{[]string{"christmas", "eve"}, 12, 24},
	{[]string{"boxing", "day"}, 12, 26},
	{[]string{"christmas"}, 12, 25},
	{[]string{"halloween"}, 10, 31},
}

// matchHoliday matches "Christmas Day 2024", "New Year's Eve", "Christmas".
func matchHoliday(s *scanner, i int) (cand, bool) {
	if !s.capitalised(i) {
		return cand{}, false
	}
	for _, h := range holidays {
		end, ok := s.phrase(i, h.words)
		if !ok {
			continue
		}
		if len(h.words) == 1 && s.capitalised(end) && s.spaced(end) {
			return cand{}, false // "Christmas Island"
		}
		m, d := h.m, h.d
		if y, ok := s.yearNum(end); ok {
			return cand{end: end + 1, res: fixed(single(day(y, m, d), pDay)), kind: kDay}, true
		}
		return cand{end: end, res: func(r *rctx) val { return r.monthDay(m, d, 0) }, kind: kDay}, true
	}
	return cand{}, false
}

// phrase matches lowercase words (and punctuation) from i; the apostrophe of
// "Year's" touches its neighbours, words are spaced.
func (s *scanner) phrase(i int, words []string) (int, bool) {
	for k, w := range words {
		j := i + k
		if j >= len(s.toks) || s.low[s.toks[j].s:s.toks[j].e] != w {
			return 0, false
		}
		if k > 0 && !s.next(j) {
			return 0, false
		}
	}
	return i + len(words), true
}

// seasons map a season to the month it starts in.
var seasons = map[string]int{"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}

// matchSeason matches "summer 2022", "the summer of 2022", "last winter",
// "this spring": three-month ranges (northern hemisphere).
func matchSeason(s *scanner, i int) (cand, bool) {
	if mod := s.w(i); mod == "last" || mod == "this" || mod == "next" || mod == "past" {
		m, ok := seasons[s.w(i+1)]
		if !ok || !s.spaced(i+1) {
			return cand{}, false
		}
		return cand{end: i + 2, res: func(r *rctx) val { return r.season(m, mod) }, kind: kSeason}, true
	}
	j := i
	if s.w(i) == "the" {
		j = i + 1
	}
	m, ok := seasons[s.w(j)]
	if !ok || j > i && (!s.spaced(j) || s.w(j+1) != "of") {
		return cand{}, false
	}
	k := j + 1
	if s.w(k) == "of" {
		k++
	}
	y, ok := s.yearNum(k)
	if !ok {
		return cand{}, false
	}
	return cand{end: k + 1, res: fixed(seasonRange(y, m)), kind: kSeason}, true
}

func seasonRange(y, m int) val {
	a := day(y, m, 1)
	return span(a, a.AddDate(0, 2, 0), pMonth)
}

// season resolves "this/last/next summer" against the publication date.
func (r *rctx) season(m int, mod string) val {
	p, ok := r.pubDay()
	if !ok {
		return val{}
	}
	y := p.t.Year()
	if m == 12 && p.t.Month() <= 2 {
		y-- // January belongs to the winter that began the December before
	}
	start := day(y, m, 1)
	end := start.AddDate(0, 3, 0)
	switch mod {
	case "last", "past":
		if !p.t.Before(end) {
			return seasonRange(y, m)
		}
		return seasonRange(y-1, m)
	case "next":
		if p.t.Before(start) {
			return seasonRange(y, m)
		}
		return seasonRange(y+1, m)
	}
	return seasonRange(y, m)
}
