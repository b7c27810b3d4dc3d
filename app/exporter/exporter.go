// Package exporter writes a case (an app.CaseBundle) as a case summary for
// people — Markdown, self-contained HTML, PDF — and as data for other tools —
// CSV (a zip of tables), a STIX 2.1 bundle and GraphML for Gephi or yEd —
// and writes a case file's app.Exchange as the JSON data-exchange format
// that another case file imports (JSON, FormatJSON).
//
// Every writer speaks io.Writer, reads nothing but the bundle, and is
// deterministic: no map iteration order reaches the output and every time
// stamp comes from CaseBundle.Generated, so the same bundle always yields the
// same bytes. Text that came from articles is treated as hostile: it is
// escaped for the target format and never interpreted as markup.
package exporter

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"time"

	"dossier/app"
)

// Format names an export format, as the CLI's --format flag spells it.
type Format string

// The export formats this package writes.
const (
	FormatMarkdown Format = "md"
	FormatHTML     Format = "html"
	FormatPDF      Format = "pdf"
	FormatCSV      Format = "csv"
	FormatSTIX     Format = "stix"
	FormatGraphML  Format = "graphml"
	// FormatJSON is the data-exchange format (docs/exchange.md): a whole
	// case file or one case that another case file can import. It is
	// written from an app.Exchange by JSON, not from a CaseBundle by Write.
	FormatJSON Format = "json"
)

// writers maps each format to its writer; the order of Formats is kept apart
// so that listing formats never depends on map order.
var writers = map[Format]func(io.Writer, *app.CaseBundle) error{
	FormatMarkdown: Markdown,
	FormatHTML:     HTML,
	FormatPDF:      PDF,
	FormatCSV:      CSV,
	FormatSTIX:     STIX,
	FormatGraphML:  GraphML,
}

// Formats lists the case-summary formats Write supports, in menu order.
// FormatJSON is not among them: it has its own entry point, JSON.
func Formats() []Format {
	return []Format{FormatMarkdown, FormatHTML, FormatPDF, FormatCSV, FormatSTIX, FormatGraphML}
}

// ParseFormat returns the format named s, FormatJSON included ("md", "html" …; case and a leading
// dot are ignored, and "markdown" is accepted for "md").
func ParseFormat(s string) (Format, error) {
	f := Format(strings.TrimPrefix(strings.ToLower(strings.TrimSpace(s)), "."))
	if f == "markdown" {
		f = FormatMarkdown
	}
	if _, ok := writers[f]; !ok && f != FormatJSON {
		return "", unsupported(s)
	}
	return f, nil
}

// Extension is the file-name extension for the format, with its dot:
// CSV exports are zip archives and STIX bundles are JSON.
func (f Format) Extension() string {
	switch f {
	case FormatCSV:
		return ".zip"
	case FormatSTIX:
		return ".stix.json"
	}
	return "." + string(f)
}

// EmbedsChart reports whether the format pictures the link chart
// (CaseBundle.Extra.ChartPNG): the case summaries do, the data formats do not.
func (f Format) EmbedsChart() bool {
	return f == FormatMarkdown || f == FormatHTML || f == FormatPDF
}

// MediaType is the MIME type of the format's output.
func (f Format) MediaType() string {
	return map[Format]string{
		FormatMarkdown: "text/markdown; charset=utf-8",
		FormatHTML:     "text/html; charset=utf-8",
		FormatPDF:      "application/pdf",
		FormatCSV:      "application/zip",
		FormatSTIX:     "application/stix+json;version=2.1",
		FormatGraphML:  "application/graphml+xml",
		FormatJSON:     "application/json",
	}[f]
}

// Write writes b to w in format f. An unknown format is an
// app.EUNSUPPORTED error; a nil bundle is app.EINVALID.
func Write(w io.Writer, f Format, b *app.CaseBundle) error {
	fn, ok := writers[f]
	if f == FormatJSON {
		return app.Errorf(app.EUNSUPPORTED, "a JSON export is written from the case file's exchange, not from a case summary")
	}
	if !ok {
		return unsupported(string(f))
	}
	return fn(w, b)
}

func unsupported(name string) error {
	return app.Errorf(app.EUNSUPPORTED, "%q is not an export format (md, html, pdf, csv, stix, graphml, json)", name)
}

// checkBundle rejects a nil bundle, the one input no writer can use.
func checkBundle(b *app.CaseBundle) error {
	if b == nil {
		return app.Errorf(app.EINVALID, "there is no case to export")
	}
	return nil
}

// flush writes a finished document in one call, so that a failing writer
// never leaves half an export behind a success.
func flush(w io.Writer, format string, buf *bytes.Buffer) error {
	if _, err := w.Write(buf.Bytes()); err != nil {
		return fmt.Errorf("write %s export: %w", format, err)
	}
	return nil
}

// exportTime is the export's time stamp: CaseBundle.Generated, or the
// current time when the caller left it unset.
func exportTime(b *app.CaseBundle) time.Time {
	if b.Generated.IsZero() {
		return time.Now().UTC()
	}
	return b.Generated.UTC()
}
