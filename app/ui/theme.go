package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"dossier/widgets"
)

const themeKey = "theme" // "light", "dark" or "" (follow the system)

// applyTheme sets the app theme from the preference: the default theme with
// the highlight colours, forced light or dark when the analyst chose one.
func applyTheme(a fyne.App) {
	base := widgets.HighlightTheme(theme.DefaultTheme())
	switch a.Preferences().String(themeKey) {
	case "light":
		base = widgets.ForcedVariant(base, theme.VariantLight)
	case "dark":
		base = widgets.ForcedVariant(base, theme.VariantDark)
	}
	a.Settings().SetTheme(base)
}

// setTheme stores the choice and applies it.
func setTheme(a fyne.App, choice string) {
	a.Preferences().SetString(themeKey, choice)
	applyTheme(a)
}
