package cli

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"

	"dossier/app"
	"dossier/app/exporter"
	"dossier/app/ui"
)

func runExport(ctx context.Context, env Env, args []string) error {
	fs := newFlags(env, "export")
	caseRef := fs.String("case", "", "the case to export (default: every accepted event of the file; for json, the whole file)")
	format := fs.String("format", "", "md, html, pdf, csv, stix, graphml or json (the exchange format another case file imports)")
	out := fs.String("o", "", "output file")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 || *format == "" || *out == "" {
		return usagef("export: usage: dossier export FILE.dossier [--case NAME] --format FORMAT -o OUT")
	}
	f, err := exporter.ParseFormat(*format)
	if err != nil {
		return err
	}
	s, err := openStore(env, pos[0])
	if err != nil {
		return err
	}
	defer s.Close()
	var caseID int64
	if *caseRef != "" {
		c, err := findCase(ctx, s, *caseRef)
		if err != nil {
			return err
		}
		caseID = c.ID
	}
	abs, err := filepath.Abs(*out)
	if err != nil {
		return app.WrapError(app.EINVALID, err, "bad output path %s", *out)
	}
	sum, size, err := Export(ctx, s, env.Actor, caseID, f, abs, nil)
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "wrote %s (%d bytes, sha256 %s)\n", *out, size, sum)
	return nil
}

// exchanger is a case file that can also write the JSON exchange format.
type exchanger interface {
	Exchange(ctx context.Context, caseID int64) (app.Exchange, error)
}

// Export writes case caseID of cf (0: the whole file) in format f to path —
// built in memory, written beside path and renamed into place so a failed
// export never leaves half a file — then records the export (format, path,
// SHA-256) in the case file's log. The summary formats embed chartPNG, or,
// when it is nil, the case's link chart laid out afresh. The CLI and the GUI
// both export through it.
func Export(ctx context.Context, cf app.CaseFile, actor string, caseID int64, f exporter.Format, path string, chartPNG []byte) (sum string, size int, err error) {
	var buf bytes.Buffer
	if err := writeExport(ctx, cf, actor, caseID, f, chartPNG, &buf); err != nil {
		return "", 0, err
	}
	if err := ctx.Err(); err != nil {
		return "", 0, app.WrapError(app.ECANCELED, err, "export cancelled")
	}
	if err := writeFileAtomic(path, buf.Bytes()); err != nil {
		return "", 0, err
	}
	h := sha256.Sum256(buf.Bytes())
	rec := app.RecordExport{CaseID: caseID, Format: string(f), Path: path, SHA256: hex.EncodeToString(h[:])}
	if _, err := cf.Do(ctx, rec); err != nil {
		return "", 0, err
	}
	return rec.SHA256, buf.Len(), nil
}

// writeExport writes the case (0: the whole file) in format f to buf: the
// JSON exchange from the case file's Exchange, the other formats from its
// case bundle.
func writeExport(ctx context.Context, cf app.CaseFile, actor string, caseID int64, f exporter.Format, chartPNG []byte, buf *bytes.Buffer) error {
	if f == exporter.FormatJSON {
		x, ok := cf.(exchanger)
		if !ok {
			return app.Errorf(app.EUNSUPPORTED, "this case file cannot write the exchange format")
		}
		ex, err := x.Exchange(ctx, caseID)
		if err != nil {
			return err
		}
		ex.Generator = "Dossier " + Version
		return exporter.JSON(buf, &ex)
	}
	b, err := cf.CaseBundle(ctx, caseID)
	if err != nil {
		return err
	}
	b.Generator, b.Actor, b.Extra.ChartPNG = "Dossier "+Version, actor, chartPNG
	if chartPNG == nil && f.EmbedsChart() {
		if b.Extra.ChartPNG, err = ui.CaseChartPNG(&b); err != nil {
			return app.WrapError(app.EINTERNAL, err, "could not draw the link chart")
		}
	}
	return exporter.Write(buf, f, &b)
}

// writeFileAtomic writes data beside path and renames it into place, so a
// failed export never leaves half a file.
func writeFileAtomic(path string, data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return app.WrapError(app.EREADONLY, err, "cannot write %s", path)
	}
	defer os.Remove(tmp.Name())
	_, err = tmp.Write(data)
	if err == nil {
		err = tmp.Chmod(0o644) // CreateTemp makes it private; an export is an ordinary document
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), path)
	}
	if err != nil {
		return app.WrapError(app.EREADONLY, err, "cannot write %s", path)
	}
	return nil
}
