package selectors

import (
	"testing"
	"unicode/utf8"
)

// FuzzFind checks that Find never panics and returns valid, ordered,
// non-overlapping spans whose Text is the covered text.
func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"ops@x.example", "+44 20 7946 0958", "hxxps://a(.)com/x)", "185.220.101[.]4", "$4.2 million",
		"40,000 Swedish kronor", "#tag", "0x52908400098527886E0F7030069857D2E4169EE7", "2001:db8::1",
		"(202) 555-0143", "£1.5bn", "\xff$1", "Trần paid ₦500 million", "1,2,3,4,5,6,7,8",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		ms := find(text)
		n := utf8.RuneCountInString(text)
		last := 0
		for _, m := range ms {
			if !m.Valid(n) || m.Start < last {
				t.Fatalf("bad span %+v in %q (len %d)", m.Span, text, n)
			}
			if m.Span.Slice(text) != m.Text {
				t.Fatalf("Slice %q != Text %q", m.Span.Slice(text), m.Text)
			}
			if !m.Type.IsSelector() || m.Value == "" {
				t.Fatalf("bad type or value %+v", m)
			}
			last = m.End
		}
	})
}
