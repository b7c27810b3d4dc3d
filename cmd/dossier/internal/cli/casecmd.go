package cli

import (
	"context"
	"fmt"
	"strings"

	"dossier/app"
)

func runCase(ctx context.Context, env Env, args []string) error {
	return runSub(ctx, env, "case", subcommands{
		"new": runCaseNew, "list": runCaseList, "add": runCaseAdd, "link": runCaseLink,
	}, caseHelp, args)
}

const caseHelp = `
  dossier case new FILE.dossier TITLE [--summary MARKDOWN]
  dossier case list FILE.dossier [--json]
  dossier case add FILE.dossier CASE EVENT...
  dossier case link FILE.dossier CASE --from KIND:REF --to KIND:REF --kind LINK
        [--evidence ARTICLE:START-END]... [--note TEXT]

CASE is a case id or title. KIND is entity or event; REF an id (or, for entities, a name).
A case holds accepted events: adding a suggested event accepts it; a rejected one is refused.
LINK: precedes, causes, "same campaign", related (events); "member of", "leader of",
"located in", "affiliated with" (entities); other.
`

func runCaseNew(ctx context.Context, env Env, args []string) error {
	fs := newFlags(env, "case")
	summary := fs.String("summary", "", "narrative summary (Markdown)")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 2 {
		return usagef("case new: usage: dossier case new FILE.dossier TITLE [--summary S]")
	}
	res, err := applyOne(ctx, env, pos[0], app.CreateCase{Title: pos[1], Summary: *summary})
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "case %d created (log #%d)\n", res.IDs[0], res.Seq)
	return nil
}

func runCaseList(ctx context.Context, env Env, args []string) error {
	fs := newFlags(env, "case")
	asJSON := fs.Bool("json", false, "print JSON")
	s, _, err := openArgs(env, fs, args, 1, 1, "case list FILE.dossier [--json]")
	if err != nil {
		return err
	}
	defer s.Close()
	cases, err := s.Cases(ctx)
	if err != nil {
		return err
	}
	if *asJSON {
		if cases == nil {
			cases = []app.Case{}
		}
		return writeJSON(env.Stdout, cases)
	}
	for _, c := range cases {
		fmt.Fprintf(env.Stdout, "%5d  %-6s %3d events  %s\n", c.ID, c.Status, len(c.EventIDs), c.Title)
	}
	return nil
}

func runCaseAdd(ctx context.Context, env Env, args []string) error {
	fs := newFlags(env, "case")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) < 3 {
		return usagef("case add: usage: dossier case add FILE.dossier CASE EVENT...")
	}
	var ids []int64
	for _, p := range pos[2:] {
		id, err := parseID("event", p)
		if err != nil {
			return err
		}
		ids = append(ids, id)
	}
	s, err := openStore(env, pos[0])
	if err != nil {
		return err
	}
	defer s.Close()
	c, err := findCase(ctx, s, pos[1])
	if err != nil {
		return err
	}
	res, err := s.Do(ctx, app.AddToCase{CaseID: c.ID, EventIDs: ids})
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "case %d: %s (log #%d)\n", c.ID, res.Summary, res.Seq) // says which suggestions it accepted
	return nil
}

func runCaseLink(ctx context.Context, env Env, args []string) error {
	fs := newFlags(env, "case")
	var evidence multiFlag
	from := fs.String("from", "", "KIND:REF (entity:NAME, entity:ID or event:ID)")
	to := fs.String("to", "", "KIND:REF")
	kind := fs.String("kind", "related", "link kind")
	note := fs.String("note", "", "a note")
	fs.Var(&evidence, "evidence", "ARTICLE:START-END (repeatable)")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 2 || *from == "" || *to == "" {
		return usagef("case link: usage: dossier case link FILE.dossier CASE --from KIND:REF --to KIND:REF --kind LINK")
	}
	s, err := openStore(env, pos[0])
	if err != nil {
		return err
	}
	defer s.Close()
	c, err := findCase(ctx, s, pos[1])
	if err != nil {
		return err
	}
	l := app.Link{CaseID: c.ID, Kind: app.LinkKind(*kind), Note: *note}
	if l.FromKind, l.FromID, err = linkEnd(ctx, s, *from); err != nil {
		return err
	}
	if l.ToKind, l.ToID, err = linkEnd(ctx, s, *to); err != nil {
		return err
	}
	for _, e := range evidence {
		x, err := parseEvidence(e)
		if err != nil {
			return err
		}
		l.Evidence = append(l.Evidence, x)
	}
	cmd := app.CreateLink{Link: l}
	if err := cmd.Validate(); err != nil {
		return err
	}
	res, err := s.Do(ctx, cmd)
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "link %d created (log #%d)\n", res.IDs[0], res.Seq)
	return nil
}

// linkEnd reads KIND:REF into a target kind and id.
func linkEnd(ctx context.Context, cf app.CaseFile, s string) (string, int64, error) {
	kind, ref, ok := strings.Cut(s, ":")
	switch {
	case ok && kind == app.TargetEvent:
		id, err := parseID("event", ref)
		return kind, id, err
	case ok && kind == app.TargetEntity:
		e, err := findEntity(ctx, cf, ref)
		return kind, e.ID, err
	}
	return "", 0, usagef("link end %q is not entity:REF or event:ID", s)
}
