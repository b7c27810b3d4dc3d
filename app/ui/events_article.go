package ui

import (
	"fmt"
	"strings"
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"dossier/app"
)

// articleEventActions are the article view's two event actions, as
// buttons atop the side panel: a new event from the selection (key E) and
// the selection cited as evidence for an existing event.
func articleEventActions(v *articleView) fyne.CanvasObject {
	newEv := widget.NewButtonWithIcon("New event (E)", theme.ContentAddIcon(), func() { v.w.newEventFromArticle(v) })
	cite := widget.NewButtonWithIcon("Add selection as evidence…", theme.DocumentCreateIcon(), func() { v.w.citeFromArticle(v) })
	newEv.Alignment, cite.Alignment = widget.ButtonAlignLeading, widget.ButtonAlignLeading
	return container.NewVBox(newEv, cite, widget.NewSeparator())
}

// articleRune catches the event key before the article's own keys.
func articleRune(v *articleView) func(rune) {
	return func(r rune) {
		if r == 'e' || r == 'E' {
			v.w.newEventFromArticle(v)
			return
		}
		v.onRune(r)
	}
}

// eventSpan is what an event made in the article cites: the selection, or
// else the sentence around the current mention or the caret.
func eventSpan(v *articleView) (app.Span, bool) {
	if v.art.ID == 0 {
		return app.Span{}, false
	}
	if sp, ok := v.selection(); ok {
		return wholeWords(v.runes, sp), true
	}
	at := v.caret()
	if m, ok := v.currentMention(); ok {
		at = m.Start
	}
	return sentenceAround(v.runes, at)
}

// newEventFromArticle opens the event editor on a draft made from the
// selection (or sentence): it cites that span, and takes its title, date,
// place and participants from the text and the mentions inside it.
func (w *mainWindow) newEventFromArticle(v *articleView) {
	sp, ok := eventSpan(v)
	if !ok {
		w.updateStatus("Select the text that reports the event (or put the caret in its sentence), then press E")
		return
	}
	w.events.lastDraft = w.openEventDialog(draftEvent(v.art.ID, v.runes, v.ms, sp))
}

// draftEvent builds an event from a span of an article: the text becomes
// the title (the analyst shortens it), a type is guessed from its words,
// and the live mentions inside it give the date (the first resolved
// DATE), the place (the first LOC) and the participants (people,
// organisations and groups, in the role "other" until the analyst says).
func draftEvent(articleID int64, runes []rune, ms []app.Mention, sp app.Span) app.Event {
	text := string(runes[sp.Start:sp.End])
	ev := app.Event{Type: guessEventType(text), Title: capitalised(ellipsize(oneLine(text), 120)),
		Status: app.StatusAccepted, Casualties: app.Casualties{Killed: -1, Injured: -1},
		Evidence: []app.Evidence{{ArticleID: articleID, Span: sp, Quote: text}}}
	seen := map[int64]bool{}
	for _, m := range ms {
		if m.Status == app.StatusRejected || m.Start < sp.Start || m.End > sp.End {
			continue
		}
		switch {
		case m.Type == app.TypeDate && ev.Date.IsZero() && !m.Date.IsZero():
			ev.Date = m.Date
		case m.Type == app.TypeLoc && ev.LocationID == 0 && m.EntityID != 0:
			ev.LocationID = m.EntityID
		case (m.Type == app.TypePerson || m.Type == app.TypeOrg || m.Type == app.TypeNORP) && m.EntityID != 0 && !seen[m.EntityID]:
			seen[m.EntityID] = true
			ev.Participants = append(ev.Participants, app.Participant{EntityID: m.EntityID, Name: m.Text, Role: app.RoleOther})
		}
	}
	return ev
}

// capitalised makes the first letter upper case: a title cut from the
// middle of a sentence ("seized 40 rifles …") still reads as one.
func capitalised(s string) string {
	r := []rune(s)
	if len(r) > 0 {
		r[0] = unicode.ToUpper(r[0])
	}
	return string(r)
}

// eventCues are word beginnings that suggest an event type, most specific
// first. They only pre-fill the editor's menu; the analyst decides.
var eventCues = []struct {
	t     app.EventType
	stems []string
}{
	{app.EventBombing, []string{"bomb", "explosi", "blast", "detonat"}},
	{app.EventCyberIntrusion, []string{"hack", "intrusion", "breach", "ransomware", "malware", "phishing"}},
	{app.EventArrest, []string{"arrest", "detain", "custody"}},
	{app.EventVerdict, []string{"verdict", "convict", "sentenced", "acquit"}},
	{app.EventSanction, []string{"sanction", "designat"}},
	{app.EventSeizure, []string{"seiz", "confiscat", "impound"}},
	{app.EventAttack, []string{"attack", "assault", "raid", "ambush", "shooting", "stabbing"}},
	{app.EventClaim, []string{"claim"}},
	{app.EventWarning, []string{"warn", "threaten"}},
	{app.EventProtest, []string{"protest", "demonstrat", "rally"}},
	{app.EventElection, []string{"election", "ballot", "vote"}},
	{app.EventMeeting, []string{"met", "meeting", "summit", "talks"}},
}

