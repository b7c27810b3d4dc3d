package cli

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"dossier/app"
	"dossier/storage/sqlite"
)

// openArgs parses a command's flags and positional arguments (between min
// and max of them; max < 0: no limit) and opens the case file the first one
// names. usage is the argument line shown on a mistake ("" = the command's).
func openArgs(env Env, fs *flag.FlagSet, args []string, min, max int, usage string) (*sqlite.Store, []string, error) {
	pos, err := parse(fs, args)
	if err != nil {
		return nil, nil, err
	}
	if len(pos) < min || (max >= 0 && len(pos) > max) {
		if usage == "" {
			usage = fs.Name() + " " + commands[fs.Name()].usage
		}
		return nil, nil, usagef("%s: usage: dossier %s", fs.Name(), usage)
	}
	s, err := openStore(env, pos[0])
	return s, pos, err
}

// openStore opens an existing case file for a command.
func openStore(env Env, path string) (*sqlite.Store, error) {
	return sqlite.Open(path, sqlite.Options{Actor: env.Actor})
}

func runNew(ctx context.Context, env Env, args []string) error {
	fs := newFlags(env, "new")
	title := fs.String("title", "", "the case file's title (default: the file name)")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if err := wantArgs(fs, pos, 1, 1); err != nil {
		return err
	}
	path := pos[0]
	if *title == "" {
		*title = strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
	}
	s, err := sqlite.Create(path, *title, sqlite.Options{Actor: env.Actor})
	if err != nil {
		return err
	}
	defer s.Close()
	fmt.Fprintf(env.Stdout, "created %s\n", path)
	return nil
}

func runCheck(ctx context.Context, env Env, args []string) error {
	fs := newFlags(env, "check")
	asJSON := fs.Bool("json", false, "print the report as JSON")
	s, pos, err := openArgs(env, fs, args, 1, 1, "")
	if err != nil {
		return err
	}
	defer s.Close()
	rep, err := s.Check(ctx)
	if err != nil {
		return err
	}
	if *asJSON {
		if err := writeJSON(env.Stdout, rep); err != nil {
			return err
		}
	} else {
		writeCheck(env.Stdout, rep)
	}
	if !rep.OK() {
		return app.Errorf(app.ECORRUPT, "%s: %s", pos[0], rep.Problems[0])
	}
	return nil
}

func writeCheck(w io.Writer, r app.CheckReport) {
	fmt.Fprintf(w, "case file:      %s\n", r.Path)
	fmt.Fprintf(w, "schema version: %d\n", r.SchemaVersion)
	fmt.Fprintf(w, "integrity:      %s\n", r.Integrity)
	fmt.Fprintf(w, "log rows:       %d\n", r.LogRows)
	if r.OK() {
		fmt.Fprintln(w, "hash chain:     ok")
		return
	}
	if r.FirstBroken > 0 {
		fmt.Fprintf(w, "hash chain:     BROKEN at log row %d\n", r.FirstBroken)
	}
	for _, p := range r.Problems {
		fmt.Fprintf(w, "problem:        %s\n", p)
	}
}

func runLog(ctx context.Context, env Env, args []string) error {
	fs := newFlags(env, "log")
	limit := fs.Int("limit", 50, "how many entries to show (0: all)")
	asJSON := fs.Bool("json", false, "print JSON")
	s, _, err := openArgs(env, fs, args, 1, 1, "")
	if err != nil {
		return err
	}
	defer s.Close()
	entries, err := s.Log(ctx, *limit, 0)
	if err != nil {
		return err
	}
	if *asJSON {
		return writeJSON(env.Stdout, entries)
	}
	for _, e := range entries {
		fmt.Fprintln(env.Stdout, formatLogEntry(e))
	}
	return nil
}

func formatLogEntry(e app.LogEntry) string {
	what := e.Name
	switch e.Kind {
	case app.LogUndo:
		what = fmt.Sprintf("undo #%d %s", e.Ref, e.Name)
	case app.LogRedo:
		what = fmt.Sprintf("redo #%d %s", e.Ref, e.Name)
	}
	line := fmt.Sprintf("#%-5d %s  %-10s %-26s %s", e.Seq, e.Time.Local().Format("2006-01-02 15:04:05"), e.Actor, what, e.Target)
	if e.Summary != "" {
		line += "  — " + e.Summary
	}
	return strings.TrimRight(line, " ")
}

func runUndo(ctx context.Context, env Env, args []string) error {
	return undoRedo(ctx, env, "undo", args)
}

func runRedo(ctx context.Context, env Env, args []string) error {
	return undoRedo(ctx, env, "redo", args)
}

func undoRedo(ctx context.Context, env Env, name string, args []string) error {
	fs := newFlags(env, name)
	s, _, err := openArgs(env, fs, args, 1, 1, "")
	if err != nil {
		return err
	}
	defer s.Close()
	var e app.LogEntry
	if name == "undo" {
		e, err = s.Undo(ctx)
	} else {
		e, err = s.Redo(ctx)
	}
	if err != nil {
		return err
	}
	fmt.Fprintln(env.Stdout, formatLogEntry(e))
	return nil
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}
