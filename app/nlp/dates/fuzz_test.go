package dates

import (
	"testing"
	"time"
	"unicode/utf8"
)

// FuzzFind checks that Find never panics and returns valid, ordered,
// non-overlapping spans whose Text is the covered text.
func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"on Friday", "March 7, 2024", "the past two years", "2013-2014", "mid-March",
		"two days later", "07/03/2024", "the early hours of last Thursday", "Q3 2023",
		"New Year's Eve", "the 1990s", "Trần said on Monday", "\xff\xfeMay 5", "1990s-",
	} {
		f.Add(s, int64(1710288000))
	}
	f.Fuzz(func(t *testing.T, text string, unix int64) {
		var published time.Time
		if unix > 0 && unix < 1<<40 {
			published = time.Unix(unix, 0)
		}
		ms := find(text, published)
		n := utf8.RuneCountInString(text)
		last := 0
		runes := []rune(text)
		for _, m := range ms {
			if !m.Valid(n) || m.Start < last {
				t.Fatalf("bad span %+v in %q (len %d)", m.Span, text, n)
			}
			if utf8.ValidString(text) && string(runes[m.Start:m.End]) != m.Text {
				t.Fatalf("text %q does not match span %+v", m.Text, m.Span)
			}
			if m.Span.Slice(text) != m.Text {
				t.Fatalf("Slice %q != Text %q", m.Span.Slice(text), m.Text)
			}
			last = m.End
		}
	})
}
