package importer

import (
	"strings"
	"unicode/utf8"

	"codeberg.org/readeck/go-readability/v2"
	"dossier/app"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
)

// minArticleWords is the least text a page must keep after readability has
// dropped its navigation and boilerplate to count as an article. Below it
// the page is an index, an error page or a shell for scripts.
const minArticleWords = 20

// maxLinkDensity is the largest share of the content's text that may sit in
// links: above it readability fell back to a menu or a list of headlines.
const maxLinkDensity = 0.5

// maxHTMLElements bounds the pages readability is given: its scoring is
// superlinear, and no news article has this many elements.
const maxHTMLElements = 200_000

// readHTML makes an article of an HTML page's main content, found by
// readability (Mozilla's algorithm): navigation, scripts, styles, cookie
// banners and footers are dropped. Title, author, publication date and site
// name come from the usual meta tags (og:*, article:*, author, JSON-LD),
// the URL from og:url or the canonical link.
func readHTML(name string, orig []byte) (app.Article, error) {
	src, err := decodeHTML(orig)
	if err != nil {
		return app.Article{}, err
	}
	doc, err := html.Parse(strings.NewReader(src))
	if err != nil {
		return app.Article{}, app.WrapError(app.EINVALID, err, "cannot parse the HTML page")
	}
	pageURL := canonicalURL(doc)
	p := readability.NewParser()
	p.MaxElemsToParse = maxHTMLElements
	ra, err := p.ParseAndMutate(doc, nil)
	if err != nil {
		return app.Article{}, app.WrapError(app.ETOOLARGE, err, "the HTML page is too complex to read")
	}
	txt := ""
	if ra.Node != nil {
		var sb strings.Builder
		if err := ra.RenderText(&sb); err == nil {
			txt = strings.TrimSpace(clean(sb.String()))
		}
	}
	if len(strings.Fields(txt)) < minArticleWords || linkDensity(ra.Node) > maxLinkDensity {
		return app.Article{}, app.Errorf(app.EINVALID, "no article text found in the HTML page")
	}
	a := newArticle(name, FormatHTML, orig, txt)
	a.Title = limitRunes(oneLine(stripTags(ra.Title())), maxTitleRunes*4)
	if a.Title == "" {
		a.Title = titleFromName(name)
	}
	a.Author = oneLine(stripTags(ra.Byline()))
	a.Source = oneLine(stripTags(ra.SiteName()))
	a.URL = oneLine(pageURL)
	if t, err := ra.PublishedTime(); err == nil && t.Year() > 1 && t.Year() < 10000 {
		a.Published = t
	}
	return a, nil
}

// decodeHTML applies Normalize's encoding policy, except that a page which is
// not UTF-8 and declares another legacy charset in a meta tag (ISO-8859-2,
// KOI8-R, Shift_JIS …) is decoded with that charset.
func decodeHTML(b []byte) (string, error) {
	if hasUTF16BOM(b) || utf8.Valid(b) {
		return Normalize(b)
	}
	e, name, _ := charset.DetermineEncoding(b, "")
	if e == nil || name == "utf-8" || name == "windows-1252" || strings.HasPrefix(name, "utf-16") {
		return Normalize(b)
	}
	out, err := e.NewDecoder().Bytes(b)
	if err != nil {
		return "", app.WrapError(app.EINVALID, err, "the page is not valid %s", name)
	}
	return Normalize(out)
}

// canonicalURL returns the page's own address from og:url or
// <link rel="canonical">, or "".
func canonicalURL(doc *html.Node) string {
	var og, canon string
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.Data {
			case "meta":
				if attr(n, "property") == "og:url" && og == "" {
					og = attr(n, "content")
				}
			case "link":
				if strings.EqualFold(attr(n, "rel"), "canonical") && canon == "" {
					canon = attr(n, "href")
				}
			case "body":
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	for _, u := range []string{og, canon} {
		u = strings.TrimSpace(u)
		if strings.HasPrefix(u, "https://") || strings.HasPrefix(u, "http://") {
			return u
		}
	}
	return ""
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// htmlFragmentText returns the text of an HTML fragment (a raw HTML block in
// Markdown): tags and comments dropped, script and style content skipped.
func htmlFragmentText(s string) string {
	z := html.NewTokenizer(strings.NewReader(s))
	var sb strings.Builder
	skip := 0
	for {
		switch z.Next() {
		case html.ErrorToken:
			return strings.TrimSpace(sb.String())
		case html.StartTagToken:
			if name, _ := z.TagName(); isRawTextTag(name) {
				skip++
			}
		case html.EndTagToken:
			if name, _ := z.TagName(); isRawTextTag(name) && skip > 0 {
				skip--
			}
		case html.TextToken:
			if skip == 0 {
				sb.Write(z.Text())
			}
		}
	}
}

func isRawTextTag(name []byte) bool {
	switch string(name) {
	case "script", "style", "template", "noscript", "iframe":
		return true
	}
	return false
}

// linkDensity is the share of n's text that lies inside <a> elements.
func linkDensity(n *html.Node) float64 {
	var all, linked int
	var walk func(n *html.Node, inLink bool)
	walk = func(n *html.Node, inLink bool) {
		if n.Type == html.TextNode {
			k := len(strings.TrimSpace(n.Data))
			all += k
			if inLink {
				linked += k
			}
		}
		inLink = inLink || (n.Type == html.ElementNode && n.Data == "a")
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, inLink)
		}
	}
	if n == nil {
		return 1
	}
	walk(n, false)
	if all == 0 {
		return 1
	}
	return float64(linked) / float64(all)
}

// stripTags drops markup that a hostile page smuggled into a meta value:
// titles and names never hold tags.
func stripTags(s string) string {
	if !strings.Contains(s, "<") {
		return s
	}
	return htmlFragmentText(s)
}

// limitRunes cuts s to at most n code points.
func limitRunes(s string, n int) string {
	i := 0
	for bi := range s {
		if i == n {
			return strings.TrimSpace(s[:bi]) + "…"
		}
		i++
	}
	return s
}
