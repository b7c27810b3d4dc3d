package ui

import (
	"context"

	"dossier/app"
)

// do applies a command to the open case file — the one path every button,
// key and menu item takes to change anything — then refreshes the screens
// and names the change in the status bar. It returns false (after showing
// the store's plain message) when the command failed.
func (w *mainWindow) do(cmd app.Command) (app.Result, bool) {
	if w.cf == nil {
		return app.Result{}, false
	}
	res, err := w.cf.Do(context.Background(), cmd)
	if err != nil {
		showError(w.win, cmd.CommandName(), err)
		return res, false
	}
	w.changed()
	w.updateStatus("Done: " + describe(cmd) + " — Ctrl+Z to undo")
	return res, true
}

// changed refreshes what depends on the case file's content after a command,
// an undo or a redo.
func (w *mainWindow) changed() {
	for _, s := range w.screens() {
		s.changed()
	}
}

// describe is a short human name for a command, for the status bar.
func describe(cmd app.Command) string {
	switch c := cmd.(type) {
	case app.SetMentionStatus:
		return string(c.Status) + " mention"
	case app.AddMention:
		return "tag " + string(c.Type)
	default:
		return cmd.CommandName()
	}
}
