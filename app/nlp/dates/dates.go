// Package dates finds date expressions in news text and resolves them
// against the article's publication date, keeping their precision.
//
// No maintained Go library fitted: github.com/olebedev/when returns one
// merged time per text with no precision, and
// github.com/markusmobius/go-dateparser's search returns the matched strings
// without offsets, split at punctuation, and no week or range values. The
// span rules of the annotation guidelines (prepositions outside, modifiers
// and parts of the day inside, event-relative expressions resolved against
// the last mentioned date) are written here as explicit token rules.
package dates

import (
	"time"
	"unicode/utf8"

	"dossier/app"
)

// Match is one date expression: its span in code points, the covered text and
// the resolved value with precision.
type Match struct {
	app.Span
	Text string
	Date app.Date
}

// candKind says what a candidate names, so modifiers know what they may wrap.
type candKind uint8

const (
	kOther   candKind = iota
	kDay              // a calendar day: "March 7", "yesterday"
	kWeekday          // "Friday", "Tuesday night"
	kMonth            // "March", "March 2024"
	kYear             // "2019"
	kDecade           // "the 1990s"
	kRel              // a period relative to a reference: "last week", "the same day"
	kRange            // "2013-2014", "the past two years"
	kSeason           // "summer 2022"
)

// cand is a candidate match starting at some token and ending before end.
type cand struct {
	end  int
	res  func(r *rctx) val
	kind candKind
}

type matcher func(s *scanner, i int) (cand, bool)

// baseMatchers are the expressions that modifiers may wrap.
var baseMatchers = []matcher{matchNumeric, matchMonthFirst, matchDayFirst, matchYear,
	matchWeekday, matchRelWord, matchThisLastNext, matchWeekend, matchAnchored,
	matchPastN, matchHoliday, matchSeason}

// allMatchers adds the modifiers.
var allMatchers = append([]matcher{matchModified, matchPartOfDay, matchQuarter}, baseMatchers...)

// bestAt returns the longest candidate starting at token i.
func bestAt(s *scanner, i int, ms []matcher) (cand, bool) {
	return bestWhere(s, i, ms, func(cand) bool { return true })
}

// bestWhere returns the longest candidate starting at token i that passes keep.
func bestWhere(s *scanner, i int, ms []matcher, keep func(cand) bool) (cand, bool) {
	var best cand
	found := false
	for _, m := range ms {
		c, ok := m(s, i)
		if ok && c.end > i && c.end <= len(s.toks) && (!found || c.end > best.end) && keep(c) {
			best, found = c, true
		}
	}
	return best, found
}

// chunkSize bounds the text scanned at once, so memory stays small on huge input.
const chunkSize = 1 << 16

// Find returns the date expressions of text in order, resolved against
// published. With a zero published, absolute dates that carry a year still
// resolve; relative ones are returned with a zero Date. Find is safe for
// concurrent use and never panics.
func Find(text string, published time.Time) (out []Match) {
	defer func() {
		if recover() != nil {
			out = nil // a bug must not take the pipeline down; report nothing
		}
	}()
	return find(text, published)
}

// find is Find without the panic guard, so tests and fuzzing see bugs.
func find(text string, published time.Time) (out []Match) {
	st := &state{hasPub: !published.IsZero()}
	if st.hasPub {
		st.pub = time.Date(published.Year(), published.Month(), published.Day(), 0, 0, 0, 0, time.UTC)
	}
	conv := runeCounter{text: text}
	for off := 0; off < len(text); {
		end := chunkEnd(text, off)
		for _, m := range scanChunk(text[off:end], off, st) {
			m.Start, m.End = conv.at(m.Start), conv.at(m.End)
			out = append(out, m)
		}
		off = end
	}
	return out
}

// scanChunk finds the matches of one chunk; spans are byte offsets (plus base).
func scanChunk(chunk string, base int, st *state) []Match {
	s := newScanner(chunk)
	var out []Match
	for i := 0; i < len(s.toks); {
		if !s.canStart(i) {
			i++
			continue
		}
		c, ok := bestWhere(s, i, allMatchers, func(c cand) bool { return s.boundaryOK(i, c.end) })
		if !ok {
			i++
			continue
		}
		r := &rctx{st: st, s: s, start: i, end: c.end}
		v := c.res(r)
		bs, be := s.toks[i].s, s.toks[c.end-1].e
		out = append(out, Match{Span: app.Span{Start: base + bs, End: base + be},
			Text: chunk[bs:be], Date: v.date()})
		if v.ok() {
			st.anchor = v
		}
		i = c.end
	}
	return out
}

// chunkEnd picks where the chunk starting at off ends: at a line break or
// sentence end after chunkSize bytes, else at a space, else at a rune boundary.
func chunkEnd(text string, off int) int {
	if len(text)-off <= chunkSize {
		return len(text)
	}
	lim := off + chunkSize
	for i := lim; i < len(text) && i < lim+4096; i++ {
		if text[i] == '\n' || (text[i] == ' ' && text[i-1] == '.') {
			return i + 1
		}
	}
	for i := lim; i < len(text) && i < lim+4096; i++ {
		if text[i] == ' ' {
			return i + 1
		}
	}
	for lim > off && !utf8.RuneStart(text[lim]) {
		lim--
	}
	if lim == off {
		return len(text)
	}
	return lim
}

// runeCounter converts increasing byte offsets into code-point offsets in one pass.
type runeCounter struct {
	text  string
	b, cp int
}

func (c *runeCounter) at(b int) int {
	if b < c.b {
		c.b, c.cp = 0, 0
	}
	c.cp += utf8.RuneCountInString(c.text[c.b:b])
	c.b = b
	return c.cp
}
