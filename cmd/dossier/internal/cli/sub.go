package cli

import (
	"context"
	"fmt"
	"sort"
	"strings"
)

// subcommands maps a subcommand name ("new", "list" …) to its runner.
type subcommands map[string]func(ctx context.Context, env Env, args []string) error

// runSub dispatches "dossier NAME SUB …" to subs[SUB], printing the
// command's help (with extra) for -h/--help/help.
func runSub(ctx context.Context, env Env, name string, subs subcommands, extra string, args []string) error {
	names := make([]string, 0, len(subs))
	for n := range subs {
		names = append(names, n)
	}
	sort.Strings(names)
	if len(args) == 0 {
		return usagef("%s: usage: dossier %s %s FILE.dossier …", name, name, strings.Join(names, "|"))
	}
	switch args[0] {
	case "-h", "--help", "help":
		printCommandHelp(env.Stdout, name, commands[name])
		fmt.Fprint(env.Stdout, extra)
		return nil
	}
	if run, ok := subs[args[0]]; ok {
		return run(ctx, env, args[1:])
	}
	return usagef("%s: unknown subcommand %q (%s)", name, args[0], strings.Join(names, ", "))
}
