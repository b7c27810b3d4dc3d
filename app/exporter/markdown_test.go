package exporter

import (
	"bytes"
	"strings"
	"testing"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/renderer/html"
	"github.com/yuin/goldmark/text"

	"dossier/app"
)

func TestMarkdownGolden(t *testing.T) {
	var buf bytes.Buffer
	if err := Markdown(&buf, fixture(t)); err != nil {
		t.Fatal(err)
	}
	golden(t, "case.md", buf.Bytes())
}

// TestMarkdownIsInert renders the export as a GFM renderer would and checks
// that nothing in it is raw HTML or a script link, and that the hostile
// quote shows as text.
func TestMarkdownIsInert(t *testing.T) {
	for name, b := range map[string]*app.CaseBundle{"fixture": fixture(t), "broken": oddBundles(t)["broken"]} {
		t.Run(name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := Markdown(&buf, b); err != nil {
				t.Fatal(err)
			}
			md := goldmark.New(goldmark.WithExtensions(extension.GFM, extension.Footnote))
			doc := md.Parser().Parse(text.NewReader(buf.Bytes()))
			_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
				if !entering {
					return ast.WalkContinue, nil
				}
				switch v := n.(type) {
				case *ast.RawHTML, *ast.HTMLBlock:
					t.Errorf("raw HTML in the Markdown export: %q", nodeText(v, buf.Bytes()))
				case *ast.Link:
					if html.IsDangerousURL(v.Destination) {
						t.Errorf("script link in the Markdown export: %q", v.Destination)
					}
				case *ast.AutoLink:
					if html.IsDangerousURL(v.URL(buf.Bytes())) {
						t.Errorf("script autolink in the Markdown export: %q", v.URL(buf.Bytes()))
					}
				}
				return ast.WalkContinue, nil
			})
			var out bytes.Buffer
			if err := goldmark.New(goldmark.WithExtensions(extension.GFM, extension.Footnote),
				goldmark.WithRendererOptions(html.WithUnsafe())).Convert(buf.Bytes(), &out); err != nil {
				t.Fatal(err)
			}
			if strings.Contains(out.String(), "<script") || strings.Contains(out.String(), "<img src=x") {
				t.Error("rendering the Markdown export produced live markup")
			}
			if name == "fixture" && !strings.Contains(out.String(), "&lt;script&gt;alert(1)&lt;/script&gt;") {
				t.Error("the hostile quote is not shown as text")
			}
		})
	}
}

func nodeText(n ast.Node, src []byte) string {
	var b strings.Builder
	if n.Type() == ast.TypeBlock {
		for i := 0; i < n.Lines().Len(); i++ {
			s := n.Lines().At(i)
			b.Write(s.Value(src))
		}
	} else if r, ok := n.(*ast.RawHTML); ok {
		for i := 0; i < r.Segments.Len(); i++ {
			s := r.Segments.At(i)
			b.Write(s.Value(src))
		}
	}
	return b.String()
}

func TestSummaryMarkdown(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"plain", "Some **bold** text.", "Some **bold** text."},
		{"inline HTML", "a <b onclick=x>b</b> c", `a \<b onclick=x>b\</b> c`},
		{"HTML block", "<div>\nhi\n</div>", "\\<div>\nhi\n\\</div>"},
		{"script link", "[x](javascript:alert(1))", `[x]\(javascript:alert(1))`},
		{"script autolink", "<javascript:alert(1)>", `\<javascript:alert(1)>`},
		{"script definition", "[x]\n\n[x]: javascript:alert(1)", "[x]\n\n[x]\\: javascript:alert(1)"},
		{"heading", "# Top\n\n## Sub", "### Top\n\n#### Sub"},
		{"code kept", "```\n# not a heading <b>\n```", "```\n# not a heading <b>\n```"},
		{"code span kept", "use `<b>` tags", "use `<b>` tags"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := summaryMarkdown(tt.in); got != tt.want {
				t.Errorf("summaryMarkdown(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
