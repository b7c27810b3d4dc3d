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
	"dossier/storage/sqlite"
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
	var buf bytes.Buffer
	if err := writeExport(ctx, env, s, caseID, f, &buf); err != nil {
		return err
	}
	if err := writeFileAtomic(*out, buf.Bytes()); err != nil {
		return err
	}
	sum := sha256.Sum256(buf.Bytes())
	abs, _ := filepath.Abs(*out)
	rec := app.RecordExport{CaseID: caseID, Format: string(f), Path: abs, SHA256: hex.EncodeToString(sum[:])}
	if _, err := s.Do(ctx, rec); err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "wrote %s (%d bytes, sha256 %s)\n", *out, buf.Len(), rec.SHA256)
	return nil
}

// writeExport writes the case (0: the whole file) in format f to buf: the
// JSON exchange from the case file's Exchange, the other formats from its
// case bundle.
func writeExport(ctx context.Context, env Env, s *sqlite.Store, caseID int64, f exporter.Format, buf *bytes.Buffer) error {
	if f == exporter.FormatJSON {
		x, err := s.Exchange(ctx, caseID)
		if err != nil {
			return err
		}
		x.Generator = "Dossier " + Version
		return exporter.JSON(buf, &x)
	}
	b, err := s.CaseBundle(ctx, caseID)
	if err != nil {
		return err
	}
	b.Generator, b.Actor = "Dossier "+Version, env.Actor
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
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return app.WrapError(app.EREADONLY, err, "cannot write %s", path)
	}
	if err := tmp.Close(); err != nil {
		return app.WrapError(app.EREADONLY, err, "cannot write %s", path)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return app.WrapError(app.EREADONLY, err, "cannot write %s", path)
	}
	return nil
}
