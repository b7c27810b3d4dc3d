package widgets

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// The twelve highlight colours the widgets package defines. They name hues, not meanings: the caller
// decides which kind of span gets which hue. HighlightTheme resolves them with a light and a dark
// variant; any other fyne.ThemeColorName can be used as a highlight colour too.
const (
	ColorNameHighlightRed    fyne.ThemeColorName = "dossier.hl.red"
	ColorNameHighlightOrange fyne.ThemeColorName = "dossier.hl.orange"
	ColorNameHighlightAmber  fyne.ThemeColorName = "dossier.hl.amber"
	ColorNameHighlightYellow fyne.ThemeColorName = "dossier.hl.yellow"
	ColorNameHighlightLime   fyne.ThemeColorName = "dossier.hl.lime"
	ColorNameHighlightGreen  fyne.ThemeColorName = "dossier.hl.green"
	ColorNameHighlightTeal   fyne.ThemeColorName = "dossier.hl.teal"
	ColorNameHighlightCyan   fyne.ThemeColorName = "dossier.hl.cyan"
	ColorNameHighlightBlue   fyne.ThemeColorName = "dossier.hl.blue"
	ColorNameHighlightIndigo fyne.ThemeColorName = "dossier.hl.indigo"
	ColorNameHighlightPurple fyne.ThemeColorName = "dossier.hl.purple"
	ColorNameHighlightPink   fyne.ThemeColorName = "dossier.hl.pink"
)

// highlightHue holds one hue's colour in each theme variant. Light variants are mid-tones that read
// well as a translucent fill under dark text; dark variants are lighter so that underlines stay
// visible on a dark background while the translucent fill keeps light text readable.
type highlightHue struct {
	light, dark color.NRGBA
}

func rgb(r, g, b uint8) color.NRGBA { return color.NRGBA{R: r, G: g, B: b, A: 0xff} }

var highlightPalette = map[fyne.ThemeColorName]highlightHue{
	ColorNameHighlightRed:    {rgb(0xe5, 0x39, 0x35), rgb(0xef, 0x6c, 0x6c)},
	ColorNameHighlightOrange: {rgb(0xf5, 0x7c, 0x00), rgb(0xff, 0xa7, 0x4d)},
	ColorNameHighlightAmber:  {rgb(0xff, 0xb3, 0x00), rgb(0xff, 0xd5, 0x4f)},
	ColorNameHighlightYellow: {rgb(0xf2, 0xd0, 0x00), rgb(0xff, 0xf1, 0x76)},
	ColorNameHighlightLime:   {rgb(0x9e, 0xc2, 0x1f), rgb(0xd4, 0xe1, 0x57)},
	ColorNameHighlightGreen:  {rgb(0x43, 0xa0, 0x47), rgb(0x81, 0xc7, 0x84)},
	ColorNameHighlightTeal:   {rgb(0x00, 0x89, 0x7b), rgb(0x4d, 0xb6, 0xac)},
	ColorNameHighlightCyan:   {rgb(0x00, 0xac, 0xc1), rgb(0x4d, 0xd0, 0xe1)},
	ColorNameHighlightBlue:   {rgb(0x1e, 0x88, 0xe5), rgb(0x64, 0xb5, 0xf6)},
	ColorNameHighlightIndigo: {rgb(0x39, 0x49, 0xab), rgb(0x8c, 0x9e, 0xff)},
	ColorNameHighlightPurple: {rgb(0x8e, 0x24, 0xaa), rgb(0xce, 0x93, 0xd8)},
	ColorNameHighlightPink:   {rgb(0xd8, 0x1b, 0x60), rgb(0xf4, 0x8f, 0xb1)},
}

// HighlightColorNames returns the twelve highlight colour names in a stable order (red to pink), so a
// caller can hand them out to its kinds of span.
func HighlightColorNames() []fyne.ThemeColorName {
	return []fyne.ThemeColorName{
		ColorNameHighlightRed, ColorNameHighlightOrange, ColorNameHighlightAmber, ColorNameHighlightYellow,
		ColorNameHighlightLime, ColorNameHighlightGreen, ColorNameHighlightTeal, ColorNameHighlightCyan,
		ColorNameHighlightBlue, ColorNameHighlightIndigo, ColorNameHighlightPurple, ColorNameHighlightPink,
	}
}

// HighlightTheme wraps base so that it also resolves the highlight colour names, with a light and a
// dark variant each. Every other colour, font, icon and size comes from base (theme.DefaultTheme()
// when base is nil). Set it with app.Settings().SetTheme(widgets.HighlightTheme(theme.DefaultTheme())).
func HighlightTheme(base fyne.Theme) fyne.Theme {
	if base == nil {
		base = theme.DefaultTheme()
	}
	return &highlightTheme{Theme: base}
}

type highlightTheme struct {
	fyne.Theme
}

// Color returns the highlight colour for one of our names and defers to the wrapped theme otherwise.
func (h *highlightTheme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	if c, ok := paletteColor(n, v); ok {
		return c
	}
	return h.Theme.Color(n, v)
}

func paletteColor(n fyne.ThemeColorName, v fyne.ThemeVariant) (color.NRGBA, bool) {
	hue, ok := highlightPalette[n]
	if !ok {
		return color.NRGBA{}, false
	}
	if v == theme.VariantDark {
		return hue.dark, true
	}
	return hue.light, true
}

// ForcedVariant wraps base so that its colours always come in variant v, whatever the variant
// asked for: for a light or dark choice that overrides the desktop's, and for tests and demos.
func ForcedVariant(base fyne.Theme, v fyne.ThemeVariant) fyne.Theme {
	return forcedVariant{Theme: base, variant: v}
}

type forcedVariant struct {
	fyne.Theme
	variant fyne.ThemeVariant
}

// Color returns the wrapped theme's colour in the forced variant.
func (f forcedVariant) Color(n fyne.ThemeColorName, _ fyne.ThemeVariant) color.Color {
	return f.Theme.Color(n, f.variant)
}

// resolveColor looks n up in th, falling back to the built-in palette when the theme does not know the
// name (Fyne's themes answer transparent or nil), so the widget also works without HighlightTheme; the
// fallback picks the variant from the theme's background rather than from the settings.
func resolveColor(th fyne.Theme, n fyne.ThemeColorName, v fyne.ThemeVariant) color.NRGBA {
	c := th.Color(n, v)
	if c != nil {
		if _, _, _, a := c.RGBA(); a != 0 {
			return color.NRGBAModel.Convert(c).(color.NRGBA)
		}
	}
	fallback := theme.VariantLight
	if isDark(th, v) {
		fallback = theme.VariantDark
	}
	p, _ := paletteColor(n, fallback)
	return p
}

// withAlpha returns c with its alpha replaced, as a non-premultiplied colour.
func withAlpha(c color.NRGBA, a uint8) color.NRGBA {
	c.A = a
	return c
}

// isDark reports whether the theme's background is dark in variant v. Fills need more opacity on a
// dark background to read as strongly, and the palette fallback picks its variant from it.
func isDark(th fyne.Theme, v fyne.ThemeVariant) bool {
	bg := th.Color(theme.ColorNameBackground, v)
	if bg == nil {
		return v == theme.VariantDark
	}
	r, g, b, _ := bg.RGBA()
	// Rec. 601 luma on 16-bit channels.
	return (299*r+587*g+114*b)/1000 < 0x8000
}
