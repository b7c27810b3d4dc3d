package widgets

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// maxCachedWidths bounds the wrap results kept per width: resizing a window passes through many
// widths, but going back and forth between a few (a side panel shown and hidden) is common.
const maxCachedWidths = 4

// maxCachedWords bounds the word-width cache, which outlives SetText.
const maxCachedWords = 200_000

// layoutState is the widget's derived layout: theme metrics, measured word widths and the wrapped
// lines for the current width.
type layoutState struct {
	textSize, pad, lineHeight, textHeight float32
	font                                  string // the theme font's name: a new font re-measures

	measure *measureCache
	byWidth map[float32][]textLine
	width   float32 // the wrap width lines were made for
	lines   []textLine
}

// invalidate forgets the wrapped lines (the text changed); word widths stay valid.
func (l *layoutState) invalidate() {
	l.byWidth = nil
	l.lines = nil
}

// ensureMetrics reads sizes from the theme, and drops measurements made with another font or size.
func (t *AnnotatedText) ensureMetrics() {
	th := t.Theme()
	l := &t.lay
	size := th.Size(theme.SizeNameText)
	font := ""
	if res := th.Font(fyne.TextStyle{}); res != nil {
		font = res.Name()
	}
	if l.measure == nil || size != l.textSize || font != l.font || len(l.measure.words) > maxCachedWords {
		l.textSize, l.font = size, font
		l.measure = newMeasureCache(func(s string) float32 {
			return fyne.MeasureText(s, size, fyne.TextStyle{}).Width
		})
		l.invalidate()
		l.textHeight = fyne.MeasureText("Mg", size, fyne.TextStyle{}).Height
	}
	l.pad = th.Size(theme.SizeNameInnerPadding)
	l.lineHeight = l.textHeight + th.Size(theme.SizeNameLineSpacing)
}

// ensureLayout wraps the text for a widget of the given width, reusing earlier results. A zero width
// (not laid out yet) leaves the lines as they are.
func (t *AnnotatedText) ensureLayout(width float32) {
	t.ensureMetrics()
	l := &t.lay
	if width <= 0 {
		return
	}
	wrapWidth := width - 2*l.pad
	if wrapWidth < l.textSize {
		wrapWidth = l.textSize
	}
	if l.lines != nil && l.width == wrapWidth {
		return
	}
	lines, ok := l.byWidth[wrapWidth]
	if !ok {
		lines = wrapText(t.doc, wrapWidth, l.measure)
		if l.byWidth == nil || len(l.byWidth) >= maxCachedWidths {
			l.byWidth = make(map[float32][]textLine, maxCachedWidths)
		}
		l.byWidth[wrapWidth] = lines
	}
	l.lines, l.width = lines, wrapWidth
}
