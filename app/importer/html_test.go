package importer

import (
	"strings"
	"testing"

	"dossier/app"
)

// paragraphs returns an article body long enough for readability.
func paragraphs() string {
	p := "<p>The regional assembly voted on Tuesday to extend the state of emergency in the three northern districts for another ninety days, citing continued attacks on supply convoys.</p>\n"
	return strings.Repeat(p, 4)
}

func TestReadHTMLCharset(t *testing.T) {
	// ISO-8859-2: 0xB3 is "ł", 0xB1 is "ą"; as Windows-1252 they would be "³" and "±".
	page := "<html><head><meta charset=\"iso-8859-2\"><title>Wiadomo\xB6ci</title></head><body><article>" +
		"<p>Prokuratura w \xA3odzi post\xB1pi\xB3a dalej.</p>" + paragraphs() + "</article></body></html>"
	arts, err := Read("p.html", strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(arts[0].Text, "Prokuratura w Łodzi postąpiła dalej.") {
		t.Errorf("declared charset not honoured: %q", arts[0].Text[:60])
	}
	if arts[0].Title != "Wiadomości" {
		t.Errorf("title = %q", arts[0].Title)
	}
}

func TestReadHTMLMetadata(t *testing.T) {
	tests := []struct {
		name, head, title, author, published string
	}{
		{"json-ld", `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"LD headline","datePublished":"2024-02-01T10:00:00Z","author":{"@type":"Person","name":"Ida Berg"}}</script>`,
			"LD headline", "Ida Berg", "2024-02-01"},
		{"title tag only", `<title>Plain title</title>`, "Plain title", "", ""},
		{"no title", ``, "page", "", ""},
		{"bad date ignored", `<meta property="article:published_time" content="yesterday-ish">`, "page", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := "<html><head>" + tt.head + "</head><body><div>" + paragraphs() + "</div></body></html>"
			arts, err := Read("dir/page.html", strings.NewReader(page))
			if err != nil {
				t.Fatal(err)
			}
			a := arts[0]
			pub := ""
			if !a.Published.IsZero() {
				pub = a.Published.UTC().Format("2006-01-02")
			}
			if a.Title != tt.title || a.Author != tt.author || pub != tt.published {
				t.Errorf("got title %q author %q published %q; want %q %q %q", a.Title, a.Author, pub, tt.title, tt.author, tt.published)
			}
		})
	}
}

func TestReadHTMLNoArticle(t *testing.T) {
	for name, page := range map[string]string{
		"empty body":   "<html><head><title>x</title></head><body></body></html>",
		"scripts only": "<html><body><script>" + strings.Repeat("var a = 1;", 500) + "</script></body></html>",
		"nav only":     "<html><body><nav>" + strings.Repeat(`<a href="/x">Section</a> `, 200) + "</nav></body></html>",
	} {
		t.Run(name, func(t *testing.T) {
			_, err := Read("p.html", strings.NewReader(page))
			if app.ErrorCode(err) != app.EINVALID || app.ErrorMessage(err) != "no article text found in the HTML page" {
				t.Errorf("error = %v, want no article", err)
			}
		})
	}
}

func FuzzReadHTML(f *testing.F) {
	addFixtureSeeds(f, ".html")
	f.Add([]byte("<html><body><p>" + strings.Repeat("word ", 30) + "</p></body></html>"))
	f.Add([]byte("<script>alert(1)</script><style></style></style><p onerror=x>" + strings.Repeat("a b ", 20)))
	f.Add([]byte("<table><tr><td><svg><math><template><p>" + strings.Repeat("deep ", 25)))
	f.Fuzz(func(t *testing.T, b []byte) {
		// readHTML, not Read: Read turns a panic into an error, and the
		// fuzzer is here to find such panics.
		a, err := readHTML("fuzz.html", b)
		if err != nil {
			if app.ErrorMessage(err) == "" {
				t.Fatalf("error without a message: %#v", err)
			}
			return
		}
		checkNormalized(t, a.Text)
		if a.Text == "" || a.Title == "" || strings.ContainsAny(a.Title, "\n\r\t") {
			t.Fatalf("bad article: title %q text %q", a.Title, a.Text)
		}
	})
}
