package exporter

import (
	"strings"
	"unicode"
)

// text sets one paragraph in the column, indented by indent millimetres:
// cleaned, Arabic reshaped, wrapped, and each line put in visual order.
// A paragraph whose first strong character is right-to-left is set
// right-aligned with a right-to-left base direction.
func (d *pdfDoc) text(s, style string, size, indent float64) {
	s = clean(s)
	if s == "" {
		return
	}
	style = d.styleFor(style, s)
	d.font(style, size)
	rtl := baseRTL(s)
	align := "L"
	if rtl {
		align = "R"
	}
	h := size * ptToMM * pdfLeading
	for _, line := range d.f.SplitText(pdfSafe(shapeArabic(s)), d.width-indent) {
		d.f.SetX(pdfMargin + indent)
		d.f.CellFormat(d.width-indent, h, visualOrder(line, rtl), "", 1, align, false, 0, "")
	}
}

// prepLine prepares one short line (the footer) for drawing.
func (d *pdfDoc) prepLine(s string) string {
	s = clean(s)
	return visualOrder(pdfSafe(shapeArabic(s)), baseRTL(s))
}

// styleFor drops italics for text the oblique face cannot draw.
func (d *pdfDoc) styleFor(style, s string) string {
	if strings.Contains(style, "I") && !italicOK(s) {
		return strings.ReplaceAll(style, "I", "")
	}
	return style
}

// run is a piece of inline text in one style.
type run struct {
	text         string
	bold, italic bool
}

func (r run) style() string {
	s := ""
	if r.bold {
		s += "B"
	}
	if r.italic {
		s += "I"
	}
	if s == "BI" {
		s = "B" // bold oblique is not embedded; bold carries the emphasis
	}
	return s
}

// rich sets a paragraph of runs in mixed styles. Runs of one style go
// through text (full line-by-line bidi); mixed runs flow with fpdf's Write,
// each run reordered on its own.
func (d *pdfDoc) rich(runs []run, size, indent float64) {
	runs = mergeRuns(runs)
	if len(runs) == 0 {
		return
	}
	if len(runs) == 1 {
		d.text(runs[0].text, runs[0].style(), size, indent)
		return
	}
	h := size * ptToMM * pdfLeading
	d.f.SetLeftMargin(pdfMargin + indent)
	d.f.SetX(pdfMargin + indent)
	for _, r := range runs {
		d.font(d.styleFor(r.style(), r.text), size)
		d.f.Write(h, visualOrder(pdfSafe(shapeArabic(r.text)), false))
	}
	d.f.SetLeftMargin(pdfMargin)
	d.f.Ln(h)
}

// mergeRuns normalises white space across runs and joins neighbours of
// the same style, dropping empty runs and the paragraph's outer spaces.
func mergeRuns(in []run) []run {
	var out []run
	for _, r := range in {
		r.text = inlineClean(r.text)
		if r.text == "" {
			continue
		}
		if n := len(out); n > 0 && out[n-1].style() == r.style() {
			out[n-1].text += r.text
			continue
		}
		out = append(out, r)
	}
	for i := range out {
		out[i].text = strings.ReplaceAll(out[i].text, "  ", " ")
	}
	if n := len(out); n > 0 {
		out[0].text = strings.TrimLeft(out[0].text, " ")
		out[n-1].text = strings.TrimRight(out[n-1].text, " ")
	}
	return out
}

// inlineClean is clean without trimming: spaces at a run's edges separate
// it from its neighbours.
func inlineClean(s string) string {
	if s == "" {
		return ""
	}
	lead := unicode.IsSpace([]rune(s)[0])
	rs := []rune(s)
	trail := unicode.IsSpace(rs[len(rs)-1])
	c := clean(s)
	if lead && c != "" {
		c = " " + c
	}
	if trail {
		c += " "
	}
	return c
}
