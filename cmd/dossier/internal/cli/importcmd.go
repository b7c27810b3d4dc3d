package cli

import (
	"context"
	"fmt"
	"time"

	"dossier/app"
	"dossier/app/importer"
	"dossier/app/nlp"
)

func runImport(ctx context.Context, env Env, args []string) error {
	fs := newFlags(env, "import")
	published := fs.String("published", "", "publication date for files that carry none (YYYY-MM-DD)")
	source := fs.String("source", "", "source name for files that carry none")
	grade := fs.String("grade", "", "source reliability grade A–F for files that carry none")
	noExtract := fs.Bool("no-extract", false, "import without extraction (no suggestions)")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if err := wantArgs(fs, pos, 2, -1); err != nil {
		return err
	}
	opt := importer.Options{Source: *source, Grade: app.Grade(*grade)}
	if !opt.Grade.Valid() {
		return usagef("import: --grade %q is not one of A–F", *grade)
	}
	if *published != "" {
		t, err := time.Parse("2006-01-02", *published)
		if err != nil {
			return usagef("import: --published %q is not YYYY-MM-DD", *published)
		}
		opt.Published = t
	}
	s, err := openStore(env, pos[0])
	if err != nil {
		return err
	}
	defer s.Close()
	var ex app.Extractor
	if !*noExtract {
		if ex, err = extractor(); err != nil {
			return err
		}
	}
	rep, err := importer.Run(ctx, s, ex, pos[1:], opt, importer.NewProgressPrinter(env.Stderr, env.IsTerminal))
	rep.WriteText(env.Stdout)
	if err != nil {
		return err
	}
	if rep.Imported == 0 && len(rep.Exchanges) == 0 && len(rep.Problems) == 1 {
		return app.Errorf(app.EINVALID, "nothing imported: %s", rep.Problems[0])
	}
	if rep.Imported == 0 && len(rep.Exchanges) == 0 && len(rep.Problems) > 0 {
		return app.Errorf(app.EINVALID, "nothing imported: %d file(s) had problems", len(rep.Problems))
	}
	return nil
}

// extractor loads the extraction pipeline (the prose model) once.
func extractor() (app.Extractor, error) {
	p, err := nlp.New()
	if err != nil {
		return nil, fmt.Errorf("load extractor: %w", err)
	}
	return p, nil
}
