package exporter

import (
	"bytes"
	"html/template"
	"regexp"
	"sort"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/renderer/html"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// The narrative summary is Markdown the analyst wrote, often with article
// text pasted in. It is rendered as Markdown, but raw HTML in it is shown as
// text (never passed through, never silently dropped) and links with
// script-capable schemes are not made into links.

// summaryHeadingShift demotes the summary's headings so that its "#" sits
// below the export's own "Summary" heading.
const summaryHeadingShift = 2

// newSummaryMarkdown is the goldmark set-up for summaries: GFM, headings
// demoted, raw HTML and dangerous autolinks rendered as text. goldmark's own
// HTML renderer is left in its safe mode, which drops javascript:, vbscript:,
// file: and non-image data: destinations from links and images.
func newSummaryMarkdown() goldmark.Markdown {
	return goldmark.New(
		goldmark.WithExtensions(extension.GFM),
		goldmark.WithParserOptions(parser.WithASTTransformers(util.Prioritized(headingShift{summaryHeadingShift}, 100))),
		goldmark.WithRendererOptions(renderer.WithNodeRenderers(util.Prioritized(rawAsText{}, 100))),
	)
}

// summaryHTML renders the summary for the HTML export.
func summaryHTML(md string) (template.HTML, error) {
	var buf bytes.Buffer
	if err := newSummaryMarkdown().Convert([]byte(md), &buf); err != nil {
		return "", err
	}
	// The renderer escapes all text and all raw HTML; the result is safe markup.
	return template.HTML(buf.String()), nil // #nosec G203 -- escaped by rawAsText and goldmark
}

// parseSummary parses the summary with the same parser the HTML export uses.
func parseSummary(md []byte) ast.Node {
	return newSummaryMarkdown().Parser().Parse(text.NewReader(md))
}

// headingShift demotes every heading by a fixed number of levels (at most h6).
type headingShift struct{ by int }

// Transform implements parser.ASTTransformer.
func (h headingShift) Transform(doc *ast.Document, _ text.Reader, _ parser.Context) {
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if hd, ok := n.(*ast.Heading); ok && entering {
			hd.Level = min(6, hd.Level+h.by)
		}
		return ast.WalkContinue, nil
	})
}

// rawAsText renders raw HTML as escaped text and dangerous autolinks as text.
type rawAsText struct{}

// RegisterFuncs implements renderer.NodeRenderer.
func (rawAsText) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	reg.Register(ast.KindRawHTML, renderRawInline)
	reg.Register(ast.KindHTMLBlock, renderRawBlock)
	reg.Register(ast.KindAutoLink, renderAutoLink)
	reg.Register(ast.KindLink, renderLink)
}

// renderLink writes a link, or only its text when the destination could
// run script (goldmark's safe mode would leave an empty href).
func renderLink(w util.BufWriter, src []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	n := node.(*ast.Link)
	if html.IsDangerousURL(n.Destination) {
		return ast.WalkContinue, nil
	}
	if !entering {
		_, _ = w.WriteString("</a>")
		return ast.WalkContinue, nil
	}
	_, _ = w.WriteString(`<a href="`)
	_, _ = w.Write(util.EscapeHTML(util.URLEscape(n.Destination, true)))
	_ = w.WriteByte('"')
	if n.Title != nil {
		_, _ = w.WriteString(` title="`)
		_, _ = w.Write(util.EscapeHTML(n.Title))
		_ = w.WriteByte('"')
	}
	_, _ = w.WriteString(` rel="noopener noreferrer">`)
	return ast.WalkContinue, nil
}

func renderRawInline(w util.BufWriter, src []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		return ast.WalkContinue, nil
	}
	segs := n.(*ast.RawHTML).Segments
	for i := 0; i < segs.Len(); i++ {
		s := segs.At(i)
		_, _ = w.Write(util.EscapeHTML(s.Value(src)))
	}
	return ast.WalkSkipChildren, nil
}

func renderRawBlock(w util.BufWriter, src []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		return ast.WalkContinue, nil
	}
	b := n.(*ast.HTMLBlock)
	_, _ = w.WriteString(`<p class="pasted">`)
	lines := b.Lines()
	for i := 0; i < lines.Len(); i++ {
		s := lines.At(i)
		_, _ = w.Write(util.EscapeHTML(s.Value(src)))
	}
	if b.HasClosure() {
		_, _ = w.Write(util.EscapeHTML(b.ClosureLine.Value(src)))
	}
	_, _ = w.WriteString("</p>\n")
	return ast.WalkSkipChildren, nil
}

