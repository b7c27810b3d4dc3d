package importer

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/iotest"
	"time"

	"dossier/app"
)

// readFixture reads one fixture file with Read.
func readFixture(t *testing.T, rel string) ([]app.Article, error) {
	t.Helper()
	f, err := os.Open(filepath.Join(fixtures, rel))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	return Read(rel, f)
}

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

func TestReadFormats(t *testing.T) {
	tests := []struct {
		file      string
		format    string
		title     string
		author    string
		source    string
		url       string
		published time.Time
		first     string   // the text starts with this
		contains  []string // the text holds these
		absent    []string // the text does not hold these
	}{
		{file: "articles/port-closure.txt", format: "txt",
			title: "Harbour authority suspends night traffic at Port Veyra",
			first: "Harbour authority suspends night traffic at Port Veyra\n\nVEYRA, 14 March 2024"},
		{file: "articles/field-notes.text", format: "txt", title: "field-notes",
			first: "These are field notes"},
		{file: "articles/latin1-communique.txt", format: "txt",
			title:    "Ministère des Transports: réouverture du pont de Lessac",
			contains: []string{"à la circulation", "4,2 millions d€."}},
		{file: "articles/utf16-notice.txt", format: "txt", title: "Road closure notice",
			first: "Road closure notice\n\nThe mountain road", absent: []string{"\r"}},
		{file: "articles/briefing.md", format: "md",
			title: "Customs seize counterfeit parts at Lorvik airport",
			first: "Customs seize counterfeit parts at Lorvik airport\n\nLORVIK, 2 April 2024 — Customs officers at Lorvik International Airport seized a consignment",
			contains: []string{
				"the Finance Ministry said",
				"\n\n- 212 turbine blades with forged certificates\n- 40 hydraulic valves\n  1. 12 of them",
				"a supplier in Port Veyra",
				"\"These parts could have cost lives,\" said",
				"blades | 212",
				"see https://example.gov/press/1234.",
				"Seized crates on the apron",
				"past six months*.",
			},
			absent: []string{"**", "_Finance", "](", "`", "example.org/lorvik", "crates.jpg", "|---", "> ", "\\*"}},
		{file: "articles/monitoring-note.markdown", format: "md",
			title: "Monitoring note: ferry strike enters second week", author: "Anja Reiss",
			source: "Coastal Monitor", url: "https://monitor.example.net/notes/ferry-strike",
			published: day(2024, 5, 6), first: "Ferry crews on the Halden–Morrow route",
			contains: []string{"had broken down over"}, absent: []string{"---", "title:"}},
		{file: "articles/web/veyra-inquiry.html", format: "html",
			title:  "Inquiry blames faulty wiring for Port Veyra tower fire",
			author: "Petra Lindqvist", source: "The Coastal Courier",
			url:       "https://courier.example.com/news/2024/03/28/veyra-inquiry",
			published: time.Date(2024, 3, 28, 6, 45, 0, 0, time.UTC),
			contains:  []string{"An overloaded power cable", "north quay.\n\nThe workers' council", "expected in June."},
			absent: []string{"cookie", "Subscribe", "Sport", "Related stories", "All rights reserved",
				"dataLayer", "TRACKING-PIXEL", "trackPageView", "position: fixed"}},
		{file: "articles/web/hostile.html", format: "html",
			title: "Leaked memo describes smuggling route", author: "Jon Vale",
			contains: []string{"A memo seen by this newsroom", "Read the memo.", "list of payments."},
			absent:   []string{"MARKER", "alert", "javascript", "onerror", "cookie", "<", "Log in"}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			arts, err := readFixture(t, tt.file)
			if err != nil {
				t.Fatalf("Read: %v", err)
			}
			if len(arts) != 1 {
				t.Fatalf("got %d articles, want 1", len(arts))
			}
			a := arts[0]
			checkArticle(t, a)
			if a.Format != tt.format || a.Title != tt.title || a.Author != tt.author ||
				a.Source != tt.source || a.URL != tt.url || !a.Published.Equal(tt.published) {
				t.Errorf("metadata = format %q title %q author %q source %q url %q published %v,\nwant %q %q %q %q %q %v",
					a.Format, a.Title, a.Author, a.Source, a.URL, a.Published,
					tt.format, tt.title, tt.author, tt.source, tt.url, tt.published)
			}
			if !strings.HasPrefix(a.Text, tt.first) {
				t.Errorf("text starts %q…, want %q", a.Text[:min(len(a.Text), len(tt.first)+20)], tt.first)
			}
			for _, s := range tt.contains {
				if !strings.Contains(a.Text, s) {
					t.Errorf("text lacks %q:\n%s", s, a.Text)
				}
			}
			for _, s := range tt.absent {
				if strings.Contains(a.Text, s) {
					t.Errorf("text holds %q:\n%s", s, a.Text)
				}
			}
			orig, _ := os.ReadFile(filepath.Join(fixtures, tt.file))
			if !bytes.Equal(a.Original, orig) {
				t.Error("Original is not the file's bytes")
			}
		})
	}
}

