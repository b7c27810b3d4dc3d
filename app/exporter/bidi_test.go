package exporter

import (
	"sort"
	"testing"
	"unicode/utf8"
)

func TestVisualOrder(t *testing.T) {
	tests := []struct {
		name, in string
		rtl      bool
		want     string
	}{
		{"latin", "abc def", false, "abc def"},
		{"hebrew in latin", "abc אבג def", false, "abc גבא def"},
		{"two rtl words stay in order", "x אב גד y", false, "x דג בא y"},
		{"numbers keep their order", "רחוב 12 א", false, "א 12 בוחר"},
		{"arabic numbers", "رقم 123", false, "123 مقر"},
		{"brackets mirror inside rtl", "א (ב) ג", false, "ג (ב) א"},
		{"rtl paragraph with latin", "שלום abc עולם", true, "םלוע abc םולש"},
		{"rtl paragraph trailing space", "אב ", true, " בא"},
		{"marks stay after their letter", "אֵב", false, "באֵ"},
		{"empty", "", false, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := visualOrder(tt.in, tt.rtl); got != tt.want {
				t.Errorf("visualOrder(%q, %v) = %q, want %q", tt.in, tt.rtl, got, tt.want)
			}
		})
	}
}

func TestBaseRTL(t *testing.T) {
	for in, want := range map[string]bool{"abc": false, "  אב c": true, "123 عربي": true, "": false, "1 2": false} {
		if got := baseRTL(in); got != want {
			t.Errorf("baseRTL(%q) = %v, want %v", in, got, want)
		}
	}
}

// FuzzVisualOrder checks that reordering never panics and only moves
// (and mirrors) characters.
func FuzzVisualOrder(f *testing.F) {
	for _, s := range []string{"abc אבג 123 def", "عبد الله (الحسيني) 42%", "א\u05B5ב", "\u202Eabc", "x\xffy"} {
		f.Add(s, false)
		f.Add(s, true)
	}
	f.Fuzz(func(t *testing.T, s string, rtl bool) {
		if !utf8.ValidString(s) {
			return
		}
		got := visualOrder(s, rtl)
		a, b := []rune(s), []rune(got)
		for i, r := range a {
			a[i] = min(r, mirror(r))
		}
		for i, r := range b {
			b[i] = min(r, mirror(r))
		}
		sort.Slice(a, func(i, j int) bool { return a[i] < a[j] })
		sort.Slice(b, func(i, j int) bool { return b[i] < b[j] })
		if string(a) != string(b) {
			t.Errorf("visualOrder(%q) = %q: characters changed", s, got)
		}
		_ = shapeArabic(s)
	})
}
