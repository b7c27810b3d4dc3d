package app

// Span is a half-open range [Start,End) in an article's text, counted in
// Unicode code points (DESIGN invariant 2).
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len is the number of code points the span covers.
func (s Span) Len() int { return s.End - s.Start }

// Valid reports whether the span is non-empty and lies within a text of n code points.
func (s Span) Valid(n int) bool { return s.Start >= 0 && s.Start < s.End && s.End <= n }

// Overlaps reports whether two spans share at least one code point.
func (s Span) Overlaps(o Span) bool { return s.Start < o.End && o.Start < s.End }

// Slice returns the part of text the span covers. Offsets are code points;
// a span outside the text yields "".
func (s Span) Slice(text string) string {
	if s.Start < 0 || s.End < s.Start {
		return ""
	}
	b0, b1, i := -1, -1, 0
	for bi := range text {
		if i == s.Start {
			b0 = bi
		}
		if i == s.End {
			b1 = bi
			break
		}
		i++
	}
	if b1 < 0 && i == s.End {
		b1 = len(text)
	}
	if b0 < 0 && i == s.Start {
		b0 = len(text)
	}
	if b0 < 0 || b1 < 0 {
		return ""
	}
	return text[b0:b1]
}
