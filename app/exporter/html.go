package exporter

import (
	"bytes"
	_ "embed"
	"encoding/base64"
	"fmt"
	"html/template"
	"io"

	"dossier/app"
)

//go:embed report.html.tmpl
var reportTemplate string

// htmlTemplate is parsed once; html/template escapes every value by context.
var htmlTemplate = template.Must(template.New("report").
	Funcs(template.FuncMap{"shortSHA": shortSHA}).Parse(reportTemplate))

// htmlView is the report with the parts only HTML needs.
type htmlView struct {
	*report
	Summary  template.HTML
	Counts   string
	ChartURI template.URL
}

// HTML writes the case summary as one self-contained HTML file: inline CSS,
// the link chart as a data: URI PNG, no script, and a Content-Security-Policy
// that forbids loading anything but data: images and inline styles. All text
// is escaped by html/template; the summary's Markdown is rendered with raw
// HTML shown as text and script-capable links dropped.
func HTML(w io.Writer, b *app.CaseBundle) error {
	if err := checkBundle(b); err != nil {
		return err
	}
	r := newReport(b)
	v := htmlView{report: r, Counts: counts(r)}
	if r.Summary != "" {
		s, err := summaryHTML(r.Summary)
		if err != nil {
			return app.WrapError(app.EINTERNAL, err, "The case summary could not be rendered")
		}
		v.Summary = s
	}
	if len(r.Chart) > 0 {
		// validPNG checked the bytes; a data:image/png URI cannot run script.
		v.ChartURI = template.URL("data:image/png;base64," + base64.StdEncoding.EncodeToString(r.Chart)) // #nosec G203
	}
	var buf bytes.Buffer
	if err := htmlTemplate.Execute(&buf, v); err != nil {
		return app.WrapError(app.EINTERNAL, fmt.Errorf("html template: %w", err), "The HTML export failed")
	}
	return flush(w, "html", &buf)
}