func renderAutoLink(w util.BufWriter, src []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		return ast.WalkContinue, nil
	}
	n := node.(*ast.AutoLink)
	url, label := n.URL(src), n.Label(src)
	if html.IsDangerousURL(url) {
		_, _ = w.Write(util.EscapeHTML(label))
		return ast.WalkSkipChildren, nil
	}
	_, _ = w.WriteString(`<a href="`)
	if n.AutoLinkType == ast.AutoLinkEmail && !bytes.HasPrefix(bytes.ToLower(url), []byte("mailto:")) {
		_, _ = w.WriteString("mailto:")
	}
	_, _ = w.Write(util.EscapeHTML(util.URLEscape(url, false)))
	_, _ = w.WriteString(`">`)
	_, _ = w.Write(util.EscapeHTML(label))
	_, _ = w.WriteString(`</a>`)
	return ast.WalkSkipChildren, nil
}

// dangerousAutolink matches the opening of an autolink with a script-capable scheme.
var dangerousAutolink = regexp.MustCompile(`(?i)<(javascript|vbscript|data|file):`)

// dangerousLink matches the "](" that opens an inline link destination with
// a script-capable scheme, and dangerousDef a link reference definition with one.
var (
	dangerousLink = regexp.MustCompile(`(?i)\]\((\s*<?\s*(?:javascript|vbscript|data|file):)`)
	dangerousDef  = regexp.MustCompile(`(?im)^( {0,3}\[[^\]\n]+\]):(\s*<?\s*(?:javascript|vbscript|data|file):)`)
)

// atxHeading matches an ATX heading's opening hashes.
var atxHeading = regexp.MustCompile(`^( {0,3})(#{1,6})([ \t]|$)`)

// summaryMarkdown prepares the summary for the Markdown export: raw HTML
// and links with script-capable schemes are escaped to show as text, and
// ATX headings are demoted to sit below the export's own headings.
func summaryMarkdown(md string) string {
	md = dangerousLink.ReplaceAllString(md, `]\($1`)
	md = dangerousDef.ReplaceAllString(md, `$1\:$2`)
	md = neutraliseHTML(md)
	return demoteHeadings(md)
}

// demoteHeadings adds summaryHeadingShift hashes to the ATX headings the
// parser sees (not to "#" lines inside code blocks).
func demoteHeadings(md string) string {
	src := []byte(md)
	var at []int
	_ = ast.Walk(parseSummary(src), func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if h, ok := n.(*ast.Heading); ok && entering && h.Lines().Len() > 0 {
			start := h.Lines().At(0).Start
			for start > 0 && src[start-1] != '\n' {
				start--
			}
			if m := atxHeading.FindSubmatchIndex(src[start:]); m != nil {
				at = append(at, start+m[4])
			}
		}
		return ast.WalkContinue, nil
	})
	var b strings.Builder
	prev := 0
	for _, p := range at {
		b.Write(src[prev:p])
		b.WriteString(strings.Repeat("#", summaryHeadingShift))
		prev = p
	}
	b.Write(src[prev:])
	return b.String()
}

// neutraliseHTML returns the summary Markdown with every "<" that opens raw
// HTML (inline or block) or a dangerous autolink backslash-escaped, so that
// any Markdown renderer shows it as text. The rest is unchanged.
func neutraliseHTML(md string) string {
	src := []byte(dangerousAutolink.ReplaceAllString(md, `\<$1:`))
	for range 4 {
		at := rawHTMLOffsets(src)
		if len(at) == 0 {
			return string(src)
		}
		src = escapeAt(src, at)
	}
	// Escaping exposed yet more raw HTML: escape every "<" as a last resort.
	return string(bytes.ReplaceAll(src, []byte("<"), []byte(`\<`)))
}

// rawHTMLOffsets returns the offsets of the "<" characters inside raw HTML.
func rawHTMLOffsets(src []byte) []int {
	var at []int
	addSeg := func(s text.Segment) {
		for i := s.Start; i < s.Stop && i < len(src); i++ {
			if src[i] == '<' && (i == 0 || src[i-1] != '\\') {
				at = append(at, i)
			}
		}
	}
	_ = ast.Walk(parseSummary(src), func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch v := n.(type) {
		case *ast.RawHTML:
			for i := 0; i < v.Segments.Len(); i++ {
				addSeg(v.Segments.At(i))
			}
		case *ast.HTMLBlock:
			for i := 0; i < v.Lines().Len(); i++ {
				addSeg(v.Lines().At(i))
			}
			if v.HasClosure() {
				addSeg(v.ClosureLine)
			}
		}
		return ast.WalkContinue, nil
	})
	sort.Ints(at)
	return at
}

// escapeAt inserts a backslash before each listed offset (sorted, unique).
func escapeAt(src []byte, at []int) []byte {
	out := make([]byte, 0, len(src)+len(at))
	prev := 0
	for i, p := range at {
		if i > 0 && p == at[i-1] {
			continue
		}
		out = append(out, src[prev:p]...)
		out = append(out, '\\')
		prev = p
	}
	return append(out, src[prev:]...)
}
