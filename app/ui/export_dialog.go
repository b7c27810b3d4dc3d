package ui

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"dossier/app"
)

// exportFormats are the formats Services.Export writes, as the exporter
// names them, with a label and the file extension it uses.
// chart says whether the format embeds the link chart.
var exportFormats = []struct {
	name, label, ext string
	chart            bool
}{
	{"md", "Markdown summary (.md)", ".md", true},
	{"html", "HTML report, self-contained (.html)", ".html", true},
	{"pdf", "PDF report (.pdf)", ".pdf", true},
	{"csv", "CSV tables, zipped (.zip)", ".zip", false},
	{"stix", "STIX 2.1 bundle (.stix.json)", ".stix.json", false},
	{"graphml", "GraphML for Gephi or yEd (.graphml)", ".graphml", false},
	{"json", "Dossier exchange, to import into another case file (.json)", ".json", false},
}

// wholeFile is the case menu's choice that exports every accepted event.
const wholeFile = "The whole case file (every accepted event)"

// exportDialog exports a case (or the whole file) in one format to a
// file: the work runs as a job with progress and Cancel, and the status
// bar then shows where it went and the export's SHA-256 (which the case
// file's log records too).
type exportDialog struct {
	w       *mainWindow
	what    *widget.Select
	caseIDs map[string]int64
	format  *widget.Select
	path    *widget.Entry
	choose  *widget.Button
	ok      *widget.Button
	dlg     *dialog.CustomDialog
}

// openExport shows the export dialog with case caseID (0: the whole file) chosen.
func (w *mainWindow) openExport(caseID int64) *exportDialog {
	if w.cf == nil {
		return nil
	}
	d := &exportDialog{w: w, caseIDs: map[string]int64{wholeFile: 0}}
	opts, sel := []string{}, wholeFile
	if cases, err := w.cf.Cases(context.Background()); err == nil {
		for _, c := range cases {
			d.caseIDs[caseLabel(c)] = c.ID
			opts = append(opts, caseLabel(c))
			if c.ID == caseID {
				sel = caseLabel(c)
			}
		}
	}
	d.what = widget.NewSelect(append(opts, wholeFile), func(string) { d.suggestPath() })
	labels := make([]string, len(exportFormats))
	for i, f := range exportFormats {
		labels[i] = f.label
	}
	d.format = widget.NewSelect(labels, func(string) { d.suggestPath() })
	d.path = widget.NewEntry()
	d.path.OnChanged = func(string) { setEnabled(d.ok, strings.TrimSpace(d.path.Text) != "") }
	d.choose = widget.NewButtonWithIcon("Choose…", theme.FolderOpenIcon(), d.onChoose)
	d.ok = widget.NewButton("Export", d.start)
	d.ok.Importance = widget.HighImportance
	form := container.New(layout.NewFormLayout(),
		widget.NewLabel("Export"), d.what,
		widget.NewLabel("Format"), d.format,
		widget.NewLabel("Save to"), container.NewBorder(nil, nil, nil, d.choose, d.path))
	d.dlg = dialog.NewCustomWithoutButtons("Export", form, w.win)
	d.dlg.SetButtons([]fyne.CanvasObject{widget.NewButton("Cancel", func() { d.dlg.Hide() }), d.ok})
	d.dlg.Resize(fyne.NewSize(640, 240))
	d.what.SetSelected(sel)
	d.format.SetSelectedIndex(0)
	d.dlg.Show()
	w.cases.lastExport = d
	return d
}

// formatIndex is the chosen format's place in exportFormats.
func (d *exportDialog) formatIndex() int { return max(d.format.SelectedIndex(), 0) }

// suggestPath proposes "<case title><ext>" beside the case file; once the
// analyst has chosen a place, only the extension follows the format.
func (d *exportDialog) suggestPath() {
	if d.path == nil || d.format.Selected == "" {
		return
	}
	ext := exportFormats[d.formatIndex()].ext
	cur := strings.TrimSpace(d.path.Text)
	if cur != "" {
		for _, f := range exportFormats {
			if strings.HasSuffix(cur, f.ext) {
				d.path.SetText(strings.TrimSuffix(cur, f.ext) + ext)
				return
			}
		}
		return
	}
	name := fileSafe(strings.TrimSuffix(d.what.Selected, fmt.Sprintf(" (#%d)", d.caseIDs[d.what.Selected])))
	if d.caseIDs[d.what.Selected] == 0 {
		name = fileSafe(d.w.cf.Title())
	}
	d.path.SetText(filepath.Join(exportDir(d.w.cf.Path()), name+ext))
}

