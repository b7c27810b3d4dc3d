package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// entitiesScreen lists entities and shows one. (Being built.)
type entitiesScreen struct {
	w  *mainWindow
	ui fyne.CanvasObject
}

func newEntitiesScreen(w *mainWindow) *entitiesScreen {
	return &entitiesScreen{w: w, ui: widget.NewLabel("Entities")}
}

func (s *entitiesScreen) reload()  {}
func (s *entitiesScreen) changed() {}
