package ui

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"fyne.io/fyne/v2/test"

	"dossier/app"
)

// fakeExport records what the export dialog asked for and writes a small file.
type fakeExport struct {
	mu      sync.Mutex
	caseID  int64
	format  string
	path    string
	written []byte
	chart   []byte
}

func (x *fakeExport) export(ctx context.Context, cf app.CaseFile, caseID int64, format, path string, chart []byte) (string, error) {
	c, err := cf.Case(ctx, caseID)
	if err != nil {
		return "", err
	}
	data := []byte(format + " export of " + c.Title)
	if err := os.WriteFile(path, data, 0o644); err != nil {
		return "", err
	}
	x.mu.Lock()
	defer x.mu.Unlock()
	x.caseID, x.format, x.path, x.written, x.chart = caseID, format, path, data, chart
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:]), nil
}

func TestExportDialogWritesAndReportsTheHash(t *testing.T) {
	fake := &fakeExport{}
	svc := testServices()
	svc.Export = fake.export
	f := newArticleFixtureWith(t, svc)
	a := f.createEvent(t, "Ribeiro meets the envoys", app.EventMeeting, "2024-03-05", "Ribeiro met envoys")
	c := f.createCase(t, "Harbour ring", a)
	f.showCase(t, c)
	f.menuAction(t, "File", "Export Case…")
	d := f.w.cases.lastExport
	if d == nil {
		t.Fatal("no export dialog")
	}
	if d.what.Selected != caseLabel(f.caseOf(t, c)) {
		t.Errorf("export dialog chose %q, want the case on the board", d.what.Selected)
	}
	if !strings.HasSuffix(d.path.Text, "Harbour-ring.md") {
		t.Errorf("suggested path %q", d.path.Text)
	}
	d.format.SetSelected(exportFormats[2].label) // PDF
	if !strings.HasSuffix(d.path.Text, "Harbour-ring.pdf") {
		t.Errorf("the path did not follow the format: %q", d.path.Text)
	}
	out := filepath.Join(t.TempDir(), "ring.pdf")
	d.path.SetText(out)
	test.Tap(d.ok)
	<-f.w.lastJob

	fake.mu.Lock()
	defer fake.mu.Unlock()
	if fake.caseID != c || fake.format != "pdf" || fake.path != out {
		t.Errorf("Export got case %d format %q path %q", fake.caseID, fake.format, fake.path)
	}
	data, err := os.ReadFile(out)
	if err != nil || string(data) != string(fake.written) {
		t.Fatalf("file %q (%v)", data, err)
	}
	sum := sha256.Sum256(data)
	status := f.w.status.Text
	if !strings.Contains(status, out) || !strings.Contains(status, hex.EncodeToString(sum[:])) {
		t.Errorf("status %q lacks the path or the SHA-256", status)
	}
}

func TestExportFailureIsReported(t *testing.T) {
	svc := testServices()
	svc.Export = func(context.Context, app.CaseFile, int64, string, string, []byte) (string, error) {
		return "", app.Errorf(app.EREADONLY, "cannot write there")
	}
	f := newArticleFixtureWith(t, svc)
	d := f.w.openExport(0)
	if d.what.Selected != wholeFile {
		t.Errorf("export chose %q with no case open", d.what.Selected)
	}
	d.path.SetText(filepath.Join(t.TempDir(), "all.md"))
	test.Tap(d.ok)
	<-f.w.lastJob
	if !strings.Contains(f.w.status.Text, "Export failed") {
		t.Errorf("status %q", f.w.status.Text)
	}
	if f.w.win.Canvas().Overlays().Top() == nil {
		t.Error("no error dialog")
	}
}

func TestFileSafe(t *testing.T) {
	for in, want := range map[string]string{
		"Harbour ring":       "Harbour-ring",
		"  Ops: 2024/03 *  ": "Ops-2024-03",
		"Порт Халден":        "Порт-Халден",
		"***":                "export",
		"a_b-c":              "a_b-c",
	} {
		if got := fileSafe(in); got != want {
			t.Errorf("fileSafe(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestExportDir(t *testing.T) {
	home, err := os.UserHomeDir()
	if err != nil {
		t.Skip("no home folder")
	}
	for in, want := range map[string]string{
		"/work/cases/ring.dossier":                               "/work/cases",
		filepath.Join(home, ".local/share/dossier/demo.dossier"): home,
		"ring.dossier": ".",
	} {
		if got := exportDir(in); got != want {
			t.Errorf("exportDir(%q) = %q, want %q", in, got, want)
		}
	}
}
