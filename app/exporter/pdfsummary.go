package exporter

import (
	"fmt"
	"strings"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
)

// summary sets the narrative summary's Markdown in the PDF: headings,
// paragraphs with bold and italics, lists, quotes, code and tables as text.
// Raw HTML is shown as text, as in the HTML export.
func (d *pdfDoc) summary(md string) {
	src := []byte(md)
	doc := parseSummary(src)
	for n := doc.FirstChild(); n != nil; n = n.NextSibling() {
		d.block(n, src, 0)
	}
}

// block sets one block node, indented by depth levels.
func (d *pdfDoc) block(n ast.Node, src []byte, depth int) {
	indent := float64(depth) * 6
	switch v := n.(type) {
	case *ast.Heading:
		d.f.Ln(1)
		d.text(plainText(v, src), "B", pdfBody+1, indent)
	case *ast.Paragraph, *ast.TextBlock:
		d.rich(inlineRuns(n, src, false, false), pdfBody, indent)
		d.f.Ln(1)
	case *ast.List:
		d.list(v, src, depth)
	case *ast.Blockquote:
		for c := v.FirstChild(); c != nil; c = c.NextSibling() {
			d.block(c, src, depth+1)
		}
	case *ast.FencedCodeBlock, *ast.CodeBlock, *ast.HTMLBlock:
		d.gray(func() { d.lines(n, src, indent) })
	case *ast.ThematicBreak:
		y := d.f.GetY() + 1
		d.f.Line(pdfMargin+indent, y, pdfMargin+d.width, y)
		d.f.Ln(3)
	case *east.Table:
		d.table(v, src, indent)
	default:
		d.text(plainText(n, src), "", pdfBody, indent)
	}
}

func (d *pdfDoc) list(l *ast.List, src []byte, depth int) {
	num := l.Start
	for item := l.FirstChild(); item != nil; item = item.NextSibling() {
		marker := "• "
		if l.IsOrdered() {
			marker = fmt.Sprintf("%d. ", num)
			num++
		}
		first := true
		for c := item.FirstChild(); c != nil; c = c.NextSibling() {
			if _, nested := c.(*ast.List); nested || !first {
				d.block(c, src, depth+1)
				continue
			}
			runs := append([]run{{text: marker}}, inlineRuns(c, src, false, false)...)
			d.rich(runs, pdfBody, float64(depth)*6)
			first = false
		}
	}
	d.f.Ln(1)
}

// lines sets a literal block (code, pasted HTML) line by line.
func (d *pdfDoc) lines(n ast.Node, src []byte, indent float64) {
	ls := n.Lines()
	for i := 0; i < ls.Len(); i++ {
		s := ls.At(i)
		d.text(string(s.Value(src)), "", pdfSmall, indent+4)
	}
	if hb, ok := n.(*ast.HTMLBlock); ok && hb.HasClosure() {
		d.text(string(hb.ClosureLine.Value(src)), "", pdfSmall, indent+4)
	}
	d.f.Ln(1)
}

func (d *pdfDoc) table(t *east.Table, src []byte, indent float64) {
	for row := t.FirstChild(); row != nil; row = row.NextSibling() {
		var cells []string
		for c := row.FirstChild(); c != nil; c = c.NextSibling() {
			cells = append(cells, plainText(c, src))
		}
		style := ""
		if _, head := row.(*east.TableHeader); head {
			style = "B"
		}
		d.text(strings.Join(cells, " | "), style, pdfBody, indent)
	}
	d.f.Ln(1)
}

// inlineRuns flattens a node's inline content into styled runs.
func inlineRuns(n ast.Node, src []byte, bold, italic bool) []run {
	var out []run
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		if t, ok := leafText(c, src); ok {
			out = append(out, run{t, bold, italic})
			continue
		}
		switch v := c.(type) {
		case *ast.Emphasis:
			out = append(out, inlineRuns(v, src, bold || v.Level >= 2, italic || v.Level == 1)...)
		case *ast.Link:
			out = append(out, inlineRuns(v, src, bold, italic)...)
			if u := safeURL(string(v.Destination)); u != "" && u != plainText(v, src) {
				out = append(out, run{" (" + u + ")", bold, italic})
			}
		case *ast.Image:
			out = append(out, run{"[image: " + plainText(v, src) + "]", bold, italic})
		default:
			out = append(out, inlineRuns(c, src, bold, italic)...)
		}
	}
	return out
}

// leafText returns the text of an inline node that has no styled children;
// raw HTML is shown as the text it is.
func leafText(n ast.Node, src []byte) (string, bool) {
	switch v := n.(type) {
	case *ast.Text:
		t := string(v.Segment.Value(src))
		if v.SoftLineBreak() || v.HardLineBreak() {
			t += " "
		}
		return t, true
	case *ast.String:
		return string(v.Value), true
	case *ast.AutoLink:
		return string(v.Label(src)), true
	case *ast.RawHTML:
		var b strings.Builder
		for i := 0; i < v.Segments.Len(); i++ {
			s := v.Segments.At(i)
			b.Write(s.Value(src))
		}
		return b.String(), true
	}
	return "", false
}

// plainText is a node's inline content without styles.
func plainText(n ast.Node, src []byte) string {
	var b strings.Builder
	for _, r := range inlineRuns(n, src, false, false) {
		b.WriteString(r.text)
	}
	return clean(b.String())
}
