package ui

import (
	"context"
	"fmt"

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
		verb := map[app.Status]string{app.StatusAccepted: "accepted", app.StatusRejected: "rejected", app.StatusSuggested: "reopened"}[c.Status]
		if len(c.MentionIDs) == 1 {
			return verb + " mention"
		}
		return fmt.Sprintf("%s %d mentions", verb, len(c.MentionIDs))
	case app.AddMention:
		return "tagged " + string(c.Type)
	case app.AddMentions:
		return fmt.Sprintf("tagged %d occurrences as %s", len(c.Spans), c.Type)
	case app.RetypeMention:
		return "retyped mention as " + string(c.Type)
	}
	if name, ok := commandNames[cmd.CommandName()]; ok {
		return name
	}
	return cmd.CommandName()
}

// commandNames are the status-bar names of commands without details.
var commandNames = map[string]string{
	"article.set":          "article metadata changed",
	"mention.link":         "mention linked",
	"mention.note":         "mention note saved",
	"mention.delete":       "mention removed",
	"entity.create":        "entity created",
	"entity.rename":        "entity renamed",
	"entity.notes":         "entity notes saved",
	"entity.merge":         "entities merged",
	"entity.split":         "alias split out",
	"entity.dismiss-merge": "merge suggestion dismissed",
}
