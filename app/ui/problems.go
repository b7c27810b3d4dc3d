package ui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"
)

// showProblems lists an import's one-line problems in a scrollable dialog.
func showProblems(win fyne.Window, problems []string) {
	l := widget.NewLabel(strings.Join(problems, "\n"))
	l.Wrapping = fyne.TextWrapWord
	sc := container.NewVScroll(l)
	sc.SetMinSize(fyne.NewSize(560, 240))
	dialog.ShowCustom("Some files were not imported", "Close", sc, win)
}
