package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"dossier/widgets"
)

const themeKey = "theme" // "light", "dark" or "" (follow the system)

// variantTheme forces a light or dark variant on a base theme.
type variantTheme struct {
	fyne.Theme
	variant fyne.ThemeVariant
}

func (t variantTheme) Color(n fyne.ThemeColorName, _ fyne.ThemeVariant) color.Color {
	return t.Theme.Color(n, t.variant)
}

// applyTheme sets the app theme from the preference: the default theme with
// the highlight colours, forced light or dark when the analyst chose one.
func applyTheme(a fyne.App) {
	base := widgets.HighlightTheme(theme.DefaultTheme())
	switch a.Preferences().String(themeKey) {
	case "light":
		base = variantTheme{base, theme.VariantLight}
	case "dark":
		base = variantTheme{base, theme.VariantDark}
	}
	a.Settings().SetTheme(base)
}

// setTheme stores the choice and applies it.
func setTheme(a fyne.App, choice string) {
	a.Preferences().SetString(themeKey, choice)
	applyTheme(a)
}
