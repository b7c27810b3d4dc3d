// Command dossier is the analyst's workbench: with no arguments (or a case
// file) it opens the window; with a subcommand it works headless. This file
// only wires the parts together.
package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"

	"github.com/mattn/go-isatty"

	"dossier/cmd/dossier/internal/cli"
	_ "dossier/cmd/dossier/internal/locale" // before Fyne reads $LANG
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	env := cli.Env{
		Stdin:      os.Stdin,
		Stdout:     os.Stdout,
		Stderr:     os.Stderr,
		IsTerminal: isatty.IsTerminal(os.Stderr.Fd()),
		GUI:        runGUI,
	}
	cli.Version = appVersion
	code := cli.Run(ctx, env, os.Args[1:])
	stop()
	os.Exit(code)
}
