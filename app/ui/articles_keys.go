package ui

import (
	"fmt"
	"strings"
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"dossier/app"
)

// The article keys (Shortcuts in shortcuts.go lists them for people).
// Letters act the same in either case except A, where Shift+A (rune 'A')
// accepts every suggestion of the name.
func (v *articleView) onRune(r rune) {
	if v.art.ID == 0 {
		return
	}
	switch {
	case r >= '1' && r <= '5':
		v.applyType(app.NameTypes[r-'1'])
	case r == '6':
		v.chooseSelectorType()
	case r == 'a':
		v.setStatus(app.StatusAccepted)
	case r == 'A':
		v.acceptAll()
	case r == 'r' || r == 'R':
		v.setStatus(app.StatusRejected)
	case r == 'n' || r == 'N':
		v.step(1)
	case r == 'p' || r == 'P':
		v.step(-1)
	case r == 't' || r == 'T':
		v.tagEvery()
	}
}

// onKey handles the named keys the text passes on: Delete (or Backspace)
// removes a manual mention; Escape clears the selection, and a second
// Escape the current mention.
func (v *articleView) onKey(ev *fyne.KeyEvent) {
	if v.art.ID == 0 {
		return
	}
	switch ev.Name {
	case fyne.KeyDelete, fyne.KeyBackspace:
		v.deleteCurrent()
	case fyne.KeyEscape:
		if s, e := v.text.Selection(); s != e {
			v.text.SetSelection(e, e)
		} else {
			v.setCurrent(0)
		}
		v.updateHint()
	}
}

// selection returns the selected span with surrounding white space
// trimmed; ok is false when nothing but white space is selected.
func (v *articleView) selection() (app.Span, bool) {
	s, e := v.text.Selection()
	runes := v.runes
	for s < e && unicode.IsSpace(runes[s]) {
		s++
	}
	for e > s && unicode.IsSpace(runes[e-1]) {
		e--
	}
	return app.Span{Start: s, End: e}, s < e
}

// applyType tags the selection with t or, with nothing selected, retypes
// the current mention (the same type accepts it).
func (v *articleView) applyType(t app.EntityType) {
	if sp, ok := v.selection(); ok {
		v.tag(sp, t)
		return
	}
	m, ok := v.currentMention()
	switch {
	case !ok:
		v.w.updateStatus("Select some text to tag it, or click a highlight to retype it")
	case m.Type == t:
		v.setStatus(app.StatusAccepted)
	default:
		v.run(app.RetypeMention{MentionID: m.ID, Type: t})
	}
}

// chooseSelectorType pops up the selector types for the selection or the
// current mention (key 6); with neither there is nothing to type.
func (v *articleView) chooseSelectorType() {
	if _, sel := v.selection(); !sel {
		if _, ok := v.currentMention(); !ok {
			v.applyType(app.TypeEmail) // says what is missing
			return
		}
	}
	v.showTypeMenu("Selector type", app.SelectorTypes, v.applyType)
}

// tag adds a manual mention over sp, which becomes the current one.
func (v *articleView) tag(sp app.Span, t app.EntityType) {
	res, ok := v.run(app.AddMention{ArticleID: v.art.ID, Span: sp, Type: t})
	if ok {
		v.text.SetSelection(sp.End, sp.End)
		if len(res.IDs) > 0 {
			v.setCurrent(res.IDs[0])
		}
	}
}

// setStatus accepts or rejects the current mention.
func (v *articleView) setStatus(st app.Status) {
	m, ok := v.currentMention()
	if !ok {
		v.w.updateStatus("No mention chosen: click a highlight, or press N for the next suggestion")
		return
	}
	if m.Status == st {
		return
	}
	v.run(app.SetMentionStatus{MentionIDs: []int64{m.ID}, Status: st})
}

// acceptAll accepts, in one command, the current mention and every
// suggestion in the article with the same type and the same entity or text.
func (v *articleView) acceptAll() {
	cur, ok := v.currentMention()
	if !ok {
		v.setStatus(app.StatusAccepted) // says what is missing
		return
	}
	var ids []int64
	for _, m := range v.ms {
		if m.ID == cur.ID && m.Status != app.StatusAccepted || m.Status == app.StatusSuggested && sameName(cur, m) {
			ids = append(ids, m.ID)
		}
	}
	if len(ids) == 0 {
		v.w.updateStatus(fmt.Sprintf("No suggestions of “%s” left to accept", cur.Text))
		return
	}
	v.run(app.SetMentionStatus{MentionIDs: ids, Status: app.StatusAccepted})
}

// sameName reports whether two mentions name the same thing as far as
// Shift+A is concerned: the same type and entity, or the same type and text.
func sameName(a, b app.Mention) bool {
	if a.Type != b.Type {
		return false
	}
	if a.EntityID != 0 && a.EntityID == b.EntityID {
		return true
	}
	return strings.EqualFold(strings.TrimSpace(a.Text), strings.TrimSpace(b.Text))
}