// guessEventType picks the first type whose cue begins a word of text;
// OTHER when none does. "met" must be the whole word (not "metal").
func guessEventType(text string) app.EventType {
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) })
	for _, c := range eventCues {
		for _, w := range words {
			for _, stem := range c.stems {
				if w == stem || (len(stem) > 3 && strings.HasPrefix(w, stem)) {
					return c.t
				}
			}
		}
	}
	return app.EventOther
}

// wholeWords widens a span that starts or ends inside a word to the whole
// word: a citation quotes words, not the tail of one ("d 40 rifles").
func wholeWords(runes []rune, sp app.Span) app.Span {
	for sp.Start > 0 && sp.Start < len(runes) && isWordRune(runes[sp.Start-1]) && isWordRune(runes[sp.Start]) {
		sp.Start--
	}
	for sp.End < len(runes) && sp.End > 0 && isWordRune(runes[sp.End-1]) && isWordRune(runes[sp.End]) {
		sp.End++
	}
	return sp
}

// sentenceAround returns the sentence holding offset at: from after the
// previous sentence end (., ! or ? before white space, or a line break)
// to its own end, white space trimmed.
func sentenceAround(runes []rune, at int) (app.Span, bool) {
	n := len(runes)
	if n == 0 {
		return app.Span{}, false
	}
	at = min(max(at, 0), n-1)
	start := 0
	for i := at - 1; i >= 0; i-- {
		if runes[i] == '\n' {
			start = i + 1
			break
		}
		if end, ok := sentenceEnd(runes, i); ok && end <= at {
			start = end
			break
		}
	}
	end := n
	for j := at; j < n; j++ {
		if runes[j] == '\n' {
			end = j
			break
		}
		if e, ok := sentenceEnd(runes, j); ok {
			end = e
			break
		}
	}
	for start < end && unicode.IsSpace(runes[start]) {
		start++
	}
	for end > start && unicode.IsSpace(runes[end-1]) {
		end--
	}
	return app.Span{Start: start, End: end}, start < end
}

// sentenceEnd reports whether a sentence ends at runes[i] (a full stop,
// question or exclamation mark, with closing quotes or brackets after it,
// then white space or the end of the text), and where.
func sentenceEnd(runes []rune, i int) (int, bool) {
	if !strings.ContainsRune(".!?", runes[i]) {
		return 0, false
	}
	j := i + 1
	for j < len(runes) && strings.ContainsRune("\"'”’)]»", runes[j]) {
		j++
	}
	return j, j == len(runes) || unicode.IsSpace(runes[j])
}

// citeFromArticle asks which event the selection (or sentence) is
// evidence for, and cites it there.
func (w *mainWindow) citeFromArticle(v *articleView) {
	sp, ok := eventSpan(v)
	if !ok || w.cf == nil {
		w.updateStatus("Select the text to cite (or put the caret in its sentence) first")
		return
	}
	quote := string(v.runes[sp.Start:sp.End])
	ev := app.Evidence{ArticleID: v.art.ID, Span: sp}
	picker := newEventPicker(w, false)
	var dlg *dialog.CustomDialog
	cite := widget.NewButton("Cite", func() {
		id := picker.single()
		if id == 0 {
			return
		}
		dlg.Hide()
		w.doNamed(app.AddEvidence{EventID: id, Evidence: ev}, fmt.Sprintf("Cited “%s” as evidence", ellipsize(oneLine(quote), 50)))
		v.focusText()
	})
	cite.Importance = widget.HighImportance
	cite.Disable()
	picker.onChange = func() { setEnabled(cite, picker.single() != 0) }
	head := widget.NewLabel(fmt.Sprintf("Cite “%s” as evidence for:", ellipsize(oneLine(quote), 160)))
	head.Wrapping = fyne.TextWrapWord
	dlg = dialog.NewCustomWithoutButtons("Add selection as evidence", container.NewBorder(head, nil, nil, nil, picker.ui), w.win)
	dlg.SetButtons([]fyne.CanvasObject{widget.NewButton("Cancel", func() { dlg.Hide(); v.focusText() }), cite})
	dlg.Resize(fyne.NewSize(620, 520))
	w.events.lastCite = &citeDialog{picker: picker, cite: cite, dlg: dlg}
	dlg.Show()
	w.win.Canvas().Focus(picker.search)
}

// citeDialog is the open "Add selection as evidence" dialog (for tests).
type citeDialog struct {
	picker *eventPicker
	cite   *widget.Button
	dlg    *dialog.CustomDialog
}
