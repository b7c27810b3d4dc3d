package widgets

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// lineMargin is how many lines beyond each edge of the viewport get objects, so that small scrolls
// rebuild nothing.
const lineMargin = 8

// maxLane caps the nesting drawn: deeper highlights share the innermost band.
const maxLane = 3

// redrawKind says how much the next renderer Refresh of the text area must redo.
type redrawKind int

const (
	// redrawAll re-renders every text object: the theme or the text changed (Fyne's own refreshes).
	redrawAll redrawKind = iota
	// redrawMarks rebuilds highlights, selection and caret; a text object is re-rendered only if
	// its line changed.
	redrawMarks
	// redrawScroll rebuilds only when the viewport has left the lines that have objects.
	redrawScroll
)

// textArea is the scrolled content of an AnnotatedText: as tall as all the wrapped lines, holding
// objects only for the lines near the viewport. It receives the pointer events (it is the deepest
// object under the pointer) and hands them to its AnnotatedText in content coordinates.
type textArea struct {
	widget.BaseWidget
	t    *AnnotatedText
	kind redrawKind // read by the renderer's next Refresh; redrawAll unless redraw set it
}

func newTextArea(t *AnnotatedText) *textArea {
	a := &textArea{t: t}
	a.ExtendBaseWidget(a)
	return a
}

// CreateRenderer is a private method to Fyne which links this widget to its renderer.
func (a *textArea) CreateRenderer() fyne.WidgetRenderer {
	return &textAreaRenderer{a: a, texts: make(map[int]*canvas.Text), last: -1}
}

// redraw refreshes the renderer doing only the work kind needs. A nil area (a widget made as a
// struct literal and not yet rendered) has nothing to redraw.
func (a *textArea) redraw(kind redrawKind) {
	if a == nil {
		return
	}
	a.kind = kind
	a.Refresh()
	a.kind = redrawAll
}

// textAreaRenderer keeps one canvas.Text per built line and a pool of rectangles for highlight
// fragments, selection, underlines, focus outlines and the caret.
type textAreaRenderer struct {
	a           *textArea
	objects     []fyne.CanvasObject
	texts       map[int]*canvas.Text // built line index -> its text object
	spare       []*canvas.Text
	rects       []*canvas.Rectangle // reused in order on every rebuild
	used        int
	first, last int // the built lines; last < first when none
	frags       []fragment
}

// fragment is the part of one highlight on one line.
type fragment struct {
	x0, x1, top, bandTop, bandHeight float32
	p                                *placedHighlight
}

func (r *textAreaRenderer) Destroy() {}

func (r *textAreaRenderer) Layout(fyne.Size) {
	r.rebuild(redrawMarks)
}

func (r *textAreaRenderer) MinSize() fyne.Size {
	return r.a.t.contentMinSize()
}

func (r *textAreaRenderer) Objects() []fyne.CanvasObject {
	return r.objects
}

func (r *textAreaRenderer) Refresh() {
	r.rebuild(r.a.kind)
}

// rebuild gives objects to the lines near the viewport, drawn bottom to top: highlight fills,
// selection, text, then underlines, focus outlines and the caret.
func (r *textAreaRenderer) rebuild(kind redrawKind) {
	t := r.a.t
	l := &t.lay
	top := t.scroll.Offset.Y
	bottom := top + t.scroll.Size().Height
	vf, vl := visibleLines(top, bottom, l.pad, l.lineHeight, len(l.lines), 0)
	if kind == redrawScroll && r.last >= r.first && r.first <= vf && vl <= r.last {
		return
	}
	r.first, r.last = visibleLines(top, bottom, l.pad, l.lineHeight, len(l.lines), lineMargin)
	p := newPaints(t)
	r.used = 0
	r.objects = make([]fyne.CanvasObject, 0, len(r.objects))
	r.collectFragments()
	for _, f := range r.frags {
		r.addRect(p.fill(f.p.Style), f.x0, f.bandTop, f.x1-f.x0, f.bandHeight)
	}
	r.addSelection(p)
	r.addTexts(p, kind == redrawAll)
	r.addMarks(p)
	for _, rc := range r.rects[:r.used] {
		rc.Refresh()
	}
}

