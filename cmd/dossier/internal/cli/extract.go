package cli

import (
	"context"
	"io"
	"os"
	"runtime"
	"time"

	"dossier/app"
	"dossier/app/importer"
	"dossier/app/nlp"
	"dossier/app/nlp/eval"
)

func runExtract(ctx context.Context, env Env, args []string) error {
	fs := newFlags(env, "extract")
	published := fs.String("published", "", "publication date that anchors relative dates (YYYY-MM-DD)")
	jsonl := fs.Bool("jsonl", false, `read lines {"id","text","published"} on stdin, write {"id","entities","events"} per line`)
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if err := wantArgs(fs, pos, 0, 1); err != nil {
		return err
	}
	ex, err := extractor()
	if err != nil {
		return err
	}
	if *jsonl {
		if len(pos) > 0 {
			return usagef("extract --jsonl reads standard input; no PATH")
		}
		return nlp.ExtractJSONL(ctx, ex, env.Stdin, env.Stdout, runtime.NumCPU())
	}
	var pub time.Time
	if *published != "" {
		if pub, err = time.Parse("2006-01-02", *published); err != nil {
			return usagef("extract: --published %q is not YYYY-MM-DD", *published)
		}
	}
	text, err := readText(env, pos)
	if err != nil {
		return err
	}
	x, err := ex.Extract(ctx, text, pub)
	if err != nil {
		return err
	}
	return writeJSON(env.Stdout, nlp.ToJSON(x))
}

// readText reads PATH (or stdin for "-" or nothing) and normalises it the
// way import does, so the offsets match an imported article's.
func readText(env Env, pos []string) (string, error) {
	var r io.Reader = env.Stdin
	if len(pos) == 1 && pos[0] != "-" {
		f, err := os.Open(pos[0])
		if err != nil {
			return "", app.WrapError(app.ENOTFOUND, err, "cannot read %s", pos[0])
		}
		defer f.Close()
		r = f
	}
	b, err := io.ReadAll(io.LimitReader(r, 64<<20))
	if err != nil {
		return "", app.WrapError(app.EINVALID, err, "cannot read input")
	}
	return importer.Normalize(b)
}

func runEval(ctx context.Context, env Env, args []string) error {
	fs := newFlags(env, "eval")
	gold := fs.String("gold", "", "annotated JSONL file")
	asJSON := fs.Bool("json", false, "print a machine-readable summary")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if err := wantArgs(fs, pos, 0, 0); err != nil {
		return err
	}
	if *gold == "" {
		return usagef("eval: --gold FILE.jsonl is required")
	}
	f, err := os.Open(*gold)
	if err != nil {
		return app.WrapError(app.ENOTFOUND, err, "cannot read %s", *gold)
	}
	defer f.Close()
	ex, err := extractor()
	if err != nil {
		return err
	}
	sum, err := eval.Run(ctx, ex, f)
	if err != nil {
		return err
	}
	if *asJSON {
		return writeJSON(env.Stdout, sum)
	}
	sum.WriteTable(env.Stdout)
	return nil
}