// tagEvery tags every whole-word occurrence of the selected text (or of
// the current mention's text) in the article, as one command. A selection
// that is exactly a mention takes its type and entity; any other selection
// asks for the type first.
func (v *articleView) tagEvery() {
	sp, hasSel := v.selection()
	if !hasSel {
		m, ok := v.currentMention()
		if !ok {
			v.w.updateStatus("Select some text, or click a highlight, to tag every occurrence of it")
			return
		}
		v.tagAll(m.Span, m.Type, m.EntityID)
		return
	}
	for _, m := range v.ms {
		if m.Span == sp && m.Status != app.StatusRejected {
			v.tagAll(sp, m.Type, m.EntityID)
			return
		}
	}
	v.showTypeMenu("Tag every occurrence as", allTypes(), func(t app.EntityType) { v.tagAll(sp, t, 0) })
}

// tagAll runs AddMentions over the occurrences of the text at sp that are
// not tagged with t yet.
func (v *articleView) tagAll(sp app.Span, t app.EntityType, entityID int64) {
	runes := v.runes
	needle := string(runes[sp.Start:sp.End])
	var spans []app.Span
	for _, o := range wholeWordOccurrences(runes, []rune(needle)) {
		if !v.taggedAs(o, t) {
			spans = append(spans, o)
		}
	}
	if len(spans) == 0 {
		v.w.updateStatus(fmt.Sprintf("Every “%s” is already tagged %s", needle, t))
		return
	}
	cmd := app.AddMentions{ArticleID: v.art.ID, Spans: spans, Type: t, EntityID: entityID}
	if entityID == 0 {
		cmd.Name = needle
	}
	if _, ok := v.run(cmd); ok {
		v.text.SetSelection(sp.End, sp.End)
		v.w.updateStatus(fmt.Sprintf("Tagged %d × “%s” as %s — Ctrl+Z to undo", len(spans), needle, t))
	}
}

// taggedAs reports whether a live mention of type t covers exactly sp.
func (v *articleView) taggedAs(sp app.Span, t app.EntityType) bool {
	for _, m := range v.ms {
		if m.Span == sp && m.Type == t && m.Status != app.StatusRejected {
			return true
		}
	}
	return false
}

// wholeWordOccurrences finds needle in text where it is not part of a
// longer word: the code points before and after are not letters or digits.
// Matching is case-sensitive, because case tells names from words ("May").
func wholeWordOccurrences(text, needle []rune) []app.Span {
	if len(needle) == 0 {
		return nil
	}
	var out []app.Span
	for i := 0; i+len(needle) <= len(text); i++ {
		if !runesAt(text, i, needle) {
			continue
		}
		end := i + len(needle)
		if (i > 0 && isWordRune(text[i-1]) && isWordRune(needle[0])) ||
			(end < len(text) && isWordRune(text[end]) && isWordRune(needle[len(needle)-1])) {
			continue
		}
		out = append(out, app.Span{Start: i, End: end})
		i = end - 1
	}
	return out
}

func runesAt(text []rune, i int, needle []rune) bool {
	for k, r := range needle {
		if text[i+k] != r {
			return false
		}
	}
	return true
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) }

// deleteCurrent removes the current mention when it was made by hand.
func (v *articleView) deleteCurrent() {
	m, ok := v.currentMention()
	switch {
	case !ok:
		v.w.updateStatus("No mention chosen: click a highlight first")
	case m.Origin != app.OriginManual:
		v.w.updateStatus(fmt.Sprintf("“%s” was suggested by the extractor: press R to reject it", m.Text))
	default:
		v.run(app.DeleteMention{MentionID: m.ID})
	}
}

// run applies a command through the shell and gives the keyboard back to the text.
func (v *articleView) run(cmd app.Command) (app.Result, bool) {
	res, ok := v.w.do(cmd)
	v.focusText()
	return res, ok
}

// showTypeMenu pops up a menu of types near the text; choosing one calls pick.
func (v *articleView) showTypeMenu(title string, types []app.EntityType, pick func(app.EntityType)) {
	items := []*fyne.MenuItem{fyne.NewMenuItem(title, nil)}
	items[0].Disabled = true
	for _, t := range types {
		items = append(items, fyne.NewMenuItem(string(t), func() { pick(t); v.focusText() }))
	}
	menu := fyne.NewMenu(title, items...)
	v.typeMenu = menu
	c := v.w.win.Canvas()
	pop := widget.NewPopUpMenu(menu, c)
	pop.OnDismiss = func() { pop.Hide(); v.focusText() }
	v.typePop = pop
	pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(v.text)
	pop.ShowAtPosition(pos.Add(fyne.NewPos(v.text.Size().Width/3, 40)))
}

// updateHint says what the keys would do now.
func (v *articleView) updateHint() {
	if v.art.ID == 0 {
		v.hint.SetText("")
		return
	}
	if sp, ok := v.selection(); ok {
		v.hint.SetText(fmt.Sprintf("“%s” selected — 1–5 or 6 to tag it, T to tag every occurrence, Esc to clear",
			ellipsize(string(v.runes[sp.Start:sp.End]), 40)))
		return
	}
	if m, ok := v.currentMention(); ok {
		v.hint.SetText(fmt.Sprintf("“%s” %s, %s — A accept · R reject · 1–6 retype · Shift+A accept all · N/P next/previous",
			ellipsize(m.Text, 30), m.Type, m.Status))
		return
	}
	v.hint.SetText("Click a highlight or press N for the next suggestion; select text and press 1–5 to tag it")
}

// ellipsize shortens s to at most n code points.
func ellipsize(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
