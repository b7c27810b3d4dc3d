package ui

import (
	"context"
	"strconv"
	"strings"

	"dossier/app"
)

// kwicWidth is how many code points of context a keyword-in-context line
// shows on each side of a mention.
const kwicWidth = 40

// kwicPageSize is how many KWIC rows are computed together: the articles of
// a page are read once for all its rows.
const kwicPageSize = 50

// kwicMaxPages bounds the computed rows kept in memory for a long entity.
const kwicMaxPages = 40

// kwicText is an article's text indexed by code point, so spans (which are
// code points, DESIGN invariant 2) cut it in O(1).
type kwicText struct {
	text string
	offs []int // byte offset of each code point, then len(text)
}

func newKwicText(text string) kwicText {
	offs := make([]int, 0, len(text)+1)
	for i := range text {
		offs = append(offs, i)
	}
	return kwicText{text: text, offs: append(offs, len(text))}
}

// chars is the text's length in code points.
func (t kwicText) chars() int { return len(t.offs) - 1 }

// line cuts the keyword and up to width code points of context on each side
// out of the text. Context is cut at a word boundary when one is near,
// white space (line breaks included) is collapsed, and a cut is marked "…".
// ok is false when the span is not inside the text.
func (t kwicText) line(sp app.Span, width int) (left, kw, right string, ok bool) {
	if !sp.Valid(t.chars()) {
		return "", "", "", false
	}
	from := max(0, sp.Start-width)
	to := min(t.chars(), sp.End+width)
	left = t.text[t.offs[from]:t.offs[sp.Start]]
	kw = t.text[t.offs[sp.Start]:t.offs[sp.End]]
	right = t.text[t.offs[sp.End]:t.offs[to]]
	if from > 0 {
		left = "…" + dropPartialWord(left, true)
	}
	if to < t.chars() {
		right = dropPartialWord(right, false) + "…"
	}
	return collapseSpace(left), collapseSpace(kw), collapseSpace(right), true
}

// dropPartialWord removes the word cut in half at the start (atStart) or
// end of s, when s has a space to cut at.
func dropPartialWord(s string, atStart bool) string {
	if atStart {
		if i := strings.IndexAny(s, " \n\t"); i >= 0 && i < len(s)-1 {
			return s[i:]
		}
		return s
	}
	if i := strings.LastIndexAny(s, " \n\t"); i > 0 {
		return s[:i+1]
	}
	return s
}

// collapseSpace turns every run of white space into one space but keeps a
// leading and a trailing one, which separate the context from the keyword.
func collapseSpace(s string) string {
	if s == "" {
		return s
	}
	inner := strings.Join(strings.Fields(s), " ")
	if isSpaceByte(s[0]) && inner != "" {
		inner = " " + inner
	}
	if isSpaceByte(s[len(s)-1]) {
		inner += " "
	}
	return inner
}

func isSpaceByte(b byte) bool { return b == ' ' || b == '\n' || b == '\t' || b == '\r' }

// kwicRow is one line of an entity's mentions in context.
type kwicRow struct {
	Mention           app.Mention
	Left, Word, Right string
	Title, Date       string
	Missing           bool // the article or the span could not be read
}

// kwicArticle is what a row shows of its article besides the text.
type kwicArticle struct {
	title, date string
}

// kwicModel computes KWIC rows page by page as the list binds them. Each
// article of a page is read once; the last article's text is kept because
// consecutive mentions (sorted by article) mostly share it.
type kwicModel struct {
	load     func(ctx context.Context, id int64) (app.Article, error)
	mentions []app.Mention
	pages    map[int][]kwicRow
	articles map[int64]kwicArticle
	lastID   int64
	last     kwicText
}

func newKwicModel(load func(ctx context.Context, id int64) (app.Article, error)) *kwicModel {
	return &kwicModel{load: load, pages: map[int][]kwicRow{}, articles: map[int64]kwicArticle{}}
}

// set replaces the mentions shown; article titles stay cached.
func (m *kwicModel) set(mentions []app.Mention) {
	m.mentions = mentions
	m.pages = map[int][]kwicRow{}
}

// reset forgets every cached article (after the case file changed).
func (m *kwicModel) reset() {
	m.set(nil)
	m.articles = map[int64]kwicArticle{}
	m.lastID, m.last = 0, kwicText{}
}

func (m *kwicModel) len() int { return len(m.mentions) }

// row returns row i, computing its page on first use.
func (m *kwicModel) row(i int) (kwicRow, bool) {
	if i < 0 || i >= len(m.mentions) {
		return kwicRow{}, false
	}
	p := i / kwicPageSize
	rows, ok := m.pages[p]
	if !ok {
		if len(m.pages) >= kwicMaxPages {
			m.pages = map[int][]kwicRow{}
		}
		rows = m.computePage(p)
		m.pages[p] = rows
	}
	return rows[i-p*kwicPageSize], true
}

func (m *kwicModel) computePage(p int) []kwicRow {
	end := min(len(m.mentions), (p+1)*kwicPageSize)
	rows := make([]kwicRow, 0, end-p*kwicPageSize)
	for _, mn := range m.mentions[p*kwicPageSize : end] {
		rows = append(rows, m.compute(mn))
	}
	return rows
}

func (m *kwicModel) compute(mn app.Mention) kwicRow {
	r := kwicRow{Mention: mn, Word: mn.Text}
	text, ok := m.text(mn.ArticleID)
	a := m.articles[mn.ArticleID]
	r.Title, r.Date = a.title, a.date
	if !ok {
		r.Missing = true
		return r
	}
	left, kw, right, ok := text.line(mn.Span, kwicWidth)
	if !ok {
		r.Missing = true
		return r
	}
	r.Left, r.Word, r.Right = left, kw, right
	return r
}

// text returns an article's indexed text, reading it unless it is the last one read.
func (m *kwicModel) text(id int64) (kwicText, bool) {
	if id == m.lastID && m.last.offs != nil {
		return m.last, true
	}
	a, err := m.load(context.Background(), id)
	if err != nil {
		m.articles[id] = kwicArticle{title: "(article " + strconv.FormatInt(id, 10) + " could not be read)"}
		return kwicText{}, false
	}
	date := ""
	if !a.Published.IsZero() {
		date = a.Published.Format("2006-01-02")
	}
	m.articles[id] = kwicArticle{title: a.Title, date: date}
	m.lastID, m.last = id, newKwicText(a.Text)
	return m.last, true
}
