package cli_test

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"html"
	"image/png"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestEventsCasesAndExport goes from imported articles to an exported,
// sourced case summary with the CLI alone.
func TestEventsCasesAndExport(t *testing.T) {
	dir := t.TempDir()
	cf := filepath.Join(dir, "case.dossier")
	src := filepath.Join(dir, "in")
	if err := os.Mkdir(src, 0o755); err != nil {
		t.Fatal(err)
	}
	writeArticles(t, src)
	mustRun(t, "new", cf)
	mustRun(t, "import", cf, src, "--no-extract", "--published", "2024-05-06", "--source", "Wire")

	fire := spanOf(t, cf, 1, "A fire broke out at the harbour of Velmora")
	talks := spanOf(t, cf, 2, "Negotiators met in Ostrava")
	mustRun(t, "event", "new", cf, "--title", "Harbour fire in Velmora", "--type", "ATTACK",
		"--date", "2024-05", "--evidence", "1:"+fire, "--killed", "0", "--injured", "2")
	mustRun(t, "event", "new", cf, "--title", "Talks in Ostrava", "--type", "MEETING",
		"--date", "2024-05-07", "--evidence", "2:"+talks)
	from, to, _ := strings.Cut(talks, "-")
	mustRun(t, "event", "add-evidence", cf, "1", "2", from, to)
	list := mustRun(t, "event", "list", cf)
	if !strings.Contains(list, "May 2024") || !strings.Contains(list, "7 May 2024") {
		t.Errorf("event list does not show dates with their precision:\n%s", list)
	}
	mustRun(t, "case", "new", cf, "Harbour dispute", "--summary", "The **fire** came first.")
	mustRun(t, "case", "add", cf, "Harbour dispute", "1", "2")
	mustRun(t, "case", "link", cf, "Harbour dispute", "--from", "event:1", "--to", "event:2", "--kind", "precedes")
	if !strings.Contains(mustRun(t, "case", "list", cf), "2 events") {
		t.Error("case list does not count two events")
	}
	out := filepath.Join(dir, "summary.md")
	mustRun(t, "export", cf, "--case", "Harbour dispute", "--format", "md", "-o", out)
	md, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Harbour dispute", "Harbour fire in Velmora", "May 2024", "Harbour fire in Velmora\n"} {
		if !strings.Contains(string(md), strings.TrimSpace(want)) {
			t.Errorf("export lacks %q", want)
		}
	}
	if !strings.Contains(string(md), "“A fire broke out at the harbour of Velmora”") || !strings.Contains(string(md), "[^1]") {
		t.Errorf("export does not cite its sources:\n%s", md)
	}
	if !strings.Contains(strings.SplitN(mustRun(t, "log", cf), "\n", 2)[0], "export") {
		t.Error("the export is not the newest log entry")
	}
	checkChartPicture(t, "md", md)
	page := filepath.Join(dir, "summary.html")
	mustRun(t, "export", cf, "--case", "Harbour dispute", "--format", "html", "-o", page)
	data, err := os.ReadFile(page)
	if err != nil {
		t.Fatal(err)
	}
	checkChartPicture(t, "html", data)
}

// checkChartPicture checks that an export embeds the link chart as a PNG
// data URI that decodes to a picture of the case (the CLI has no Fyne app
// to draw with: the chart is laid out and drawn headless).
func checkChartPicture(t *testing.T, format string, export []byte) {
	t.Helper()
	const uri = "data:image/png;base64,"
	_, rest, ok := bytes.Cut(export, []byte(uri))
	if !ok {
		t.Errorf("the %s export has no link chart picture", format)
		return
	}
	end := bytes.IndexAny(rest, ")\"")
	if end < 0 {
		t.Fatalf("the %s export's chart URI does not end", format)
	}
	b64 := string(rest[:end])
	if format == "html" {
		b64 = html.UnescapeString(b64) // html/template writes '+' as &#43; in attributes
	}
	raw, err := base64.StdEncoding.DecodeString(b64)
	if err != nil {
		t.Fatalf("the %s export's chart is not base64: %v", format, err)
	}
	img, err := png.Decode(bytes.NewReader(raw))
	if err != nil {
		t.Fatalf("the %s export's chart is not a PNG: %v", format, err)
	}
	b := img.Bounds()
	painted := 0
	for y := b.Min.Y; y < b.Max.Y; y += 4 {
		for x := b.Min.X; x < b.Max.X; x += 4 {
			if r, g, bl, _ := img.At(x, y).RGBA(); r != 0xffff || g != 0xffff || bl != 0xffff {
				painted++
			}
		}
	}
	if painted < 100 {
		t.Errorf("the %s export's chart (%v) is blank: %d sampled pixels drawn", format, b, painted)
	}
}

// spanOf finds quote in article id and returns its code-point span as START-END.
func spanOf(t *testing.T, cf string, id int, quote string) string {
	t.Helper()
	var a struct{ Text string }
	if err := json.Unmarshal([]byte(mustRun(t, "article", "show", cf, strconv.Itoa(id), "--json")), &a); err != nil {
		t.Fatal(err)
	}
	i := strings.Index(a.Text, quote)
	if i < 0 {
		t.Fatalf("article %d lacks %q", id, quote)
	}
	start := utf8.RuneCountInString(a.Text[:i])
	return fmt.Sprintf("%d-%d", start, start+utf8.RuneCountInString(quote))
}

func TestCaseCommandErrors(t *testing.T) {
	cf := filepath.Join(t.TempDir(), "c.dossier")
	mustRun(t, "new", cf)
	for _, args := range [][]string{
		{"case", "add", cf, "No such case", "1"},
		{"event", "new", cf, "--title", "X", "--type", "PICNIC"},
		{"event", "new", cf, "--title", "X", "--date", "March"},
		{"export", cf, "--format", "docx", "-o", filepath.Join(t.TempDir(), "x")},
	} {
		if code, _, errs := run(t, "", args...); code != 1 || strings.Count(strings.TrimSpace(errs), "\n") != 0 {
			t.Errorf("dossier %v: exit %d, stderr %q; want 1 and one line", args, code, errs)
		}
	}
}
