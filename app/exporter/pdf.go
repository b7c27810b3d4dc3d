package exporter

import (
	"bytes"
	"fmt"
	"image"
	"image/draw"
	"image/png"
	"io"
	"strings"
	"time"

	"github.com/go-pdf/fpdf"

	"dossier/app"
)

// PDF writes the case summary as an A4 PDF with DejaVu Sans embedded
// (subset), so Latin, Cyrillic and Arabic names render and can be searched
// and copied. Arabic is reshaped into its joined presentation forms and put
// in visual order line by line (see arabic.go and bidi.go). The output is
// deterministic: its creation and modification dates are CaseBundle.Generated.
func PDF(w io.Writer, b *app.CaseBundle) (err error) {
	if err := checkBundle(b); err != nil {
		return err
	}
	defer func() {
		// fpdf reports most failures through Error(), but a panic inside a
		// third-party library must never reach the user.
		if p := recover(); p != nil {
			err = app.WrapError(app.EINTERNAL, fmt.Errorf("pdf: %v", p), "The PDF export failed")
		}
	}()
	r := newReport(b)
	d := newPDFDoc(r, exportTime(b))
	d.render(r)
	var buf bytes.Buffer
	if err := d.f.Output(&buf); err != nil {
		return app.WrapError(app.EINTERNAL, fmt.Errorf("pdf: %w", err), "The PDF export failed")
	}
	return flush(w, "pdf", &buf)
}

// Page geometry in millimetres and type sizes in points.
const (
	pdfMargin  = 18.0
	pdfBody    = 10.0
	pdfSmall   = 8.5
	pdfH1      = 18.0
	pdfH2      = 13.0
	pdfLeading = 1.35 // line height as a multiple of the type size
	ptToMM     = 25.4 / 72
)

// pdfDoc lays out a report with fpdf.
type pdfDoc struct {
	f     *fpdf.Fpdf
	width float64 // width of the text column
}

func newPDFDoc(r *report, generated time.Time) *pdfDoc {
	f := fpdf.New("P", "mm", "A4", "")
	f.SetCatalogSort(true)
	f.SetCreationDate(generated)
	f.SetModificationDate(generated)
	f.SetTitle(r.Title, true)
	f.SetSubject("Case summary", true)
	f.SetAuthor(r.Actor, true)
	f.SetCreator(orDefault(r.Generator, "Dossier"), true)
	f.SetProducer("Dossier (fpdf)", true)
	for _, font := range pdfFonts {
		f.AddUTF8FontFromBytes(pdfFamily, font.style, font.ttf)
	}
	f.SetMargins(pdfMargin, pdfMargin, pdfMargin)
	f.SetAutoPageBreak(true, pdfMargin)
	f.AliasNbPages("{nb}")
	d := &pdfDoc{f: f}
	pw, _ := f.GetPageSize()
	d.width = pw - 2*pdfMargin
	footer := d.prepLine(truncate(r.Title, 70))
	f.SetFooterFunc(func() {
		f.SetY(-12)
		d.font("", 7.5)
		f.SetTextColor(110, 110, 110)
		f.CellFormat(0, 4, footer+fmt.Sprintf(" · page %d of {nb}", f.PageNo()), "", 0, "C", false, 0, "")
		f.SetTextColor(0, 0, 0)
	})
	f.AddPage()
	return d
}

func (d *pdfDoc) render(r *report) {
	d.text(r.Title, "B", pdfH1, 0)
	meta := "Status: " + r.Status + " · Generated " + r.Generated
	if r.Generator != "" {
		meta += " by " + r.Generator
	}
	if r.Actor != "" {
		meta += " for " + r.Actor
	}
	d.gray(func() { d.text(meta, "", pdfSmall, 0); d.text(counts(r), "", pdfSmall, 0) })
	if r.Summary != "" {
		d.heading("Summary")
		d.summary(r.Summary)
	}
	d.timeline(r)
	d.relations(r)
	d.entities(r)
	d.chart(r.Chart)
	d.sources(r)
	d.evidence(r)
}

func (d *pdfDoc) timeline(r *report) {
	d.heading("Timeline")
	if len(r.Events) == 0 {
		d.text("No events in this case.", "", pdfBody, 0)
	}
	for _, ev := range r.Events {
		d.keep(4 * pdfBody * ptToMM * pdfLeading)
		when := ev.Label + "   " + ev.Date
		if ev.Place != "" {
			when += " · " + ev.Place
		}
		d.text(when, "B", pdfBody, 0)
		d.text(ev.Type+": "+ev.Title+" "+pdfCites(ev.Cites), "", pdfBody, 6)
		if len(ev.Who) > 0 {
			d.text("Who: "+whoText(ev.Who), "", pdfBody, 6)
		}
		if len(ev.Details) > 0 {
			d.text(strings.Join(ev.Details, "; "), "", pdfBody, 6)
		}
		if ev.Note != "" {
			d.text("Note: "+clean(ev.Note), "I", pdfBody, 6)
		}
		d.f.Ln(2)
	}
}

func (d *pdfDoc) relations(r *report) {
	if len(r.Links) == 0 {
		return
	}
	d.heading("Relations")
	for _, l := range r.Links {
		line := l.Label + ": " + l.From + " — " + l.Kind + " → " + l.To + " " + pdfCites(l.Cites)
		if l.Note != "" {
			line += " (" + clean(l.Note) + ")"
		}
		d.text(line, "", pdfBody, 0)
	}
}

