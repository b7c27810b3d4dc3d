package exporter

import (
	"bytes"
	"errors"
	"testing"
	"time"

	"dossier/app"
)

func TestFormats(t *testing.T) {
	seen := map[Format]bool{}
	for _, f := range Formats() {
		if seen[f] {
			t.Errorf("%s listed twice", f)
		}
		seen[f] = true
		got, err := ParseFormat(" ." + string(f) + " ")
		if err != nil || got != f {
			t.Errorf("ParseFormat(%q) = %q, %v", f, got, err)
		}
		if f.Extension() == "" || f.MediaType() == "" {
			t.Errorf("%s: no extension or media type", f)
		}
	}
	if len(seen) != 6 {
		t.Errorf("Formats() = %v, want the six formats", Formats())
	}
	if f, err := ParseFormat("Markdown"); err != nil || f != FormatMarkdown {
		t.Errorf("ParseFormat(Markdown) = %q, %v", f, err)
	}
}

func TestWrite(t *testing.T) {
	t.Run("ErrUnsupported", func(t *testing.T) {
		for _, name := range []string{"docx", "json", ""} {
			if err := Write(&bytes.Buffer{}, Format(name), fixture(t)); app.ErrorCode(err) != app.EUNSUPPORTED {
				t.Errorf("Write(%q) error = %v, want code %s", name, err, app.EUNSUPPORTED)
			}
			// JSON is a format (of exchanges, written by JSON), not one Write takes.
			if _, err := ParseFormat(name); name != "json" && app.ErrorCode(err) != app.EUNSUPPORTED {
				t.Errorf("ParseFormat(%q) error = %v, want code %s", name, err, app.EUNSUPPORTED)
			}
		}
	})
	t.Run("ErrNilBundle", func(t *testing.T) {
		for _, f := range Formats() {
			if err := Write(&bytes.Buffer{}, f, nil); app.ErrorCode(err) != app.EINVALID {
				t.Errorf("%s: error = %v, want code %s", f, err, app.EINVALID)
			}
		}
	})
	t.Run("ErrWriter", func(t *testing.T) {
		for _, f := range Formats() {
			if err := Write(failWriter{}, f, fixture(t)); !errors.Is(err, errDiskFull) {
				t.Errorf("%s: error = %v, want the writer's error", f, err)
			}
		}
	})
	t.Run("Deterministic", func(t *testing.T) {
		for _, f := range Formats() {
			var a, b bytes.Buffer
			if err := Write(&a, f, fixture(t)); err != nil {
				t.Fatalf("%s: %v", f, err)
			}
			if err := Write(&b, f, fixture(t)); err != nil {
				t.Fatalf("%s: %v", f, err)
			}
			if !bytes.Equal(a.Bytes(), b.Bytes()) {
				t.Errorf("%s: two exports of the same bundle differ", f)
			}
		}
	})
}

var errDiskFull = errors.New("disk full")

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errDiskFull }

// oddBundles are inputs no exporter may fail or panic on.
func oddBundles(t *testing.T) map[string]*app.CaseBundle {
	empty := &app.CaseBundle{}
	broken := fixture(t)
	broken.Case.Title = "bad \xff\xfe utf-8 \x00\x01 ctrl \u202Eevil\u202C 😀 𝔘"
	broken.Case.Summary = "<div>\n<script>x</script>\n\n# head\n\n```\n<b>\n```\n" + "\xff"
	broken.Extra.ChartPNG = []byte("\x89PNG\r\n\x1a\nnot really")
	broken.Events[0].Evidence = append(broken.Events[0].Evidence,
		app.Evidence{ArticleID: 99, Span: app.Span{Start: 5, End: 2}},
		app.Evidence{ArticleID: 1, Span: app.Span{Start: -4, End: 100000}})
	broken.Events[0].Participants = append(broken.Events[0].Participants, app.Participant{EntityID: 404, Role: "weird <role>"})
	broken.Events[1].Date = app.Date{Value: "not a date", Precision: app.PrecisionDay}
	broken.Events[2].LocationID = 999
	broken.Entities = append(broken.Entities,
		app.Entity{ID: 50, Type: app.TypeIP, Name: "999.1.1.1"}, app.Entity{ID: 51, Type: app.TypeURL, Name: "no scheme"},
		app.Entity{ID: 52, Type: app.TypeEmail, Name: "it's@odd'quote.example"}, app.Entity{ID: 53, Type: "ALIEN", Name: ""})
	broken.Links = append(broken.Links, app.Link{Kind: "", FromKind: app.TargetEvent, FromID: 777, ToKind: app.TargetEntity, ToID: 888})
	broken.Articles[0].SHA256 = "not-hex"
	broken.Articles[1].Title = ""
	long := fixture(t)
	long.Generated = time.Time{}
	for i := 0; i < 60; i++ {
		long.Events = append(long.Events, app.Event{ID: int64(1000 + i), Type: app.EventOther,
			Title: string(bytes.Repeat([]byte("долгий заголовок عنوان طويل "), 20)),
			Date:  app.Date{Value: "2023", Precision: app.PrecisionYear}})
	}
	return map[string]*app.CaseBundle{"empty": empty, "broken": broken, "long": long}
}

func TestOddBundles(t *testing.T) {
	for name, b := range oddBundles(t) {
		for _, f := range Formats() {
			t.Run(name+"/"+string(f), func(t *testing.T) {
				var buf bytes.Buffer
				if err := Write(&buf, f, b); err != nil {
					t.Fatalf("error: %v", err)
				}
				if buf.Len() == 0 {
					t.Fatal("empty output")
				}
			})
		}
	}
}