// checkArticle checks what every imported article must satisfy.
func checkArticle(t *testing.T, a app.Article) {
	t.Helper()
	checkNormalized(t, a.Text)
	if strings.TrimSpace(a.Text) != a.Text || a.Text == "" {
		t.Errorf("text is empty or not trimmed: %q", a.Text)
	}
	if a.Title == "" || strings.ContainsAny(a.Title, "\n\t") {
		t.Errorf("bad title %q", a.Title)
	}
	if len(a.SHA256) != 64 || a.SHA256 != sha256Hex(a.Original) {
		t.Errorf("SHA256 %q does not match Original", a.SHA256)
	}
	if err := (app.ImportArticles{Articles: []app.Article{a}}).Validate(); err != nil {
		t.Errorf("article does not validate: %v", err)
	}
}

func TestReadBadInput(t *testing.T) {
	tests := []struct {
		file   string
		code   string
		reason string // the reason starts with this
	}{
		{"bad/empty.txt", app.EINVALID, "empty file"},
		{"bad/blank.md", app.EINVALID, "empty file"},
		{"bad/binary.dat", app.EUNSUPPORTED, "unsupported format: binary file"},
		{"bad/scan.pdf", app.EUNSUPPORTED, "unsupported format: PDF document"},
		{"bad/photo.txt", app.EUNSUPPORTED, "unsupported format: PNG image"},
		{"bad/mixed-encoding.txt", app.EINVALID, "invalid UTF-8 at byte 72"},
		{"bad/not-found.html", app.EINVALID, "no article text found in the HTML page"},
		{"bad/broken.json", app.EINVALID, "not valid JSON"},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			arts, err := readFixture(t, tt.file)
			if err == nil || len(arts) != 0 {
				t.Fatalf("Read = %d articles, %v; want an error", len(arts), err)
			}
			if got := app.ErrorCode(err); got != tt.code {
				t.Errorf("code = %q, want %q (%v)", got, tt.code, err)
			}
			if got := app.ErrorMessage(err); !strings.HasPrefix(got, tt.reason) {
				t.Errorf("reason = %q, want %q…", got, tt.reason)
			}
		})
	}
}

func TestReadByName(t *testing.T) {
	page, err := os.ReadFile(filepath.Join(fixtures, "articles/web/veyra-inquiry.html"))
	if err != nil {
		t.Fatal(err)
	}
	record := `{"title":"T","text":"Body of the record."}`
	tests := []struct {
		name, in, format, code string
	}{
		{"notes.log", "Plain notes from the field.", "txt", ""},
		{"README", "Plain notes from the field.", "txt", ""},
		{"saved-page", string(page), "html", ""},
		{"export.dat", record, "json", ""},
		{"lines.data", record + "\n" + `{"text":"second"}`, "json", ""},
		{"Notes.TXT", "Upper-case extension.", "txt", ""},
		{"story.HTM", string(page), "html", ""},
		{"report.docx", "PK looks like text but the extension says Word", "", app.EUNSUPPORTED},
		{"feed.rss", "<rss><channel></channel></rss>", "", app.EUNSUPPORTED},
		{"mail.eml", "From: a@example.com\n\nHello", "", app.EUNSUPPORTED},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			arts, err := Read(tt.name, strings.NewReader(tt.in))
			if app.ErrorCode(err) != tt.code {
				t.Fatalf("Read(%s) error = %v, want code %q", tt.name, err, tt.code)
			}
			if tt.code != "" {
				return
			}
			if len(arts) == 0 || arts[0].Format != tt.format {
				t.Fatalf("Read(%s) = %d articles, format %q; want %q", tt.name, len(arts), arts[0].Format, tt.format)
			}
			if arts[0].Filename != tt.name {
				t.Errorf("Filename = %q, want %q", arts[0].Filename, tt.name)
			}
			if tt.format != "json" && string(arts[0].Original) != tt.in {
				t.Error("Original is not the bytes read")
			}
		})
	}
}

func TestReadUnreadable(t *testing.T) {
	boom := errors.New("device not ready")
	_, err := Read("a.txt", iotest.ErrReader(boom))
	if app.ErrorCode(err) != app.EINVALID || !errors.Is(err, boom) {
		t.Fatalf("error = %v, want EINVALID wrapping the cause", err)
	}
	if got := app.ErrorMessage(err); got != "cannot read the file: device not ready" {
		t.Errorf("reason = %q", got)
	}
}

func TestReadLimit(t *testing.T) {
	_, err := readLimited(strings.NewReader(strings.Repeat("a", 2049)), 2048)
	if app.ErrorCode(err) != app.ETOOLARGE {
		t.Fatalf("error = %v, want ETOOLARGE", err)
	}
	if b, err := readLimited(strings.NewReader(strings.Repeat("a", 2048)), 2048); err != nil || len(b) != 2048 {
		t.Fatalf("at the limit: %d bytes, %v", len(b), err)
	}
	if got := app.ErrorMessage(tooLarge(DefaultMaxFileSize, 62<<20)); got != "file is over the 50 MB size limit (62 MB)" {
		t.Errorf("message = %q", got)
	}
}

func TestTextTitle(t *testing.T) {
	long := strings.Repeat("word ", 40)
	tests := []struct{ name, text, want string }{
		{"short first line", "\n\n  Short headline  \nBody.", "Short headline"},
		{"long first line", long + "\nBody.", "notes"},
		{"one long line", long, "notes"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			arts, err := Read("dir/notes.txt", strings.NewReader(tt.text))
			if err != nil {
				t.Fatal(err)
			}
			if arts[0].Title != tt.want {
				t.Errorf("title = %q, want %q", arts[0].Title, tt.want)
			}
		})
	}
}