// exportDir is where exports go by default: beside the case file, unless
// that lies in a hidden folder (the demo case, in ~/.local/share), where
// the analyst would not look for it; then the home folder.
func exportDir(caseFile string) string {
	dir := filepath.Dir(caseFile)
	for _, part := range strings.Split(filepath.ToSlash(dir), "/") {
		if strings.HasPrefix(part, ".") && part != "." && part != ".." {
			if home, err := os.UserHomeDir(); err == nil {
				return home
			}
		}
	}
	return dir
}

// fileSafe turns a title into a file name: letters, digits, - and _.
func fileSafe(s string) string {
	var b strings.Builder
	for _, r := range strings.TrimSpace(s) {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' || r == '_':
			b.WriteRune(r)
		case b.Len() > 0 && !strings.HasSuffix(b.String(), "-"):
			b.WriteRune('-')
		}
	}
	if out := strings.Trim(b.String(), "-"); out != "" {
		return out
	}
	return "export"
}

// onChoose picks the file with Fyne's save dialog (which asks before
// overwriting). The dialog creates the file empty: it is removed again,
// since the export writes it whole (or not at all) under that name.
func (d *exportDialog) onChoose() {
	fd := dialog.NewFileSave(func(uc fyne.URIWriteCloser, err error) {
		if err != nil || uc == nil {
			return
		}
		path := uc.URI().Path()
		_ = uc.Close()
		if fi, err := os.Stat(path); err == nil && fi.Size() == 0 {
			_ = os.Remove(path)
		}
		d.path.SetText(path)
	}, d.w.win)
	p := strings.TrimSpace(d.path.Text)
	fd.SetFileName(filepath.Base(p))
	if dir, err := storage.ListerForURI(storage.NewFileURI(filepath.Dir(p))); err == nil {
		fd.SetLocation(dir)
	}
	fd.Show()
}

// start checks the path, asks before replacing a file, and runs the export.
func (d *exportDialog) start() {
	path := strings.TrimSpace(d.path.Text)
	if path == "" {
		return
	}
	if abs, err := filepath.Abs(path); err == nil {
		path = abs
	}
	if fi, err := os.Stat(path); err == nil && fi.IsDir() {
		showError(d.w.win, "Export", app.Errorf(app.EINVALID, "%s is a folder: add a file name", path))
		return
	} else if err == nil {
		dialog.ShowConfirm("Replace file?", fmt.Sprintf("%s exists. Replace it?", filepath.Base(path)), func(ok bool) {
			if ok {
				d.run(path)
			}
		}, d.w.win)
		return
	}
	d.run(path)
}

// run exports through Services.Export as a job.
func (d *exportDialog) run(path string) {
	w, cf := d.w, d.w.cf
	if w.svc.Export == nil || cf == nil {
		showError(w.win, "Export", app.Errorf(app.EUNSUPPORTED, "export is not available in this build"))
		return
	}
	d.dlg.Hide()
	caseID, what := d.caseIDs[d.what.Selected], d.what.Selected
	format := exportFormats[d.formatIndex()]
	var chart []byte
	if format.chart && w.chart != nil {
		chart = w.chart.renderPNG(caseID) // on the UI goroutine, as the chart widget needs
	}
	var sum string
	w.lastJob = runJob(w.win, "Exporting", func(ctx context.Context, p Progress) error {
		p(-1, fmt.Sprintf("Writing %s…", filepath.Base(path)))
		var err error
		sum, err = w.svc.Export(ctx, cf, caseID, format.name, path, chart)
		return err
	}, func(err error) {
		if err != nil {
			w.updateStatus("Export failed: nothing was written to " + shortPath(path))
			return
		}
		what = "“" + ellipsize(strings.TrimSuffix(what, fmt.Sprintf(" (#%d)", caseID)), 40) + "”"
		if caseID == 0 {
			what = "the whole case file"
		}
		// The hash before the path: a narrow window cuts the end of the line.
		w.updateStatus(fmt.Sprintf("Exported %s as %s — SHA-256 %s — %s", what, strings.ToUpper(format.name), sum, shortPath(path)))
	})
}

// shortPath keeps a long path readable in the status bar: its last two
// elements after an ellipsis.
func shortPath(p string) string {
	if len([]rune(p)) <= 80 {
		return p
	}
	return "…" + string(filepath.Separator) + filepath.Join(filepath.Base(filepath.Dir(p)), filepath.Base(p))
}
