package importer

import (
	"errors"
	"strings"
	"testing"
	"time"

	"dossier/app"
)

func TestReadJSONFixtures(t *testing.T) {
	tests := []struct {
		file   string
		format string
		titles []string
	}{
		{"articles/archive.json", "json", []string{
			"Mining company suspends operations in Karsk valley", "Residents demand water tests near Karsk mine"}},
		{"articles/statement.json", "json", []string{"Statement by the Port Veyra workers' council"}},
		{"articles/wire.jsonl", "jsonl", []string{
			"Flooding cuts rail link between Asterby and Quill", "Border crossing at Telmar reopens",
			"Police in Quill arrested two men suspected of stealing copper cable from the flooded railway line."}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			arts, err := readFixture(t, tt.file)
			if err != nil {
				t.Fatal(err)
			}
			if len(arts) != len(tt.titles) {
				t.Fatalf("got %d articles, want %d", len(arts), len(tt.titles))
			}
			for i, a := range arts {
				checkArticle(t, a)
				if a.Title != tt.titles[i] || a.Format != tt.format {
					t.Errorf("article %d: %q (%s), want %q (%s)", i, a.Title, a.Format, tt.titles[i], tt.format)
				}
			}
		})
	}
}

func TestReadJSONFields(t *testing.T) {
	arts, err := readFixture(t, "articles/wire.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	a, b := arts[0], arts[1]
	if a.Source != "Northwire" || a.URL != "https://northwire.example.com/2024/06/flood" ||
		a.Author != "Tomas Brenn" || !a.Published.Equal(day(2024, 6, 11)) || a.Grade != "B" {
		t.Errorf("first record: %+v", a)
	}
	if want := time.Date(2024, 6, 12, 7, 30, 0, 0, time.UTC); !b.Published.Equal(want) || b.Grade != "C" {
		t.Errorf("second record: published %v grade %q; want %v, C", b.Published, b.Grade, want)
	}
	if string(a.Original) == string(b.Original) || !strings.HasPrefix(string(a.Original), `{"title":"Flooding`) {
		t.Errorf("Original is not the record's own JSON: %q", a.Original)
	}
	arc, err := readFixture(t, "articles/archive.json")
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(arc[0].Text, "\r") || !strings.Contains(arc[0].Text, "third day.\nThe company") {
		t.Errorf("CRLF in JSON text not normalised: %q", arc[0].Text)
	}
}

func TestReadJSONBadRecords(t *testing.T) {
	arts, err := readFixture(t, "bad/bad-records.jsonl")
	if len(arts) != 1 || arts[0].Title != "Good record" {
		t.Fatalf("got %d articles, want the one good record", len(arts))
	}
	var recs RecordErrors
	if !errors.As(err, &recs) {
		t.Fatalf("error %v is not RecordErrors", err)
	}
	want := []string{
		"line 2: the record has no text",
		`line 3: published date "5 January 2024" is not YYYY-MM-DD or RFC 3339`,
		`line 4: grade "Z" is not one of A–F`,
		"line 5: not an article record: invalid character 'b' looking for beginning of value",
	}
	if len(recs) != len(want) {
		t.Fatalf("got %d record errors, want %d: %v", len(recs), len(want), recs)
	}
	for i, w := range want {
		if recs[i].Error() != w {
			t.Errorf("record error %d = %q, want %q", i, recs[i].Error(), w)
		}
		if app.ErrorCode(recs[i]) != app.EINVALID {
			t.Errorf("record error %d code %q", i, app.ErrorCode(recs[i]))
		}
	}
	if app.ErrorCode(err) != app.EINVALID {
		t.Errorf("code of the whole = %q", app.ErrorCode(err))
	}
}

func TestReadJSONShapes(t *testing.T) {
	tests := []struct {
		name, in string
		n        int
		code     string
	}{
		{"single object", `{"text":"One."}`, 1, ""},
		{"pretty object", "{\n  \"title\": \"x\",\n  \"text\": \"One.\"\n}\n", 1, ""},
		{"array", `[{"text":"One."},{"text":"Two."}]`, 2, ""},
		{"concatenated", "{\"text\":\"One.\"}\n{\"text\":\"Two.\"}\n", 2, ""},
		{"empty array", `[]`, 0, app.EINVALID},
		{"not records", `[1, 2]`, 0, app.EINVALID},
		{"single bad record", `{"title":"x"}`, 0, app.EINVALID},
		{"zero time", `{"text":"One.","published":"0001-01-01T00:00:00Z"}`, 1, ""},
		{"unknown fields ignored", `{"id":7,"sha256":"x","text":"One.","entities":[]}`, 1, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			arts, err := Read("a.json", strings.NewReader(tt.in))
			if len(arts) != tt.n || app.ErrorCode(err) != tt.code {
				t.Fatalf("Read = %d articles, %v; want %d, code %q", len(arts), err, tt.n, tt.code)
			}
			for _, a := range arts {
				if !a.Published.IsZero() {
					t.Errorf("published %v, want unknown", a.Published)
				}
			}
		})
	}
	arts, _ := Read("dir/batch.json", strings.NewReader(`[{"text":"`+strings.Repeat("long ", 40)+`"},{"text":"Two."}]`))
	if arts[0].Title != "batch, record 1" || arts[1].Title != "Two." {
		t.Errorf("fallback titles %q, %q", arts[0].Title, arts[1].Title)
	}
}
