package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"
)

// Shortcut is one line of the keyboard reference: the keys and what they do.
type Shortcut struct{ Keys, Action string }

// ShortcutGroup is a titled part of the keyboard reference.
type ShortcutGroup struct {
	Title string
	Keys  []Shortcut
}

// Shortcuts is the keyboard reference shown by Help › Keyboard Shortcuts.
// The README carries the same table (a test keeps them in step).
var Shortcuts = []ShortcutGroup{
	{"Everywhere", []Shortcut{
		{"Ctrl+O", "open a case file"},
		{"Ctrl+I", "import files"},
		{"Ctrl+Z", "undo the last change"},
		{"Ctrl+Shift+Z or Ctrl+Y", "redo"},
		{"Ctrl+F", "find: filter articles by full-text search"},
		{"Ctrl+Q", "quit"},
	}},
	{"Reading an article", []Shortcut{
		{"1 2 3 4 5", "tag the selection PERSON, ORG, LOC, NORP, DATE — or retype the current mention"},
		{"6", "tag the selection (or retype the mention) as a selector: EMAIL, PHONE, URL, IP, MONEY …"},
		{"A", "accept the current mention (its own type key accepts it too)"},
		{"R", "reject the current mention"},
		{"Shift+A", "accept every suggestion of this name in the article"},
		{"N / P", "next / previous suggestion"},
		{"T", "tag every occurrence of the selected text in the article"},
		{"E", "new event from the selection, or from the sentence at the caret"},
		{"Delete or Backspace", "remove the current manual mention"},
		{"Shift+arrows", "extend the selection"},
		{"Escape", "clear the selection; again: leave the current mention"},
		{"Ctrl+C / Ctrl+A", "copy the selection / select all"},
	}},
}

// showShortcuts opens the keyboard reference.
func showShortcuts(win fyne.Window) {
	form := container.NewVBox()
	for _, g := range Shortcuts {
		form.Add(widget.NewLabelWithStyle(g.Title, fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
		grid := container.NewGridWithColumns(2)
		for _, k := range g.Keys {
			grid.Add(widget.NewLabelWithStyle(k.Keys, fyne.TextAlignLeading, fyne.TextStyle{Monospace: true}))
			l := widget.NewLabel(k.Action)
			l.Wrapping = fyne.TextWrapWord
			grid.Add(l)
		}
		form.Add(grid)
	}
	sc := container.NewVScroll(form)
	sc.SetMinSize(fyne.NewSize(640, 460))
	dialog.ShowCustom("Keyboard Shortcuts", "Close", sc, win)
}