// collectFragments computes the geometry of every highlight fragment on the built lines.
func (r *textAreaRenderer) collectFragments() {
	t := r.a.t
	l := &t.lay
	r.frags = r.frags[:0]
	inset := laneInset(l.textHeight)
	for li := r.first; li <= r.last; li++ {
		ln := l.lines[li]
		lo, hi := overlapping(t.placed, t.maxEnd, ln.Start, ln.End)
		lineTop := l.pad + float32(li)*l.lineHeight
		for k := lo; k < hi; k++ {
			ph := &t.placed[k]
			s, e := max(ph.start, ln.Start), min(ph.end, ln.End)
			if s >= e {
				continue
			}
			lane := float32(min(ph.lane, maxLane))
			r.frags = append(r.frags, fragment{
				x0:         l.pad + xAt(t.doc, ln, s, l.measure),
				x1:         l.pad + xAt(t.doc, ln, e, l.measure),
				top:        lineTop,
				bandTop:    lineTop + lane*inset,
				bandHeight: max(l.textHeight-2*lane*inset, 2),
				p:          ph,
			})
		}
	}
}

// laneInset is how much thinner each nested highlight's band is, top and bottom.
func laneInset(textHeight float32) float32 {
	return max(2, float32(int(textHeight/7+0.5)))
}

// addSelection draws the selection on the built lines; a selected line break shows as a space.
func (r *textAreaRenderer) addSelection(p *paints) {
	t := r.a.t
	l := &t.lay
	s, e := t.Selection()
	if s == e {
		return
	}
	for li := r.first; li <= r.last; li++ {
		ln := l.lines[li]
		a, b := max(s, ln.Start), min(e, ln.End)
		if a > b {
			continue
		}
		x0 := l.pad + xAt(t.doc, ln, a, l.measure)
		x1 := l.pad + xAt(t.doc, ln, b, l.measure)
		if e > ln.End && ln.End < t.doc.len() && t.doc.runes[ln.End] == '\n' {
			x1 += l.measure.width(" ")
		}
		if x1 > x0 {
			r.addRect(p.selection, x0, l.pad+float32(li)*l.lineHeight, x1-x0, l.textHeight)
		}
	}
}

// addTexts gives each built line its text object, reusing those of lines still built so scrolling
// re-renders only the lines that come into view.
func (r *textAreaRenderer) addTexts(p *paints, force bool) {
	t := r.a.t
	l := &t.lay
	for i, txt := range r.texts {
		if i < r.first || i > r.last {
			delete(r.texts, i)
			r.spare = append(r.spare, txt)
		}
	}
	width := max(r.a.Size().Width-2*l.pad, 0)
	for i := r.first; i <= r.last; i++ {
		txt, ok := r.texts[i]
		if !ok {
			txt = r.takeText()
			r.texts[i] = txt
		}
		ln := l.lines[i]
		s := t.doc.slice(ln.Start, ln.End)
		changed := !ok || force || txt.Text != s || txt.Color != p.fg || txt.TextSize != l.textSize
		txt.Text, txt.Color, txt.TextSize = s, p.fg, l.textSize
		txt.Move(fyne.NewPos(l.pad, l.pad+float32(i)*l.lineHeight))
		txt.Resize(fyne.NewSize(width, l.textHeight))
		if changed {
			txt.Refresh()
		}
		r.objects = append(r.objects, txt)
	}
}

func (r *textAreaRenderer) takeText() *canvas.Text {
	if n := len(r.spare); n > 0 {
		txt := r.spare[n-1]
		r.spare = r.spare[:n-1]
		return txt
	}
	return canvas.NewText("", nil)
}

