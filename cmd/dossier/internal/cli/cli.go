// Package cli is Dossier's command line: the headless subcommands that
// scripts and tests use, built on the same commands as the GUI. It does not
// import Fyne, so it builds and tests without cgo; main hands it a GUI hook.
package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/user"
	"sort"
	"strings"

	"dossier/app"
)

// Exit statuses (DESIGN: CLI).
const (
	ExitOK    = 0 // success
	ExitUser  = 1 // user error: one line on stderr
	ExitUsage = 2 // usage error
)

// Env is what a run of the CLI talks to.
type Env struct {
	Stdin      io.Reader
	Stdout     io.Writer
	Stderr     io.Writer
	IsTerminal bool // stderr is a terminal: draw a progress bar
	Actor      string
	// GUI opens the window on path ("" = last file or demo). Nil in tests.
	GUI func(path string) error
}

// usageError is a mistake in how the command was called (exit 2).
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error { return usageError{fmt.Sprintf(format, args...)} }

// command is one subcommand.
type command struct {
	usage string // first line of help: arguments
	help  string // what it does
	run   func(ctx context.Context, env Env, args []string) error
}

var commands map[string]command

func init() {
	commands = map[string]command{
		"new":     {"FILE.dossier [--title T]", "create an empty case file", runNew},
		"import":  {"FILE.dossier PATH... [--published YYYY-MM-DD] [--source S] [--grade A-F] [--no-extract]", "import files or folders (txt, md, html, json, jsonl) with extraction, and exchange files exported by 'dossier export --format json'; progress on stderr", runImport},
		"search":  {"FILE.dossier QUERY [--json] [--limit N]", "full-text search over article titles and texts, best first", runSearch},
		"check":   {"FILE.dossier [--json]", "verify SQLite integrity, the schema version and the change log's hash chain", runCheck},
		"log":     {"FILE.dossier [--limit N] [--json]", "show the change log, newest first", runLog},
		"undo":    {"FILE.dossier", "undo the most recent change", runUndo},
		"redo":    {"FILE.dossier", "redo the most recently undone change", runRedo},
		"article": {"list|show|set FILE.dossier …", "list articles, show one, or set a metadata field (title, source, url, author, published, grade)", runArticle},
		"extract": {"[--published YYYY-MM-DD] [PATH|-] | --jsonl", "print the entities, dates, selectors and events of one text as JSON", runExtract},
		"eval":    {"--gold GOLD.jsonl [--json]", "score extraction against annotated JSONL", runEval},
		"event":   {"new|list|add-evidence FILE.dossier …", "create events, list them, cite evidence", runEvent},
		"case":    {"new|list|add|link FILE.dossier …", "create cases, list them, add events, link events or entities", runCase},
		"export":  {"FILE.dossier [--case NAME] --format md|html|pdf|csv|stix|graphml|json -o OUT", "export a case summary (or data) that cites its sources; json is the exchange format that 'dossier import' reads into another case file", runExport},
	}
}

// Run executes the command line args (without the program name) and returns the exit status.
func Run(ctx context.Context, env Env, args []string) int {
	if env.Actor == "" {
		env.Actor = CurrentUser()
	}
	err := dispatch(ctx, env, args)
	var ue usageError
	switch {
	case err == nil:
		return ExitOK
	case errors.Is(err, flag.ErrHelp):
		return ExitOK
	case errors.As(err, &ue):
		fmt.Fprintf(env.Stderr, "dossier: %s\nRun 'dossier help' for usage.\n", ue.msg)
		return ExitUsage
	default:
		fmt.Fprintf(env.Stderr, "dossier: %s\n", oneLine(app.ErrorMessage(err)))
		return ExitUser
	}
}

func dispatch(ctx context.Context, env Env, args []string) error {
	if len(args) == 0 {
		return openGUI(env, "")
	}
	name := args[0]
	switch name {
	case "help", "-h", "-help", "--help":
		if len(args) > 1 {
			if c, ok := commands[args[1]]; ok {
				printCommandHelp(env.Stdout, args[1], c)
				return nil
			}
		}
		printUsage(env.Stdout)
		return nil
	case "version", "--version":
		fmt.Fprintln(env.Stdout, "dossier", Version)
		return nil
	}
	if c, ok := commands[name]; ok {
		return c.run(ctx, env, args[1:])
	}
	if strings.HasPrefix(name, "-") {
		return usagef("unknown flag %s", name)
	}
	if len(args) == 1 && (strings.HasSuffix(name, ".dossier") || fileExists(name)) {
		return openGUI(env, name)
	}
	return usagef("unknown command %q", name)
}

// Version is the program's version, set by main from FyneApp.toml metadata.
var Version = "dev"

func openGUI(env Env, path string) error {
	if env.GUI == nil {
		return usagef("no GUI in this build")
	}
	return env.GUI(path)
}

func printUsage(w io.Writer) {
	fmt.Fprintln(w, "Dossier — a workbench for analysts: articles, entities, events and cases in one case file.")
	fmt.Fprintln(w, "\nUsage:\n  dossier [FILE.dossier]           open the window (no file: the last one, or the demo case)")
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  dossier %-8s %s\n", n, commands[n].help)
	}
	fmt.Fprintln(w, "\nRun 'dossier COMMAND --help' for a command's arguments.")
	fmt.Fprintln(w, "Exit status: 0 success, 1 user error (one line on stderr), 2 usage error.")
}

func printCommandHelp(w io.Writer, name string, c command) {
	fmt.Fprintf(w, "Usage: dossier %s %s\n\n%s\n", name, c.usage, strings.ToUpper(c.help[:1])+c.help[1:]+".")
}

// newFlags returns a flag set whose -h prints the command's help.
func newFlags(env Env, name string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	c := commands[name]
	fs.Usage = func() {
		printCommandHelp(env.Stdout, name, c)
		fs.SetOutput(env.Stdout)
		fs.PrintDefaults()
		fs.SetOutput(io.Discard)
	}
	return fs
}

// parse parses flags anywhere among the arguments and returns the positional ones.
func parse(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				fs.Usage()
				return nil, err
			}
			return nil, usagef("%s: %v", fs.Name(), err)
		}
		args = fs.Args()
		if len(args) == 0 {
			return pos, nil
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
}

// wantArgs checks the count of positional arguments.
func wantArgs(fs *flag.FlagSet, pos []string, min, max int) error {
	if len(pos) < min || (max >= 0 && len(pos) > max) {
		return usagef("%s: usage: dossier %s %s", fs.Name(), fs.Name(), commands[fs.Name()].usage)
	}
	return nil
}

// CurrentUser is the name recorded as the actor of changes in the log.
func CurrentUser() string {
	if u, err := user.Current(); err == nil && u.Username != "" {
		return u.Username
	}
	if n := os.Getenv("USER"); n != "" {
		return n
	}
	return "analyst"
}

func fileExists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}

func oneLine(s string) string {
	s = strings.ReplaceAll(s, "\n", " ")
	return strings.TrimSpace(s)
}
