package ui

import (
	"context"
	"sort"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"dossier/app"
	"dossier/widgets"
)

// articleView is the open article: its annotated text with the legend
// above, and the side panel (inspector, mentions grouped by entity,
// metadata). It keeps the "current" mention — the focused highlight that
// the keys act on — across refreshes.
type articleView struct {
	w         *mainWindow
	ui        fyne.CanvasObject
	text      *widgets.AnnotatedText
	title     *widget.Label
	hint      *widget.Label
	legend    *legend
	inspector *inspector
	mentions  *mentionPanel
	meta      *metaPanel
	tabs      *container.AppTabs

	art     app.Article // ID 0 when no article is open
	runes   []rune      // art.Text as code points, for span maths
	ms      []app.Mention
	index   map[int64]int // mention id -> position in ms
	names   map[int64]string
	current int64 // the current mention's id; 0 for none

	typeMenu *fyne.Menu        // the type menu last popped up (6, T), for tests
	typePop  *widget.PopUpMenu // and its pop-up
}

func newArticleView(w *mainWindow) *articleView {
	v := &articleView{w: w, legend: newLegend()}
	v.text = widgets.NewAnnotatedText("")
	v.text.OnTapped = v.onTapped
	v.text.OnSelectionChanged = func(int, int) { v.updateHint() }
	v.text.OnTypedRune = articleRune(v) // E makes an event, then the article keys
	v.text.OnTypedKey = v.onKey
	v.title = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	v.title.Truncation = fyne.TextTruncateEllipsis
	v.hint = widget.NewLabel("")
	v.hint.Importance = widget.LowImportance
	v.hint.Truncation = fyne.TextTruncateEllipsis
	v.inspector = newInspector(v)
	v.mentions = newMentionPanel(v)
	v.meta = newMetaPanel(v)
	v.tabs = container.NewAppTabs(
		container.NewTabItem("Mentions", v.mentions.ui),
		container.NewTabItem("Details", v.meta.ui))
	head := container.NewVBox(v.title, v.legend.box, v.hint)
	center := container.NewBorder(head, nil, nil, nil, v.text)
	side := container.NewVSplit(container.NewBorder(articleEventActions(v), nil, nil, nil, container.NewVScroll(v.inspector.ui)), v.tabs)
	side.Offset = 0.45
	split := container.NewHSplit(center, side)
	split.Offset = 0.62
	v.ui = split
	return v
}

// load opens article id; false (after showing why) when it cannot be read.
func (v *articleView) load(id int64) bool {
	if v.w.cf == nil {
		return false
	}
	art, err := v.w.cf.Article(context.Background(), id)
	if err != nil {
		showError(v.w.win, "Open article", err)
		return false
	}
	ms, err := v.w.cf.Mentions(context.Background(), app.MentionFilter{ArticleID: id})
	if err != nil {
		showError(v.w.win, "Open article", err)
		return false
	}
	v.art, v.current, v.names, v.runes = art, 0, nil, []rune(art.Text)
	v.title.SetText(art.Title)
	v.text.SetText(art.Text)
	v.text.SetFocusedHighlight(0)
	v.setMentions(ms)
	v.meta.show(art, true)
	return true
}

// clear forgets the open article.
func (v *articleView) clear() {
	v.art, v.ms, v.index, v.names, v.current, v.runes = app.Article{}, nil, nil, nil, 0, nil
	v.text.SetHighlights(nil)
	v.text.SetText("")
}

// refresh re-reads the open article's metadata and mentions after a
// command, keeping the scroll position, the selection and the current
// mention. It reports false when the article is gone (an undone import).
func (v *articleView) refresh() bool {
	if v.art.ID == 0 || v.w.cf == nil {
		return false
	}
	ctx := context.Background()
	art, err := v.w.cf.Article(ctx, v.art.ID)
	if app.ErrorCode(err) == app.ENOTFOUND {
		return false
	}
	var ms []app.Mention
	if err == nil {
		ms, err = v.w.cf.Mentions(ctx, app.MentionFilter{ArticleID: v.art.ID})
	}
	if err != nil {
		showError(v.w.win, "Refresh article", err)
		return true
	}
	if art.Text != v.art.Text { // never happens (texts are immutable), but keep the view honest
		v.text.SetText(art.Text)
		v.runes = []rune(art.Text)
	}
	v.art, v.names = art, nil
	v.title.SetText(art.Title)
	v.setMentions(ms)
	v.meta.show(art, false)
	return true
}

// setMentions shows a new set of mentions: highlights, legend, panels.
func (v *articleView) setMentions(ms []app.Mention) {
	prev, hadPrev := v.currentMention()
	v.ms = ms
	v.index = make(map[int64]int, len(ms))
	for i, m := range ms {
		v.index[m.ID] = i
	}
	if _, ok := v.index[v.current]; !ok {
		v.current = 0
		if hadPrev { // replaced (a re-extraction, an undo): follow the span
			v.current = v.mentionOver(prev.Span, prev.Type)
		}
	}
	v.text.SetHighlights(highlightsOf(ms))
	if v.text.FocusedHighlight() != v.current {
		v.text.SetFocusedHighlight(v.current)
	}
	v.legend.update(ms)
	v.mentions.update()
	v.inspector.update()
	v.updateHint()
}

