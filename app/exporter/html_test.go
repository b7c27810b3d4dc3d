package exporter

import (
	"bytes"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"dossier/app"
)

func TestHTMLGolden(t *testing.T) {
	var buf bytes.Buffer
	if err := HTML(&buf, fixture(t)); err != nil {
		t.Fatal(err)
	}
	golden(t, "case.html", buf.Bytes())
}

const wantCSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'"

// TestHTMLIsSafe parses the export as a browser would and checks that
// nothing in it can run or load anything, and that hostile text is text.
func TestHTMLIsSafe(t *testing.T) {
	for name, b := range map[string]*app.CaseBundle{"fixture": fixture(t), "broken": oddBundles(t)["broken"]} {
		t.Run(name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := HTML(&buf, b); err != nil {
				t.Fatal(err)
			}
			doc, err := html.Parse(bytes.NewReader(buf.Bytes()))
			if err != nil {
				t.Fatal(err)
			}
			s := scanHTML(doc)
			if s.scripts > 0 || s.iframes > 0 {
				t.Errorf("%d <script> and %d <iframe>/<object>/<embed> elements", s.scripts, s.iframes)
			}
			if s.styles != 1 {
				t.Errorf("%d <style> elements, want the one in <head>", s.styles)
			}
			for _, bad := range s.bad {
				t.Error(bad)
			}
			if s.csp != wantCSP {
				t.Errorf("Content-Security-Policy = %q, want %q", s.csp, wantCSP)
			}
			for id := range s.hrefs {
				if !s.ids[id] {
					t.Errorf("link to #%s, which does not exist", id)
				}
			}
			if name == "fixture" {
				checkFixtureText(t, s.text.String())
			}
		})
	}
}

func checkFixtureText(t *testing.T, text string) {
	t.Helper()
	for _, want := range []string{
		`<script>alert(1)</script> <img src=x onerror=alert(1)> </style> ask them`, // the quoted span, as text
		"Channel post <i>attributed</i> to Grey Lantern",                           // a hostile title, as text
		`<script>alert("summary")</script>`,                                        // raw HTML in the summary, as text
		cyrillicTitle, arabicName, "7 March 2024", "March 2024", "2 April 2024 – 5 April 2024", "week 16 of 2024",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("text of the page lacks %q", want)
		}
	}
	// Footnotes are numbered in order of first appearance in the timeline.
	last := -1
	for _, mark := range []string{"[1]", "[2]", "[3]", "[4]", "[5]", "[6]"} {
		i := strings.Index(text, mark)
		if i < last {
			t.Errorf("%s first appears before an earlier footnote", mark)
		}
		last = i
	}
}

type htmlScan struct {
	scripts, iframes, styles int
	bad                      []string
	csp                      string
	ids, hrefs               map[string]bool
	text                     strings.Builder
}

func scanHTML(doc *html.Node) *htmlScan {
	s := &htmlScan{ids: map[string]bool{}, hrefs: map[string]bool{}}
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.ElementNode:
			s.element(n)
		case html.TextNode:
			if n.Parent == nil || n.Parent.Data != "style" {
				s.text.WriteString(n.Data)
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return s
}

func (s *htmlScan) element(n *html.Node) {
	switch n.Data {
	case "script":
		s.scripts++
	case "iframe", "object", "embed", "frame", "base", "form":
		s.iframes++
	case "style":
		s.styles++
	}
	for _, a := range n.Attr {
		s.attr(n, a)
	}
}

func (s *htmlScan) attr(n *html.Node, a html.Attribute) {
	key, val := strings.ToLower(a.Key), strings.ToLower(strings.TrimSpace(a.Val))
	web := strings.HasPrefix(val, "https://") || strings.HasPrefix(val, "http://")
	switch {
	case strings.HasPrefix(key, "on"):
		s.bad = append(s.bad, "event-handler attribute "+a.Key+" on <"+n.Data+">")
	case key == "style":
		s.bad = append(s.bad, "inline style attribute on <"+n.Data+">")
	case key == "id":
		s.ids[a.Val] = true
	case key == "href":
		s.href(a.Val, val, web)
	case key == "src" && !(n.Data == "img" && strings.HasPrefix(val, "data:image/png;base64,")):
		s.bad = append(s.bad, "<"+n.Data+"> loads "+a.Val)
	case key == "http-equiv" && val == "content-security-policy":
		s.csp = attrValue(n, "content")
	}
	if strings.Contains(val, "javascript:") && key != "title" {
		s.bad = append(s.bad, "javascript: URL in "+a.Key)
	}
}

// href records an in-page link or flags a link that leaves the web.
func (s *htmlScan) href(raw, val string, web bool) {
	if strings.HasPrefix(val, "#") {
		s.hrefs[raw[1:]] = true
	} else if !web {
		s.bad = append(s.bad, "non-web link "+raw)
	}
}

func attrValue(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func TestSummaryHTML(t *testing.T) {
	tests := []struct{ name, in, want, not string }{
		{"inline HTML shown", "a <b onclick=x>b</b>", "&lt;b onclick=x&gt;b&lt;/b&gt;", "<b "},
		{"block HTML shown", "<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;", "<script"},
		{"script link dropped", "[go](javascript:alert(1))", "go", "href"},
		{"script autolink dropped", "<javascript:alert(1)>", "javascript:alert(1)", "href"},
		{"web link kept", "[go](https://example.org/x?a=1&b=2)", `<a href="https://example.org/x?a=1&amp;b=2" rel="noopener noreferrer">go</a>`, ""},
		{"heading demoted", "# Top", "<h3>Top</h3>", "<h1>"},
		{"emphasis", "*it* **bold**", "<em>it</em> <strong>bold</strong>", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := summaryHTML(tt.in)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(string(got), tt.want) || (tt.not != "" && strings.Contains(string(got), tt.not)) {
				t.Errorf("summaryHTML(%q) = %q, want it to contain %q and not %q", tt.in, got, tt.want, tt.not)
			}
		})
	}
}
