package exporter

import (
	"sync"

	"github.com/go-fonts/dejavu/dejavusans"
	"github.com/go-fonts/dejavu/dejavusansbold"
	"github.com/go-fonts/dejavu/dejavusansoblique"
	"golang.org/x/image/font/sfnt"
)

// The PDF embeds DejaVu Sans (regular, bold, oblique) from the
// github.com/go-fonts/dejavu module: it covers Latin, Greek, Cyrillic and
// Arabic (with the presentation forms the reshaper needs). fpdf subsets it,
// so only the glyphs used end up in the file.

const pdfFamily = "dejavu"

// pdfFonts lists the faces registered with fpdf by style.
var pdfFonts = []struct {
	style string
	ttf   []byte
}{{"", dejavusans.TTF}, {"B", dejavusansbold.TTF}, {"I", dejavusansoblique.TTF}}

// coverage is a bit set of the BMP code points a face has glyphs for.
type coverage [65536 / 64]uint64

func (c *coverage) has(r rune) bool {
	return r >= 0 && r < 65536 && c[r/64]&(1<<(uint(r)%64)) != 0
}

var (
	coverOnce sync.Once
	coverRegB coverage // covered by both regular and bold
	coverObl  coverage // covered by oblique
)

// loadCoverage reads the fonts' character maps once.
func loadCoverage() {
	coverOnce.Do(func() {
		reg, bold, obl := faceCoverage(dejavusans.TTF), faceCoverage(dejavusansbold.TTF), faceCoverage(dejavusansoblique.TTF)
		for i := range coverRegB {
			coverRegB[i] = reg[i] & bold[i]
		}
		coverObl = obl
	})
}

func faceCoverage(ttf []byte) coverage {
	var c coverage
	f, err := sfnt.Parse(ttf)
	if err != nil {
		return c
	}
	var buf sfnt.Buffer
	for r := rune(0x20); r < 65536; r++ {
		if g, err := f.GlyphIndex(&buf, r); err == nil && g != 0 {
			c[r/64] |= 1 << (uint(r) % 64)
		}
	}
	return c
}

// pdfSafe replaces every character the fonts cannot draw (and everything
// outside the Basic Multilingual Plane, which fpdf cannot handle) with
// U+FFFD, so that nothing turns into an invisible or broken glyph.
func pdfSafe(s string) string {
	loadCoverage()
	out := []rune(s)
	changed := false
	for i, r := range out {
		if r == '\n' || r == '\t' {
			continue
		}
		if !coverRegB.has(r) {
			out[i], changed = '\uFFFD', true
		}
	}
	if !changed {
		return s
	}
	return string(out)
}

// italicOK reports whether the oblique face can draw all of s; Arabic, for
// one, has no oblique glyphs, so such text is set upright.
func italicOK(s string) bool {
	loadCoverage()
	for _, r := range s {
		if r > ' ' && !coverObl.has(r) {
			return false
		}
	}
	return true
}
