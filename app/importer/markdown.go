package importer

import (
	"fmt"
	"strings"

	"dossier/app"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// mdParser parses CommonMark with the GitHub tables, strikethrough and task
// lists that news notes and OSINT write-ups use. Parsers are safe for
// concurrent use once built.
var mdParser = goldmark.New(goldmark.WithExtensions(
	extension.Table, extension.Strikethrough, extension.TaskList,
)).Parser()

// readMarkdown makes an article of what a reader of the rendered Markdown
// sees: emphasis markers, link targets, image URLs and raw HTML tags are
// dropped (link and image text stay), code is kept verbatim, list items keep
// a "- " or "1. " marker, table cells are joined by " | ". Front matter
// (title, author, date, source, url between "---" lines) becomes metadata.
// The title is the front matter's, else the first "# heading", else the
// plain-text rule.
func readMarkdown(name string, orig []byte, src string) (app.Article, error) {
	meta, body := frontMatter(src)
	doc := mdParser.Parse(text.NewReader([]byte(body)))
	w := &mdWriter{src: []byte(body)}
	w.blocks(doc, "")
	txt := strings.TrimSpace(clean(w.sb.String()))
	if txt == "" {
		return app.Article{}, app.Errorf(app.EINVALID, "empty file")
	}
	a := newArticle(name, FormatMarkdown, orig, txt)
	a.Title = oneLine(meta["title"])
	if a.Title == "" {
		a.Title = oneLine(w.title)
	}
	if a.Title == "" {
		a.Title = firstLineTitle(txt)
	}
	if a.Title == "" {
		a.Title = titleFromName(name)
	}
	a.Author = oneLine(meta["author"])
	a.Source = oneLine(meta["source"])
	a.URL = oneLine(meta["url"])
	if p, err := parsePublished(meta["published"]); err == nil {
		a.Published = p
	}
	return a, nil
}

// frontMatterKeys maps the usual front-matter keys to article fields.
var frontMatterKeys = map[string]string{
	"title": "title", "author": "author", "authors": "author", "byline": "author",
	"date": "published", "published": "published", "pubdate": "published",
	"source": "source", "publisher": "source", "site": "source",
	"url": "url", "link": "url", "canonical": "url", "canonical_url": "url",
}

// frontMatter splits a leading "---" block of "key: value" lines from src.
// Only simple scalar values are read; anything else in the block is ignored.
func frontMatter(src string) (map[string]string, string) {
	rest, ok := strings.CutPrefix(src, "---\n")
	if !ok {
		return nil, src
	}
	end := strings.Index(rest, "\n---")
	if end < 0 {
		return nil, src
	}
	after := rest[end+len("\n---"):]
	if after != "" && after[0] != '\n' {
		return nil, src
	}
	meta := map[string]string{}
	for line := range strings.Lines(rest[:end+1]) {
		k, v, found := strings.Cut(line, ":")
		if !found || strings.HasPrefix(line, " ") {
			continue
		}
		if field, ok := frontMatterKeys[strings.ToLower(strings.TrimSpace(k))]; ok {
			meta[field] = strings.Trim(strings.TrimSpace(v), `"'`)
		}
	}
	if len(meta) == 0 {
		return nil, src
	}
	return meta, after
}

// mdWriter renders a goldmark tree as reading text.
type mdWriter struct {
	src    []byte
	sb     strings.Builder
	title  string // the first level-1 heading
	depth  int    // list nesting
	marker string // list marker waiting for the item's first line
	// listStart: the next block opens a top-level list, so a blank line
	// still separates it from what came before.
	listStart bool
}

func (w *mdWriter) blocks(parent ast.Node, indent string) {
	for c := parent.FirstChild(); c != nil; c = c.NextSibling() {
		w.block(c, indent)
	}
}

func (w *mdWriter) block(n ast.Node, indent string) {
	switch n := n.(type) {
	case *ast.Heading:
		t := w.inline(n)
		if n.Level == 1 && w.title == "" {
			w.title = t
		}
		w.para(indent, t)
	case *ast.Paragraph, *ast.TextBlock:
		w.para(indent, w.inline(n))
	case *ast.FencedCodeBlock, *ast.CodeBlock:
		w.para(indent, strings.TrimRight(w.lines(n), "\n"))
	case *ast.HTMLBlock:
		w.para(indent, htmlFragmentText(w.lines(n)+w.closure(n)))
	case *ast.List:
		w.list(n, indent)
	case *ast.ThematicBreak:
	case *east.Table:
		w.table(n, indent)
	default:
		w.blocks(n, indent)
	}
}

// para writes one block: a blank line before it, or a line break between
// list items, and every line indented.
func (w *mdWriter) para(indent, t string) {
	t = strings.TrimSpace(t)
	if t == "" {
		return
	}
	if w.sb.Len() > 0 {
		if w.depth == 0 || w.listStart {
			w.sb.WriteString("\n\n")
		} else {
			w.sb.WriteString("\n")
		}
	}
	w.listStart = false
	first := indent
	if w.marker != "" {
		first, w.marker = w.marker, ""
	}
	for i, line := range strings.Split(t, "\n") {
		if i > 0 {
			w.sb.WriteString("\n")
			first = indent
		}
		w.sb.WriteString(first + strings.TrimRight(line, " \t"))
	}
}

func (w *mdWriter) list(l *ast.List, indent string) {
	w.depth++
	w.listStart = w.depth == 1
	defer func() { w.depth-- }()
	num := l.Start
	for item := l.FirstChild(); item != nil; item = item.NextSibling() {
		marker := "- "
		if l.IsOrdered() {
			marker = fmt.Sprintf("%d. ", num)
			num++
		}
		w.marker = indent + marker
		w.blocks(item, indent+strings.Repeat(" ", len(marker)))
		w.marker = ""
	}
}

func (w *mdWriter) table(t *east.Table, indent string) {
	var rows []string
	for row := t.FirstChild(); row != nil; row = row.NextSibling() {
		var cells []string
		for cell := row.FirstChild(); cell != nil; cell = cell.NextSibling() {
			cells = append(cells, strings.TrimSpace(w.inline(cell)))
		}
		rows = append(rows, strings.Join(cells, " | "))
	}
	w.para(indent, strings.Join(rows, "\n"))
}

// lines returns a block's source lines as they are (code, raw HTML).
func (w *mdWriter) lines(n ast.Node) string {
	var sb strings.Builder
	segs := n.Lines()
	for i := 0; i < segs.Len(); i++ {
		seg := segs.At(i)
		sb.Write(seg.Value(w.src))
	}
	return sb.String()
}

// closure returns an HTML block's closing line, which goldmark keeps apart.
func (w *mdWriter) closure(n *ast.HTMLBlock) string {
	if !n.HasClosure() {
		return ""
	}
	return string(n.ClosureLine.Value(w.src))
}

// inline returns the reading text of n's inline children.
func (w *mdWriter) inline(n ast.Node) string {
	var sb strings.Builder
	w.inlineTo(&sb, n, false)
	return sb.String()
}

func (w *mdWriter) inlineTo(sb *strings.Builder, n ast.Node, code bool) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Text:
			v := c.Value(w.src)
			if !code && !c.IsRaw() {
				v = unescapeMarkdown(v)
			}
			sb.Write(v)
			if c.HardLineBreak() {
				sb.WriteString("\n")
			} else if c.SoftLineBreak() {
				sb.WriteString(" ")
			}
		case *ast.String:
			sb.Write(c.Value)
		case *ast.CodeSpan:
			w.inlineTo(sb, c, true)
		case *ast.AutoLink:
			sb.Write(c.Label(w.src))
		case *ast.RawHTML:
			// Inline tags are markup; the text between them is ordinary Text.
		case *east.TaskCheckBox:
			if c.IsChecked {
				sb.WriteString("[x] ")
			} else {
				sb.WriteString("[ ] ")
			}
		default:
			w.inlineTo(sb, c, code)
		}
	}
}

// unescapeMarkdown resolves backslash escapes and character references, as
// a Markdown renderer would before showing the text.
func unescapeMarkdown(v []byte) []byte {
	v = util.UnescapePunctuations(v)
	v = util.ResolveNumericReferences(v)
	return util.ResolveEntityNames(v)
}
