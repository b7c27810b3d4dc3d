package importer

import (
	"strings"
	"testing"
)

func TestMarkdownText(t *testing.T) {
	tests := []struct {
		name, in, text, title string
	}{
		{"heading and emphasis", "# The *big* story\n\nA **bold** and _quiet_ claim.",
			"The big story\n\nA bold and quiet claim.", "The big story"},
		{"setext heading", "Port news\n=========\n\nBody.", "Port news\n\nBody.", "Port news"},
		{"title from first level-1 heading", "## Kicker\n\n# Headline\n\nBody.", "Kicker\n\nHeadline\n\nBody.", "Headline"},
		{"no heading: first line", "Short line\n\nBody text.", "Short line\n\nBody text.", "Short line"},
		{"soft breaks join", "one\ntwo\nthree", "one two three", "one two three"},
		{"hard break kept", "one  \ntwo", "one\ntwo", "one"},
		{"link text kept, url dropped", "See [the report](https://x.example/r \"t\").", "See the report.", ""},
		{"autolink kept", "Mail <ops@example.org> now.", "Mail ops@example.org now.", ""},
		{"reference link", "See [the memo][m].\n\n[m]: https://x.example/m", "See the memo.", ""},
		{"image alt kept", "![A burnt tower](t.jpg)", "A burnt tower", ""},
		{"code verbatim", "Run `rm -rf *` here.\n\n```\na  *b*\n  c\n```", "Run rm -rf * here.\n\na  *b*\n  c", ""},
		{"escapes and entities", `5 \* 3 &amp; 2 &#8212; \_x\_`, "5 * 3 & 2 — _x_", ""},
		{"literal stars kept", "2 * 3 * 4 = 24", "2 * 3 * 4 = 24", ""},
		{"snake_case kept", "the file_name_here matters", "the file_name_here matters", ""},
		{"ordered list start", "3. c\n4. d", "3. c\n4. d", ""},
		{"list after paragraph", "Items:\n\n- a\n- b\n\nAfter.", "Items:\n\n- a\n- b\n\nAfter.", ""},
		{"loose list item paragraphs", "- a\n\n  more a\n- b", "- a\n  more a\n- b", ""},
		{"task list", "- [x] done\n- [ ] open", "- [x] done\n- [ ] open", ""},
		{"strikethrough", "~~old~~ new", "old new", ""},
		{"blockquote", "> quoted\n> words", "quoted words", ""},
		{"raw inline html dropped", "a <span class=\"x\">b</span> c", "a b c", ""},
		{"html block text", "<div>\n<script>alert(1)</script>\n<p>inside</p>\n</div>\n\nafter", "inside\n\nafter", ""},
		{"html comment", "<!-- hidden -->\n\nshown", "shown", ""},
		{"thematic break dropped", "a\n\n---\n\nb", "a\n\nb", ""},
		{"table", "| a | b |\n|---|---|\n| 1 | 2 |", "a | b\n1 | 2", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			arts, err := Read("note.md", strings.NewReader(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			a := arts[0]
			if a.Text != tt.text {
				t.Errorf("text = %q, want %q", a.Text, tt.text)
			}
			if tt.title != "" && a.Title != tt.title {
				t.Errorf("title = %q, want %q", a.Title, tt.title)
			}
			if string(a.Original) != tt.in {
				t.Error("Original is not the Markdown source")
			}
		})
	}
}

func TestFrontMatter(t *testing.T) {
	tests := []struct {
		name, in, title, text string
	}{
		{"full", "---\ntitle: 'Quoted: title'\nauthor: A. Writer\ntags: [a, b]\n---\nBody.", "Quoted: title", "Body."},
		{"unclosed is text", "---\ntitle: x\nBody.", "", "title: x Body."},
		{"no known key is text", "---\nfoo: bar\n---\nBody.", "", "foo: bar\n\nBody."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			arts, err := Read("n.md", strings.NewReader(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			if tt.title != "" && arts[0].Title != tt.title {
				t.Errorf("title = %q, want %q", arts[0].Title, tt.title)
			}
			if arts[0].Text != tt.text {
				t.Errorf("text = %q, want %q", arts[0].Text, tt.text)
			}
		})
	}
}
