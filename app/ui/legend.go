package ui

import (
	"fmt"
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"dossier/app"
	"dossier/widgets"
)

// typeColors gives every entity type its highlight hue: the one map from
// type to colour that the article text, the legend and the side panels use.
// Neighbouring name types get hues far apart on the wheel so that adjacent
// highlights stay distinguishable.
var typeColors = map[app.EntityType]fyne.ThemeColorName{
	app.TypePerson:  widgets.ColorNameHighlightBlue,
	app.TypeOrg:     widgets.ColorNameHighlightOrange,
	app.TypeLoc:     widgets.ColorNameHighlightGreen,
	app.TypeNORP:    widgets.ColorNameHighlightPurple,
	app.TypeDate:    widgets.ColorNameHighlightTeal,
	app.TypeEmail:   widgets.ColorNameHighlightPink,
	app.TypePhone:   widgets.ColorNameHighlightCyan,
	app.TypeURL:     widgets.ColorNameHighlightIndigo,
	app.TypeIP:      widgets.ColorNameHighlightRed,
	app.TypeMoney:   widgets.ColorNameHighlightLime,
	app.TypeHashtag: widgets.ColorNameHighlightAmber,
	app.TypeCrypto:  widgets.ColorNameHighlightYellow,
}

// typeColor is the hue of an entity type; an unknown type gets a neutral one.
func typeColor(t app.EntityType) fyne.ThemeColorName {
	if c, ok := typeColors[t]; ok {
		return c
	}
	return widgets.ColorNameHighlightYellow
}

// allTypes lists every entity type in key order: the name types (keys 1–5), then the selectors.
func allTypes() []app.EntityType {
	return append(append([]app.EntityType(nil), app.NameTypes...), app.SelectorTypes...)
}

// swatch is a small square of a theme colour. It resolves the colour on
// every refresh, so switching between light and dark re-colours it.
type swatch struct {
	widget.BaseWidget
	color fyne.ThemeColorName
}

func newSwatch(c fyne.ThemeColorName) *swatch {
	s := &swatch{color: c}
	s.ExtendBaseWidget(s)
	return s
}

// setColor changes the colour and redraws.
func (s *swatch) setColor(c fyne.ThemeColorName) {
	if s.color != c {
		s.color = c
		s.Refresh()
	}
}

// CreateRenderer is a private method to Fyne which links this widget to its renderer.
func (s *swatch) CreateRenderer() fyne.WidgetRenderer {
	r := &swatchRenderer{s: s, rect: canvas.NewRectangle(color.Transparent)}
	r.rect.CornerRadius = 3
	r.Refresh()
	return r
}

type swatchRenderer struct {
	s    *swatch
	rect *canvas.Rectangle
}

func (r *swatchRenderer) Destroy()                     {}
func (r *swatchRenderer) Layout(size fyne.Size)        { r.rect.Resize(size) }
func (r *swatchRenderer) MinSize() fyne.Size           { return fyne.NewSquareSize(12) }
func (r *swatchRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.rect} }

func (r *swatchRenderer) Refresh() {
	r.rect.FillColor = themeColor(r.s.Theme(), r.s.color)
	r.rect.Refresh()
}

// themeColor resolves a colour name in th, falling back to the highlight
// palette when th does not know the name (the test theme, a custom theme).
func themeColor(th fyne.Theme, n fyne.ThemeColorName) color.Color {
	v := fyne.CurrentApp().Settings().ThemeVariant()
	if c := th.Color(n, v); c != nil {
		if _, _, _, a := c.RGBA(); a != 0 {
			return c
		}
	}
	return widgets.HighlightTheme(nil).Color(n, v)
}

// legend shows each type's colour with how many mentions of it the open
// article has (rejected ones not counted). The name types are always
// listed with their keys; a selector type only when the article has one.
type legend struct {
	box *fyne.Container
}

func newLegend() *legend {
	return &legend{box: container.New(layout.NewRowWrapLayoutWithCustomPadding(0, 0))}
}

// update recounts the mentions and rebuilds the legend.
func (l *legend) update(ms []app.Mention) {
	counts := legendCounts(ms)
	l.box.RemoveAll()
	for i, t := range allTypes() {
		n := counts[t]
		if i >= len(app.NameTypes) && n == 0 {
			continue
		}
		label := fmt.Sprintf("%s %d", t, n)
		if i < len(app.NameTypes) {
			label = fmt.Sprintf("%d %s %d", i+1, t, n)
		}
		text := widget.NewLabel(label)
		text.SizeName = theme.SizeNameCaptionText
		l.box.Add(container.New(layout.NewCustomPaddedHBoxLayout(0), container.NewCenter(newSwatch(typeColor(t))), text))
	}
	l.box.Refresh()
}

// legendCounts counts the mentions shown in the text, per type.
func legendCounts(ms []app.Mention) map[app.EntityType]int {
	counts := make(map[app.EntityType]int)
	for _, m := range ms {
		if m.Status != app.StatusRejected {
			counts[m.Type]++
		}
	}
	return counts
}
