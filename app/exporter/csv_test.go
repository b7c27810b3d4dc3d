package exporter

import (
	"archive/zip"
	"bytes"
	"encoding/csv"
	"io"
	"strings"
	"testing"
)

// readZipCSV unpacks the CSV export into its tables.
func readZipCSV(t *testing.T, b []byte) map[string][][]string {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatal(err)
	}
	out := map[string][][]string{}
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		data, err := io.ReadAll(rc)
		_ = rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		rows, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
		if err != nil {
			t.Fatalf("%s: %v", f.Name, err)
		}
		out[f.Name] = rows
	}
	return out
}

func TestCSV(t *testing.T) {
	var buf bytes.Buffer
	if err := CSV(&buf, fixture(t)); err != nil {
		t.Fatal(err)
	}
	tables := readZipCSV(t, buf.Bytes())
	wantRows := map[string]int{"entities.csv": 12, "events.csv": 4, "participants.csv": 10, "evidence.csv": 6, "mentions.csv": 2}
	if len(tables) != len(wantRows) {
		t.Errorf("zip holds %d files, want %d", len(tables), len(wantRows))
	}
	for name, n := range wantRows {
		if got := len(tables[name]) - 1; got != n {
			t.Errorf("%s: %d rows, want %d", name, got, n)
		}
	}
	men := byColumn(t, tables["mentions.csv"])
	checkCells(t, "mentions.csv", men, []cellWant{
		{0, "entity", "Black Sea Freight Lines"}, {0, "status", "accepted"}, {1, "text", "'=cmd"},
	})
	ev := byColumn(t, tables["events.csv"])
	checkCells(t, "events.csv", ev, []cellWant{
		{0, "label", "E1"}, {0, "date", "2024-03-07"}, {0, "date_precision", "day"}, {0, "location", "Odesa"},
		{0, "citations", "[1], [2]"}, {1, "date_text", "March 2024"}, {2, "date_text", "2 April 2024 – 5 April 2024"},
		{2, "participants", "Odesa Regional Police (agent); Oleksandr Hrytsenko (target); Abdullah al-Husseini (target)"},
		{3, "status", "suggested"}, {3, "citations", "[5]"},
	})
	ent := byColumn(t, tables["entities.csv"])
	checkCells(t, "entities.csv", ent, []cellWant{
		{0, "name", "Grey Lantern"}, {0, "roles", "perpetrator in E1; reporter in E4"},
		{6, "aliases", "Олександр Гриценко | Sasha H."}, {7, "aliases", arabicName},
		{11, "name", "'+380 48 555 0199"}, // a formula-looking cell is defused
	})
	evi := byColumn(t, tables["evidence.csv"])
	checkCells(t, "evidence.csv", evi, []cellWant{
		{0, "citation", "1"}, {0, "published", "2024-03-08"}, {0, "grade", "B"}, {2, "title", cyrillicTitle},
		{4, "cited_by", "E4 R4"}, {4, "quote", clean(hostileQuote)}, {4, "published", ""}, {4, "sha256", sha(articleTexts[2])},
	})
	if got, want := evi[4]["start"]+"–"+evi[4]["end"], spanText(t); got != want {
		t.Errorf("evidence.csv: span of [5] = %s, want %s", got, want)
	}
}

func spanText(t *testing.T) string {
	s := spanOf(t, articleTexts[2], hostileQuote)
	return strings.Join([]string{itoa(s.Start), itoa(s.End)}, "–")
}

func itoa(i int) string { return id(int64(i)) }

type cellWant struct {
	row       int
	col, want string
}

// byColumn turns rows into maps keyed by the header.
func byColumn(t *testing.T, rows [][]string) []map[string]string {
	t.Helper()
	if len(rows) == 0 {
		t.Fatal("no header")
	}
	var out []map[string]string
	for _, r := range rows[1:] {
		m := map[string]string{}
		for i, h := range rows[0] {
			m[h] = r[i]
		}
		out = append(out, m)
	}
	return out
}

func checkCells(t *testing.T, table string, rows []map[string]string, wants []cellWant) {
	t.Helper()
	for _, w := range wants {
		if w.row >= len(rows) {
			t.Errorf("%s: no row %d", table, w.row)
			continue
		}
		if got, ok := rows[w.row][w.col]; !ok || got != w.want {
			t.Errorf("%s row %d %s = %q, want %q", table, w.row, w.col, got, w.want)
		}
	}
}

func TestCell(t *testing.T) {
	for in, want := range map[string]string{
		"=HYPERLINK(\"x\")": "'=HYPERLINK(\"x\")", "+1": "'+1", "-2": "'-2", "@SUM(A1)": "'@SUM(A1)",
		"plain": "plain", "": "", " =trimmed": "'=trimmed", "a\nb": "a b",
	} {
		if got := cell(in); got != want {
			t.Errorf("cell(%q) = %q, want %q", in, got, want)
		}
	}
}
