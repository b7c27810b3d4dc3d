package exporter

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"
)

// pdfText exports b as PDF and returns the text pdftotext extracts, with
// white space collapsed and Arabic presentation forms folded back (NFKC).
func pdfText(t *testing.T, b []byte) string {
	t.Helper()
	tool, err := exec.LookPath("pdftotext")
	if err != nil {
		t.Skip("pdftotext not found (install poppler-utils to check the PDF's text)")
	}
	path := filepath.Join(t.TempDir(), "case.pdf")
	if err := os.WriteFile(path, b, 0o600); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(tool, "-enc", "UTF-8", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	text := strings.Map(func(r rune) rune {
		if isBidiControl(r) || r == '\u200E' || r == '\u200F' {
			return -1
		}
		return r
	}, string(out))
	return strings.Join(strings.Fields(norm.NFKC.String(text)), " ")
}

func TestPDF(t *testing.T) {
	var buf bytes.Buffer
	if err := PDF(&buf, fixture(t)); err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(buf.Bytes(), []byte("%PDF-")) {
		t.Fatalf("not a PDF: %q", buf.Bytes()[:min(20, buf.Len())])
	}
	text := pdfText(t, buf.Bytes())
	inOrder(t, text, "timeline", []string{"Timeline",
		"E1 7 March 2024 · Odesa", "Break-in at Black Sea Freight Lines' booking servers [1][2]",
		"E2 March 2024", "leaked manifests [3]",
		"E3 2 April 2024 – 5 April 2024 · Harbour district", "Two suspects arrested in Odesa [4]",
		"E4 week 16 of 2024", "denies links to the arrested men [5]", "Relations"})
	inOrder(t, text, "footnotes", []string{"Evidence",
		"[1] Port logistics firm hit by intrusion, investigators say — Harbour Wire, 8 March 2024, grade B",
		"[2] Port logistics", "“Traffic was traced to 203.0.113.45”",
		"[3] " + cyrillicTitle + " — Одесский вестник, 6 April 2024, grade C", "“в марте предупредила клиентов об утечке”",
		"[4] " + cyrillicTitle, "[5] Channel post <i>attributed</i> to Grey Lantern — Open-source monitoring, date unknown, not graded",
		`<script>alert(1)</script> <img src=x onerror=alert(1)> </style> ask them`,
		"[6] " + cyrillicTitle, "(R1)"})
	for _, want := range []string{
		"2. " + cyrillicTitle, // Cyrillic in the sources list, bold face
		"Also known as: Олександр Гриценко; Sasha H.", // Cyrillic alias
		"Also known as: " + arabicName,                // Arabic, reshaped and reordered, reads back in logical order
		"one named " + arabicName,                     // Arabic inside a Latin sentence of the summary
		"SHA-256: " + sha(articleTexts[1]),            // full digest in the sources list
		`<script>alert("summary")</script>`,           // raw HTML in the summary, as text
		"page 1 of 3",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("PDF text lacks %q", want)
		}
	}
}

// inOrder checks that the parts appear in text one after the other.
func inOrder(t *testing.T, text, what string, parts []string) {
	t.Helper()
	at := 0
	for _, p := range parts {
		i := strings.Index(text[at:], p)
		if i < 0 {
			if strings.Contains(text, p) {
				t.Errorf("%s: %q is out of order", what, p)
			} else {
				t.Errorf("%s: %q is missing", what, p)
			}
			continue
		}
		at += i + len(p)
	}
}

func TestPDFLongCaseHasManyPages(t *testing.T) {
	var buf bytes.Buffer
	if err := PDF(&buf, oddBundles(t)["long"]); err != nil {
		t.Fatal(err)
	}
	text := pdfText(t, buf.Bytes())
	if !strings.Contains(text, "E64 2023") || strings.Contains(text, "page 1 of 1 ") {
		t.Errorf("long case: missing the last event or not paginated: %.200q…", text)
	}
}

// TestPDFChartAt96DPI checks that the link chart is drawn at 96 pixels to
// the inch (shrunk only when wider than the column), so a small chart's labels
// stay as legible on paper as on screen.
func TestPDFChartAt96DPI(t *testing.T) {
	tool, err := exec.LookPath("pdfimages")
	if err != nil {
		t.Skip("pdfimages not found (install poppler-utils to check the PDF's images)")
	}
	var buf bytes.Buffer
	if err := PDF(&buf, fixture(t)); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "case.pdf")
	if err := os.WriteFile(path, buf.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(tool, "-list", path).Output()
	if err != nil {
		t.Fatalf("pdfimages: %v", err)
	}
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")
	if len(lines) != 3 {
		t.Fatalf("want one image (the chart), pdfimages lists:\n%s", out)
	}
	// page num type width height color comp bpc enc interp object ID x-ppi y-ppi size ratio
	f := strings.Fields(lines[2])
	if len(f) < 14 || f[3] != "40" || f[4] != "20" || f[12] != "96" || f[13] != "96" {
		t.Errorf("chart image %q: want 40×20 pixels at 96 ppi", lines[2])
	}
}