func (d *pdfDoc) entities(r *report) {
	if len(r.Entities) == 0 {
		return
	}
	d.heading("Key entities")
	for _, e := range r.Entities {
		d.keep(3 * pdfBody * ptToMM * pdfLeading)
		d.text(e.Name+" ("+e.Type+")", "B", pdfBody, 0)
		if len(e.Aliases) > 0 {
			d.text("Also known as: "+strings.Join(e.Aliases, "; "), "", pdfBody, 6)
		}
		if len(e.Roles) > 0 {
			d.text("Roles: "+strings.Join(e.Roles, "; "), "", pdfBody, 6)
		}
		if e.Notes != "" {
			d.text("Note: "+clean(e.Notes), "I", pdfBody, 6)
		}
	}
}

func (d *pdfDoc) sources(r *report) {
	if len(r.Sources) == 0 {
		return
	}
	d.heading("Sources")
	for i, s := range r.Sources {
		d.keep(4 * pdfBody * ptToMM * pdfLeading)
		d.text(fmt.Sprintf("%d. %s", i+1, s.Title), "B", pdfBody, 0)
		line := s.Source + "; published " + s.Published + "; " + s.Grade
		if s.Author != "" {
			line += "; by " + s.Author
		}
		d.text(line, "", pdfBody, 6)
		if s.URL != "" {
			d.text("URL: "+s.URL, "", pdfSmall, 6)
		}
		d.text("SHA-256: "+orDefault(s.SHA, "not recorded"), "", pdfSmall, 6)
		if len(s.Cites) > 0 {
			d.text("Cited as "+citeList(s.Cites), "", pdfSmall, 6)
		}
	}
}

func (d *pdfDoc) evidence(r *report) {
	if len(r.Notes) == 0 {
		return
	}
	d.heading("Evidence")
	for _, n := range r.Notes {
		line := fmt.Sprintf("[%d] %s — %s, %s, %s; ", n.Num, n.Title, n.Source, n.Published, n.Grade)
		if n.Quote != "" {
			line += "“" + n.Quote + "”"
		} else {
			line += n.Where
		}
		if n.SHA != "" {
			line += "; SHA-256 " + n.ShortSHA()
		}
		d.text(line+" ("+strings.Join(n.UsedBy, ", ")+")", "", pdfSmall+0.5, 0)
		d.f.Ln(1)
	}
}

// chart draws the link chart scaled to the column, on a new page when the
// rest of this one is too short.
func (d *pdfDoc) chart(b []byte) {
	if len(b) == 0 {
		return
	}
	img, err := png.Decode(bytes.NewReader(b))
	if err != nil {
		return
	}
	// Re-encode as 8-bit NRGBA: fpdf reads only some PNG variants (no
	// interlacing, no 16-bit), and this keeps any valid chart drawable.
	nrgba := image.NewNRGBA(img.Bounds())
	draw.Draw(nrgba, nrgba.Bounds(), img, img.Bounds().Min, draw.Src)
	var buf bytes.Buffer
	if png.Encode(&buf, nrgba) != nil {
		return
	}
	d.heading("Link chart")
	info := d.f.RegisterImageOptionsReader("chart", fpdf.ImageOptions{ImageType: "PNG"}, &buf)
	if info == nil || d.f.Err() {
		return
	}
	_, ph := d.f.GetPageSize()
	// Draw at 96 dpi, shrunk to the column: a small chart is not blown up.
	px := img.Bounds().Size() // info's sizes are in mm at fpdf's 72 dpi
	w := min(d.width, float64(px.X)*25.4/96)
	h := w * float64(px.Y) / float64(px.X)
	if maxH := ph - 2*pdfMargin - 20; h > maxH {
		w, h = w*maxH/h, maxH
	}
	d.keep(h + 2)
	d.f.ImageOptions("chart", pdfMargin, d.f.GetY(), w, h, false, fpdf.ImageOptions{ImageType: "PNG"}, 0, "")
	d.f.SetY(d.f.GetY() + h + 2)
}

func (d *pdfDoc) heading(title string) {
	d.keep(pdfH2*ptToMM*3 + 10)
	d.f.Ln(3)
	d.text(title, "B", pdfH2, 0)
	y := d.f.GetY()
	d.f.SetDrawColor(190, 190, 190)
	d.f.Line(pdfMargin, y, pdfMargin+d.width, y)
	d.f.SetDrawColor(0, 0, 0)
	d.f.Ln(2)
}

// keep starts a new page unless h millimetres fit below the current line.
func (d *pdfDoc) keep(h float64) {
	_, ph := d.f.GetPageSize()
	if d.f.GetY()+h > ph-pdfMargin {
		d.f.AddPage()
	}
}

func (d *pdfDoc) gray(fn func()) {
	d.f.SetTextColor(90, 90, 90)
	fn()
	d.f.SetTextColor(0, 0, 0)
}

// font selects a face of the embedded family.
func (d *pdfDoc) font(style string, size float64) { d.f.SetFont(pdfFamily, style, size) }

// pdfCites renders footnote references as "[1][2]".
func pdfCites(nums []int) string {
	var b strings.Builder
	for _, n := range nums {
		fmt.Fprintf(&b, "[%d]", n)
	}
	return b.String()
}
