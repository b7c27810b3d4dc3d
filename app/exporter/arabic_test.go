package exporter

import (
	"testing"

	"golang.org/x/text/unicode/norm"
)

func TestShapeArabic(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"latin untouched", "Grey Lantern", "Grey Lantern"},
		{"cyrillic untouched", "Одеса", "Одеса"},
		{"isolated", "ب", "\uFE8F"},
		{"initial and final", "بب", "\uFE91\uFE90"},
		{"medial", "ببب", "\uFE91\uFE92\uFE90"},
		{"right-joining letter breaks the chain", "بدب", "\uFE91\uFEAA\uFE8F"},
		{"lam-alef isolated", "لا", "\uFEFB"},
		{"lam-alef final", "سلا", "\uFEB3\uFEFC"},
		{"marks are transparent", "بَب", "\uFE91\u064E\uFE90"},
		{"word boundary", "ب ب", "\uFE8F \uFE8F"},
		{"name", "عبد", "\uFECB\uFE92\uFEAA"},
		{"persian peh", "پپ", "\uFB58\uFB57"},
		{"tatweel joins", "بـب", "\uFE91\u0640\uFE90"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := shapeArabic(tt.in); got != tt.want {
				t.Errorf("shapeArabic(%q) = %U, want %U", tt.in, []rune(got), []rune(tt.want))
			}
		})
	}
}

// TestArabicFormsTable checks the presentation-form table against Unicode's
// own decompositions and against the embedded font.
func TestArabicFormsTable(t *testing.T) {
	loadCoverage()
	for letter, forms := range arabicLetters {
		for i, f := range forms {
			if f == 0 {
				continue
			}
			if got := norm.NFKD.String(string(f)); got != norm.NFKD.String(string(letter)) {
				t.Errorf("form %d of %U is %U, which decomposes to %U", i, letter, f, []rune(got))
			}
			if !coverRegB.has(f) {
				t.Errorf("the PDF font lacks %U (form %d of %U)", f, i, letter)
			}
		}
	}
	for alef, lig := range lamAlef {
		for i, f := range []rune{lig, lig + 1} {
			if got := norm.NFKD.String(string(f)); got != norm.NFKD.String(string([]rune{arabicLam, alef})) {
				t.Errorf("lam-alef form %d for %U is %U, which decomposes to %U", i, alef, f, []rune(got))
			}
		}
	}
}

func TestPDFSafe(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"plain", "plain"}, {"Одеса", "Одеса"}, {"😀 ok", "\uFFFD ok"}, {"\U0001D518", "\uFFFD"},
	} {
		if got := pdfSafe(tt.in); got != tt.want {
			t.Errorf("pdfSafe(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