// highlightsOf maps mentions to highlights: one hue per type, suggestions
// pending; rejected mentions are not drawn.
func highlightsOf(ms []app.Mention) []widgets.Highlight {
	hs := make([]widgets.Highlight, 0, len(ms))
	for _, m := range ms {
		if m.Status == app.StatusRejected {
			continue
		}
		hs = append(hs, widgets.Highlight{Start: m.Start, End: m.End, ID: m.ID,
			Style: widgets.HighlightStyle{Color: typeColor(m.Type), Pending: m.Status == app.StatusSuggested}})
	}
	return hs
}

// mentionOver returns the id of a mention of type t over exactly sp, live ones first; 0 if none.
func (v *articleView) mentionOver(sp app.Span, t app.EntityType) int64 {
	var found int64
	for _, m := range v.ms {
		if m.Span == sp && m.Type == t {
			if m.Status != app.StatusRejected {
				return m.ID
			}
			found = m.ID
		}
	}
	return found
}

// mention returns the open article's mention with this id.
func (v *articleView) mention(id int64) (app.Mention, bool) {
	i, ok := v.index[id]
	if !ok || id == 0 {
		return app.Mention{}, false
	}
	return v.ms[i], true
}

// currentMention returns the mention the keys act on.
func (v *articleView) currentMention() (app.Mention, bool) { return v.mention(v.current) }

// setCurrent makes mention id (0: none) the current one and scrolls it into view.
func (v *articleView) setCurrent(id int64) {
	if _, ok := v.mention(id); !ok {
		id = 0
	}
	v.current = id
	v.text.SetFocusedHighlight(id)
	if m, ok := v.mention(id); ok {
		v.text.ScrollTo(m.Start) // also for rejected mentions, which have no highlight
	}
	v.inspector.update()
	v.mentions.showCurrent()
	v.updateHint()
}

func (v *articleView) onTapped(_ int, hits []widgets.Highlight) {
	if len(hits) > 0 {
		v.setCurrent(hits[0].ID)
		return
	}
	v.setCurrent(0)
}

// step moves the current mention to the next (dir > 0) or previous
// suggestion in text order, wrapping around; without a current mention it
// starts from the caret.
func (v *articleView) step(dir int) {
	var sugg []app.Mention
	for _, m := range v.ms {
		if m.Status == app.StatusSuggested {
			sugg = append(sugg, m)
		}
	}
	if len(sugg) == 0 {
		v.w.updateStatus("No suggestions left in this article")
		return
	}
	from, fromID := v.caret(), int64(0)
	if m, ok := v.currentMention(); ok {
		from, fromID = m.Start, m.ID
	}
	after := func(m app.Mention) bool { return m.Start > from || (m.Start == from && m.ID > fromID) }
	if fromID == 0 { // from the caret: a suggestion starting there counts as the next
		after = func(m app.Mention) bool { return m.Start >= from }
	}
	i := sort.Search(len(sugg), func(i int) bool { return after(sugg[i]) })
	if dir > 0 {
		v.setCurrent(sugg[i%len(sugg)].ID)
		return
	}
	i-- // the last one before
	if fromID != 0 && i >= 0 && sugg[i].ID == fromID {
		i--
	}
	v.setCurrent(sugg[(i+len(sugg))%len(sugg)].ID)
}

// caret is the offset of the caret (the selection's start).
func (v *articleView) caret() int {
	s, _ := v.text.Selection()
	return s
}

// reveal brings a span into view: the mention there becomes current, or
// else the span is selected.
func (v *articleView) reveal(span app.Span) {
	for _, m := range v.ms {
		if m.Span == span {
			v.setCurrent(m.ID)
			return
		}
	}
	v.text.SetSelection(span.Start, span.End)
	v.text.ScrollTo(span.Start)
	v.updateHint()
}

// entityName returns an entity's canonical name, cached until the next refresh.
func (v *articleView) entityName(id int64) string {
	if id == 0 || v.w.cf == nil {
		return ""
	}
	if n, ok := v.names[id]; ok {
		return n
	}
	if v.names == nil {
		v.names = make(map[int64]string)
	}
	e, err := v.w.cf.Entity(context.Background(), id)
	if err != nil {
		v.names[id] = ""
		return ""
	}
	v.names[id] = e.Name
	return e.Name
}

// focusText gives the keyboard to the text, where the keys act.
func (v *articleView) focusText() {
	if c := v.w.win.Canvas(); c != nil {
		c.Focus(v.text)
	}
}
