package ui

import "fyne.io/fyne/v2"

const recentKey = "recentFiles"
const maxRecent = 8

// recentFiles lists the case files opened last, newest first (Fyne preferences).
func recentFiles(a fyne.App) []string {
	return a.Preferences().StringList(recentKey)
}

func firstRecent(a fyne.App) string {
	if r := recentFiles(a); len(r) > 0 {
		return r[0]
	}
	return ""
}

// addRecent puts path first in the recent list, without duplicates.
func addRecent(a fyne.App, path string) {
	list := []string{path}
	for _, p := range recentFiles(a) {
		if p != path && len(list) < maxRecent {
			list = append(list, p)
		}
	}
	a.Preferences().SetStringList(recentKey, list)
}