// addMarks draws what goes over the text: underlines of pending highlights, the focused
// highlight's outline and the caret.
func (r *textAreaRenderer) addMarks(p *paints) {
	t := r.a.t
	l := &t.lay
	for _, f := range r.frags {
		if f.p.Style.Pending {
			r.addRect(p.line(f.p.Style), f.x0, f.bandTop+f.bandHeight-p.underline, f.x1-f.x0, p.underline)
		}
	}
	if t.focusedID != 0 {
		for _, f := range r.frags {
			if f.p.ID == t.focusedID {
				rc := r.addRect(color.Transparent, f.x0-1, f.top-1, f.x1-f.x0+2, l.textHeight+2)
				rc.StrokeColor, rc.StrokeWidth = p.fg, p.underline
			}
		}
	}
	if t.focused && len(l.lines) > 0 {
		li := lineOf(l.lines, t.caret)
		if li >= r.first && li <= r.last {
			x := l.pad + xAt(t.doc, l.lines[li], t.caret, l.measure)
			r.addRect(p.caret, x-p.caretWidth/2, l.pad+float32(li)*l.lineHeight, p.caretWidth, l.textHeight)
		}
	}
}

// addRect takes the next pooled rectangle, resets every property and adds it to the objects.
func (r *textAreaRenderer) addRect(fill color.Color, x, y, w, h float32) *canvas.Rectangle {
	if r.used == len(r.rects) {
		r.rects = append(r.rects, canvas.NewRectangle(nil))
	}
	rc := r.rects[r.used]
	r.used++
	rc.FillColor, rc.StrokeColor, rc.StrokeWidth, rc.CornerRadius = fill, nil, 0, 0
	rc.Move(fyne.NewPos(x, y))
	rc.Resize(fyne.NewSize(w, h))
	r.objects = append(r.objects, rc)
	return rc
}

// paints holds the colours and sizes of one rebuild, resolved from the widget's theme.
type paints struct {
	th                   fyne.Theme
	variant              fyne.ThemeVariant
	dark                 bool
	fg, selection, caret color.Color
	underline            float32
	caretWidth           float32
	hues                 map[fyne.ThemeColorName]color.NRGBA
}

func newPaints(t *AnnotatedText) *paints {
	th := t.Theme()
	v := theme.VariantLight
	if app := fyne.CurrentApp(); app != nil {
		v = app.Settings().ThemeVariant()
	}
	return &paints{
		th: th, variant: v, dark: isDark(th, v),
		fg:         th.Color(theme.ColorNameForeground, v),
		selection:  th.Color(theme.ColorNameSelection, v),
		caret:      th.Color(theme.ColorNamePrimary, v),
		underline:  2,
		caretWidth: max(th.Size(theme.SizeNameInputBorder), 2),
		hues:       make(map[fyne.ThemeColorName]color.NRGBA),
	}
}

func (p *paints) hue(n fyne.ThemeColorName) color.NRGBA {
	c, ok := p.hues[n]
	if !ok {
		c = resolveColor(p.th, n, p.variant)
		p.hues[n] = c
	}
	return c
}

// Fill opacities: an accepted highlight is solid, a pending one pale. A dark background needs more
// opacity for the same visible strength.
const (
	alphaAcceptedLight, alphaAcceptedDark = 0x66, 0x80
	alphaPendingLight, alphaPendingDark   = 0x24, 0x30
)

// fill returns the fill colour of a highlight drawn in st.
func (p *paints) fill(st HighlightStyle) color.Color {
	a := uint8(alphaAcceptedLight)
	switch {
	case st.Pending && p.dark:
		a = alphaPendingDark
	case st.Pending:
		a = alphaPendingLight
	case p.dark:
		a = alphaAcceptedDark
	}
	return withAlpha(p.hue(st.Color), a)
}

// line returns the opaque colour of a pending highlight's underline.
func (p *paints) line(st HighlightStyle) color.Color {
	return withAlpha(p.hue(st.Color), 0xff)
}
