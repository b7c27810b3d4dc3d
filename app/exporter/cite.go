package exporter

import (
	"fmt"
	"strings"

	"dossier/app"
)

// Citations: every claim in a case summary is footnoted to the article span
// it rests on (DESIGN invariant 5). Spans are numbered in order of first
// appearance — the timeline first, then the relations — and a span cited
// twice keeps its number.

// footnote is one numbered evidence citation.
type footnote struct {
	Num       int
	Title     string
	Source    string
	Published string
	Grade     string // "grade B (usually reliable)" or "not graded"
	Quote     string // "" when neither the quote nor the text was exported
	Where     string // "characters 10–25"
	SHA       string // full hex digest
	UsedBy    []string
	article   int64
	span      app.Span
}

// ShortSHA is the digest abbreviated for the body of the report.
func (f footnote) ShortSHA() string { return shortSHA(f.SHA) }

// sourceView is one article in the list of sources.
type sourceView struct {
	Title, Source, Author, Published, Grade, SHA, Format string
	URL                                                  string // as recorded
	LinkURL                                              string // URL when it is safe to make a link of it (http, https)
	Cites                                                []int
}

// maxQuote bounds a quoted span in footnotes; the full span stays in the case file.
const maxQuote = 600

// citeKey identifies one evidence span.
type citeKey struct {
	article    int64
	start, end int
}

// cite returns the footnote number of an evidence span, numbering new spans
// in order of first appearance.
func (bl *builder) cite(e app.Evidence, usedBy string) int {
	k := citeKey{e.ArticleID, e.Start, e.End}
	if i, ok := bl.notes[k]; ok {
		n := &bl.r.Notes[i]
		n.UsedBy = appendUniqueString(n.UsedBy, usedBy)
		return n.Num
	}
	f := footnote{Num: len(bl.r.Notes) + 1, UsedBy: []string{usedBy}, article: e.ArticleID, span: e.Span,
		Where: fmt.Sprintf("characters %d–%d", e.Start, e.End)}
	a, ok := bl.articles[e.ArticleID]
	if ok {
		f.Title = orDefault(clean(a.Title), "Untitled article")
		f.Source = orDefault(clean(a.Source), "source unknown")
		f.Published = publishedText(a.Published)
		f.Grade = gradeText(a.Grade)
		f.SHA = clean(a.SHA256)
	} else {
		f.Title = fmt.Sprintf("Article #%d (not in this export)", e.ArticleID)
		f.Source, f.Published, f.Grade = "source unknown", "date unknown", "not graded"
	}
	quote := e.Quote
	if quote == "" && ok {
		quote = e.Span.Slice(a.Text)
	}
	f.Quote = truncate(clean(quote), maxQuote)
	bl.notes[k] = len(bl.r.Notes)
	bl.r.Notes = append(bl.r.Notes, f)
	return f.Num
}

// sources lists the articles in order of first citation, then the uncited ones.
func (bl *builder) sources() []sourceView {
	cites := map[int64][]int{}
	var order []int64
	for _, f := range bl.r.Notes {
		if _, ok := cites[f.article]; !ok {
			order = append(order, f.article)
		}
		cites[f.article] = append(cites[f.article], f.Num)
	}
	var out []sourceView
	done := map[int64]bool{}
	add := func(a app.Article) {
		if done[a.ID] {
			return
		}
		done[a.ID] = true
		out = append(out, sourceView{Title: orDefault(clean(a.Title), "Untitled article"),
			Source: orDefault(clean(a.Source), "source unknown"), Author: clean(a.Author),
			Published: publishedText(a.Published), Grade: gradeText(a.Grade), SHA: clean(a.SHA256),
			Format: clean(a.Format), URL: clean(a.URL), LinkURL: safeURL(a.URL), Cites: cites[a.ID]})
	}
	for _, id := range order {
		if a, ok := bl.articles[id]; ok {
			add(a)
		}
	}
	for _, a := range bl.b.Articles {
		add(a)
	}
	return out
}

// safeURL returns u when it is an absolute http or https URL, else "".
func safeURL(u string) string {
	u = clean(u)
	l := strings.ToLower(u)
	if strings.HasPrefix(l, "https://") || strings.HasPrefix(l, "http://") {
		return u
	}
	return ""
}
